/// Identifies an article across runs: its id and the path it was loaded from.
public struct ArticleKey: Sendable, Hashable, Codable, Comparable {
    /// `Article.id`.
    public var id: String
    /// `Article.path`.
    public var path: String

    /// Creates a key.
    public init(id: String, path: String) {
        self.id = id
        self.path = path
    }

    /// The key of `article`.
    public init(_ article: Article) {
        self.init(id: article.id, path: article.path)
    }

    public static func < (a: ArticleKey, b: ArticleKey) -> Bool { (a.path, a.id) < (b.path, b.id) }
}

/// What the reader remembers about one article.
public struct ArticleReadingState: Sendable, Hashable {
    /// Whether the article has been read.
    public var read: Bool
    /// The body's scroll offset (first visible line).
    public var scrollOffset: Int
    /// Index of the selected quote in the article's `quotes`, if any.
    public var selectedQuote: Int?
    /// When this was last changed (seconds since 1970); the newer change wins when two readers
    /// save the same article.
    public var updatedAt: Double

    /// Creates a state.
    public init(read: Bool = false, scrollOffset: Int = 0, selectedQuote: Int? = nil, updatedAt: Double = 0) {
        self.read = read
        self.scrollOffset = scrollOffset
        self.selectedQuote = selectedQuote
        self.updatedAt = updatedAt
    }
}

/// The JSON of the state file:
/// `{"version": 1, "articles": [{"id", "path", "read", "scroll", "quote"?, "updated"}, …],
/// "searches": [{"query", "at"}, …], "order": "newest"}`, articles sorted by path then id,
/// searches oldest first, `order` the article list's `ArticleOrder` (absent: as loaded).
struct ReaderStateFile: Codable {
    /// The format version this code writes and reads.
    static let currentVersion = 1

    var version: Int
    var articles: [Entry]
    /// Quote searches, oldest first (absent in files written before search history was kept).
    var searches: [Search]?
    /// The article list's order (`ArticleOrder`'s raw value; absent in older files, and an
    /// unknown value from a newer version is read as `.loaded`).
    var order: String?

    struct Search: Codable, Hashable {
        var query: String
        var at: Double
    }

    struct Entry: Codable {
        var id: String
        var path: String
        var read: Bool
        var scroll: Int
        var quote: Int?
        var updated: Double
    }

    init(states: [ArticleKey: ArticleReadingState], searches: [Search], order: ArticleOrder) {
        version = Self.currentVersion
        self.searches = searches
        self.order = order == .loaded ? nil : order.rawValue
        articles = states.keys.sorted().compactMap { key in
            states[key].map {
                Entry(id: key.id, path: key.path, read: $0.read, scroll: $0.scrollOffset, quote: $0.selectedQuote,
                      updated: $0.updatedAt)
            }
        }
    }

    /// The article list's order.
    var listOrder: ArticleOrder { order.flatMap(ArticleOrder.init(rawValue:)) ?? .loaded }

    /// The states by key; later duplicates of a key keep the newer entry.
    var states: [ArticleKey: ArticleReadingState] {
        var result: [ArticleKey: ArticleReadingState] = [:]
        for e in articles {
            let key = ArticleKey(id: e.id, path: e.path)
            let state = ArticleReadingState(read: e.read, scrollOffset: max(0, e.scroll),
                                            selectedQuote: e.quote.flatMap { $0 >= 0 ? $0 : nil },
                                            updatedAt: e.updated.isFinite ? e.updated : 0)
            if let existing = result[key], existing.updatedAt > state.updatedAt { continue }
            result[key] = state
        }
        return result
    }
}
