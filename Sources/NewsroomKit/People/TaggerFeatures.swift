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
        return cannotOpen(i)
    }

    /// Whether token `i` cannot open a name: punctuation, a number, or a word starting in lower
    /// case that is neither a particle nor a name with a joined particle. Such a token is `O`
    /// without scoring unless a name is open before it.
    func cannotOpen(_ i: Int) -> Bool {
        let fl = flags[i]
        if fl & (Self.capitalized | Self.allCaps | Self.particle) != 0 || stripped[i] != word[i] { return false }
        return kinds[i] != Token.Kind.word.rawValue || lowerInitial[i]
    }

    /// Forgets the document memory.
    mutating func resetMemory() { memory.removeAll(keepingCapacity: true) }

    /// Whether the label of token `i` goes into the document memory (capitalised words and words
    /// with a joined particle).
    func recordsMemory(_ i: Int) -> Bool {
        let fl = flags[i]
        return fl & Self.capitalized != 0 || fl & Self.allCaps != 0 || stripped[i] != word[i]
    }

    /// The memory keys of token `i`: its word and its form without a joined particle (equal
    /// when it has none).
    func memoryKeys(_ i: Int) -> (word: UInt64, stripped: UInt64) { (word[i], stripped[i]) }

    /// The memory value a label leaves: its entity type + 1, or 5 for `O`.
    static func memoryValue(_ label: Int) -> UInt8 {
        EntityLabels.type(label).map { UInt8($0.rawValue + 1) } ?? 5
    }

    /// What the document memory holds for `key` (0: nothing).
    func remembered(_ key: UInt64) -> UInt8 { memory[key] ?? 0 }

    /// Records the label given to token `i` (call in order, after deciding it).
    mutating func remember(_ i: Int, label: Int) {
        guard recordsMemory(i) else { return }
        let v = Self.memoryValue(label)
        memory[word[i]] = v
        if stripped[i] != word[i] { memory[stripped[i]] = v }
    }

    /// Appends the feature hashes of token `i` given the two previous labels (-1 before the
    /// sentence start) to `out`, reading the document memory (greedy decoding). The order of the
    /// templates is fixed (the greedy trainer sums weights in this order, so it stays reproducible).
    func features(_ i: Int, prev: Int, prev2: Int, into out: inout [UInt64]) {
        let c = context(i)
        let h = History(prev: prev, prev2: prev2, seen: memory[c.w] ?? 0, seenStripped: memory[stripped[i]] ?? 0)
        lexical(c, into: &out)
        labels(c, h, into: &out)
        nameLists(c, into: &out)
        nextFirstName(c, h, into: &out)
        capitalisation(c, into: &out)
        remembered(c, h, into: &out)
        placesAround(c, into: &out)
        placeAfterLabel(c, h, into: &out)
    }

    /// Appends the features of token `i` that depend neither on earlier labels nor on the memory
    /// (the same for every hypothesis of a beam): the templates of `features` other than those of
    /// `historyFeatures`, in the same order.
    func sharedFeatures(_ i: Int, into out: inout [UInt64]) {
        let c = context(i)
        lexical(c, into: &out)
        nameLists(c, into: &out)
        capitalisation(c, into: &out)
        placesAround(c, into: &out)
    }

    /// Appends the features of token `i` that depend on one hypothesis: its previous labels and
    /// what its memory says of the word.
    func historyFeatures(_ i: Int, _ h: History, into out: inout [UInt64]) {
        let c = context(i)
        labels(c, h, into: &out)
        nextFirstName(c, h, into: &out)
        remembered(c, h, into: &out)
        placeAfterLabel(c, h, into: &out)
    }

    /// What one decoding hypothesis brings to a token's features.
    struct History: Equatable {
        /// The previous label (-1 before the sentence start).
        var prev: Int
        /// The label before that.
        var prev2: Int
        /// Memory value of the word: 0 unseen, 1…4 entity type + 1, 5 capitalised and untagged.
        var seen: UInt8
        /// Memory value of the word's form without a joined particle.
        var seenStripped: UInt8
    }

    /// Per-token values the templates read.
    private struct Context {
        var i: Int
        var w: UInt64
        var fl: UInt32
        var wm1: UInt64, wm2: UInt64, wp1: UInt64, wp2: UInt64
        var sm1: UInt64, sp1: UInt64
        var fm1: UInt32, fp1: UInt32
        var sh: UInt64
        var capBits: UInt64
    }

    @inline(__always) private func context(_ i: Int) -> Context {
        let s0 = Int(sentenceStart[i])
        let s1 = Int(sentenceEnd[i])
        let fl = flags[i]
        return Context(
            i: i, w: word[i], fl: fl,
            wm1: i - 1 >= s0 ? word[i - 1] : 1, wm2: i - 2 >= s0 ? word[i - 2] : 1,
            wp1: i + 1 < s1 ? word[i + 1] : 2, wp2: i + 2 < s1 ? word[i + 2] : 2,
            sm1: i - 1 >= s0 ? shape[i - 1] : 1, sp1: i + 1 < s1 ? shape[i + 1] : 2,
            fm1: i - 1 >= s0 ? flags[i - 1] : 0, fp1: i + 1 < s1 ? flags[i + 1] : 0,
            sh: shape[i],
            capBits: UInt64(fl & (Self.capitalized | Self.allCaps | Self.initial | Self.capsLine | Self.seenLower)))
    }

    @inline(__always) private static func add(_ template: UInt64, _ value: UInt64, _ out: inout [UInt64]) {
        out.append(Hashing.mix(template, value))
    }

    @inline(__always) private static func label(_ l: Int) -> UInt64 { UInt64(bitPattern: Int64(l + 1)) }

    /// Templates 1–14: the word, its shape and affixes, the words and shapes around.
    @inline(__always) private func lexical(_ c: Context, into out: inout [UInt64]) {
        let i = c.i
        Self.add(1, 0, &out)
        Self.add(2, c.w, &out)
        Self.add(3, c.sh, &out)
        Self.add(4, pre3[i], &out)
        Self.add(5, suf2[i], &out)
        Self.add(6, suf3[i], &out)
        Self.add(7, suf4[i], &out)
        Self.add(8, c.wm1, &out)
        Self.add(9, c.wp1, &out)
        Self.add(10, c.wm2, &out)
        Self.add(11, c.wp2, &out)
        Self.add(12, c.sm1, &out)
        Self.add(13, c.sp1, &out)
        Self.add(14, Hashing.mix(c.sm1, Hashing.mix(c.sh, c.sp1)), &out)
    }

    /// Templates 15–18: the previous labels, alone and with the word and shape.
    @inline(__always) private func labels(_ c: Context, _ h: History, into out: inout [UInt64]) {
        let p1 = Self.label(h.prev)
        Self.add(15, p1, &out)
        Self.add(16, p1 &* 31 &+ Self.label(h.prev2), &out)
        Self.add(17, Hashing.mix(p1, c.w), &out)
        Self.add(18, Hashing.mix(p1, c.sh), &out)
    }

    /// Templates 19–26: word pairs, first-name and surname lists here and around.
    @inline(__always) private func nameLists(_ c: Context, into out: inout [UInt64]) {
        let fl = c.fl
        Self.add(19, Hashing.mix(c.wm1, c.w), &out)
        Self.add(20, Hashing.mix(c.w, c.wp1), &out)
        let firstBucket = UInt64((fl >> 8) & 7), sexClass = UInt64((fl >> 11) & 3), surname = UInt64((fl >> 13) & 7)
        Self.add(21, firstBucket, &out)
        Self.add(22, surname, &out)
        Self.add(23, firstBucket &* 8 &+ surname, &out)
        Self.add(24, sexClass, &out)
        Self.add(25, UInt64((c.fm1 >> 8) & 7) &* 8 &+ surname, &out)      // previous word a first name, this a surname
        Self.add(26, firstBucket &* 8 &+ UInt64((c.fp1 >> 13) & 7), &out) // this a first name, next a surname
    }

    /// Template 27: the next word a first name, with the previous label.
    @inline(__always) private func nextFirstName(_ c: Context, _ h: History, into out: inout [UInt64]) {
        Self.add(27, Hashing.mix(UInt64((c.fp1 >> 8) & 7), Self.label(h.prev)), &out)
    }

    /// Templates 28–33: capitalisation in context, a title or particle around.
    @inline(__always) private func capitalisation(_ c: Context, into out: inout [UInt64]) {
        let fl = c.fl, fm1 = c.fm1, fp1 = c.fp1
        Self.add(28, c.capBits, &out)
        Self.add(29, Hashing.mix(c.capBits, c.sh), &out)
        if fl & Self.initial != 0 { Self.add(30, c.w, &out) }
        Self.add(31, UInt64(fm1 & (Self.titleHead | Self.honorific)) &* 4 &+ UInt64(fl & Self.capitalized), &out)
        Self.add(32, UInt64(fm1 & Self.particle) | UInt64(fp1 & Self.particle) << 1, &out)
        Self.add(33, Hashing.mix(UInt64(fm1 & Self.capitalized), UInt64(fp1 & Self.capitalized)) &+ UInt64(fl & Self.capitalized), &out)
    }

    /// Templates 34–37: the document memory of the word and of its form without a particle.
    @inline(__always) private func remembered(_ c: Context, _ h: History, into out: inout [UInt64]) {
        let seen = UInt64(h.seen), seenStripped = UInt64(h.seenStripped)
        Self.add(34, seen, &out)
        Self.add(35, seenStripped, &out)
        Self.add(36, Hashing.mix(seen, c.capBits), &out)
        Self.add(37, Hashing.mix(seenStripped, Self.label(h.prev)), &out)
    }

    /// Templates 38–42: punctuation after the word, country names and gazetteer places here and around.
    @inline(__always) private func placesAround(_ c: Context, into out: inout [UInt64]) {
        let fl = c.fl, fm1 = c.fm1, fp1 = c.fp1
        // Punctuation right after ("Juppe said", "Assad's", "Smith,").
        Self.add(38, Hashing.mix(c.wp1, UInt64(fl & Self.capitalized)), &out)
        // Country names (a small gazetteer written for the project).
        Self.add(39, UInt64(fl & Self.country) >> 16, &out)
        Self.add(40, UInt64(fm1 & Self.country) >> 16 | (UInt64(fp1 & Self.country) >> 15), &out)
        // Gazetteers written for the project: places and demonyms, here and around.
        Self.add(41, UInt64((fl >> 17) & 7), &out)
        Self.add(42, UInt64((fm1 >> 17) & 7) &* 8 &+ UInt64((fp1 >> 17) & 7), &out)
    }

    /// Template 43: the gazetteer place class with the previous label.
    @inline(__always) private func placeAfterLabel(_ c: Context, _ h: History, into out: inout [UInt64]) {
        Self.add(43, Hashing.mix(UInt64((c.fl >> 17) & 7), Self.label(h.prev)), &out)
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
