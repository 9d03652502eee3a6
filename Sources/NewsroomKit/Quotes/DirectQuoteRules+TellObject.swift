/// "Howard Rubel told the BBC after the verdict “My client is …”", "told the court “Basic
/// investigations weren't done.”": a verb of telling, its object and perhaps a setting, then a
/// quoted sentence with no colon or comma before it.
extension DirectQuoteRules {
    /// The attribution of a passage opening with a capital right after the object of a telling
    /// verb: the words between the verb and the mark are one to eight words without punctuation,
    /// a speech verb, "that", or a finite verb, and do not open with "to", "about" or "of"
    /// ("told him to “…”" is a directive, "told of “…”" a topic). The verb's subject speaks.
    func cueBeforeTellObject(_ segment: QuotedSegment, floor: Int) -> Attribution? {
        let open = segment.openToken
        // A quoted sentence (its last mark ends it), not a title ("told ABC's “Good Morning
        // America.”", "told NBC's “Meet the Press.”": capitalised words and stop words only).
        guard segment.wordCount >= 3, segment.contentStart < segment.contentEnd, let close = segment.closeToken,
            scan.scalars[segment.contentStart].properties.isUppercase,
            scan.isTerminal(close - 1) || scan.isPunct(close - 1, "?") || scan.isPunct(close - 1, "!"),
            ((open + 1)..<close).contains(where: { isContentWord($0) })
        else { return nil }
        var v = open - 1
        while v >= floor, open - v <= 9, tokens[v].isWord {
            if !tokens[v].capitalized, Words.tellVerbs.contains(tokens[v].hash) { break }
            if scan.cueFrame(v) != nil || scan.isWord(v, Words.that) { return nil }
            v -= 1
        }
        guard v >= floor, v + 1 < open, tokens[v].isWord, !tokens[v].capitalized, Words.tellVerbs.contains(tokens[v].hash),
            !(scan.isWord(v + 1, Words.to) || scan.isWord(v + 1, Words.about) || scan.isWord(v + 1, Words.of)),
            !scan.hasFiniteVerb(v + 1, open - 1),
            let subject = scan.subject(before: v, floor: floor)
        else { return nil }
        return Attribution(cue: v...v, speaker: subject)
    }

    /// A lower-case word that is not a stop word ("the", "of", "with"): titles have none.
    private func isContentWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && !t.capitalized && !SpeechLexicon.phraseStoppers.contains(t.hash)
            && !SpeechLexicon.determiners.contains(t.hash) && t.hash != Words.of
    }
}
