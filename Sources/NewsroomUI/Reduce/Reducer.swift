import NewsroomKit

extension ReaderState {
    /// Applies `action`; returns the effects the terminal loop must perform. Pure: no I/O.
    @discardableResult
    public mutating func reduce(_ action: Action) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .pageDown: move(by: page(focus))
        case .pageUp: move(by: -page(focus))
        case .halfPageDown: move(by: max(1, page(focus) / 2))
        case .halfPageUp: move(by: -max(1, page(focus) / 2))
        case .focusNext: setFocus(focus.next)
        case .focusPrevious: setFocus(focus.previous)
        case .focus(let p): setFocus(p)
        case .activate: effects += activate()
        case .quit:
            rememberPosition()
            shouldQuit = true
            effects.append(.saveReading)
        case .escape: escape()
        case .toggleHelp:
            help = help == nil ? HelpState() : nil
        case .slash:
            if focus == .body { startFind() } else { startQuoteSearch() }
        case .searchQuotes: startQuoteSearch()
        case .findInBody: startFind()
        case .nextMatch: effects += stepMatch(1)
        case .previousMatch: effects += stepMatch(-1)
        case .cycleOrder: effects += cycleListOrder()
        case .filterList: startListFilter()
        case .togglePeople: togglePeople()
        case .togglePeopleScope: togglePeopleScope()
        case .nextMention: jumpMention(1)
        case .previousMention: jumpMention(-1)
        case .toggleMark: toggleMark()
        case .export: startExport()
        case .redraw: effects.append(.redraw)
        case .input(let key): effects += input(key)
        case .mouse(let m): effects += mouse(m)
        case .report(let text): message = text
        }
        normalize()
        return effects
    }

    /// Rows a page key moves in `pane`.
    func page(_ pane: PaneID) -> Int {
        let h = contentHeight(pane)
        switch pane {
        case .quotes: return max(1, h / ReaderState.quoteItemHeight - 1)
        default: return max(1, h - 1)
        }
    }

    /// Keeps every cursor in range and visible, and the body wrapped to the current width.
    mutating func normalize() {
        if let i = openArticle, body?.article != i || body?.width != bodyWrapWidth {
            let offset = body.map { $0.offset(ofLine: bodyTop) }
            body = BodyLayout(article: library.articles[i], index: i, width: bodyWrapWidth)
            if let offset, let b = body { bodyTop = b.line(forOffset: offset) }
        }
        if openArticle == nil { body = nil }
        let l = layout
        let listRows = l.content(.list)?.height ?? 1
        if peopleScope == nil {
            articles.clamp(count: self.listRows.count, visibleItems: listRows)
        } else {
            peopleCursor.clamp(count: personRows.count, visibleItems: listRows)
        }
        let quoteRows = (l.content(.quotes)?.height ?? 3) / ReaderState.quoteItemHeight
        quotesCursor.clamp(count: quoteList.count, visibleItems: quoteRows)
        let bodyRows = max(1, l.content(.body)?.height ?? 1)
        bodyTop = max(0, min(bodyTop, (body?.lines.count ?? 0) - bodyRows))
        if let t = currentArticle?.tally {
            let inner = l.content(.tally)
            let view = TallyView(tally: t, width: inner?.width ?? 30)
            tallyCursor.selected = max(0, min(tallyCursor.selected, t.members.count - 1))
            let rows = max(1, inner?.height ?? 1)
            let line = view.line(ofMember: tallyCursor.selected)
            if line < tallyCursor.top { tallyCursor.top = line }
            if line >= tallyCursor.top + rows { tallyCursor.top = line - rows + 1 }
            tallyCursor.top = max(0, min(tallyCursor.top, view.lines.count - rows))
        } else {
            tallyCursor = ListCursor()
        }
        if var h = help {
            let rows = HelpView.rows(filter: h.filter).count
            h.top = max(0, min(h.top, rows - 1))
            help = h
        }
    }

    /// Opens article `index` in the body, quotes and tally panes.
    mutating func open(article index: Int, focusBody: Bool) {
        guard library.articles.indices.contains(index) else { return }
        if openArticle != index {
            rememberPosition()
            openArticle = index
            // The list follows what is open (from a search result or a person too), so the
            // open article's row is never scrolled out of sight (unless a filter hides it).
            if let row = listRow(of: index) { articles.selected = row }
            let a = library.articles[index]
            body = BodyLayout(article: a, index: index, width: bodyWrapWidth)
            bodyTop = positions[a.article.id].map { body?.line(forOffset: $0) ?? 0 } ?? 0
            readArticles.insert(a.article.id)
            highlight = nil
            tallyCursor = ListCursor()
            if search == nil { quotesCursor = ListCursor() }
            if let f = find { find = nil; runFind(f.query, keepCurrent: false) }
            if peopleScope == .article { peopleCursor = ListCursor() }
        }
        if focusBody { focus = .body }
    }

    /// Remembers the reading position of the open article.
    mutating func rememberPosition() {
        guard let a = currentArticle, let b = body, b.article == openArticle else { return }
        positions[a.article.id] = b.offset(ofLine: bodyTop)
    }

    /// Scrolls the body so that `span` is in view (a third from the top when it must move).
    mutating func reveal(_ span: TextSpan) {
        guard let b = body else { return }
        let line = b.line(forOffset: span.start)
        let rows = max(1, contentHeight(.body))
        if line < bodyTop || line >= bodyTop + rows { bodyTop = max(0, line - rows / 3) }
    }

    mutating func setFocus(_ p: PaneID) {
        focus = p
        message = "Focus: \(shortTitle(p))"
    }
}
