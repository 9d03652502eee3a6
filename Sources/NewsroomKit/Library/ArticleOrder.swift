/// The orders the reader's article list cycles through (`o`), kept in the state file.
///
/// Every order is stable: articles that tie keep their load order. Articles without a date
/// that parses (`YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the start of `Article.date`) come last in
/// both date orders.
public enum ArticleOrder: String, CaseIterable, Sendable, Hashable, Codable {
    /// The order the articles were loaded in (path order).
    case loaded
    /// Newest date first.
    case newest
    /// Oldest date first.
    case oldest
    /// Headline A–Z (case- and diacritic-insensitive, leading punctuation ignored).
    case headline
    /// Most quotes first.
    case quotes

    /// How the order is named in the list's title and the status line ("newest first").
    public var title: String {
        switch self {
        case .loaded: "as loaded"
        case .newest: "newest first"
        case .oldest: "oldest first"
        case .headline: "headline A\u{2013}Z"
        case .quotes: "most quotes first"
        }
    }

    /// The order after this one; the last wraps to `.loaded`.
    public var next: ArticleOrder {
        let all = Self.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }

    /// The sortable day of a date string: `YYYYMMDD` (month and day 0 when absent), or nil when
    /// the string does not start with a four-digit year.
    public static func dayKey(_ date: String?) -> Int? {
        guard let date else { return nil }
        let b = Array(date.utf8.prefix(10))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var v = 0
            for i in range {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let year = number(0..<4) else { return nil }
        var month = 0, day = 0
        if b.count > 4, b[4] == 0x2D, let m = number(5..<7), (1...12).contains(m) {
            month = m
            if b.count > 7, b[7] == 0x2D, let d = number(8..<10), (1...31).contains(d) { day = d }
        }
        return year * 10_000 + month * 100 + day
    }
}
