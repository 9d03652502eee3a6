import NewsroomKit

extension ReaderState {
    /// The Council: year, counts and a bar against the votes needed, every seat with a symbol
    /// and a colour per stance (permanent members starred), the outcome and notes.
    func renderTally(_ c: Rect, into s: inout Screen) {
        guard let t = currentArticle?.tally else {
            let text = currentArticle == nil ? "" : "No Security Council vote in this article."
            for (i, r) in Wrapper.wrap(text, width: c.width).enumerated() where i < c.height {
                s.draw(TallyView.slice(text, r), x: c.x, y: c.y + i, style: Style(.dim), clip: c)
            }
            return
        }
        let view = TallyView(tally: t, width: c.width)
        let focused = focus == .tally
        for row in 0..<c.height {
            let n = tallyCursor.top + row
            guard view.lines.indices.contains(n) else { break }
            let y = c.y + row
            switch view.lines[n] {
            case .text(let text, let style):
                s.draw(text, x: c.x, y: y, style: style, clip: c)
            case .counts:
                var x = c.x
                let parts: [(String, Stance, Int)] = [
                    ("for", .for, t.counts.for), ("against", .against, t.counts.against),
                    ("abstain", .abstain, t.counts.abstain), ("undecided", .undecided, t.counts.undecided),
                    ("unknown", .unknown, t.counts.unknown),
                ]
                let compact = c.width < 56
                for (name, stance, count) in parts {
                    let label = compact ? "\(TallyView.symbol(stance))\(count) " : "\(TallyView.symbol(stance)) \(count) \(name)  "
                    x += s.draw(label, x: x, y: y, style: Style(TallyView.role(stance)), clip: c)
                }
            case .bar:
                drawBar(t, at: Rect(x: c.x, y: y, width: c.width, height: 1), into: &s)
            case .members(let a, let b):
                let w = view.columnWidth
                drawMember(t, a, at: Rect(x: c.x, y: y, width: w, height: 1), selected: a == tallyCursor.selected, focused: focused, wide: view.columns == 1, into: &s)
                if let b {
                    drawMember(t, b, at: Rect(x: c.x + w, y: y, width: c.width - w, height: 1), selected: b == tallyCursor.selected, focused: focused, wide: false, into: &s)
                }
            }
        }
    }

    /// One seat per cell: filled for "for", a marker after the votes needed.
    private func drawBar(_ t: Tally, at r: Rect, into s: inout Screen) {
        let seats = t.members.count
        var x = r.x
        for i in 0..<seats {
            if i == t.needed { x += s.draw("\u{2503}", x: x, y: r.y, style: Style(.title), clip: r) }
            let yes = i < t.counts.for
            x += s.draw(yes ? "\u{2588}" : "\u{2591}", x: x, y: r.y, style: Style(yes ? .stance(.forVote) : .dim), clip: r)
        }
        let f = t.counts.for, n = t.needed
        var variants = [" \(f) of \(n) needed", " \(f)/\(n) needed", " \(f)/\(n)"]
        if let target = t.sponsorTarget {
            variants = [" \(f) of \(n) needed, sponsors want \(target)", " \(f)/\(n) needed, target \(target)", " \(f)/\(n), target \(target)"] + variants
        }
        let tail = variants.first { DisplayText.width($0) <= r.maxX - x } ?? variants[variants.count - 1]
        Renderer.drawFitted(tail, x: x, y: r.y, width: r.maxX - x, style: Style(.text), into: &s)
    }

    private func drawMember(_ t: Tally, _ i: Int, at r: Rect, selected: Bool, focused: Bool, wide: Bool, into s: inout Screen) {
        guard t.members.indices.contains(i) else { return }
        let m = t.members[i]
        let hl: Highlight = selected ? (focused ? .selection : .selectionDim) : .none
        s.fill(r, style: Style(highlight: hl))
        var x = r.x
        x += s.draw(m.permanent ? "\u{2605}" : " ", x: x, y: r.y, style: Style(.permanent, highlight: hl), clip: r)
        x += s.draw(TallyView.symbol(m.stance) + " ", x: x, y: r.y, style: Style(TallyView.role(m.stance), highlight: hl), clip: r)
        var veto = ""
        switch m.veto {
        case .none: break
        case .threatened: veto = " V?"
        case .cast: veto = " V!"
        }
        var suffix = veto
        if wide { suffix += "  " + m.stance.rawValue + (m.veto == .none ? "" : ", veto " + m.veto.rawValue) }
        let room = r.maxX - x - DisplayText.width(suffix) - 1
        x += Renderer.drawFitted(m.name, x: x, y: r.y, width: max(1, room), style: Style(TallyView.role(m.stance), highlight: hl), into: &s)
        s.draw(suffix, x: x, y: r.y, style: Style(m.veto == .none ? .dim : .warning, highlight: hl), clip: r)
    }
}
