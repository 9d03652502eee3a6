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
    /// Per token: FNV-1a of its folded form's UTF-8 (the tagger's word hash).
    let foldHashes: [UInt64]
    /// Per token: its word type, an index into `types` (tokens with equal folded forms share one).
    let typeOf: [Int32]
    /// Per type: its folded form.
    let types: [String]
    /// Per type: its first token.
    let firstOfType: [Int32]
    /// Per type: whether it starts with a joined name particle ("al-assad").
    private let joinedParticle: [Bool]
    /// Per token: `capitalizedBit`, `allCapsBit`, `lowerInitialBit`.
    private let caseBits: [UInt8]

    private static let capitalizedBit: UInt8 = 1
    private static let allCapsBit: UInt8 = 2
    private static let lowerInitialBit: UInt8 = 4

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
        let vocabulary = FoldedVocabulary(text.scalars, tokens: tokens)
        self.folded = vocabulary.folded
        self.foldHashes = vocabulary.hashes
        self.typeOf = vocabulary.typeOf
        self.types = vocabulary.types
        self.firstOfType = vocabulary.firstOfType
        self.joinedParticle = vocabulary.joinedParticle
        self.caseBits = tokens.map { Self.caseBits(of: $0, in: text.scalars) }
    }

    /// The case bits of one token.
    private static func caseBits(of t: Token, in s: [Unicode.Scalar]) -> UInt8 {
        guard t.kind == .word else { return 0 }
        let c = s[t.start]
        var bits: UInt8 = CharClass.isUpper(c) ? capitalizedBit : CharClass.isLower(c) ? lowerInitialBit : 0
        var letters = 0
        for k in t.start..<t.end {
            let c = s[k]
            if CharClass.isLower(c) { return bits }
            if CharClass.isLetter(c) { letters += 1 }
        }
        if letters >= 2 { bits |= allCapsBit }
        return bits
    }

    /// Number of tokens.
    public var count: Int { tokens.count }

    /// The original text of token `i`.
    public func string(_ i: Int) -> String { text[tokens[i].span] }

    /// The first scalar of token `i`.
    public func first(_ i: Int) -> Unicode.Scalar { text.scalars[tokens[i].start] }

    /// Whether the folded form of token `i` starts with a joined name particle ("al-Assad").
    func hasJoinedParticle(_ i: Int) -> Bool { joinedParticle[Int(typeOf[i])] }

    /// Whether the folded form of type `type` starts with a joined name particle.
    func typeHasJoinedParticle(_ type: Int) -> Bool { joinedParticle[type] }

    /// The folded form of token `i` without a joined particle
    /// (`NameVocabulary.strippingParticle(folded[i])`).
    func stripped(_ i: Int) -> String {
        hasJoinedParticle(i) ? NameVocabulary.strippingParticle(folded[i]) : folded[i]
    }

    /// Whether token `i` is a word starting with an upper-case letter.
    public func isCapitalized(_ i: Int) -> Bool { caseBits[i] & Self.capitalizedBit != 0 }

    /// Whether token `i` is a word of two or more letters, all upper case.
    public func isAllCaps(_ i: Int) -> Bool { caseBits[i] & Self.allCapsBit != 0 }

    /// Whether token `i` is a word starting with a lower-case letter.
    func isLowerInitial(_ i: Int) -> Bool { caseBits[i] & Self.lowerInitialBit != 0 }
}
