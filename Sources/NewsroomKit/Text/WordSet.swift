/// A map from folded words to values with fast look-ups: open addressing on the FNV-1a hash of
/// the word's UTF-8, the word compared on a hit — a few dozen instructions where a `Dictionary`
/// of strings spends hundreds on seeded hashing.
///
/// Look-ups give exactly what a `[String: Value]` built from the same entries (later entries
/// replacing earlier equal ones) gives: words made only of ASCII are equal only to the same
/// bytes and go through the table; any other word goes through a `Dictionary`, which compares
/// by canonical equivalence. Keys are folded words (`Folding`), and folding maps the three
/// scalars canonically equivalent to ASCII ones (U+037E, U+1FEF, U+212A) to ASCII, so an
/// ASCII word never equals a non-ASCII key.
public struct WordMap<Value: Sendable>: Sendable {
    /// One key with its hash and value (kept together: one cache line for a look-up).
    private struct Entry: Sendable {
        var hash: UInt64
        var key: String
        var value: Value
    }

    private var index: SlotIndex
    private var table: [Entry] = []
    /// Entries whose keys are not ASCII.
    private var others: [String: Value] = [:]

    /// A map of `entries` (a later entry replaces an earlier one with an equal key), with room
    /// for about `capacity` of them before the table grows.
    public init<S: Sequence>(_ entries: S, capacity: Int = 0) where S.Element == (String, Value) {
        index = SlotIndex(capacity: capacity)
        for (key, value) in entries { insert(key, value) }
    }

    /// Number of entries.
    public var count: Int { table.count + others.count }

    /// The value for a folded word.
    @inline(__always) public subscript(word: String) -> Value? {
        let (h, ascii) = Self.hash(word)
        return ascii ? value(word, hash: h) : others[word]
    }

    /// Whether a folded word is a key.
    @inline(__always) public func contains(_ word: String) -> Bool { self[word] != nil }

    /// All entries, in no particular order.
    public var entries: [(key: String, value: Value)] {
        table.map { ($0.key, $0.value) } + others.map { ($0.key, $0.value) }
    }

    /// FNV-1a of the UTF-8 of `word` and whether it is all ASCII.
    @inline(__always) static func hash(_ word: String) -> (UInt64, Bool) {
        if let r = word.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return r }
        return hash(Array(word.utf8))
    }

    @inline(__always) private static func hash<C: Collection>(_ bytes: C) -> (UInt64, Bool) where C.Element == UInt8 {
        var h = Hashing.offset
        var high: UInt8 = 0
        for b in bytes {
            h = Hashing.stepByte(h, b)
            high |= b
        }
        return (h, high < 0x80)
    }

    @inline(__always) private func value(_ word: String, hash h: UInt64) -> Value? {
        guard let e = index.find(h, matching: { table[$0].hash == h && table[$0].key == word }).entry
        else { return nil }
        return table[e].value
    }

    private mutating func insert(_ key: String, _ value: Value) {
        let (h, ascii) = Self.hash(key)
        guard ascii else {
            others[key] = value
            return
        }
        let (s, e) = index.find(h) { table[$0].hash == h && table[$0].key == key }
        if let e {
            table[e].value = value
            return
        }
        table.append(Entry(hash: h, key: key, value: value))
        if index.insert(table.count - 1, at: s) { index.grow(hashes: table.lazy.map { $0.hash }) }
    }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    /// A map of the literal's entries.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}

/// A set of folded words with the fast membership test of `WordMap`.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    /// A set of `words`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        map = WordMap(words.lazy.map { ($0, true) })
    }

    /// A set of the literal's words.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether a folded word is in the set.
    @inline(__always) public func contains(_ word: String) -> Bool { map[word] != nil }

    /// Number of words.
    public var count: Int { map.count }

    /// The words, in no particular order.
    public var words: Set<String> { Set(map.entries.map(\.key)) }
}
