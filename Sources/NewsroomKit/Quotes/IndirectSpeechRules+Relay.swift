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
