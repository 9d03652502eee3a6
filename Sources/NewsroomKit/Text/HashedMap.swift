/// A map from 64-bit hashes to values, with open addressing and linear probing. Keys are
/// hashes already (FNV-1a of a word), so lookups cost a few instructions and no per-process
/// seed is involved; used for the per-document tables of the tagger.
struct HashedMap<Value> {
    /// Per slot: 1 + index into `keys`/`values`, 0 when empty.
    private var slots: [Int32]
    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var mask: Int

    /// An empty map sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Number of keys.
    var count: Int { keys.count }

    @inline(__always) private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UInt64) -> Int {
        var s = Self.start(key, mask)
        while true {
            let e = slots[s]
            if e == 0 || keys[Int(e) - 1] == key { return s }
            s = (s + 1) & mask
        }
    }

    /// The value for `key`, if any.
    subscript(key: UInt64) -> Value? {
        get {
            let e = slots[find(key)]
            return e == 0 ? nil : values[Int(e) - 1]
        }
        set {
            guard let newValue else { preconditionFailure("HashedMap does not remove keys") }
            let s = find(key)
            let e = slots[s]
            if e != 0 {
                values[Int(e) - 1] = newValue
                return
            }
            keys.append(key)
            values.append(newValue)
            slots[s] = Int32(keys.count)
            if keys.count * 2 > slots.count { grow() }
        }
    }

    /// Whether `key` is present.
    func contains(_ key: UInt64) -> Bool { slots[find(key)] != 0 }

    /// Forgets every key, keeping the storage.
    mutating func removeAll() {
        for s in slots.indices { slots[s] = 0 }
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (k, key) in keys.enumerated() {
            var s = Self.start(key, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(k + 1)
        }
    }
}

extension HashedMap: Sendable where Value: Sendable {}
