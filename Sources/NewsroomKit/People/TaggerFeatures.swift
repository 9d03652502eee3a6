/// Feature extraction for the entity tagger. Every feature is a 64-bit hash of a template id and
/// a value (no strings are built per feature): word, shape, affixes, context words and shapes,
/// previous labels, name-list membership, sentence-initial capitalisation, all-caps lines,
/// a title before the word, country names, gazetteer places and demonyms, and a document memory of how earlier occurrences of the same word
/// (also keyed on its form without a joined particle) were tagged.
struct TaggerFeatures {
    /// Per-token values of one document.
    private let word: [UInt64]
    private let stripped: [UInt64]
    private let shape: [UInt64]
    private let pre3: [UInt64]
    private let suf2: [UInt64]
    private let suf3: [UInt64]
    private let suf4: [UInt64]
    private let flags: [UInt32]
    private let sentenceOf: [Int32]
    private let kinds: [UInt8]
    private let lowerInitial: [Bool]
    /// Per token: start of its sentence and end of its sentence (token indices).
    private let sentenceStart: [Int32]
    private let sentenceEnd: [Int32]

    /// Document memory: last entity type (1…4) or 5 (capitalised, untagged) per word hash.
    private var memory: [UInt64: UInt8] = [:]

    // Flag bits.
    private static let capitalized: UInt32 = 1 << 0
    private static let allCaps: UInt32 = 1 << 1
    private static let initial: UInt32 = 1 << 2
    private static let capsLine: UInt32 = 1 << 3
    private static let titleHead: UInt32 = 1 << 4
    private static let seenLower: UInt32 = 1 << 5
    private static let particle: UInt32 = 1 << 6
    private static let honorific: UInt32 = 1 << 7
    // Bits 8-10 first-name bucket, 11-12 sex class, 13-15 surname bucket.
    private static let country: UInt32 = 1 << 16
    // Bits 17-18 gazetteer place (1 one-word, 2 inside a longer name), 19 demonym.
    private static let demonym: UInt32 = 1 << 19

    init(_ t: TokenizedText, names: NameLists) {
        let n = t.count
        var word = [UInt64](repeating: 0, count: n)
        var stripped = word, shape = word, pre3 = word, suf2 = word, suf3 = word, suf4 = word
        var flags = [UInt32](repeating: 0, count: n)
        var lowerWords = Set<UInt64>()
        for i in 0..<n {
            let f = t.folded[i]
            let h = Hashing.fnv(f)
            word[i] = h
            if t.tokens[i].kind == .word, CharClass.isLower(t.first(i)) { lowerWords.insert(h) }
        }
        let caps = PersonRules.allCapsLines(t)
        let places = Gazetteer.placeFlags(t)
        // Values that depend only on the folded word are computed once per distinct word.
        var typeOf: [String: Int] = [:]
        var typeValues: [(stripped: UInt64, pre3: UInt64, suf2: UInt64, suf3: UInt64, suf4: UInt64, flags: UInt32)] = []
        for i in 0..<n {
            let f = t.folded[i]
            let ty: Int
            if let known = typeOf[f] {
                ty = known
            } else {
                ty = typeValues.count
                typeOf[f] = ty
                let s = NameVocabulary.strippingParticle(f)
                let u = Array(f.unicodeScalars)
                var fl: UInt32 = 0
                if NameVocabulary.titleHeads.contains(f) { fl |= Self.titleHead }
                if NameVocabulary.honorifics[f] != nil { fl |= Self.honorific }
                if NameVocabulary.particles.contains(f) { fl |= Self.particle }
                if Countries.names.contains(f) { fl |= Self.country }
                if Gazetteer.demonyms.contains(f) { fl |= Self.demonym }
                if t.tokens[i].kind == .word {
                    if let fn = names.firstName(s) {
                        fl |= UInt32(min(fn.bucket, 7)) << 8
                        let sex: UInt32 = fn.maleShare >= 90 ? 1 : fn.maleShare <= 10 ? 2 : 3
                        fl |= sex << 11
                    }
                    fl |= UInt32(min(names.surnameBucket(s), 7)) << 13
                }
                typeValues.append((s == f ? word[i] : Hashing.fnv(s), Hashing.fnv(u.prefix(3)), Hashing.fnv(u.suffix(2)),
                                   Hashing.fnv(u.suffix(3)), Hashing.fnv(u.suffix(4)), fl))
            }
            let v = typeValues[ty]
            stripped[i] = v.stripped
            shape[i] = Self.shapeHash(t, i)
            pre3[i] = v.pre3
            suf2[i] = v.suf2
            suf3[i] = v.suf3
            suf4[i] = v.suf4
            var fl = v.flags
            if t.isCapitalized(i) { fl |= Self.capitalized }
            if t.isAllCaps(i) { fl |= Self.allCaps }
            if t.sentenceInitial[i] { fl |= Self.initial }
            if caps[i] { fl |= Self.capsLine }
            if lowerWords.contains(word[i]) { fl |= Self.seenLower }
            fl |= UInt32(places[i]) << 17
            flags[i] = fl
        }
        var sentenceStart = [Int32](repeating: 0, count: n)
        var sentenceEnd = [Int32](repeating: 0, count: n)
        var sentenceOf = [Int32](repeating: 0, count: n)
        for (k, r) in t.sentences.enumerated() {
            for i in r {
                sentenceStart[i] = Int32(r.lowerBound)
                sentenceEnd[i] = Int32(r.upperBound)
                sentenceOf[i] = Int32(k)
            }
        }
        self.word = word
        self.stripped = stripped
        self.shape = shape
        self.pre3 = pre3
        self.suf2 = suf2
        self.suf3 = suf3
        self.suf4 = suf4
        self.flags = flags
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.sentenceOf = sentenceOf
        self.kinds = t.tokens.map { $0.kind.rawValue }
        self.lowerInitial = (0..<n).map { t.tokens[$0].kind == .word && CharClass.isLower(t.first($0)) }
    }

