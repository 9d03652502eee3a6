/// Where every pane goes for a terminal size.
///
/// - wide (≥ 140 columns): the four panes side by side;
/// - medium (80–139): the article list above, the body and a column of quotes over tally below;
/// - narrow (< 80, or 80–139 columns with fewer than 16 rows): one pane at a time under a tab bar;
/// - too small (< 30×8): only a notice.
/// The last row is always the status line (or the open prompt).
public struct Layout: Hashable, Sendable {
    /// The arrangement.
    public enum Kind: String, Hashable, Sendable { case wide, medium, narrow, tooSmall }

    /// The arrangement chosen.
    public let kind: Kind
    /// Outer rectangles (border included) of the visible panes.
    public let panes: [PaneID: Rect]
    /// The tab bar row in the narrow layout.
    public let tabBar: Rect?
    /// The status line row.
    public let status: Rect

    /// Smallest usable terminal.
    public static let minimumWidth = 30, minimumHeight = 8
    /// Below this height the medium layout has no room for three rows of panes: tabs instead.
    public static let mediumMinimumHeight = 16

    /// Computes the layout.
    public init(width: Int, height: Int, focus: PaneID) {
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
        let h = height - 1
        if width < Layout.minimumWidth || height < Layout.minimumHeight {
            kind = .tooSmall
            panes = [:]
            tabBar = nil
        } else if width >= 140 {
            kind = .wide
            tabBar = nil
            let tally = 36
            let list = max(24, width * 20 / 100)
            let quotes = max(30, width * 24 / 100)
            let body = width - tally - list - quotes
            panes = [
                .list: Rect(x: 0, y: 0, width: list, height: h),
                .body: Rect(x: list, y: 0, width: body, height: h),
                .quotes: Rect(x: list + body, y: 0, width: quotes, height: h),
                .tally: Rect(x: list + body + quotes, y: 0, width: tally, height: h),
            ]
        } else if width >= 80, height >= Layout.mediumMinimumHeight {
            kind = .medium
            tabBar = nil
            let listHeight = max(5, min(12, h / 4))
            let below = h - listHeight
            let side = max(34, width * 40 / 100)
            let quotesHeight = below / 2
            panes = [
                .list: Rect(x: 0, y: 0, width: width, height: listHeight),
                .body: Rect(x: 0, y: listHeight, width: width - side, height: below),
                .quotes: Rect(x: width - side, y: listHeight, width: side, height: quotesHeight),
                .tally: Rect(x: width - side, y: listHeight + quotesHeight, width: side, height: below - quotesHeight),
            ]
        } else {
            kind = .narrow
            tabBar = Rect(x: 0, y: 0, width: width, height: 1)
            panes = [focus: Rect(x: 0, y: 1, width: width, height: h - 1)]
        }
    }

    /// The inside of a pane (its border removed).
    public func content(_ pane: PaneID) -> Rect? {
        panes[pane].map { $0.inset(by: 1) }
    }

    /// The pane under a screen cell.
    public func pane(atX x: Int, y: Int) -> PaneID? {
        panes.first { $0.value.contains(x: x, y: y) }?.key
    }

    /// Tab bar entries: the pane, the columns its label takes and the label; when the titles do
    /// not all fit (under about 45 columns) the other panes show only their number.
    public func tabs(focus: PaneID, title: (PaneID) -> String = { $0.title }) -> [(pane: PaneID, x: Int, width: Int, label: String)] {
        guard let bar = tabBar else { return [] }
        let full = PaneID.allCases.map { " \($0.rawValue) \(title($0)) " }
        let fullWidth = full.reduce(0) { $0 + DisplayText.width($1) } + full.count - 1
        // Too narrow for every title: numbers only, and the title of the focused pane.
        let labels = fullWidth <= bar.width ? full : PaneID.allCases.map { $0 == focus ? " \($0.rawValue) \(title($0)) " : " \($0.rawValue) " }
        var x = bar.x
        var out: [(pane: PaneID, x: Int, width: Int, label: String)] = []
        for (p, label) in zip(PaneID.allCases, labels) {
            let w = DisplayText.width(label)
            out.append((p, x, w, label))
            x += w + 1
        }
        return out
    }
}
