/// A set of word hashes (`WordHash`): the quote rules' word lists. The keys are hashes already,
/// so a look-up probes an open-addressing table (`HashedMap`) with a few instructions instead of
/// hashing the key again with the standard library's seeded hasher, as `Set<UInt64>` does.
/// Membership is exactly that of a `Set<UInt64>` of the same elements.
struct WordHashSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var map: HashedMap<Bool>
    /// The distinct elements, in the order first inserted.
    private var elements: [UInt64] = []

    /// A set of `hashes` (repeated ones kept once).
    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        map = HashedMap(capacity: hashes.underestimatedCount)
        for h in hashes where !map.contains(h) {
            map[h] = true
            elements.append(h)
        }
    }

    /// A set of the literal's hashes.
    init(arrayLiteral hashes: UInt64...) {
        self.init(hashes)
    }

    /// Whether `hash` is in the set.
    @inline(__always) func contains(_ hash: UInt64) -> Bool { map.contains(hash) }

    /// The elements of both sets.
    func union<S: Sequence>(_ other: S) -> WordHashSet where S.Element == UInt64 {
        WordHashSet(elements + Array(other))
    }

    /// Number of elements.
    var count: Int { elements.count }

    /// The elements, in no particular order.
    func makeIterator() -> IndexingIterator<[UInt64]> { elements.makeIterator() }
}
