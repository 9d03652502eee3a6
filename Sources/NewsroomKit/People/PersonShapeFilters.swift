/// Filters of the eighth round (people9): mentions whose shape or surroundings say they name a
/// place, a group or a work. Fitted on the out-of-fold errors of the training part (wikigold
/// and GUM), never on the dev split:
///
/// - a name of two or more words opened by a well-known place that is no common first name
///   ("Montreal Crystals", "Montreal HC");
///
/// None applies to a mention with a title or after an honorific.
extension PersonRules {
    /// Whether mention `m` names a place, group or work by its shape (see the type's notes).
    /// `anchored` tells whether someone is named in full or with a title by its last word.
    func isPlaceGroupOrWork(_ t: TokenizedText, _ m: NameMention, anchored: Bool) -> Bool {
        // The sex of a mention without a title comes from an honorific or from its first name.
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        guard m.title == nil, lo == 0 || NameVocabulary.honorifics[t.folded[lo - 1]] == nil else { return false }
        if hi - lo >= 2, opensWithPlace(t, lo) { return true }
        return false
    }

    /// Whether token `i` is a well-known place or country that is no common first name (bucket
    /// below 3: "Montreal", "Boston"; "Paris", "London" and "Florence" are first names too).
    func opensWithPlace(_ t: TokenizedText, _ i: Int) -> Bool {
        let w = t.folded[i]
        guard Gazetteer.places.contains(w) || Countries.names.contains(w) || Countries.usStates.contains(w) else { return false }
        return (names.firstName(w)?.bucket ?? 0) < 3
    }
}
