import NewsroomKit

/// The tally pane as lines: shared by the renderer and the reducer (scrolling, mouse).
struct TallyView {
    enum Line {
        case text(String, Style)
        case counts
        case bar
        case members(Int, Int?)
    }

    let tally: Tally
    let width: Int
    let columns: Int
    let lines: [Line]

    init(tally: Tally, width: Int) {
        self.tally = tally
        self.width = max(1, width)
        columns = width >= 30 ? 2 : 1
        var lines: [Line] = []
        var head = tally.year.map { String($0) } ?? "Year unknown"
        if tally.yearInferred { head += " (year inferred)" }
        head += " \u{00B7} \(tally.members.count) seats"
        for r in Wrapper.wrap(head, width: width) { lines.append(.text(Self.slice(head, r), Style(.title))) }
        if let d = tally.draft, !d.isEmpty {
            for r in Wrapper.wrap(d, width: width).prefix(2) { lines.append(.text(Self.slice(d, r), Style(.dim))) }
        }
        lines.append(.counts)
        lines.append(.bar)
        let n = tally.members.count
        if columns == 2 {
            let rows = (n + 1) / 2
            for r in 0..<rows { lines.append(.members(r, r + rows < n ? r + rows : nil)) }
        } else {
            for i in 0..<n { lines.append(.members(i, nil)) }
        }
        lines.append(.text("", .plain))
        let outcome = "Outcome: " + tally.outcome
        for r in Wrapper.wrap(outcome, width: width) { lines.append(.text(Self.slice(outcome, r), Style(.text, attributes: .bold))) }
        for note in tally.notes {
            let t = "Note: " + note
            for r in Wrapper.wrap(t, width: width) { lines.append(.text(Self.slice(t, r), Style(.warning))) }
        }
        let legend = "\u{2605} permanent  \u{2713} for  \u{2717} against  \u{25CB} abstain  ? undecided  \u{00B7} unknown  V? veto threatened  V! veto cast"
        for r in Wrapper.wrap(legend, width: width) { lines.append(.text(Self.slice(legend, r), Style(.dim))) }
        self.lines = lines
    }

    static func slice(_ s: String, _ r: Range<Int>) -> String {
        let scalars = Array(s.unicodeScalars)
        let lo = max(0, min(r.lowerBound, scalars.count)), hi = max(lo, min(r.upperBound, scalars.count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return String(v)
    }

    /// The line that shows member `i`.
    func line(ofMember i: Int) -> Int {
        for (n, l) in lines.enumerated() {
            if case .members(let a, let b) = l, a == i || b == i { return n }
        }
        return 0
    }

    /// The member drawn at `line`, `column` (pane-relative), if any.
    func member(atLine line: Int, column: Int) -> Int? {
        guard lines.indices.contains(line), case .members(let a, let b) = lines[line] else { return nil }
        if columns == 2, column >= width / 2 { return b }
        return a
    }

    /// Width of one member column.
    var columnWidth: Int { columns == 2 ? width / 2 : width }

    static func symbol(_ s: Stance) -> String {
        switch s {
        case .for: "\u{2713}"
        case .against: "\u{2717}"
        case .abstain: "\u{25CB}"
        case .undecided: "?"
        case .unknown: "\u{00B7}"
        }
    }

    static func role(_ s: Stance) -> ColorRole {
        switch s {
        case .for: .stance(.forVote)
        case .against: .stance(.against)
        case .abstain: .stance(.abstain)
        case .undecided: .stance(.undecided)
        case .unknown: .stance(.unknown)
        }
    }
}
