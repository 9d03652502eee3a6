/// A passage in marks that only ends a noun phrase ("announced the minister's death “with great
/// sorrow …”", "expressed a desire to work with her to “build …”") is a direct quotation of the
/// marked words: the object before the marks is the writer's, not a reported clause.
extension DirectQuoteRules {
    /// Whether the words from `start` (a determiner or a possessive pronoun opening an object)
    /// to the passage's closing mark hold no finite verb: neither before the opening mark, nor in
    /// the passage's first words, nor right after the closing mark in the same sentence.
    func passageEndsANounPhrase(from start: Int, _ segment: QuotedSegment) -> Bool {
        let open = segment.openToken
        // The marked words are no part of the object: an infinitive after "to" ("a desire to
        // work with her to “build …”") or a phrase opening with a preposition ("the death “with
        // great sorrow …”"); a word of the noun phrase in marks ("a “big tent” party") is not.
        guard open + 1 < tokens.count, tokens[open + 1].isWord, !tokens[open + 1].capitalized,
            scan.isWord(open - 1, Words.to) || SpeechLexicon.prepositionsAfterCue.contains(tokens[open + 1].hash)
        else { return false }
        guard start < open, tokens[start].isWord, !tokens[start].capitalized,
            SpeechLexicon.determiners.contains(tokens[start].hash), !scan.hasFiniteVerb(start, open - 1)
        else { return false }
        let last = min(segment.lastToken, open + 3)
        if open + 1 <= last, scan.hasFiniteVerb(open + 1, last) || opensWithAVerbForm(open + 1) { return false }
        if let close = segment.closeToken, close + 1 < tokens.count, tokens[close + 1].sentence == tokens[open].sentence {
            let end = min(scan.lastOfSentence(close + 1), close + 3)
            if scan.hasFiniteVerb(close + 1, end) { return false }
        }
        return true
    }

    /// Whether the lower-case word `k` that opens a passage looks like a finite verb ("“required
    /// all hands …”", "“costs Africa …”"): be, have, a modal, a common irregular past, or a word
    /// of four letters or more in "-ed" or "-s" (not "-ss", "-us", "-is", nor a compound with a
    /// hyphen such as "terrorist-related").
    private func opensWithAVerbForm(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized else { return false }
        if SpeechLexicon.finiteAuxiliaries.contains(t.hash) || SpeechLexicon.irregularPast.contains(t.hash) { return true }
        guard t.end - t.start >= 4, !(t.start..<t.end).contains(where: { scan.scalars[$0] == "-" }) else { return false }
        let last = scan.scalars[t.end - 1]
        let beforeLast = scan.scalars[t.end - 2]
        if beforeLast == "e", last == "d" { return true }
        return last == "s" && beforeLast != "s" && beforeLast != "u" && beforeLast != "i" && beforeLast != "'" && beforeLast != "’"
    }

    /// An inverted attribution between commas inside a sentence before a passage in marks
    /// ("Because warm water is lighter, says the study, it rises …"): a clause before it, the
    /// speaker after the verb, and the reported clause going on after the second comma. Returns
    /// the speaker and the sentence's first word (where the mixed quotation starts).
    func invertedAttributionInside(cue: Int, floor: Int, open: Int) -> (ClosedRange<Int>, Int)? {
        guard cue - 2 >= floor, tokens[cue - 1].isPunct(","), scan.hasFiniteVerb(floor, cue - 2),
            let speaker = scan.phraseStarting(at: cue + 1, ceiling: open - 1),
            speaker.upperBound + 2 < open, tokens[speaker.upperBound + 1].isPunct(","),
            IndirectSpeechRules(scan: scan).continuesAfterAnInvertedAttribution(speaker.upperBound + 2, last: open - 1)
        else { return nil }
        var first = floor
        while first < cue, !tokens[first].isWord { first += 1 }
        return (speaker, first)
    }
}
