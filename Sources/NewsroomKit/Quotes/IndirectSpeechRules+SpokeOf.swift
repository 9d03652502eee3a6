/// "told of being forced to …", "talked of being cast in …", "spoke about how the series has
/// been …": a verb of telling or talking with "of"/"about" and a gerund clause or a "how"
/// clause reports what was said.
extension IndirectSpeechRules {
    /// Verbs that report speech with "of" or "about" before a gerund or "how".
    static let spokeOfVerbs: WordHashSet = WordHashSet(
        ["told", "tells", "talked", "talks", "spoke", "speaks"].map(WordHash.of))
    static let ofOrAbout: WordHashSet = WordHashSet(["of", "about"].map(WordHash.of))
    static let how = WordHash.of("how")

    /// The reported content after the verb at `cue` ("told of being forced …"), with the
    /// sentence's subject before the verb as its speaker; nil when the verb is not followed by
    /// "of"/"about" and a gerund (not a speech verb: "spoke of saying") or "how" and a clause
    /// with a finite verb, or when no subject stands before it.
    func spokeOf(_ cue: Int, used: [Bool]) -> QuoteCandidate? {
        // (The caller has checked that "of" or "about" comes next: two comparisons per token.)
        guard cue + 1 < tokens.count, Self.ofOrAbout.contains(tokens[cue + 1].hash) else { return nil }
        let t = tokens[cue]
        guard t.isWord, !t.capitalized, tokens[cue + 1].isWord, Self.spokeOfVerbs.contains(t.hash) else { return nil }
        let first = scan.firstOfSentence(cue)
        let last = scan.lastOfSentence(cue)
        guard cue + 3 <= last else { return nil }
        var start = cue + 2
        if scan.isWord(start, Self.how) {
            start += 1
            guard start + 1 <= last, tokens[start].isWord, scan.hasFiniteVerb(start + 1, min(last, start + 8)) else { return nil }
        } else {
            guard tokens[start].isWord, !tokens[start].capitalized, scan.isParticipleWord(start), scan.cueFrame(start) == nil else { return nil }
        }
        guard let speaker = scan.subject(beforeBracketsAnd: cue, floor: first), isPlausibleSpeaker(speaker) else { return nil }
        let end = clauseEnd(from: start, to: last)
        guard end >= start, let content = contentSpan(from: start, to: end, used: used) else { return nil }
        return QuoteCandidate(span: content.span, kind: content.kind, attribution: Attribution(cue: cue...cue, speaker: speaker))
    }
}

extension QuoteScan {
    /// Whether the word at `k` is a speech verb, or a verb of telling or talking followed by
    /// "of"/"about" ("told of", "talked about").
    func isSpeechOrSpokeOf(_ k: Int) -> Bool {
        if cueFrame(k) != nil { return true }
        let t = tokens[k]
        return t.isWord && !t.capitalized && IndirectSpeechRules.spokeOfVerbs.contains(t.hash) && k + 1 < tokens.count
            && tokens[k + 1].isWord && IndirectSpeechRules.ofOrAbout.contains(tokens[k + 1].hash)
    }

    /// The subject before the verb at `cue`, also across brackets right before it ("Comic artist
    /// Jenn St-Onge (Nancy Drew, Jem) told of …": the subject before the brackets).
    func subject(beforeBracketsAnd cue: Int, floor: Int) -> ClosedRange<Int>? {
        var verb = cue
        if verb - 1 > floor, tokens[verb - 1].isPunct(")") {
            var open = verb - 2
            while open > floor, verb - open <= 16, !tokens[open].isPunct("("), !isTerminal(open) { open -= 1 }
            if open > floor, tokens[open].isPunct("(") { verb = open }
        }
        return subject(before: verb, floor: floor)
    }
}
