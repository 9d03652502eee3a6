import NewsroomKit

extension ReaderState {
    /// Draws the whole reader into a new screen. Pure: the same state always gives the same screen.
    public func render() -> Screen {
        var screen = Screen(width: width, height: height)
        let l = layout
        if l.kind == .tooSmall {
            Renderer.tooSmall(into: &screen)
            return screen
        }
        if l.kind == .narrow { Renderer.tabBar(self, layout: l, into: &screen) }
        for pane in PaneID.allCases {
            guard let rect = l.panes[pane] else { continue }
            Renderer.frame(rect, title: paneTitle(pane), note: paneNote(pane), focused: focus == pane, into: &screen)
            guard let c = l.content(pane), !c.isEmpty else { continue }
            switch pane {
            case .list: peopleScope == nil ? renderArticleList(c, into: &screen) : renderPeople(c, into: &screen)
            case .body: renderBody(c, into: &screen)
            case .quotes: renderQuotes(c, into: &screen)
            case .tally: renderTally(c, into: &screen)
            }
        }
        renderStatus(l.status, into: &screen)
        if let h = help { renderHelp(h, into: &screen) }
        return screen
    }

    func paneTitle(_ pane: PaneID) -> String {
        switch pane {
        case .list:
            switch peopleScope {
            case nil: return "1 Articles (\(articleListSummary))"
            case .article: return "1 People in article (\(personRows.count))"
            case .library: return "1 People in library (\(personRows.count))"
            }
        case .body: return "2 Article"
        case .quotes:
            if let s = search { return "3 Search: \(s.results.count) results" }
            if let p = selectedPerson { return "3 Quotes by \(p) (\(quoteList.count))" }
            return "3 Quotes (\(quoteList.count))"
        case .tally: return "4 Security Council"
        }
    }

    func paneNote(_ pane: PaneID) -> String? {
        switch pane {
        case .body:
            guard let b = body, !b.lines.isEmpty else { return nil }
            let rows = max(1, contentHeight(.body))
            let pct = b.lines.count <= rows ? 100 : min(100, (bodyTop + rows) * 100 / b.lines.count)
            return "\(pct)%"
        case .quotes:
            return marked.isEmpty ? nil : "\(marked.count) marked"
        case .list:
            return peopleScope == nil ? nil : "a: scope"
        case .tally: return nil
        }
    }
}

/// Drawing helpers shared by the panes.
enum Renderer {
    /// A box with a title in its top edge.
    static func frame(_ r: Rect, title: String, note: String?, focused: Bool, into s: inout Screen) {
        guard r.width >= 2, r.height >= 2 else { return }
        let style = Style(focused ? .borderFocused : .border)
        let x2 = r.maxX - 1, y2 = r.maxY - 1
        let h = Glyph(text: "\u{2500}", width: 1, offset: 0, scalarCount: 1)
        let v = Glyph(text: "\u{2502}", width: 1, offset: 0, scalarCount: 1)
        for x in (r.x + 1)..<x2 {
            s.put(h, x: x, y: r.y, style: style, clip: r)
            s.put(h, x: x, y: y2, style: style, clip: r)
        }
        for y in (r.y + 1)..<y2 {
            s.put(v, x: r.x, y: y, style: style, clip: r)
            s.put(v, x: x2, y: y, style: style, clip: r)
        }
        func corner(_ c: String, _ x: Int, _ y: Int) {
            s.put(Glyph(text: c, width: 1, offset: 0, scalarCount: 1), x: x, y: y, style: style, clip: r)
        }
        corner("\u{250C}", r.x, r.y); corner("\u{2510}", x2, r.y)
        corner("\u{2514}", r.x, y2); corner("\u{2518}", x2, y2)
        let titleClip = Rect(x: r.x + 1, y: r.y, width: r.width - 3, height: 1)
        var x = r.x + 2
        x += s.draw(" ", x: x, y: r.y, style: style, clip: titleClip)
        let titleStyle = focused ? Style(.borderFocused, attributes: [.bold, .reverse]) : Style(.title)
        x += s.draw(title, x: x, y: r.y, style: titleStyle, clip: titleClip)
        s.draw(" ", x: x, y: r.y, style: style, clip: titleClip)
        if let note {
            let w = DisplayText.width(note) + 2
            let nx = x2 - 1 - w
            if nx > x + 1 { s.draw(" " + note + " ", x: nx, y: y2, style: style, clip: r) }
        }
    }

    /// The tab bar of the narrow layout.
    static func tabBar(_ state: ReaderState, layout l: Layout, into s: inout Screen) {
        guard let bar = l.tabBar else { return }
        s.fill(bar, style: Style(.status, highlight: .bar))
        for t in l.tabs(focus: state.focus, title: state.shortTitle) {
            let active = t.pane == state.focus
            let style = active ? Style(.title, highlight: .selection, attributes: .bold) : Style(.status, highlight: .bar)
            s.draw(t.label, x: t.x, y: bar.y, style: style, clip: bar)
        }
    }

    /// The notice for terminals smaller than 30×8.
    static func tooSmall(into s: inout Screen) {
        let text = "Terminal too small (\(s.width)\u{00D7}\(s.height)): newsroom needs at least \(Layout.minimumWidth)\u{00D7}\(Layout.minimumHeight). Enlarge it, or press q to quit."
        let lines = Wrapper.wrap(text, width: max(1, s.width))
        let top = max(0, (s.height - lines.count) / 2)
        for (i, r) in lines.enumerated() where top + i < s.height {
            s.draw(TallyView.slice(text, r), x: 0, y: top + i, style: Style(.warning), clip: s.bounds)
        }
    }

    /// The screen shown while the library loads.
    public static func loading(width: Int, height: Int, message: String) -> Screen {
        var s = Screen(width: width, height: height)
        guard height > 0 else { return s }
        let y = height / 2
        let w = DisplayText.width(message)
        s.draw(message, x: max(0, (width - w) / 2), y: y, style: Style(.title), clip: s.bounds)
        return s
    }

    /// Draws a line of `glyphs` from `x`, clipped to `clip`; `style(glyph)` styles each one.
    static func drawGlyphs(_ glyphs: [Glyph], x: Int, y: Int, clip: Rect, into s: inout Screen, style: (Glyph) -> Style) -> Int {
        var used = 0
        for g in glyphs {
            guard x + used < clip.maxX else { break }
            var st = style(g)
            if g.isEscape { st.role = .control }
            used += s.put(g, x: x + used, y: y, style: st, clip: clip)
        }
        return used
    }

    /// Draws `text` in at most `width` columns from `x`, ending with "…" when it does not fit.
    @discardableResult
    static func drawFitted(_ text: String, x: Int, y: Int, width: Int, style: Style, into s: inout Screen) -> Int {
        guard width > 0 else { return 0 }
        let glyphs = DisplayText.glyphs(text)
        var total = 0
        for g in glyphs { total += g.width }
        if total <= width {
            return drawGlyphs(glyphs, x: x, y: y, clip: Rect(x: x, y: y, width: width, height: 1), into: &s) { _ in style }
        }
        let used = drawGlyphs(glyphs, x: x, y: y, clip: Rect(x: x, y: y, width: width - 1, height: 1), into: &s) { _ in style }
        s.draw("\u{2026}", x: x + used, y: y, style: style, clip: Rect(x: x, y: y, width: width, height: 1))
        return used + 1
    }
}

/// Public entry for the loading screen.
public enum LoadingScreen {
    /// The screen shown while the library loads.
    public static func render(width: Int, height: Int, message: String) -> Screen {
        Renderer.loading(width: width, height: height, message: message)
    }
}
