import Foundation

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
    public init(index: QuoteSearchIndex, capacity: Int = 64) {
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

/// The last few full search results of an index, behind a lock (an index is shared by value
/// across the reader; its recent results are a cache, not part of its value).
final class RecentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [QuoteSearchResult] = []
    private let capacity = 8

    /// The remembered result to refine for `query`: the same query, else the smallest one it narrows.
    func best(for query: QuoteQuery) -> QuoteSearchResult? {
        lock.lock()
        defer { lock.unlock() }
        return Self.best(for: query, among: results)
    }

    /// Remembers `result` (most recent last).
    func remember(_ result: QuoteSearchResult) {
        lock.lock()
        defer { lock.unlock() }
        results.removeAll { $0.parsed == result.parsed }
        results.append(result)
        if results.count > capacity { results.removeFirst(results.count - capacity) }
    }

    static func best(for query: QuoteQuery, among results: [QuoteSearchResult]) -> QuoteSearchResult? {
        var base: QuoteSearchResult?
        for result in results.reversed() {
            if result.parsed == query { return result }
            if query.narrows(result.parsed), base.map({ result.count < $0.count }) ?? true { base = result }
        }
        return base
    }
}
