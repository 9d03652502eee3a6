import NewsroomKit

extension ReaderState {
    /// A pane's name in the tab bar and the status line: the list pane is "People" while the
    /// people view shows in it.
    func shortTitle(_ p: PaneID) -> String {
        p == .list && peopleScope != nil ? "People" : p.title
    }

    /// The status line, or the open prompt in its place.
    func renderStatus(_ r: Rect, into s: inout Screen) {
        guard !r.isEmpty else { return }
        s.fill(r, style: Style(.status, highlight: .bar))
        if let p = prompt {
            var x = r.x
            x += s.draw(p.label, x: x, y: r.y, style: Style(.prompt, highlight: .bar), clip: r)
            var right = ""
            if p.kind == .quoteSearch, let sr = search, !sr.query.isEmpty { right = " \(sr.results.count) matches " }
            if p.kind == .find, let f = find, !f.query.isEmpty { right = f.matches.isEmpty ? " not found " : " \(f.current + 1)/\(f.matches.count) " }
            if p.kind == .listFilter, listFilter?.result != nil { right = " \(listRows.count) of \(library.articles.count) " }
            let rw = DisplayText.width(right)
            // Show the end of long input: what is being typed stays visible.
            let room = max(1, r.maxX - x - rw - 1)
            var glyphs = DisplayText.glyphs(p.text)
            var w = glyphs.reduce(0) { $0 + $1.width }
            while w > room - 1, !glyphs.isEmpty { w -= glyphs.removeFirst().width }
            x += Renderer.drawGlyphs(glyphs, x: x, y: r.y, clip: Rect(x: x, y: r.y, width: room, height: 1), into: &s) { _ in Style(.text, highlight: .bar) }
            s.draw(" ", x: x, y: r.y, style: Style(.text, highlight: .selection, attributes: .reverse), clip: r)
            if rw > 0 { s.draw(right, x: r.maxX - rw, y: r.y, style: Style(.dim, highlight: .bar), clip: r) }
            return
        }
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var right = count(library.articles.count, "article") + " \u{00B7} " + count(library.quoteCount, "quote")
        if !library.problems.isEmpty { right += " \u{00B7} \u{26A0} " + count(library.problems.count, "problem") }
        if r.width >= 120 { right += " \u{00B7} ? keys" }
        right += " "
        var rw = DisplayText.width(right)
        if rw + 30 > r.width { right = ""; rw = 0 }
        // What a key just did matters more than the library counts: on a narrow line the
        // counts give way when the message would otherwise be cut.
        let tagWidth = DisplayText.width(" [\(shortTitle(focus))] ")
        if rw > 0, !message.isEmpty, tagWidth + DisplayText.width(message) + 1 + rw > r.width { right = ""; rw = 0 }
        var x = r.x
        x += s.draw(" [\(shortTitle(focus))] ", x: x, y: r.y, style: Style(.key, highlight: .bar), clip: r)
        let room = r.maxX - rw - x - 1
        let messageWidth = min(DisplayText.width(message), room)
        let headRoom = min(48, room - messageWidth - 3)
        if let a = currentArticle, headRoom >= 12 {
            x += Renderer.drawFitted(a.article.headline, x: x, y: r.y, width: headRoom, style: Style(.title, highlight: .bar), into: &s)
            x += s.draw(" \u{2502} ", x: x, y: r.y, style: Style(.dim, highlight: .bar), clip: r)
        }
        Renderer.drawFitted(message, x: x, y: r.y, width: max(0, r.maxX - rw - x - 1), style: Style(.status, highlight: .bar), into: &s)
        if rw > 0 {
            let style = library.problems.isEmpty ? Style(.dim, highlight: .bar) : Style(.warning, highlight: .bar)
            s.draw(right, x: r.maxX - rw, y: r.y, style: style, clip: r)
        }
    }

    /// The key help, centred over the panes, filtered by what was typed.
    func renderHelp(_ h: HelpState, into s: inout Screen) {
        // Under 98 columns the box takes the whole width, so it covers the pane borders instead
        // of doubling them.
        let w = min(width, 96), hh = height - 2
        guard w >= 20, hh >= 5 else { return }
        let box = Rect(x: (width - w) / 2, y: 1, width: w, height: hh)
        s.fill(box)
        Renderer.frame(box, title: "Keys", note: "Esc or ? closes", focused: true, into: &s)
        let c = box.inset(by: 1)
        var x = c.x
        x += s.draw("Filter: ", x: x, y: c.y, style: Style(.prompt), clip: c)
        x += s.draw(h.filter, x: x, y: c.y, style: Style(.text), clip: c)
        s.draw(h.filter.isEmpty ? "type to filter" : " ", x: x, y: c.y, style: h.filter.isEmpty ? Style(.dim) : Style(.text, attributes: .reverse), clip: c)
        let rows = HelpView.rows(filter: h.filter)
        let body = Rect(x: c.x, y: c.y + 2, width: c.width, height: c.height - 2)
        if rows.isEmpty { s.draw("No key matches.", x: body.x, y: body.y, style: Style(.dim), clip: body) }
        let keyWidth = min(26, c.width / 3)
        for n in 0..<body.height {
            let i = h.top + n
            guard rows.indices.contains(i) else { break }
            let y = body.y + n
            switch rows[i] {
            case .group(let g): s.draw(g, x: body.x, y: y, style: Style(.title, attributes: [.bold, .underline]), clip: body)
            case .key(let k, let text):
                Renderer.drawFitted(k, x: body.x + 2, y: y, width: keyWidth - 2, style: Style(.key), into: &s)
                Renderer.drawFitted(text, x: body.x + keyWidth + 1, y: y, width: body.width - keyWidth - 1, style: Style(.text), into: &s)
            }
        }
    }
}
