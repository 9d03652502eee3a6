/// "the company", "the network": a business referred to by its kind after it was named
/// ("Hasbro hosted a panel … . Asked about sustainability, the company noted that …").
extension SpeakerResolver {
    /// Nouns by which news refers back to a business it has named.
    static let companyNouns: WordHashSet = WordHashSet(
        ["company", "firm", "network", "broadcaster", "corporation"].map(WordHash.of))

    /// The name of the organisation that is the subject of one of the four sentences before
    /// "the company" / "the network" (within its paragraph or the one before): a capitalised name
    /// without a determiner that is neither a pronoun, a person of the article, nor shaped like
    /// a person's name. Nil when the phrase is not such a reference or no sentence has one.
    mutating func companyNamedBefore(_ phrase: ClosedRange<Int>) -> String? {
        let tokens = scan.tokens
        guard phrase.count == 2, tokens[phrase.lowerBound].isWord, tokens[phrase.lowerBound].hash == Words.the,
            tokens[phrase.upperBound].isWord, !tokens[phrase.upperBound].capitalized,
            Self.companyNouns.contains(tokens[phrase.upperBound].hash)
        else { return nil }
        let here = tokens[phrase.lowerBound]
        var s = here.sentence - 1
        while s >= 0, here.sentence - s <= 4 {
            defer { s -= 1 }
            let first = scan.sentenceFirst[s]
            guard here.paragraph - tokens[first].paragraph <= 1 else { break }
            guard let subject = scan.sentenceSubject(from: first, before: scan.sentenceLast[s] + 1) else { continue }
            let head = tokens[subject.lowerBound]
            guard head.isWord, head.capitalized, !SpeechLexicon.determiners.contains(head.hash),
                SpeechLexicon.pronouns[head.hash] == nil, subject.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
                !isPersonLike(subject), personMentioned(in: scan.span(subject)) == nil, isNameInsideASentence(subject.lowerBound)
            else { continue }
            return scan.text(subject)
        }
        return nil
    }

    /// Whether the word at `k` is a name: written capitalised inside a sentence somewhere in the
    /// text (after a word or a comma of its sentence) and never in lower case — not a word
    /// capitalised only because a sentence opens with it ("Just", "Workers"). The answers for
    /// every word are found in one pass over the text, on first use.
    private mutating func isNameInsideASentence(_ k: Int) -> Bool {
        if namesInsideSentences == nil { namesInsideSentences = Self.namesInsideSentences(scan.tokens) }
        return namesInsideSentences?[scan.tokens[k].hash] ?? false
    }

    /// For each word hash of `tokens` (from the second token on), whether it is never written
    /// in lower case and written capitalised at least once after a word or a comma of its
    /// sentence.
    static func namesInsideSentences(_ tokens: [QuoteToken]) -> [UInt64: Bool] {
        var lower = Set<UInt64>()
        var inside = Set<UInt64>()
        for j in tokens.indices.dropFirst() where tokens[j].isWord {
            let hash = tokens[j].hash
            guard tokens[j].capitalized else {
                lower.insert(hash)
                continue
            }
            let before = tokens[j - 1]
            if before.sentence == tokens[j].sentence, before.isWord || before.isPunct(",") { inside.insert(hash) }
        }
        var answers: [UInt64: Bool] = [:]
        for hash in inside where !lower.contains(hash) { answers[hash] = true }
        return answers
    }
}
