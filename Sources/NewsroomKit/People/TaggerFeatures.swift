/// Feature extraction for the entity tagger. Every feature is a 64-bit hash of a template id and
/// a value (no strings are built per feature): word, shape, affixes, context words and shapes,
/// previous labels, name-list membership, sentence-initial capitalisation, all-caps lines,
/// a title before the word, country names, gazetteer places and demonyms, and a document memory of how earlier occurrences of the same word
/// (also keyed on its form without a joined particle) were tagged; with `WordClusters`, also the
/// classes of the word and of its neighbours.
struct TaggerFeatures {
    /// Per-token values of one document.
    private let word: [UInt64]
    private let shape: [UInt64]
    private let flags: [UInt32]
    private let kinds: [UInt8]
    /// Per token: its word type (`TokenizedText.typeOf`).
    private let typeOf: [Int32]
    /// Per-type values (computed from the type's first token, as all its tokens share them).
    private let stripped: [UInt64]
    private let pre3: [UInt64]
    private let suf2: [UInt64]
    private let suf3: [UInt64]
    private let suf4: [UInt64]
    /// Per type: its word classes (`WordClusters`), empty without clusters.
    private let classes: [UInt64]
    /// Number of cluster granularities (0: no cluster features).
    private let granularities: Int
    /// Per token: start of its sentence and end of its sentence (token indices).
    private let sentenceStart: [Int32]
    private let sentenceEnd: [Int32]

    /// Document memory: last entity type (1…4) or 5 (capitalised, untagged) per word hash.
    private var memory = HashedMap<UInt8>()

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
    /// Bit 20, per token: a word starting in lower case (never a feature).
    private static let lowerInitial: UInt32 = 1 << 20