    /// Collapsed word shape ("Xx", "X.X.", "x-Xx", "dd"), hashed; runs longer than two collapse.
    private static func shapeHash(_ t: TokenizedText, _ i: Int) -> UInt64 {
        var h = Hashing.offset
        var last: UInt32 = 0
        var run = 0
        for k in t.tokens[i].start..<t.tokens[i].end {
            let c = t.text.scalars[k]
            let m: UInt32
            if CharClass.isUpper(c) { m = 88 } else if CharClass.isLower(c) || CharClass.isLetter(c) { m = 120 }
            else if CharClass.isDigit(c) { m = 100 } else { m = c.value }
            if m == last { run += 1; if run >= 2 { continue } } else { run = 0 }
            last = m
            h = Hashing.step(h, m)
        }
        return h
    }

    /// Whether token `i` cannot open a name after label `prev`, so the tagger gives it `O` without
    /// scoring (in training as in tagging): no name is open, and the token is punctuation, a
    /// number, or a word starting in lower case that is neither a particle ("de", "bin") nor
    /// a name with a joined particle ("al-Assad"). Most tokens of prose are skipped this way.
    func mustBeOutside(_ i: Int, prev: Int) -> Bool {
        if prev > 0, let part = EntityLabels.part(prev), part == .begin || part == .inside { return false }
        let fl = flags[i]
        if fl & (Self.capitalized | Self.allCaps | Self.particle) != 0 || stripped[i] != word[i] { return false }
        return kinds[i] != Token.Kind.word.rawValue || lowerInitial[i]
    }

    /// Forgets the document memory.
    mutating func resetMemory() { memory.removeAll(keepingCapacity: true) }

    /// Records the label given to token `i` (call in order, after deciding it).
    mutating func remember(_ i: Int, label: Int) {
        let fl = flags[i]
        guard fl & Self.capitalized != 0 || fl & Self.allCaps != 0 || stripped[i] != word[i] else { return }
        let v: UInt8 = EntityLabels.type(label).map { UInt8($0.rawValue + 1) } ?? 5
        memory[word[i]] = v
        if stripped[i] != word[i] { memory[stripped[i]] = v }
    }

