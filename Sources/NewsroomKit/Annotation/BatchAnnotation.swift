import Foundation

extension Annotator {
    /// Annotates many articles on all cores, keeping their order.
    public func annotateAll(_ articles: [Article]) -> [AnnotatedArticle] {
        if articles.count < 2 { return articles.map(annotate) }
        let results = ResultSlots<AnnotatedArticle>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { i in
            results.set(i, annotate(articles[i]))
        }
        return results.values()
    }
}

/// Fixed-size result storage filled from concurrent iterations, each index exactly once.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.withLock { slots[i] = value }
    }

    func values() -> [T] { lock.withLock { slots.compactMap { $0 } } }
}
