import Foundation

extension Array where Element: Sendable {
    /// `map` run on all cores, keeping the order of the results.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let slots = OrderedSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots.store(transform(self[i]), at: i)
        }
        return slots.values
    }
}

/// Fixed-size result storage filled from concurrent iterations, each index exactly once.
private final class OrderedSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    var values: [T] { lock.withLock { slots.compactMap { $0 } } }
}
