/// The folded forms of a text's tokens (`Folding`: lower case, no diacritics, ASCII apostrophes
/// and hyphens), built in one pass with each distinct form made into a `String` once, and the
/// text's vocabulary: tokens whose folded forms are equal as Swift strings share a *type*, so
/// that whatever depends only on the folded word is computed once per type.
///
/// Folded forms made only of ASCII are compared byte for byte (an ASCII string equals no other
/// string); the others, rare, through a `[String: Int32]` dictionary, so canonically equivalent
/// forms share a type exactly as they would as dictionary keys. The three scalars canonically
/// equal to ASCII ones (U+037E, U+1FEF, U+212A) fold to ASCII, so the two kinds never meet.
struct FoldedVocabulary {
    /// Per token: its folded form.
    private(set) var folded: [String] = []
    /// Per token: FNV-1a of the folded form's UTF-8 (`Hashing.fnv(folded[i])`).
    private(set) var hashes: [UInt64] = []
    /// Per token: its type, an index into `types`.
    private(set) var typeOf: [Int32] = []
    /// Per type: the folded form of its first token.
    private(set) var types: [String] = []
    /// Per type: its first token.
    private(set) var firstOfType: [Int32] = []
    /// Per type: whether it starts with a joined name particle ("al-assad",
    /// `NameVocabulary.strippingParticle` changes it).
    private(set) var joinedParticle: [Bool] = []

    /// Folds every token of `s`.
    init(_ s: [Unicode.Scalar], tokens: [Token]) {
        let n = tokens.count
        folded.reserveCapacity(n)
        hashes.reserveCapacity(n)
        typeOf.reserveCapacity(n)
        var ascii = ASCIITypeTable(capacity: n / 3 + 16)
        var others: [String: Int32] = [:]
        // Foundation's folding is slow; each distinct non-ASCII scalar is folded once per text.
        var scalarFolds: [UInt32: [UInt8]] = [:]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        s.withUnsafeBufferPointer { s in
            for (i, token) in tokens.enumerated() {
                // Tokens of ASCII scalars (nearly all): the folded form is the scalars in lower
                // case, hashed and compared without being written out.
                var h = Hashing.offset
                var k = token.start
                while k < token.end {
                    let v = s[k].value
                    if v >= 0x80 { break }
                    h = Hashing.stepByte(h, Self.lowerASCII(v))
                    k += 1
                }
                if k == token.end {
                    let next = Int32(types.count)
                    let (type, form) = ascii.intern(s, token.start, token.end, hash: h, next: next)
                    if let form { addType(form, first: i) }
                    hashes.append(h)
                    typeOf.append(type)
                    folded.append(types[Int(type)])
                    continue
                }
                bytes.removeAll(keepingCapacity: true)
                for k in token.start..<token.end {
                    let v = s[k].value
                    if v < 0x80 {
                        bytes.append(Self.lowerASCII(v))
                    } else if let f = scalarFolds[v] {
                        bytes.append(contentsOf: f)
                    } else {
                        let f = Self.foldedUTF8(s[k])
                        scalarFolds[v] = f
                        bytes.append(contentsOf: f)
                    }
                }
                h = Hashing.offset
                var high: UInt8 = 0
                for b in bytes {
                    h = Hashing.stepByte(h, b)
                    high |= b
                }
                hashes.append(h)
                if high < 0x80 {
                    // Folded to ASCII ("Juppé" → "juppe").
                    let next = Int32(types.count)
                    let (type, form) = ascii.intern(bytes, hash: h, next: next)
                    if let form { addType(form, first: i) }
                    typeOf.append(type)
                    folded.append(types[Int(type)])
                } else {
                    let form = String(decoding: bytes, as: UTF8.self)
                    if let type = others[form] {
                        typeOf.append(type)
                    } else {
                        let type = Int32(types.count)
                        others[form] = type
                        addType(form, first: i)
                        typeOf.append(type)
                    }
                    folded.append(form)
                }
            }
        }
    }

