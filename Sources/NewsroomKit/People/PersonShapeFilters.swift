/// Filters of the eighth round (people9): mentions whose shape or surroundings say they name a
/// place, a group or a work. Fitted on the out-of-fold errors of the training part (wikigold
/// and GUM), never on the dev split:
///
/// - a name of two or more words opened by a well-known place that is no common first name
///   ("Montreal Crystals", "Montreal HC");
/// - a name followed by a comma and a country or US state and then the end of the phrase
///   ("Hamilton Field, California, 27 March 1943");
/// - a name of two or more words ending in a plural common noun ("Boy Scouts", "Stanley Cups");
/// - a lone word set in quotation marks ("'BOB'"), a song, nickname or title rather than a
///   person's name.
///
/// None applies to a mention with a title or after an honorific.
extension PersonRules {
    /// Whether mention `m` names a place, group or work by its shape (see the type's notes).
    /// `anchored` tells whether someone is named in full or with a title by its last word.
    func isPlaceGroupOrWork(_ t: TokenizedText, _ m: NameMention, anchored: Bool) -> Bool {
        // The sex of a mention without a title comes from an honorific or from its first name.
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        guard m.title == nil, lo == 0 || NameVocabulary.honorifics[t.folded[lo - 1]] == nil else { return false }
        if hi - lo >= 2, opensWithPlace(t, lo) || opensWithSaint(t, lo) { return true }
        if isBeforeStateOrCountry(t, hi) { return true }
        if hi - lo >= 2, isPluralNoun(t.folded[hi - 1]), names.commonWordBucket(t.folded[hi - 1]) >= 1 { return true }
        if hi - lo == 1, !anchored, isQuoted(t, lo) { return true }
        return false
    }

    /// Whether token `i` is a well-known place or country that is no common first name (bucket
    /// below 3: "Montreal", "Boston"; "Paris", "London" and "Florence" are first names too).
    func opensWithPlace(_ t: TokenizedText, _ i: Int) -> Bool {
        let w = t.folded[i]
        guard Gazetteer.places.contains(w) || Countries.names.contains(w) || Countries.usStates.contains(w) else { return false }
        return (names.firstName(w)?.bucket ?? 0) < 3
    }

    /// Whether tokens from `end` are ", <country or US state>" closing the phrase (a comma,
    /// semicolon, full stop, bracket or the line's end after it): "Hamilton Field, California,".
    func isBeforeStateOrCountry(_ t: TokenizedText, _ end: Int) -> Bool {
        guard end + 1 < t.count, t.folded[end] == ",", !t.tokens[end + 1].followsNewline, t.isCapitalized(end + 1) else { return false }
        for length in 1...3 where end + 1 + length <= t.count {
            let range = (end + 1)..<(end + 1 + length)
            guard Countries.isCountry(t, range) else { continue }
            let after = range.upperBound
            if after == t.count || t.tokens[after].followsNewline { return true }
            let c = t.first(after)
            return t.tokens[after].kind == .punctuation && (c == "," || c == ";" || c == "." || c == ")")
        }
        return false
    }

    /// Whether token `i` stands alone between quotation marks (straight or curly, double or single).
    func isQuoted(_ t: TokenizedText, _ i: Int) -> Bool {
        guard i > 0, i + 1 < t.count else { return false }
        return Self.isQuoteMark(t, i - 1) && Self.isQuoteMark(t, i + 1)
    }

    /// Whether token `i` is a quotation mark of any kind.
    static func isQuoteMark(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.tokens[i].kind == .punctuation else { return false }
        switch t.first(i) {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}": return true
        default: return false
        }
    }
}

extension PersonRules {
    /// Whether the name at `range` is defined as a thing right after it: "is" or "was", "a" or
    /// "an", up to three more words, then a thing word (`thingWords`) that ends the noun phrase
    /// (punctuation or a word such as "from", "based", "that" after it): "Aero Gare was a kitplane
    /// manufacturer from …", but not "… was a band member".
    func isDefinedAsThing(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        var k = range.upperBound
        // Twelfth round: also an apposition ("Roscosmos, the Russian space agency,").
        guard k + 2 < t.count, t.folded[k] == "is" || t.folded[k] == "was" || t.folded[k] == "," else { return false }
        k += 1
        guard t.folded[k] == "a" || t.folded[k] == "an" || (t.folded[k - 1] == "," && t.folded[k] == "the") else { return false }
        for j in (k + 1)..<min(t.count, k + 5) {
            guard t.tokens[j].kind == .word else { return false }
            guard Self.thingWords.contains(t.folded[j]) else { continue }
            guard j + 1 < t.count else { return true }
            return t.tokens[j + 1].kind == .punctuation || Self.wordsAfterThing.contains(t.folded[j + 1])
        }
        return false
    }

    /// Words that may follow the thing word of a definition ("a band from Sweden", "a company
    /// based in").
    static let wordsAfterThing: WordSet = [
        "from", "based", "that", "which", "founded", "formed", "in", "of", "with", "and", "by", "who",
        "headquartered", "established", "created", "started", "originally",
    ]
}
