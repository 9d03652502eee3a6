/// Words after a verb that are its object and a purpose clause ("declared a state of emergency so
/// he could fund a wall"): the act, not reported speech.
extension IndirectSpeechRules {
    /// Whether the words `start...end` after a speech verb open with a few words without a verb,
    /// then "so" and a clause of purpose ("so he could …", "so that …", "so the council would …"):
    /// "declared a state of emergency so he could begin …", "declared last Friday so he could fund
    /// …". The only verb is the purpose clause's, so nothing was said.
    func opensWithAPurposeClause(_ start: Int, end: Int) -> Bool {
        var s = start + 1
        while s <= min(end, start + 7), tokens[s].isWord, !scan.isWord(s, Words.so) { s += 1 }
        guard s + 2 <= end, scan.isWord(s, Words.so), !scan.hasFiniteVerb(start, s - 1) else { return false }
        let next = tokens[s + 1]
        guard next.isWord else { return false }
        if next.hash == Words.that { return true }
        // "so he could", "so the council would": a subject, then a modal within three words.
        guard SpeechLexicon.subjectPronouns.contains(next.hash) || SpeechLexicon.determiners.contains(next.hash) else { return false }
        return ((s + 2)...min(end, s + 4)).contains { tokens[$0].isWord && Words.purposeModals.contains(tokens[$0].hash) }
    }
}
