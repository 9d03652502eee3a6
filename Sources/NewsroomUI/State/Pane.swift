/// The four panes; the raw value is the key that focuses it.
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case list = 1, body, quotes, tally

    /// The pane's name in titles, the tab bar and the status line.
    public var title: String {
        switch self {
        case .list: "Articles"
        case .body: "Article"
        case .quotes: "Quotes"
        case .tally: "Tally"
        }
    }

    /// The next pane in Tab order.
    public var next: PaneID { PaneID(rawValue: rawValue % 4 + 1) ?? .list }
    /// The previous pane in Tab order.
    public var previous: PaneID { PaneID(rawValue: (rawValue + 2) % 4 + 1) ?? .list }
}

/// Which people the people view lists.
public enum PeopleScope: String, Hashable, Sendable {
    /// People of the open article.
    case article
    /// People across the whole library.
    case library
}

/// A selection and scroll position in a list.
public struct ListCursor: Hashable, Sendable {
    /// Index of the selected item.
    public var selected: Int = 0
    /// Index of the first visible row (or item).
    public var top: Int = 0

    /// Creates a cursor.
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Keeps `selected` within `count` items and visible in `rows` rows of `itemHeight` rows each.
    mutating func clamp(count: Int, visibleItems: Int) {
        selected = max(0, min(selected, count - 1))
        let v = max(1, visibleItems)
        if selected < top { top = selected }
        if selected >= top + v { top = selected - v + 1 }
        top = max(0, min(top, max(0, count - v)))
    }
}