    init(_ t: TokenizedText, names: NameLists, clusters: WordClusters? = nil) {
        let n = t.count
        let word = t.foldHashes
        // Word hashes written in lower case somewhere in the document.
        var lowerWords = HashedMap<Bool>(capacity: t.types.count)
        for i in 0..<n where t.isLowerInitial(i) { lowerWords[word[i]] = true }
        let caps = PersonRules.allCapsLines(t)
        let places = Gazetteer.placeFlags(t)
        // Values that depend only on the folded word, once per word type.
        let typeCount = t.types.count
        var stripped = [UInt64](repeating: 0, count: typeCount)
        var pre3 = stripped, suf2 = stripped, suf3 = stripped, suf4 = stripped
        var typeFlags = [UInt32](repeating: 0, count: typeCount)
        var classes: [UInt64] = []
        if let clusters {
            classes = (0..<typeCount).map { clusters.classes(ofHash: word[Int(t.firstOfType[$0])]) }
        }
        var u: [Unicode.Scalar] = []
        for ty in 0..<typeCount {
            let f = t.types[ty]
            let i = Int(t.firstOfType[ty])
            let s = t.typeHasJoinedParticle(ty) ? NameVocabulary.strippingParticle(f) : f
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
            stripped[ty] = s == f ? word[i] : Hashing.fnv(s)
            (pre3[ty], suf2[ty], suf3[ty], suf4[ty]) = Self.affixHashes(f, scratch: &u)
            typeFlags[ty] = fl
        }
        var shape = [UInt64](repeating: 0, count: n)
        var flags = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            shape[i] = Self.shapeHash(t, i)
            var fl = typeFlags[Int(t.typeOf[i])]
            if t.isCapitalized(i) { fl |= Self.capitalized }
            if t.isAllCaps(i) { fl |= Self.allCaps }
            if t.sentenceInitial[i] { fl |= Self.initial }
            if caps[i] { fl |= Self.capsLine }
            if lowerWords.contains(word[i]) { fl |= Self.seenLower }
            if t.isLowerInitial(i) { fl |= Self.lowerInitial }
            fl |= UInt32(places[i]) << 17
            flags[i] = fl
        }
        var sentenceStart = [Int32](repeating: 0, count: n)
        var sentenceEnd = [Int32](repeating: 0, count: n)
        for r in t.sentences {
            for i in r {
                sentenceStart[i] = Int32(r.lowerBound)
                sentenceEnd[i] = Int32(r.upperBound)
            }
        }
        self.word = word
        self.typeOf = t.typeOf
        self.stripped = stripped
        self.shape = shape
        self.pre3 = pre3
        self.suf2 = suf2
        self.suf3 = suf3
        self.suf4 = suf4
        self.classes = classes
        self.granularities = clusters?.granularities ?? 0
        self.flags = flags
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.kinds = t.tokens.map { $0.kind.rawValue }
    }

    /// FNV-1a of the first three and of the last two, three and four scalars of `f` (ASCII
    /// words straight from their UTF-8, others through `scratch`).
    private static func affixHashes(_ f: String, scratch u: inout [Unicode.Scalar]) -> (UInt64, UInt64, UInt64, UInt64) {
        let ascii = f.utf8.withContiguousStorageIfAvailable { b -> (UInt64, UInt64, UInt64, UInt64)? in
            guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
            func fnv(_ r: Range<Int>) -> UInt64 {
                var h = Hashing.offset
                for k in r { h = Hashing.step(h, UInt32(b[k])) }
                return h
            }
            let n = b.count
            return (fnv(0..<min(3, n)), fnv(max(0, n - 2)..<n), fnv(max(0, n - 3)..<n), fnv(max(0, n - 4)..<n))
        }
        if let ascii, let ascii { return ascii }
        u.removeAll(keepingCapacity: true)
        u.append(contentsOf: f.unicodeScalars)
        return (Hashing.fnv(u.prefix(3)), Hashing.fnv(u.suffix(2)), Hashing.fnv(u.suffix(3)), Hashing.fnv(u.suffix(4)))
    }

    /// Collapsed word shape ("Xx", "X.X.", "x-Xx", "dd"), hashed; runs longer than two collapse.
    private static func shapeHash(_ t: TokenizedText, _ i: Int) -> UInt64 {
        var h = Hashing.offset
        var last: UInt32 = 0
        var run = 0
        let token = t.tokens[i]
        t.text.scalars.withUnsafeBufferPointer { s in
            for k in token.start..<token.end {
                let c = s[k]
                let v = c.value
                let m: UInt32
                if v < 0x80 {
                    m = v &- 65 < 26 ? 88 : v &- 97 < 26 ? 120 : v &- 48 < 10 ? 100 : v
                } else if CharClass.isUpper(c) { m = 88 } else if CharClass.isLower(c) || CharClass.isLetter(c) { m = 120 }
                else if CharClass.isDigit(c) { m = 100 } else { m = v }
                if m == last { run += 1; if run >= 2 { continue } } else { run = 0 }
                last = m
                h = Hashing.step(h, m)
            }
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
        if fl & (Self.capitalized | Self.allCaps | Self.particle) != 0 || stripped[Int(typeOf[i])] != word[i] { return false }
        return kinds[i] != Token.Kind.word.rawValue || fl & Self.lowerInitial != 0
    }

    /// Forgets the document memory.
    mutating func resetMemory() { memory.removeAll() }

    /// Records the label given to token `i` (call in order, after deciding it).
    mutating func remember(_ i: Int, label: Int) {
        let fl = flags[i]
        let st = stripped[Int(typeOf[i])]
        guard fl & Self.capitalized != 0 || fl & Self.allCaps != 0 || st != word[i] else { return }
        let v: UInt8 = EntityLabels.type(label).map { UInt8($0.rawValue + 1) } ?? 5
        memory[word[i]] = v
        if st != word[i] { memory[st] = v }
    }

    /// Appends the feature hashes of token `i` given the two previous labels (-1 before the
    /// sentence start) to `out`.
    func features(_ i: Int, prev: Int, prev2: Int, into out: inout [UInt64]) {
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            out.append(Hashing.mix(template, value))
        }
        let ty = Int(typeOf[i])
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
        add(4, pre3[ty])
        add(5, suf2[ty])
        add(6, suf3[ty])
        add(7, suf4[ty])
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
        let seenStripped = UInt64(memory[stripped[ty]] ?? 0)
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
        // Word classes learnt from unlabeled text: this word's, the neighbours', and this word's
        // with the previous label (coarsest granularity).
        if granularities > 0 {
            let c0 = classes[ty]
            let cm1: UInt64 = i - 1 >= s0 ? classes[Int(typeOf[i - 1])] : 0xFFFF_FFFF_FFFF
            let cp1: UInt64 = i + 1 < s1 ? classes[Int(typeOf[i + 1])] : 0xFFFE_FFFE_FFFE
            for g in 0..<granularities {
                let shift = UInt64(16 * g), t = UInt64(g) << 8
                add(44 + t, c0 >> shift & 0xFFFF)
                add(45 + t, cm1 >> shift & 0xFFFF)
                add(46 + t, cp1 >> shift & 0xFFFF)
            }
            add(47, Hashing.mix(c0 & 0xFFFF, p1))
        }
    }
}
