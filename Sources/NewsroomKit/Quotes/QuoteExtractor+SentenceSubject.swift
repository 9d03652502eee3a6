/// A quotation with no attribution opening a sentence right after a sentence about a person in
/// the same paragraph ("Then just 19, she looked at the role as a “chance to face my demons.”
/// “I was in an extremely competitive program …”"): the person the sentence is about speaks.
extension QuoteExtractor {
    /// The subject of the sentence ending at `previous` when it is he/she or a phrase naming a
    /// person the people layer found, and the passage is long enough to be speech (eight words),
    /// else nil. Reads only that sentence.
    func personSubject(ofSentenceEndingAt previous: Int, passage: QuotedSegment, _ scan: QuoteScan, _ mentions: [TextSpan]) -> ClosedRange<Int>? {
        let tokens = scan.tokens
        guard passage.wordCount >= 8 else { return nil }
        let first = scan.firstOfSentence(previous)
        guard let subject = scan.sentenceSubject(from: first, before: previous + 1),
            !(first..<subject.lowerBound).contains(where: { tokens[$0].mark != nil })
        else { return nil }
        // "Then just 19 years old, she": a pronoun ending the phrase after an opening phrase.
        let tail = tokens[subject.upperBound]
        if tail.isWord, let pronoun = SpeechLexicon.pronouns[tail.hash], subject.count == 1 || !tail.capitalized {
            return pronoun == .he || pronoun == .she ? subject.upperBound...subject.upperBound : nil
        }
        let head = tokens[subject.lowerBound]
        return head.capitalized && overlapsAny(scan.span(subject), mentions) ? subject : nil
    }
}
