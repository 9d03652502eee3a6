/// Block quotations set off without marks, as news sites print quote boxes: one or more
/// paragraphs after a lead-in that ends in a colon, closed by a line that is a dash and the
/// source ("Marrero rejected this argument:" ¶ "The notion of federal supremacy …" ¶ "– United
/// States District Judge Victor Marrero, "Decision and Order""). Each paragraph is a direct
/// quote; the source line names the speaker.
extension QuoteExtractor {
    /// At most this many paragraphs between the lead-in and the source line.
    static let maxBlockParagraphs = 4
    /// A source line longer than this many tokens is a paragraph of its own, not a source.
    static let maxSourceLineTokens = 30

    /// The block quotations of `scan` that overlap none of `covered` (sorted spans); their
    /// tokens are marked in `used`, so that no reported speech is read inside them. Linear.
    func blockQuoteCandidates(_ scan: QuoteScan, covered: [TextSpan], used: inout [Bool]) -> [QuoteCandidate] {
        let tokens = scan.tokens
        guard let lastParagraph = tokens.last?.paragraph, lastParagraph >= 1 else { return [] }
        var first = [Int](repeating: -1, count: lastParagraph + 1)
        var last = [Int](repeating: -1, count: lastParagraph + 1)
        for (k, t) in tokens.enumerated() {
            if first[t.paragraph] < 0 { first[t.paragraph] = k }
            last[t.paragraph] = k
        }
        var out: [QuoteCandidate] = []
        for p in 1...lastParagraph where first[p] >= 0 {
            guard let source = sourceLine(tokens, first[p], last[p]) else { continue }
            // Back to the lead-in: a paragraph ending in a colon.
            var q = p - 1
            var leadIn: Int?
            while q >= 1, p - q <= Self.maxBlockParagraphs, first[q] >= 0 {
                if case .mark = tokens[first[q]].kind { break }
                if first[q - 1] >= 0, case .punct(":") = tokens[last[q - 1]].kind { leadIn = q - 1; break }
                q -= 1
            }
            guard let leadIn else { continue }
            for b in (leadIn + 1)..<p where first[b] >= 0 {
                let span = TextSpan(start: tokens[first[b]].start, end: tokens[last[b]].end)
                guard !overlapsAny(span, covered) else { continue }
                for k in first[b]...last[b] { used[k] = true }
                out.append(QuoteCandidate(span: span, kind: .direct,
                                          attribution: Attribution(cue: first[p]...first[p], speaker: source)))
            }
        }
        return out
    }

    /// The source named by a paragraph `lo...hi` that is a dash and a capitalised name ("– European
    /// Court of Justice"), up to a comma, parenthesis or quotation mark.
    private func sourceLine(_ tokens: [QuoteToken], _ lo: Int, _ hi: Int) -> ClosedRange<Int>? {
        guard hi - lo <= Self.maxSourceLineTokens, lo < hi, case .punct("—") = tokens[lo].kind,
              tokens[lo + 1].isWord, tokens[lo + 1].capitalized else { return nil }
        var end = lo + 1
        while end < hi, tokens[end + 1].isWord { end += 1 }
        return (lo + 1)...end
    }
}
