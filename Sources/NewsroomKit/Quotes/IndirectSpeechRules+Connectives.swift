/// "Indeed, News 12 reported, only buildings adjacent to the break were …": an attribution in
/// the middle of a sentence whose words before it are only a connective.
extension IndirectSpeechRules {
    /// Sentence connectives that are the writer's, not the source's.
    static let sentenceConnectives: WordHashSet = Words.connectives.union(WordHashSet(
        ["indeed", "moreover", "furthermore", "nevertheless", "nonetheless", "additionally", "likewise", "meanwhile"].map(WordHash.of)))

    /// Whether the words from `start` to the comma before the attribution (`comma`) are one or
    /// two connectives ("Indeed,", "But meanwhile,").
    func startsAfterAConnective(_ start: Int, comma: Int) -> Bool {
        guard start < comma, comma - start <= 2 else { return false }
        return (start..<comma).allSatisfy { tokens[$0].isWord && Self.sentenceConnectives.contains(tokens[$0].hash) }
    }
}
