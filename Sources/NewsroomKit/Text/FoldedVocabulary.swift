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
        for (i, token) in tokens.enumerated() {
            bytes.removeAll(keepingCapacity: true)
            for k in token.start..<token.end {
                let v = s[k].value
                if v < 0x80 {
                    bytes.append(UInt8(truncatingIfNeeded: v &- 65 < 26 ? v &+ 32 : v))
                } else if let f = scalarFolds[v] {
                    bytes.append(contentsOf: f)
                } else {
                    let f = Self.foldedUTF8(s[k])
                    scalarFolds[v] = f
                    bytes.append(contentsOf: f)
                }
            }
            var h = Hashing.offset
            var isASCII = true
            for b in bytes {
                h = Hashing.stepByte(h, b)
                if b >= 0x80 { isASCII = false }
            }
            hashes.append(h)
            if isASCII {
                let type = ascii.intern(bytes, hash: h, next: Int32(types.count))
                if type == Int32(types.count) {
                    let form = String(decoding: bytes, as: UTF8.self)
                    types.append(form)
                    firstOfType.append(Int32(i))
                    joinedParticle.append(Self.hasJoinedParticle(form, bytes))
                }
                typeOf.append(type)
                folded.append(types[Int(type)])
            } else {
                let form = String(decoding: bytes, as: UTF8.self)
                if let type = others[form] {
                    typeOf.append(type)
                } else {
                    let type = Int32(types.count)
                    others[form] = type
                    types.append(form)
                    firstOfType.append(Int32(i))
                    joinedParticle.append(Self.hasJoinedParticle(form, bytes))
                    typeOf.append(type)
                }
                folded.append(form)
            }
        }
    }

    /// Whether `NameVocabulary.strippingParticle` changes `form` (whose UTF-8 is `bytes`): every
    /// joined particle has its hyphen or apostrophe within the first four bytes.
    private static func hasJoinedParticle(_ form: String, _ bytes: [UInt8]) -> Bool {
        guard bytes.prefix(4).contains(where: { $0 == 45 || $0 == 39 }) else { return false }
        return NameVocabulary.strippingParticle(form) != form
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
    /// Per slot: 1 + the index of an entry, 0 when empty.
    private var slots: [Int32]
    private var mask: Int
    private var entryHash: [UInt64] = []
    private var entryStart: [Int32] = []
    private var entryType: [Int32] = []
    private var store: [UInt8] = []

    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private static func start(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The type of `bytes`; a new one gets `next`.
    mutating func intern(_ bytes: [UInt8], hash h: UInt64, next: Int32) -> Int32 {
        var s = Self.start(h, mask)
        while true {
            let e = slots[s]
            if e == 0 { break }
            let k = Int(e) - 1
            if entryHash[k] == h, equal(k, bytes) { return entryType[k] }
            s = (s + 1) & mask
        }
        entryHash.append(h)
        entryStart.append(Int32(store.count))
        entryType.append(next)
        store.append(contentsOf: bytes)
        slots[s] = Int32(entryHash.count)
        if entryHash.count * 2 > slots.count { grow() }
        return next
    }

    /// Whether entry `k` holds exactly `bytes`.
    private func equal(_ k: Int, _ bytes: [UInt8]) -> Bool {
        let lo = Int(entryStart[k])
        let hi = k + 1 < entryStart.count ? Int(entryStart[k + 1]) : store.count
        guard hi - lo == bytes.count else { return false }
        for j in 0..<bytes.count where store[lo + j] != bytes[j] { return false }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (k, h) in entryHash.enumerated() {
            var s = Self.start(h, mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(k + 1)
        }
    }
}
