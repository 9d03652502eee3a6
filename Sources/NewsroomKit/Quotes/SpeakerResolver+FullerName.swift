/// A person the people layer knows by one word while the speaker phrase writes more of the name
/// ("Comic artist Jenn St-Onge" for the person "Jenn"): the name as the phrase writes it.
extension SpeakerResolver {
    /// The person's one-word name and the capitalised words right after it ending the phrase
    /// ("Jenn St-Onge"), or nil when the person's name has several words or no such words follow.
    func fullerNameInPhrase(_ phrase: ClosedRange<Int>, person p: Int) -> String? {
        let name = people[p].name
        guard !Self.isMultiword(name), phrase.count >= 2 else { return nil }
        let tokens = scan.tokens
        let folded = Folding.fold(name)
        guard let k = phrase.first(where: { tokens[$0].isWord && tokens[$0].capitalized && Folding.fold(scan.text($0...$0)) == folded }),
            k < phrase.upperBound, !scan.isPossessive(k)
        else { return nil }
        var end = k
        while end < phrase.upperBound, tokens[end + 1].isWord, tokens[end + 1].capitalized, !scan.isPossessive(end + 1),
            !SpeechLexicon.organisationWords.contains(tokens[end + 1].hash), !SpeechLexicon.roleWords.contains(tokens[end + 1].hash),
            !SpeechLexicon.documentNouns.contains(tokens[end + 1].hash)
        {
            end += 1
        }
        // The rest of the name ends the phrase ("Jenn St-Onge"), not a role or a title after it.
        return end > k && end == phrase.upperBound ? scan.text(k...end) : nil
    }
}
