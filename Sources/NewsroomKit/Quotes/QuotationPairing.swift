/// A passage between quotation marks, confined to one paragraph.
struct QuotedSegment: Sendable {
    /// Token index of the opening mark.
    var openToken: Int
    /// Token index of the closing mark; nil when the paragraph ended first.
    var closeToken: Int?
    /// Index of the last token of the passage's paragraph.
    var paragraphLastToken: Int
    /// Content scalar offsets (marks excluded, surrounding spaces trimmed).
    var contentStart: Int
    var contentEnd: Int
    /// Number of words inside.
    var wordCount: Int
    /// The paragraph ends inside this passage and the next paragraph opens a mark again:
    /// a quotation that runs over several paragraphs.
    var continuesInNextParagraph = false
    /// This passage opens a paragraph that continues the previous paragraph's quotation.
    var continuesPrevious = false

    /// The token that ends the passage (its closing mark or the paragraph's last token).
    var lastToken: Int { closeToken ?? paragraphLastToken }
}

/// Pairs quotation marks paragraph by paragraph. A mark left open at the end of a paragraph
/// never swallows the following paragraphs: it runs to the end of its paragraph, and is a
/// multi-paragraph quotation only when the next paragraph opens with a mark (newswire style).
enum QuotationPairing {
    static func segments(_ tokens: [QuoteToken], _ s: [Unicode.Scalar]) -> [QuotedSegment] {
        var result: [QuotedSegment] = []
        var k = 0
        while k < tokens.count {
            var end = k
            let paragraph = tokens[k].paragraph
            while end < tokens.count, tokens[end].paragraph == paragraph { end += 1 }
            let before = result.count
            pairDoubles(tokens, s, k, end, &result)
            if result.count == before { pairSingles(tokens, s, k, end, &result) }
            k = end
        }
        linkParagraphs(tokens, &result)
        return result
    }

    private static func pairDoubles(
        _ tokens: [QuoteToken], _ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ out: inout [QuotedSegment]
    ) {
        var open: Int? = nil
        for k in a..<b {
            guard let m = tokens[k].mark, m.level == .double else { continue }
            guard let o = open else {
                if m.direction != .closing { open = k }
                continue
            }
            let openMark = tokens[o].mark
            let closes: Bool
            switch m.direction {
            case .closing, .either: closes = true
            case .opening:
                // „…“ closes with “; a “ followed by a space or punctuation was used as a closer.
                closes = (openMark?.isLow ?? false)
                    || QuoteTokenizer.isSpace(s, tokens[k].end)
                    || (tokens[k].end < s.count && ",.;:?!".unicodeScalars.contains(s[tokens[k].end]))
            }
            if closes {
                out.append(segment(tokens, s, o, k, b - 1))
                open = nil
            } else {
                open = k  // the earlier mark was never closed: ignore it
            }
        }
        if let o = open, o + 1 < b { out.append(segment(tokens, s, o, nil, b - 1)) }
    }

    /// Single marks are read as quotation marks only in paragraphs without double marks.
    private static func pairSingles(
        _ tokens: [QuoteToken], _ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ out: inout [QuotedSegment]
    ) {
        var open: Int? = nil
        for k in a..<b {
            guard let m = tokens[k].mark, m.level == .single else { continue }
            if let o = open {
                if m.direction != .opening {
                    out.append(segment(tokens, s, o, k, b - 1))
                    open = nil
                }
            } else if m.direction == .opening {
                open = k
            }
        }
    }

    private static func segment(
        _ tokens: [QuoteToken], _ s: [Unicode.Scalar], _ open: Int, _ close: Int?, _ last: Int
    ) -> QuotedSegment {
        var start = tokens[open].end
        var end = close.map { tokens[$0].start } ?? tokens[last].end
        while start < end, QuoteTokenizer.isSpace(s, start) { start += 1 }
        while end > start, QuoteTokenizer.isSpace(s, end - 1) { end -= 1 }
        var words = 0
        let stop = close ?? (last + 1)
        if open + 1 < stop {
            for k in (open + 1)..<stop where tokens[k].isWord { words += 1 }
        }
        return QuotedSegment(
            openToken: open, closeToken: close, paragraphLastToken: last,
            contentStart: start, contentEnd: end, wordCount: words)
    }

    /// Marks multi-paragraph quotations: an unclosed passage whose next paragraph begins with a mark.
    private static func linkParagraphs(_ tokens: [QuoteToken], _ segments: inout [QuotedSegment]) {
        guard segments.count > 1 else { return }
        for i in 0..<(segments.count - 1) where segments[i].closeToken == nil {
            let next = segments[i + 1]
            let firstOfNextParagraph = segments[i].paragraphLastToken + 1
            if next.openToken == firstOfNextParagraph,
                tokens[next.openToken].paragraph == tokens[segments[i].openToken].paragraph + 1
            {
                segments[i].continuesInNextParagraph = true
                segments[i + 1].continuesPrevious = true
            }
        }
    }
}
