/// One cell of the screen.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell (already made safe: never a control character).
    /// Empty for the second column of a wide character.
    public var text: String
    /// Display width: 1, 2 for the first column of a wide character, 0 for its second column.
    public var width: UInt8
    /// The style.
    public var style: Style

    /// Creates a cell.
    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell.
    public static let blank = Cell(text: " ", width: 1, style: .plain)

    /// Whether this is the hidden second column of a wide character.
    public var isContinuation: Bool { width == 0 }
}

/// A grid of styled cells: what the reader shows, independent of any terminal.
///
/// Every drawing call clips to a rectangle and never splits a wide character: a wide
/// character that does not fit is replaced by a space.
public struct Screen: Hashable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Cells, row by row.
    public private(set) var cells: [Cell]

    /// A blank screen.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills `rect` (clipped to the screen) with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let cell = Cell(text: " ", width: 1, style: style)
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { setCell(x, y, cell, clip: r) }
        }
    }

    /// Draws a glyph at (`x`, `y`) inside `clip`; returns the columns used (0 if nothing fits).
    @discardableResult
    public mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style, clip: Rect) -> Int {
        let c = clip.intersection(bounds)
        guard y >= c.y, y < c.maxY, x >= c.x, x < c.maxX else { return 0 }
        if glyph.isEscape {
            // An escape like "^[" or "<U+202E>": one ASCII character per cell.
            var used = 0
            for ch in glyph.text {
                guard x + used < c.maxX else { break }
                setCell(x + used, y, Cell(text: String(ch), width: 1, style: style), clip: c)
                used += 1
            }
            return used
        }
        if glyph.width == 2 {
            guard x + 1 < c.maxX else {
                setCell(x, y, Cell(text: " ", width: 1, style: style), clip: c)
                return 1
            }
            setCell(x, y, Cell(text: glyph.text, width: 2, style: style), clip: c)
            setCell(x + 1, y, Cell(text: "", width: 0, style: style), clip: c)
            return 2
        }
        setCell(x, y, Cell(text: glyph.text, width: 1, style: style), clip: c)
        return 1
    }

    /// Draws `text` on one line from (`x`, `y`), clipped to `clip`; returns the columns used.
    @discardableResult
    public mutating func draw(_ text: String, x: Int, y: Int, style: Style, clip: Rect) -> Int {
        var used = 0
        let c = clip.intersection(bounds)
        for g in DisplayText.glyphs(text) {
            guard x + used < c.maxX else { break }
            let s = g.isEscape ? Style(.control, highlight: style.highlight, attributes: style.attributes) : style
            used += put(g, x: x + used, y: y, style: s, clip: c)
        }
        return used
    }

    /// Writes one cell, repairing wide characters it cuts through.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell, clip: Rect) {
        let i = y * width + x
        let old = cells[i]
        if old.width == 0, x > 0, cells[i - 1].width == 2, !(cell.width == 0) {
            // Overwriting the second half of a wide character: blank its first half.
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < width, cells[i + 1].width == 0 {
            cells[i + 1] = Cell(text: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
    }
}
