import Foundation

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
