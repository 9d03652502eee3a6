/// Groups tokens into sentences, in one linear pass.
///
/// A sentence ends at ".", "!", "?", "…" (with any closing quotation marks or brackets written
/// right after it) when the next token starts like a sentence (upper case, a digit, or an opening
/// mark), and at every line break. Abbreviations that keep their period ("Mr.", "U.S.") do not end
/// a sentence except before a line break; an opening quotation mark never ends one.
public enum SentenceSplitter {
    /// Sentences as ranges of indices into `tokens`, covering every token in order.
    public static func split(_ tokens: [Token], in s: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        while i < n {
            if i > start, tokens[i].followsNewline {
                sentences.append(start..<i)
                start = i
            }
            let t = tokens[i]
            if t.kind == .punctuation, isTerminal(s[t.start]) {
                var end = i + 1
                // Closing quotes / brackets written against the terminal mark belong to this sentence.
                while end < n, tokens[end].kind == .punctuation, tokens[end].start == tokens[end - 1].end,
                      isClosing(s, tokens[end], next: end + 1 < n ? tokens[end + 1] : nil) {
                    end += 1
                }
                if end >= n || startsSentence(s, tokens[end]) {
                    sentences.append(start..<end)
                    start = end
                }
                i = end
                continue
            }
            i += 1
        }
        if start < n { sentences.append(start..<n) }
        return sentences
    }

    private static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}"
    }

    /// Whether `t` closes a quotation or bracket rather than opening the next one.
    private static func isClosing(_ s: [Unicode.Scalar], _ t: Token, next: Token?) -> Bool {
        let c = s[t.start]
        switch c {
        case "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}": return true
        case "\"", "'":
            // A straight mark closes when nothing follows it directly.
            guard let next else { return true }
            return next.start > t.end || next.followsNewline
        default: return false
        }
    }

    /// Whether `t` can be the first token of a sentence.
    private static func startsSentence(_ s: [Unicode.Scalar], _ t: Token) -> Bool {
        if t.followsNewline { return true }
        let c = s[t.start]
        if CharClass.isUpper(c) || CharClass.isDigit(c) { return true }
        switch c {
        case "\"", "\u{201C}", "\u{2018}", "'", "(", "[", "\u{00AB}", "-", "\u{2014}", "\u{2013}": return true
        default: return false
        }
    }
}
