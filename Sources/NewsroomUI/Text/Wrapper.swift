/// Word wrapping by display width. Works on glyphs (grapheme clusters and visible escapes) and
/// returns scalar ranges, so the lines can be styled with the article's scalar-offset spans.
public enum Wrapper {
    /// The lines of `text` wrapped to `width` columns: scalar ranges of `text`, line feeds
    /// excluded. Breaks at spaces and after wide (East Asian) characters; words longer than the
    /// width are broken anywhere, never inside a cluster or an escape.
    public static func wrap(_ text: String, width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        let w = max(1, width)
        var lineStart = 0, lineWidth = 0, end = 0
        var breakStart = -1, breakEnd = -1, widthAtBreak = 0
        DisplayText.forEachGlyphShape(text) { g in
            let offset = g.offset, n = g.scalarCount, gw = g.width
            end = offset + n
            if g.isLineBreak {
                lines.append(lineStart..<offset)
                lineStart = offset + n
                lineWidth = 0
                breakStart = -1
                return
            }
            if g.isSpace {
                if lineWidth + gw > w {
                    lines.append(lineStart..<offset)
                    lineStart = offset + n
                    lineWidth = 0
                    breakStart = -1
                } else {
                    lineWidth += gw
                    breakStart = offset
                    breakEnd = offset + n
                    widthAtBreak = lineWidth
                }
                return
            }
            if lineWidth + gw > w {
                if breakStart >= 0 {
                    lines.append(lineStart..<breakStart)
                    lineStart = breakEnd
                    lineWidth -= widthAtBreak
                    breakStart = -1
                }
                if lineWidth + gw > w, lineWidth > 0 {
                    lines.append(lineStart..<offset)
                    lineStart = offset
                    lineWidth = 0
                }
            }
            lineWidth += gw
            if g.isWide {
                // East Asian text has no spaces: a line may break after any wide character.
                breakStart = end
                breakEnd = end
                widthAtBreak = lineWidth
            }
        }
        lines.append(lineStart..<max(lineStart, end))
        return lines
    }
}
