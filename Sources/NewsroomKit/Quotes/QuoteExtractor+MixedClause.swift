/// Passages in marks inside one reported clause: "He said it would be “a condition of travel”
/// and “surgical masks … we must keep for clinical settings” so the general public should use
/// “the kind of face covering you can make at home.”" is one mixed quote.
extension QuoteExtractor {
    /// Whether the passage `next` continues the reported clause that the passage closing at
    /// `close` belongs to: same sentence, no attribution of its own, and at most ten lower-case
    /// words between them with no speech verb and no participle (not "“…,” adding “…”").
    func continuesTheMixedClause(close: Int, next: QuotedSegment, nextAttribution: Attribution?, _ scan: QuoteScan) -> Bool {
        let tokens = scan.tokens
        let open = next.openToken
        guard nextAttribution == nil, open > close + 2, open - close <= 11,
            tokens[close].sentence == tokens[open].sentence, !scan.isTerminal(close - 1)
        else { return false }
        for k in (close + 1)..<open {
            let t = tokens[k]
            guard t.isWord, !t.capitalized, scan.cueFrame(k) == nil, !scan.isParticipleWord(k) else { return false }
        }
        return true
    }
}

extension QuoteExtractor {
    /// Whether the passage opens the reported clause its attribution before it introduces and
    /// the clause goes on after the closing mark ("According to a statement by his office,
    /// “neutralizing the threat” is an aim of the operation"): then the whole clause is a mixed
    /// quote. The clause goes on when a lower-case finite verb of be, have, a modal follows the
    /// closing mark in the same sentence.
    func opensAReportedClause(_ segment: QuotedSegment, attribution: Attribution?, _ scan: QuoteScan) -> Bool {
        let tokens = scan.tokens
        guard let cue = attribution?.cue, cue.upperBound < segment.openToken, let close = segment.closeToken,
            close + 1 < tokens.count, close - 1 > segment.openToken,
            !scan.isTerminal(close - 1), !tokens[close - 1].isPunct(","), !scan.isPunct(close - 1, "?"), !scan.isPunct(close - 1, "!")
        else { return false }
        let next = tokens[close + 1]
        return next.isWord && !next.capitalized && next.sentence == tokens[segment.openToken].sentence
            && SpeechLexicon.finiteAuxiliaries.contains(next.hash) && SpeechLexicon.pronouns[next.hash] == nil
    }
}
