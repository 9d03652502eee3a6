import NewsroomKit

extension ReaderState {
    /// Moves the selection (or scrolls the body) of the focused pane by `delta`, clamped.
    mutating func move(by delta: Int) {
        switch focus {
        case .list:
            if peopleScope == nil {
                articles.selected = clampedAdd(articles.selected, delta, count: listRows.count)
            } else {
                peopleCursor.selected = clampedAdd(peopleCursor.selected, delta, count: personRows.count)
                selectPersonAtCursor()
            }
        case .body:
            let lines = body?.lines.count ?? 0
            bodyTop = clampedAdd(bodyTop, delta, count: max(1, lines - max(1, contentHeight(.body)) + 1))
        case .quotes:
            let items = quoteList
            quotesCursor.selected = clampedAdd(quotesCursor.selected, delta, count: items.count)
            if quotesCursor.selected < items.count { showQuote(items.ref(at: quotesCursor.selected), open: false) }
        case .tally:
            let n = currentArticle?.tally?.members.count ?? 0
            tallyCursor.selected = clampedAdd(tallyCursor.selected, delta, count: n)
            showEvidence()
        }
    }

    private func clampedAdd(_ value: Int, _ delta: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        let v = delta > 0 ? (value > Int.max - delta ? Int.max : value + delta) : (value < Int.min - delta ? 0 : value + delta)
        return max(0, min(v, count - 1))
    }

    /// Enter in the focused pane.
    mutating func activate() -> [Effect] {
        switch focus {
        case .list:
            if peopleScope == nil {
                guard let index = selectedListArticle else { return [] }
                let before = openArticle
                open(article: index, focusBody: true)
                message = "Opened: " + library.articles[index].article.headline
                return before == openArticle ? [] : [.saveReading]
            }
            return openSelectedPerson()
        case .body:
            return []
        case .quotes:
            let items = quoteList
            guard quotesCursor.selected >= 0, quotesCursor.selected < items.count else { return [] }
            let before = openArticle
            showQuote(items.ref(at: quotesCursor.selected), open: true)
            return before == openArticle ? [] : [.saveReading]
        case .tally:
            showEvidence()
            return []
        }
    }

    /// Highlights quote `ref` in the body; opens its article when `open` (or when it is the open one).
    mutating func showQuote(_ ref: QuoteRef, open: Bool) {
        guard library.articles.indices.contains(ref.article),
              library.articles[ref.article].quotes.indices.contains(ref.quote) else { return }
        if ref.article != openArticle {
            guard open else {
                message = "Enter opens this quote in its article"
                return
            }
            self.open(article: ref.article, focusBody: false)
        }
        let q = library.quote(ref)
        highlight = BodyHighlight(span: q.span, reason: .quote)
        reveal(q.span)
        message = "Quote \(ref.quote + 1) of \(library.articles[ref.article].quotes.count) in this article"
    }

    /// Highlights the selected tally member's evidence in the body.
    mutating func showEvidence() {
        guard let t = currentArticle?.tally, t.members.indices.contains(tallyCursor.selected) else { return }
        let m = t.members[tallyCursor.selected]
        if let e = m.evidence {
            highlight = BodyHighlight(span: e, reason: .evidence)
            reveal(e)
            message = "\(m.name): \(m.stance.rawValue) (evidence highlighted)"
        } else {
            if highlight?.reason == .evidence { highlight = nil }
            message = "\(m.name): \(m.stance.rawValue) (no evidence in the text)"
        }
    }

    /// Esc: closes one thing at a time, newest first. Never quits.
    mutating func escape() {
        if help != nil { help = nil; return }
        if search != nil { cancelSearch(); return }
        if find != nil { find = nil; if highlight?.reason == .find { highlight = nil }; message = "Find closed"; return }
        if selectedPerson != nil || peopleScope != nil {
            selectedPerson = nil
            peopleScope = nil
            if highlight?.reason == .mention { highlight = nil }
            message = "People view closed"
            return
        }
        if listFilter != nil { clearListFilter(); message = "Article filter cleared"; return }
        if highlight != nil { highlight = nil; message = "Highlight cleared"; return }
        if !marked.isEmpty { marked.removeAll(); message = "Marks cleared"; return }
        message = "Esc closes searches and views; q quits"
    }

    /// Marks or unmarks the selected quote for export.
    mutating func toggleMark() {
        guard focus == .quotes else {
            message = "Space marks quotes in the quotes pane (3)"
            return
        }
        let items = quoteList
        guard quotesCursor.selected >= 0, quotesCursor.selected < items.count else { return }
        let ref = items.ref(at: quotesCursor.selected)
        if marked.remove(ref) == nil { marked.insert(ref) }
        message = "\(marked.count) quote\(marked.count == 1 ? "" : "s") marked for export"
        quotesCursor.selected += 1
    }

    /// Clicks focus and select; the wheel scrolls the pane under the pointer.
    mutating func mouse(_ m: MouseEvent) -> [Effect] {
        let l = layout
        if let bar = l.tabBar, bar.contains(x: m.x, y: m.y), m.kind == .press {
            for t in l.tabs(focus: focus, title: shortTitle) where m.x >= t.x && m.x < t.x + t.width { setFocus(t.pane) }
            return []
        }
        guard let pane = l.pane(atX: m.x, y: m.y) else { return [] }
        switch m.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(by: m.kind == .wheelUp ? -3 : 3)
            focus = saved
            return []
        case .press:
            setFocus(pane)
            guard let c = l.content(pane), c.contains(x: m.x, y: m.y) else { return [] }
            let row = m.y - c.y
            switch pane {
            case .list:
                if peopleScope == nil {
                    let i = articles.top + row
                    guard listRows.indices.contains(i) else { return [] }
                    articles.selected = i
                    return activate()
                }
                let i = peopleCursor.top + row
                guard personRows.indices.contains(i) else { return [] }
                peopleCursor.selected = i
                selectPersonAtCursor()
            case .quotes:
                let i = quotesCursor.top + row / ReaderState.quoteItemHeight
                guard i >= 0, i < quoteList.count else { return [] }
                quotesCursor.selected = i
                return activate()
            case .tally:
                guard let t = currentArticle?.tally else { return [] }
                let view = TallyView(tally: t, width: c.width)
                let line = tallyCursor.top + row
                if let member = view.member(atLine: line, column: m.x - c.x) {
                    tallyCursor.selected = member
                    showEvidence()
                }
            case .body:
                break
            }
            return []
        }
    }
}
