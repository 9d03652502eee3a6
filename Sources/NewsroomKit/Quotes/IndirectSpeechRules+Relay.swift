/// A source relayed by the one who reports it: "The Daily Ledger, citing local officials,
/// reported that …", "Reuters, quoting a police source, said …" — the cited source speaks.
extension IndirectSpeechRules {
    /// The source cited in an aside between the subject `speaker` and the speech verb at `cue`
    /// (", citing X," or ", quoting X,"), or nil.
    func relayedSource(subject speaker: ClosedRange<Int>, cue: Int) -> ClosedRange<Int>? {
        let comma = speaker.upperBound + 1
        guard comma + 2 < cue, tokens[comma].isPunct(","), tokens[cue - 1].isPunct(","),
            tokens[comma + 1].isWord, !tokens[comma + 1].capitalized, Words.citingVerbs.contains(tokens[comma + 1].hash),
            scan.isParticipleWord(comma + 1)
        else { return nil }
        guard let source = scan.phraseStarting(at: comma + 2, ceiling: cue - 2), source.upperBound == cue - 2 else { return nil }
        return source
    }
}

/// A document with its author as the object before a participle: "Science published a report by
/// a team from the University of Hawaii, saying the eruption …" — the authored document speaks,
/// not the one who published it.
extension IndirectSpeechRules {
    /// The phrase "report by …" ending right before the comma of the participle `cue`, or nil.
    func authoredDocument(beforeParticiple cue: Int, floor: Int) -> ClosedRange<Int>? {
        guard cue - 3 >= floor, tokens[cue - 1].isPunct(","), scan.isParticipleWord(cue) else { return nil }
        var k = cue - 2
        while k > floor, cue - k <= 24, !tokens[k].isPunct(","), !scan.isTerminal(k), tokens[k].mark == nil {
            if tokens[k].isWord, !tokens[k].capitalized, SpeechLexicon.documentNouns.contains(tokens[k].hash),
                scan.isWord(k + 1, EvaluativeWords.by), k + 2 <= cue - 2
            {
                return k...(cue - 2)
            }
            k -= 1
        }
        return nil
    }
}

/// A document issued by the sentence's subject and a participle right after it: "The task force
/// released a statement saying an attack … produced no casualties" — the issuer speaks.
extension IndirectSpeechRules {
    /// The subject of the issue verb ("released", "issued", "published") whose object, a
    /// document noun with at most one adjective ("a brief statement"), comes right before the
    /// participle `cue`, or nil.
    func issuerOfDocument(beforeParticiple cue: Int, floor: Int) -> ClosedRange<Int>? {
        guard cue - 3 >= floor, scan.isParticipleWord(cue), tokens[cue - 1].isWord, !tokens[cue - 1].capitalized,
            SpeechLexicon.documentNouns.contains(tokens[cue - 1].hash)
        else { return nil }
        var d = cue - 2
        if d > floor, tokens[d].isWord, !tokens[d].capitalized, !Words.indefiniteArticles.contains(tokens[d].hash),
            tokens[d].hash != SpeechLexicon.the
        {
            d -= 1
        }
        guard d - 1 >= floor, tokens[d].isWord, Words.indefiniteArticles.contains(tokens[d].hash) || tokens[d].hash == SpeechLexicon.the,
            tokens[d - 1].isWord, !tokens[d - 1].capitalized, DocumentFrameWords.issueVerbs.contains(tokens[d - 1].hash)
        else { return nil }
        return scan.subject(before: d - 1, floor: floor)
    }
}
