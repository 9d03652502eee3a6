/// What a pronoun right after a name says about it (thirteenth round, blind newswire set 6):
///
/// - "who" makes a person: two or three plain name words before ", who" or "who" are a person
///   even where the tagger typed them as a place ("This morning Jacques Chirac, who served as
///   President of France, died"), when the first word is a known first name or the last a known
///   surname that is no common word ("the Eastern Shoshone Tribe, who" stays out);
/// - "which" makes a thing: a name directly followed by "which" and a verb ("Solaris Paper which
///   makes Sorbent") names a company or thing, unless it opens with a first name that is not
///   rare or follows "of" ("the investigation of Matthew Falder which led to"); so does a lone
///   name whose own possessive "its" follows ("Coles, in its media release"). Every other lone
///   mention of such a name goes too, unless someone is named in full by it.
extension PersonRules {
    /// The mention for `run` (two or three plain name words, after any capitalised sentence opener,
    /// without it) when it is followed by ", who" or "who" and reads as a name by the name lists.
    func whoMention(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        // The cue first: most runs are followed by no "who" at all.
        var k = run.upperBound
        if k < t.count, t.folded[k] == "," { k += 1 }
        guard k < t.count, t.folded[k] == "who", !t.tokens[k].followsNewline,
              let name = nameBeforeWho(t, run), name.count >= 2, name.count <= 3 else { return nil }
        // (A surname that is also a common word tells nothing: "the Eastern Shoshone Tribe, who".)
        let last = t.folded[name.upperBound - 1]
        guard names.firstName(t.folded[name.lowerBound]) != nil || names.surnameBucket(last) > 0 && names.commonWordBucket(last) == 0
        else { return nil }
        return personMention(t, name, requireTitle: false)
    }

    /// `run` without capitalised sentence openers ("This", "Yesterday"), when the rest is plain
    /// name words.
    private func nameBeforeWho(_ t: TokenizedText, _ run: Range<Int>) -> Range<Int>? {
        var lo = run.lowerBound
        while lo < run.upperBound, Self.sentenceStarters.contains(t.folded[lo]) || Self.calendarWords.contains(t.folded[lo]) { lo += 1 }
        guard lo < run.upperBound, !t.tokens[lo].followsNewline || lo == run.lowerBound, isPlainName(t, lo..<run.upperBound) else { return nil }
        return lo..<run.upperBound
    }

    /// Folded names that a pronoun after them gives a thing: one to three capitalised words
    /// directly followed by "which" and a lower-case word ("Solaris Paper which makes"), not led
    /// by a first name that is not rare (bucket ≥ 2) nor after "of"; and a lone word followed
    /// (after an optional comma) by "in", "and", "with", "through" or "via" and "its" ("Coles,
    /// in its media release"). Linear.
    func pronounThingNames(_ t: TokenizedText) -> Set<String> {
        var out: Set<String> = []
        let n = t.count
        // The word types of "which" and "its" (one string comparison per type, not per token).
        var which: Int32 = -1, its: Int32 = -1
        for (k, w) in t.types.enumerated() where w.utf8.count <= 5 {
            if w == "which" { which = Int32(k) } else if w == "its" { its = Int32(k) }
        }
        guard which >= 0 || its >= 0 else { return out }
        for k in 1..<max(1, n - 1) where t.typeOf[k] == which || t.typeOf[k] == its {
            if t.typeOf[k] == which {
                guard t.tokens[k - 1].kind == .word, t.isCapitalized(k - 1), !t.tokens[k].followsNewline,
                      t.tokens[k + 1].kind == .word, CharClass.isLower(t.first(k + 1)), !t.tokens[k + 1].followsNewline else { continue }
                let run = capitalizedWords(t, endingAt: k, limit: 3)
                // Not a person's name ("the investigation of Matthew Falder which led to"): no common
                // first name in front, and not after "of", where "which" is the head noun's.
                guard !run.isEmpty, !t.sentenceInitial[run.lowerBound] || run.count > 1,
                      (names.firstName(t.folded[run.lowerBound])?.bucket ?? 0) < 2,
                      run.lowerBound == 0 || t.folded[run.lowerBound - 1] != "of" else { continue }
                out.insert(Self.foldedName(t, run))
                continue
            }
            // "its": the word before is the preposition, then an optional comma, then the name.
            guard k >= 2, Self.prepositionsBeforeIts.contains(t.folded[k - 1]) else { continue }
            var end = k - 1
            if t.folded[end - 1] == "," { end -= 1 }
            guard end >= 1, t.tokens[end - 1].kind == .word, t.isCapitalized(end - 1), !t.tokens[end].followsNewline,
                  end < 2 || !(t.tokens[end - 2].kind == .word && t.isCapitalized(end - 2) && !t.sentenceInitial[end - 1]) else { continue }
            out.insert(t.folded[end - 1])
        }
        return out
    }

    /// Words between a name and "its" that make "its" the name's own possessive.
    static let prepositionsBeforeIts: WordSet = ["in", "and", "with", "through", "via"]
}