    /// Records a new type, `form`, first seen at token `first`.
    private mutating func addType(_ form: String, first: Int) {
        types.append(form)
        firstOfType.append(Int32(first))
        joinedParticle.append(Self.hasJoinedParticle(form))
    }

    /// An ASCII scalar value in lower case, as a byte.
    @inline(__always) fileprivate static func lowerASCII(_ v: UInt32) -> UInt8 {
        UInt8(truncatingIfNeeded: v &- 65 < 26 ? v &+ 32 : v)
    }

    /// Whether `NameVocabulary.strippingParticle` changes `form`: every joined particle has its
    /// hyphen or apostrophe within the first four bytes.
    private static func hasJoinedParticle(_ form: String) -> Bool {
        let marked = form.utf8.withContiguousStorageIfAvailable { b in
            b.prefix(4).contains { $0 == 45 || $0 == 39 }
        } ?? form.utf8.prefix(4).contains { $0 == 45 || $0 == 39 }
        return marked && NameVocabulary.strippingParticle(form) != form
    }

    /// The UTF-8 of the folded form of one non-ASCII scalar (`Folding.appendFolded`).
    private static func foldedUTF8(_ c: Unicode.Scalar) -> [UInt8] {
        var view = String.UnicodeScalarView()
        Folding.appendFolded(c, to: &view)
        return Array(String(view).utf8)
    }
}

/// Interns ASCII byte strings: open addressing on their FNV-1a hash, bytes compared on a hit.
private struct ASCIITypeTable {
    /// One interned string: its hash, where its bytes are in `store`, its type.
    private struct Entry {
        var hash: UInt64
        var start: Int32
        var count: Int32
        var type: Int32
    }

    private var index: SlotIndex
    private var entries: [Entry] = []
    private var store: [UInt8] = []

    init(capacity: Int) {
        index = SlotIndex(capacity: capacity, minimumSize: 64)
    }

    /// The type of the lower-cased ASCII scalars `s[lo..<hi]`; a new one gets `next` and comes
    /// back with its string.
    mutating func intern(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ lo: Int, _ hi: Int,
                         hash h: UInt64, next: Int32) -> (Int32, String?) {
        let (slot, found) = index.find(h) { e in
            let entry = entries[e]
            guard entry.hash == h, Int(entry.count) == hi - lo else { return false }
            let base = Int(entry.start)
            for j in 0..<(hi - lo) where store[base + j] != FoldedVocabulary.lowerASCII(s[lo + j].value) {
                return false
            }
            return true
        }
        if let found { return (entries[found].type, nil) }
        let base = store.count
        for j in lo..<hi { store.append(FoldedVocabulary.lowerASCII(s[j].value)) }
        add(Entry(hash: h, start: Int32(base), count: Int32(hi - lo), type: next), slot: slot)
        return (next, String(decoding: store[base...], as: UTF8.self))
    }

    /// The type of `bytes` (ASCII); a new one gets `next` and comes back with its string.
    mutating func intern(_ bytes: [UInt8], hash h: UInt64, next: Int32) -> (Int32, String?) {
        let (slot, found) = index.find(h) { e in
            let entry = entries[e]
            return entry.hash == h && Int(entry.count) == bytes.count
                && store[Int(entry.start)..<Int(entry.start + entry.count)].elementsEqual(bytes)
        }
        if let found { return (entries[found].type, nil) }
        let base = store.count
        store.append(contentsOf: bytes)
        add(Entry(hash: h, start: Int32(base), count: Int32(bytes.count), type: next), slot: slot)
        return (next, String(decoding: bytes, as: UTF8.self))
    }

    private mutating func add(_ entry: Entry, slot: Int) {
        entries.append(entry)
        if index.insert(entries.count - 1, at: slot) { index.grow(hashes: entries.lazy.map { $0.hash }) }
    }
}
