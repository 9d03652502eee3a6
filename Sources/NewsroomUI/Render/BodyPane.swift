import NewsroomKit

extension ReaderState {
    /// The article: headline, dateline line, wrapped text with people in their colours, quote
    /// spans styled apart, find matches and the current highlight; captions at the end.
    func renderBody(_ c: Rect, into s: inout Screen) {
        guard let a = currentArticle, let b = body else {
            s.draw("No article open. Select one in the list and press Enter.", x: c.x, y: c.y, style: Style(.dim), clip: c)
            return
        }
        let visible = b.lines[min(bodyTop, b.lines.count)..<min(b.lines.count, bodyTop + c.height)]
        // Spans that may touch the visible text, sorted by start.
        var quotes: [(TextSpan, Bool)] = a.quotes.map { ($0.span, true) }
        quotes.sort { $0.0 < $1.0 }
        var mentions: [(TextSpan, Int)] = []
        for p in a.people {
            let idx = PersonColor.index(for: p.name)
            for m in p.mentions { mentions.append((m, idx)) }
        }
        mentions.sort { $0.0 < $1.0 }
        var selected: [(TextSpan, Bool)] = selectedMentions.map { ($0, true) }
        selected.sort { $0.0 < $1.0 }
        var found: [(TextSpan, Bool)] = (find?.matches ?? []).map { ($0, true) }
        found.sort { $0.0 < $1.0 }
        var quoteCursor = SpanCursor(quotes)
        var mentionCursor = SpanCursor(mentions)
        var selectedCursor = SpanCursor(selected)
        var findCursor = SpanCursor(found)
        let current = highlight?.span

        for (row, line) in visible.enumerated() {
            let y = c.y + row
            let scalars = b.scalars(of: line)
            guard !scalars.isEmpty else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            let glyphs = DisplayText.glyphs(String(view))
            switch line.source {
            case .headline:
                _ = Renderer.drawGlyphs(glyphs, x: c.x, y: y, clip: c, into: &s) { _ in Style(.title, attributes: .bold) }
            case .meta:
                let datelineLength = (a.article.dateline?.unicodeScalars.count ?? -2) + 2
                _ = Renderer.drawGlyphs(glyphs, x: c.x, y: y, clip: c, into: &s) { g in
                    g.offset + line.range.lowerBound < datelineLength ? Style(.text, attributes: .bold) : Style(.dim)
                }
            case .caption:
                _ = Renderer.drawGlyphs(glyphs, x: c.x, y: y, clip: c, into: &s) { _ in Style(.dim) }
            case .blank:
                break
            case .text:
                let base = line.range.lowerBound
                _ = Renderer.drawGlyphs(glyphs, x: c.x, y: y, clip: c, into: &s) { g in
                    let o = base + g.offset
                    var st = Style(.text)
                    if quoteCursor.at(o) != nil { st.role = .quote }
                    if let p = mentionCursor.at(o) { st.role = .person(p) }
                    if selectedCursor.at(o) != nil { st = st.adding(.underline).highlighted(.selectionDim) }
                    if findCursor.at(o) != nil { st = st.highlighted(.match) }
                    if let cur = current, o >= cur.start, o < cur.end { st = st.highlighted(.current) }
                    return st
                }
            }
        }
    }
}
