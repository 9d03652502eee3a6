import NewsroomKit

extension ReaderState {
    /// The article list's title after "Articles": the count, the filter's matches and query,
    /// and the order unless it is the load order ("3 of 14: 'veto', newest first").
    var articleListSummary: String {
        var text = "\(library.articles.count)"
        if let q = activeFilterQuery { text = "\(listRows.count) of \(text): '\(q)'" }
        if listOrder != .loaded { text += ", " + listOrder.title }
        return text
    }

    /// The article list: unread mark, headline, quote count; the open article in bold.
    func renderArticleList(_ c: Rect, into s: inout Screen) {
        let focused = focus == .list
        guard !library.articles.isEmpty else {
            s.draw("No articles.", x: c.x, y: c.y, style: Style(.dim), clip: c)
            return
        }
        guard !listRows.isEmpty else {
            let q = activeFilterQuery ?? ""
            Renderer.drawFitted("No article matches '\(q)'.", x: c.x + 1, y: c.y, width: c.width - 1, style: Style(.dim), into: &s)
            if c.height > 1 {
                let hint = prompt?.kind == .listFilter ? "Backspace widens, Esc cancels." : "Esc clears the filter."
                Renderer.drawFitted(hint, x: c.x + 1, y: c.y + 1, width: c.width - 1, style: Style(.dim), into: &s)
            }
            return
        }
        for row in 0..<c.height {
            let r = articles.top + row
            guard listRows.indices.contains(r) else { break }
            let i = listRows[r]
            let a = library.articles[i]
            let y = c.y + row
            var base = Style(.text)
            if i == openArticle { base = base.adding(.bold) }
            if r == articles.selected { base = base.highlighted(focused ? .selection : .selectionDim) }
            s.fill(Rect(x: c.x, y: y, width: c.width, height: 1), style: base)
            let unread = !readArticles.contains(a.article.id)
            s.draw(i == openArticle ? "\u{25B8}" : " ", x: c.x, y: y, style: base, clip: c)
            s.draw(unread ? "\u{2022}" : " ", x: c.x + 1, y: y, style: Style(.key, highlight: base.highlight), clip: c)
            let count = a.quotes.isEmpty ? "" : " \(a.quotes.count)q"
            let countWidth = DisplayText.width(count)
            let headWidth = c.width - 3 - countWidth
            Renderer.drawFitted(a.article.headline, x: c.x + 3, y: y, width: max(0, headWidth), style: base, into: &s)
            if countWidth > 0, headWidth > 8 {
                s.draw(count, x: c.maxX - countWidth, y: y, style: Style(.dim, highlight: base.highlight), clip: c)
            }
        }
    }

    /// The people view: name (in the person's colour), title, mentions and quotes.
    func renderPeople(_ c: Rect, into s: inout Screen) {
        let rows = personRows
        let focused = focus == .list
        guard !rows.isEmpty else {
            s.draw(peopleScope == .article ? "No people in this article." : "No people in the library.", x: c.x, y: c.y, style: Style(.dim), clip: c)
            return
        }
        for row in 0..<c.height {
            let i = peopleCursor.top + row
            guard rows.indices.contains(i) else { break }
            let p = rows[i]
            let y = c.y + row
            let hl: Highlight = i == peopleCursor.selected ? (focused ? .selection : .selectionDim) : .none
            s.fill(Rect(x: c.x, y: y, width: c.width, height: 1), style: Style(highlight: hl))
            let counts = " \(p.mentions)m \(p.quotes)q"
            let cw = DisplayText.width(counts)
            var x = c.x + 1
            let nameRoom = max(0, c.width - 1 - cw)
            x += Renderer.drawFitted(p.name, x: x, y: y, width: nameRoom, style: Style(PersonColor.role(for: p.name), highlight: hl), into: &s)
            if let t = p.title, !t.isEmpty, x + 4 < c.x + nameRoom {
                Renderer.drawFitted(", " + t, x: x, y: y, width: c.x + nameRoom - x, style: Style(.dim, highlight: hl), into: &s)
            }
            if c.width > cw + 6 { s.draw(counts, x: c.maxX - cw, y: y, style: Style(.dim, highlight: hl), clip: c) }
        }
    }
}
