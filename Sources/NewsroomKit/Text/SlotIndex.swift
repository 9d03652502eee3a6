/// The slot half of an open-addressing hash table: a power-of-two array of slots, each 0 when
/// empty or 1 + the index of an entry that the owning table keeps in its own arrays, probed
/// linearly from a start slot derived from a 64-bit hash (FNV-1a of a word, computed by the
/// owner). The index is kept at most half full and grows by doubling; it never removes a
/// single entry. Used by `HashedMap`, `WordMap` and `FoldedVocabulary`'s type table.
struct SlotIndex: Sendable {
    /// Per slot: 1 + the index of an entry, 0 when empty.
    private var slots: [Int32]
    private var mask: Int

    /// An empty index with room for about `capacity` entries and at least `minimumSize` slots
    /// (a power of two).
    init(capacity: Int, minimumSize: Int = 16) {
        var size = minimumSize
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The first slot probed for hash `h`.
    @inline(__always) private static func start(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Probes from the start slot of `h` until an entry for which `matches` holds, or an empty
    /// slot: the slot reached and the entry's index, or nil when the slot is empty (the slot is
    /// then where a new entry for `h` goes, see `insert`).
    @inline(__always) func find(_ h: UInt64, matching matches: (Int) -> Bool) -> (slot: Int, entry: Int?) {
        var s = Self.start(h, mask)
        while true {
            let e = Int(slots[s])
            if e == 0 { return (s, nil) }
            if matches(e - 1) { return (s, e - 1) }
            s = (s + 1) & mask
        }
    }

    /// Puts the entry at index `entry` (the owner's entry count minus one) into `slot`, an empty
    /// slot from `find`. Returns whether the index is now more than half full: the owner then
    /// calls `grow(hashes:)`.
    @inline(__always) mutating func insert(_ entry: Int, at slot: Int) -> Bool {
        slots[slot] = Int32(entry + 1)
        return (entry + 1) * 2 > slots.count
    }

    /// Empties every slot, keeping the storage.
    mutating func removeAll() {
        for s in slots.indices { slots[s] = 0 }
    }

    /// Doubles the slots and re-places every entry: `hashes` gives the hash of each entry, in
    /// entry order.
    mutating func grow<C: Collection>(hashes: C) where C.Element == UInt64 {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (k, h) in hashes.enumerated() {
            var s = Self.start(h, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(k + 1)
        }
    }
}
