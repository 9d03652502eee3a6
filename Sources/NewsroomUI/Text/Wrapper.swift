/// Word wrapping by display width. Works on grapheme clusters and returns scalar ranges, so the
/// lines can be styled with the article's scalar-offset spans.
public enum Wrapper {
    /// The lines of `text` wrapped to `width` columns: scalar ranges of `text`, newlines excluded.
    /// Breaks at spaces; words longer than the width are broken anywhere (never inside a cluster).
    public static func wrap(_ text: String, width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        let w = max(1, width)
        var offset = 0, lineStart = 0, lineWidth = 0
        var breakStart = -1, breakEnd = -1, widthAtBreak = 0
        var scratch: [Glyph] = []
        for ch in text {
            let n = ch.unicodeScalars.count
            if ch == "\n" || ch == "\r\n" {
                lines.append(lineStart..<offset)
                offset += n
                lineStart = offset
                lineWidth = 0
                breakStart = -1
                continue
            }
            scratch.removeAll(keepingCapacity: true)
            DisplayText.append(ch, offset: offset, to: &scratch)
            var gw = 0
            for g in scratch { gw += g.width }
            if ch == " " {
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
                offset += n
                continue
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
            offset += n
            if gw == 2 {
                // East Asian text has no spaces: a line may break after any wide character.
                breakStart = offset
                breakEnd = offset
                widthAtBreak = lineWidth
            }
        }
        lines.append(lineStart..<offset)
        return lines
    }
}
