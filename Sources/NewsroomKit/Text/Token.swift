/// One token of a text: a word, a number or a punctuation mark, located by code-point offsets.
public struct Token: Sendable, Hashable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with inner hyphens, apostrophes, digits or periods ("al-Assad", "U.N.").
        case word
        /// Digits, possibly with inner separators ("1,000", "3.5").
        case number
        /// The possessive clitic "'s" / "’s" or a bare trailing apostrophe ("Jones’").
        case possessive
        /// Any other single mark, or a run of dots / dashes.
        case punctuation
    }

    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Kind of token.
    public var kind: Kind
    /// Whether a line break lies between the previous token and this one.
    public var followsNewline: Bool
    /// Whether a blank line (paragraph break) lies between the previous token and this one.
    public var followsBlankLine: Bool

    /// Creates a token.
    public init(start: Int, end: Int, kind: Kind, followsNewline: Bool = false, followsBlankLine: Bool = false) {
        self.start = start
        self.end = end
        self.kind = kind
        self.followsNewline = followsNewline
        self.followsBlankLine = followsBlankLine
    }

    /// The token's span.
    public var span: TextSpan { TextSpan(start: start, end: end) }

    /// Number of scalars.
    public var length: Int { end - start }
}
