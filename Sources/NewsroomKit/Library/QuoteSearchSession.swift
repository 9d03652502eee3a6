/// Search-as-you-type over a `QuoteSearchIndex`: remembers the last few results so that both
/// typing (the new query narrows the last one) and deleting (the new query was seen a moment
/// ago) cost a fraction of a full search.
///
/// ```swift
/// var session = QuoteSearchSession(index: library.quoteIndex)
/// let result = session.search(prompt)        // on every keystroke
/// let rows = library.quoteIndex.hits(result, in: visibleRange)
/// ```
public struct QuoteSearchSession: Sendable {
    /// The index searched.
    public let index: QuoteSearchIndex
    /// How many recent results are kept.
    public let capacity: Int
    private var recent: [QuoteSearchResult] = []

    /// Creates a session remembering up to `capacity` results (at least one).
    public init(index: QuoteSearchIndex, capacity: Int = 16) {
        self.index = index
        self.capacity = max(1, capacity)
    }

    /// The last result returned, if any.
    public var current: QuoteSearchResult? { recent.last }

    /// The result for `query`, refined from the smallest remembered result it narrows, if any.
    public mutating func search(_ query: String) -> QuoteSearchResult {
        let parsed = QuoteQuery(query, folder: index.folder)
        let result = index.search(query, within: RecentResults.best(for: parsed, among: recent))
        recent.removeAll { $0.query == query }
        recent.append(result)
        if recent.count > capacity { recent.removeFirst(recent.count - capacity) }
        return result
    }

    /// Forgets every remembered result (e.g. when the prompt closes).
    public mutating func reset() { recent.removeAll() }
}
