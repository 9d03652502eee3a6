/// A map from 64-bit hashes to values, with open addressing and linear probing. Keys are
/// hashes already (FNV-1a of a word), so lookups cost a few instructions and no per-process
/// seed is involved; used for the per-document tables of the tagger.
struct HashedMap<Value> {
    private var index: SlotIndex
    private var keys: [UInt64] = []
    private var values: [Value] = []

    /// An empty map sized for about `capacity` keys.
    init(capacity: Int = 16) {
        index = SlotIndex(capacity: capacity)
    }

    /// Number of keys.
    var count: Int { keys.count }

    /// The slot holding `key` or the empty slot where it would go, and the key's entry if any.
    @inline(__always) private func find(_ key: UInt64) -> (slot: Int, entry: Int?) {
        index.find(key) { keys[$0] == key }
    }

    /// The value for `key`, if any.
    subscript(key: UInt64) -> Value? {
        get {
            guard let e = find(key).entry else { return nil }
            return values[e]
        }
        set {
            guard let newValue else { preconditionFailure("HashedMap does not remove keys") }
            let (s, e) = find(key)
            if let e {
                values[e] = newValue
                return
            }
            keys.append(key)
            values.append(newValue)
            if index.insert(keys.count - 1, at: s) { index.grow(hashes: keys) }
        }
    }

    /// Whether `key` is present.
    func contains(_ key: UInt64) -> Bool { find(key).entry != nil }

    /// Forgets every key, keeping the storage.
    mutating func removeAll() {
        index.removeAll()
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }
}

extension HashedMap: Sendable where Value: Sendable {}
