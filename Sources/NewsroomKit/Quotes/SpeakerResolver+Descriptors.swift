/// "The Wooster professor added, “…”" right after "…,” said study co-author Karen Alley": a
/// description by place or institution and profession, naming no one the article ties to that
/// role, refers to the person who has just spoken.
extension SpeakerResolver {
    /// Academic and scientific professions (not offices: "the Vermont senator" is resolved by
    /// roles, and PolNeAR's sources keep such descriptions as written).
    static let professions: WordHashSet = WordHashSet([
        "professor", "scientist", "researcher", "economist", "physician", "doctor", "surgeon", "engineer", "lecturer",
        "historian", "biologist", "geologist", "glaciologist", "astronomer", "chemist", "physicist", "epidemiologist",
        "virologist", "archaeologist", "anthropologist", "psychologist", "ecologist", "oceanographer",
    ].map(WordHash.of))

    /// The person of the previous attribution (this paragraph or the one before) when the phrase
    /// is "the", one or two capitalised words and a lower-case profession ("The Wooster
    /// professor", "the Harvard economist"); nil otherwise.
    func personDescribedAfterSpeaking(_ phrase: ClosedRange<Int>, paragraph: Int) -> Int? {
        let tokens = scan.tokens
        guard phrase.count == 3 || phrase.count == 4, tokens[phrase.lowerBound].isWord, tokens[phrase.lowerBound].hash == Words.the,
            let last = lastPerson, paragraph - last.paragraph <= 1, last.position < tokens[phrase.lowerBound].start
        else { return nil }
        let head = tokens[phrase.upperBound]
        guard head.isWord, !head.capitalized, Self.professions.contains(head.hash),
            ((phrase.lowerBound + 1)..<phrase.upperBound).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized && !scan.isPossessive($0) })
        else { return nil }
        return last.person
    }
}
