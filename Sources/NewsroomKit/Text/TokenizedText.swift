/// A text with its tokens, sentences and per-token facts computed once, shared by the tagger,
/// the rules and the linker.
public struct TokenizedText: Sendable {
    /// The text.
    public let text: ScalarText
    /// Its tokens in order.
    public let tokens: [Token]
    /// Sentences as ranges of token indices.
    public let sentences: [Range<Int>]
    /// Folded form of every token (lower case, no diacritics, ASCII apostrophes and hyphens).
    public let folded: [String]
    /// Whether each token is the first of its sentence.
    public let sentenceInitial: [Bool]

    /// Tokenizes and splits `text`.
    public init(_ text: ScalarText) {
        self.text = text
        let tokens = Tokenizer.tokenize(text.scalars)
        self.tokens = tokens
        let sentences = SentenceSplitter.split(tokens, in: text.scalars)
        self.sentences = sentences
        var initial = [Bool](repeating: false, count: tokens.count)
        for s in sentences {
            // The first word of a sentence, skipping opening quotes and brackets.
            var i = s.lowerBound
            while i < s.upperBound, tokens[i].kind == .punctuation { i += 1 }
            if i < s.upperBound { initial[i] = true }
        }
        self.sentenceInitial = initial
        var folded: [String] = []
        folded.reserveCapacity(tokens.count)
        for t in tokens { folded.append(TokenizedText.fold(text.scalars, t.start, t.end)) }
        self.folded = folded
    }

    /// Number of tokens.
    public var count: Int { tokens.count }

    /// The original text of token `i`.
    public func string(_ i: Int) -> String { text[tokens[i].span] }

    /// The first scalar of token `i`.
    public func first(_ i: Int) -> Unicode.Scalar { text.scalars[tokens[i].start] }

    /// Whether token `i` is a word starting with an upper-case letter.
    public func isCapitalized(_ i: Int) -> Bool {
        tokens[i].kind == .word && CharClass.isUpper(first(i))
    }

    /// Whether token `i` is a word of two or more letters, all upper case.
    public func isAllCaps(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        var letters = 0
        for k in t.start..<t.end {
            let c = text.scalars[k]
            if CharClass.isLower(c) { return false }
            if CharClass.isLetter(c) { letters += 1 }
        }
        return letters >= 2
    }

    /// Folds `s[start..<end]` (fast path for ASCII).
    static func fold(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var ascii = true
        for k in start..<end where !s[k].isASCII { ascii = false; break }
        var out = String.UnicodeScalarView()
        if ascii {
            for k in start..<end { out.append(CharClass.lowerASCII(s[k])) }
        } else {
            for k in start..<end { Folding.appendFolded(s[k], to: &out) }
        }
        return String(out)
    }
}