    /// Appends the feature hashes of token `i` given the two previous labels (-1 before the
    /// sentence start) to `out`.
    func features(_ i: Int, prev: Int, prev2: Int, into out: inout [UInt64]) {
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out.append(Hashing.mix(template, value))
        }
        let s0 = Int(sentenceStart[i])
        let s1 = Int(sentenceEnd[i])
        let w = word[i]
        let fl = flags[i]
        let wm1: UInt64 = i - 1 >= s0 ? word[i - 1] : 1
        let wm2: UInt64 = i - 2 >= s0 ? word[i - 2] : 1
        let wp1: UInt64 = i + 1 < s1 ? word[i + 1] : 2
        let wp2: UInt64 = i + 2 < s1 ? word[i + 2] : 2
        let sm1: UInt64 = i - 1 >= s0 ? shape[i - 1] : 1
        let sp1: UInt64 = i + 1 < s1 ? shape[i + 1] : 2
        let fm1: UInt32 = i - 1 >= s0 ? flags[i - 1] : 0
        let fp1: UInt32 = i + 1 < s1 ? flags[i + 1] : 0
        let p1 = UInt64(bitPattern: Int64(prev + 1))
        let p2 = UInt64(bitPattern: Int64(prev2 + 1))
        let sh = shape[i]
        add(1, 0)
        add(2, w)
        add(3, sh)
        add(4, pre3[i])
        add(5, suf2[i])
        add(6, suf3[i])
        add(7, suf4[i])
        add(8, wm1)
        add(9, wp1)
        add(10, wm2)
        add(11, wp2)
        add(12, sm1)
        add(13, sp1)
        add(14, Hashing.mix(sm1, Hashing.mix(sh, sp1)))
        add(15, p1)
        add(16, p1 &* 31 &+ p2)
        add(17, Hashing.mix(p1, w))
        add(18, Hashing.mix(p1, sh))
        add(19, Hashing.mix(wm1, w))
        add(20, Hashing.mix(w, wp1))
        // Name lists.
        let firstBucket = UInt64((fl >> 8) & 7), sexClass = UInt64((fl >> 11) & 3), surname = UInt64((fl >> 13) & 7)
        add(21, firstBucket)
        add(22, surname)
        add(23, firstBucket &* 8 &+ surname)
        add(24, sexClass)
        add(25, UInt64((fm1 >> 8) & 7) &* 8 &+ surname)      // previous word a first name, this a surname
        add(26, firstBucket &* 8 &+ UInt64((fp1 >> 13) & 7)) // this a first name, next a surname
        add(27, Hashing.mix(UInt64((fp1 >> 8) & 7), p1))
        // Capitalisation in context.
        let capBits = UInt64(fl & (Self.capitalized | Self.allCaps | Self.initial | Self.capsLine | Self.seenLower))
        add(28, capBits)
        add(29, Hashing.mix(capBits, sh))
        if fl & Self.initial != 0 { add(30, w) }
        add(31, UInt64(fm1 & (Self.titleHead | Self.honorific)) &* 4 &+ UInt64(fl & Self.capitalized))
        add(32, UInt64(fm1 & Self.particle) | UInt64(fp1 & Self.particle) << 1)
        add(33, Hashing.mix(UInt64(fm1 & Self.capitalized), UInt64(fp1 & Self.capitalized)) &+ UInt64(fl & Self.capitalized))
        // Document memory.
        let seen = UInt64(memory[w] ?? 0)
        let seenStripped = UInt64(memory[stripped[i]] ?? 0)
        add(34, seen)
        add(35, seenStripped)
        add(36, Hashing.mix(seen, capBits))
        add(37, Hashing.mix(seenStripped, p1))
        // Punctuation right after ("Juppe said", "Assad's", "Smith,").
        add(38, Hashing.mix(wp1, UInt64(fl & Self.capitalized)))
        // Country names (a small gazetteer written for the project).
        add(39, UInt64(fl & Self.country) >> 16)
        add(40, UInt64(fm1 & Self.country) >> 16 | (UInt64(fp1 & Self.country) >> 15))
        // Gazetteers written for the project: places and demonyms, here and around.
        let gaz = UInt64((fl >> 17) & 7)
        add(41, gaz)
        add(42, UInt64((fm1 >> 17) & 7) &* 8 &+ UInt64((fp1 >> 17) & 7))
        add(43, Hashing.mix(gaz, p1))
    }
}

/// Deterministic hashing used for features (FNV-1a and a 64-bit mixer; no per-process seeds).
enum Hashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* prime
    }

    static func fnv(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    static func fnv<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = offset
        for c in scalars { h = step(h, c.value) }
        return h
    }

    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}
