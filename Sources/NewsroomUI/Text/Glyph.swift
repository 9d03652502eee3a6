/// One unit of display: a grapheme cluster as drawn, or the visible escape of an invisible
/// or dangerous character.
public struct Glyph: Hashable, Sendable {
    /// What is drawn: a safe grapheme cluster, or ASCII like `^[` / `<U+202E>` when `isEscape`.
    public var text: String
    /// Columns taken.
    public var width: Int
    /// Scalar offset of the source character in the string the glyph came from.
    public var offset: Int
    /// Number of source scalars this glyph stands for.
    public var scalarCount: Int
    /// Whether the glyph is a visible escape of a control or invisible character.
    public var isEscape: Bool
    /// Whether the source character was a line feed (drawn as a space; the wrapper breaks there).
    public var isLineBreak: Bool

    /// Creates a glyph.
    public init(text: String, width: Int, offset: Int, scalarCount: Int, isEscape: Bool = false, isLineBreak: Bool = false) {
        self.text = text
        self.width = width
        self.offset = offset
        self.scalarCount = scalarCount
        self.isEscape = isEscape
        self.isLineBreak = isLineBreak
    }
}
