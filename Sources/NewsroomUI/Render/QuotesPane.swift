import NewsroomKit

extension ReaderState {
    /// Quotes (or search results): a speaker line (with the headline for results) and two lines
    /// of text with the matched characters highlighted.
    func renderQuotes(_ c: Rect, into s: inout Screen) {
        let list = quoteList
        guard !list.isEmpty else {
            let text: String
            if let q = search?.query, !q.isEmpty { text = "No quote matches \u{201C}\(q)\u{201D}." }
            else if search != nil { text = "Type to search every quote of the library." }
            else if selectedPerson != nil { text = "No quotes by \(selectedPerson ?? "")." }
            else { text = currentArticle == nil ? "" : "No quotes in this article." }
            for (i, r) in Wrapper.wrap(text, width: c.width).enumerated() where i < c.height {
                s.draw(TallyView.slice(text, r), x: c.x, y: c.y + i, style: Style(.dim), clip: c)
            }
            return
        }
        let focused = focus == .quotes
        let h = ReaderState.quoteItemHeight
        let count = max(1, c.height / h)
        let visible = list.hits(in: quotesCursor.top..<(quotesCursor.top + count))
        for (k, hit) in visible.enumerated() {
            let i = quotesCursor.top + k
            let q = library.quote(hit.ref)
            let y = c.y + k * h
            let isSelected = i == quotesCursor.selected
            let hl: Highlight = isSelected ? (focused ? .selection : .selectionDim) : .none
            let isOpen = highlight?.reason == .quote && hit.ref.article == openArticle && highlight?.span == q.span
            // Speaker line.
            s.fill(Rect(x: c.x, y: y, width: c.width, height: 1), style: Style(highlight: hl))
            var x = c.x
            let mark = marked.contains(hit.ref) ? "\u{25CF} " : (isOpen ? "\u{25B8} " : "  ")
            x += s.draw(mark, x: x, y: y, style: Style(.key, highlight: hl), clip: c)
            let speaker = q.speaker ?? "unknown speaker"
            let speakerStyle = q.speaker == nil ? Style(.dim, highlight: hl) : Style(PersonColor.role(for: speaker), highlight: hl)
            var speakerMatches = SpanCursor(hit.speakerMatches.sorted().map { ($0, true) })
            x += Renderer.drawGlyphs(DisplayText.glyphs(speaker), x: x, y: y, clip: Rect(x: x, y: y, width: c.maxX - x, height: 1), into: &s) { g in
                speakerMatches.at(g.offset) != nil ? speakerStyle.highlighted(.match) : speakerStyle
            }
            if search != nil, c.maxX - x > 6 {
                let head = " \u{00B7} " + library.articles[hit.ref.article].article.headline
                Renderer.drawFitted(head, x: x, y: y, width: c.maxX - x, style: Style(.dim, highlight: hl), into: &s)
            } else if q.kind != .direct, c.maxX - x > 12 {
                s.draw(" (\(q.kind.rawValue))", x: x, y: y, style: Style(.dim, highlight: hl), clip: c)
            }
            drawQuoteText(q, matches: hit.textMatches, at: Rect(x: c.x + 2, y: y + 1, width: c.width - 2, height: min(h - 1, c.maxY - y - 1)), into: &s)
        }
    }

    /// Two lines of quote text; starts near the first match when it would be hidden.
    private func drawQuoteText(_ q: Quote, matches: [TextSpan], at r: Rect, into s: inout Screen) {
        guard !r.isEmpty else { return }
        let scalars = Array(q.text.unicodeScalars)
        var start = 0
        if let first = matches.min(), first.start > r.width * r.height - 20 {
            start = max(0, first.start - max(8, r.width / 3))
            while start > 0, scalars[start - 1] != " " , first.start - start < r.width / 2 { start -= 1 }
        }
        var view = String.UnicodeScalarView()
        if start > 0 { view.append("\u{2026}") }
        view.append(contentsOf: scalars[start...])
        let text = String(view)
        let shift = start > 0 ? start - 1 : 0
        var cursor = SpanCursor(matches.sorted().map { ($0, true) })
        let lines = Wrapper.wrap(text.replacingNewlines(), width: r.width)
        let all = Array(text.unicodeScalars)
        for (n, lr) in lines.prefix(r.height).enumerated() {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: all[lr])
            var glyphs = DisplayText.glyphs(String(v))
            for k in glyphs.indices { glyphs[k].offset += lr.lowerBound }
            let last = n == r.height - 1 && lines.count > r.height
            let clip = Rect(x: r.x, y: r.y + n, width: last ? r.width - 1 : r.width, height: 1)
            let used = Renderer.drawGlyphs(glyphs, x: r.x, y: r.y + n, clip: clip, into: &s) { g in
                let o = g.offset + shift
                return cursor.at(o) != nil ? Style(.quote, highlight: .match) : Style(.quote)
            }
            if last { s.draw("\u{2026}", x: r.x + used, y: r.y + n, style: Style(.dim), clip: r) }
        }
    }
}

extension String {
    /// Newlines as spaces, scalar for scalar (offsets stay valid).
    func replacingNewlines() -> String {
        var v = String.UnicodeScalarView()
        for s in unicodeScalars { v.append(s == "\n" || s == "\r" ? " " : s) }
        return String(v)
    }
}
