/// A word, number or punctuation mark of an article, with its code-point span.
struct CouncilToken: Sendable, Hashable {
    /// Kinds of token.
    enum Kind: Sendable, Hashable { case word, number, punct }

    /// The kind.
    var kind: Kind
    /// Folded text: lower case, no diacritics, ASCII apostrophes; "-" for hyphens and en dashes,
    /// "—" for em dashes.
    var text: String
    /// Whether the original was written in capitals throughout ("US", "UK").
    var allCaps: Bool
    /// Whether the original starts with a capital letter.
    var capitalized: Bool
    /// First scalar offset.
    var start: Int
    /// One past the last scalar.
    var end: Int
    /// Numeric value of digits ("13") or number words ("thirteen", "none").
    var number: Int?
    /// Index of the sentence the token belongs to.
    var sentence: Int = 0
}

/// Splits article text into tokens and sentences in one linear pass.
enum CouncilTokenizer {
    /// Number words as they appear in vote reports.
    static let numberWords: WordMap<Int> = [
        "none": 0, "zero": 0, "nil": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "single": 1, "dozen": 12,
    ]

    /// Abbreviations of titles that stand before a name ("Mr.", "Dr.", "Amb."), folded.
    static let titleAbbreviations: WordSet = ["mr", "mrs", "ms", "dr", "messrs", "mme", "mm", "gen", "lt", "col", "maj", "capt",
                                                  "sen", "rep", "gov", "prof", "amb", "st", "rev", "sgt", "adm", "pres"]

    /// Name suffixes whose period ends no clause ("Henry Cabot Lodge Jr., is backing"), folded.
    static let nameSuffixes: WordSet = ["jr", "sr"]

    /// Whether the "." at `k` closes an abbreviation inside the sentence ("Mr.", "Jr.", an initial)
    /// rather than a clause.
    static func isAbbreviationPeriod(_ tokens: [CouncilToken], _ k: Int) -> Bool {
        guard k > 0, tokens[k].text == ".", tokens[k - 1].kind == .word, tokens[k - 1].end == tokens[k].start else { return false }
        let w = tokens[k - 1].text
        return titleAbbreviations.contains(w) || nameSuffixes.contains(w) || w.count == 1 && tokens[k - 1].capitalized
    }

    /// Tokens of `scalars`, each tagged with its sentence index; also returns the number of sentences.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> (tokens: [CouncilToken], sentences: Int) {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    /// `tokenize` over the scalars' storage (no bounds checks in the per-scalar loops).
    private static func tokenize(buffer scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (tokens: [CouncilToken], sentences: Int) {
        var tokens: [CouncilToken] = []
        // The folded UTF-8 of each non-ASCII scalar met, folded once per text (`Folding.appendFolded`
        // goes through Foundation for each: thousands of instructions).
        var folds: [UInt32: [UInt8]] = [:]
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var sentence = 0
        var pendingBreak = false
        func isLetter(_ s: Unicode.Scalar) -> Bool { Self.isLetter(s) }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s.value == 0x2019 || s.value == 0x02BC }
        while i < n {
            let c = scalars[i]
            if c == "\n" {
                // A blank line (paragraph break) ends a sentence.
                var j = i + 1
                while j < n, scalars[j] == " " || scalars[j] == "\t" || scalars[j] == "\r" { j += 1 }
                if j < n, scalars[j] == "\n" { pendingBreak = true }
                i += 1
                continue
            }
            if c.value < 128 ? (c == " " || c == "\t" || c == "\r" || c.value == 0x0B || c.value == 0x0C) : nonASCII(c, spaceBit) { i += 1; continue }
            // A paragraph break ends the sentence unless a full stop already did.
            if pendingBreak, let last = tokens.last, last.sentence == sentence { sentence += 1 }
            pendingBreak = false
            let start = i
            if isLetter(c) {
                var j = i + 1
                // Letters, digits, inner apostrophes; dotted abbreviations ("U.S.", "U.N.").
                while j < n {
                    let s = scalars[j]
                    if isLetter(s) || isDigit(s) { j += 1; continue }
                    if isApostrophe(s), j + 1 < n, isLetter(scalars[j + 1]) {
                        // Keep "n't", "d'Orsay", "O'Neill"; split the possessive "'s".
                        if (scalars[j + 1] == "s" || scalars[j + 1] == "S") && (j + 2 >= n || !isLetter(scalars[j + 2])) { break }
                        j += 1; continue
                    }
                    if s == ".", j + 2 < n, isLetter(scalars[j + 1]), scalars[j + 2] == ".", j - i == 1 || scalars[j - 2] == "." {
                        j += 2; continue
                    }
                    break
                }
                // A dotted abbreviation keeps its final period ("U.S.").
                if j < n, scalars[j] == ".", j - start >= 3, scalars[j - 2] == "." { j += 1 }
                tokens.append(makeWord(scalars, start, j, sentence, &folds))
                i = j
            } else if isDigit(c) {
                var j = i + 1
                while j < n, isDigit(scalars[j]) || (scalars[j] == "," && j + 3 < n && isDigit(scalars[j + 1]) && isDigit(scalars[j + 3])) { j += 1 }
                // Digits and commas only (ASCII): the digits written straight as UTF-8.
                let text = String(unsafeUninitializedCapacity: j - start) { buffer in
                    var m = 0
                    for k in start..<j where scalars[k] != "," {
                        buffer[m] = UInt8(truncatingIfNeeded: scalars[k].value)
                        m += 1
                    }
                    return m
                }
                tokens.append(CouncilToken(kind: .number, text: text, allCaps: false, capitalized: false,
                                           start: start, end: j, number: Int(text.prefix(9)), sentence: sentence))
                i = j
            } else {
                var text: String
                switch c.value {
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: text = "-"
                case 0x2014, 0x2015: text = "—"
                case 0x2018, 0x2019, 0x02BC: text = "'"
                case 0x201C, 0x201D, 0x00AB, 0x00BB: text = "\""
                default: text = c.value < 128 ? asciiStrings[Int(c.value)] : String(c)
                }
                if text == "'", i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= n || !isLetter(scalars[i + 2]) {
                    tokens.append(CouncilToken(kind: .word, text: "'s", allCaps: false, capitalized: false,
                                               start: i, end: i + 2, number: nil, sentence: sentence))
                    i += 2
                    continue
                }
                tokens.append(CouncilToken(kind: .punct, text: text, allCaps: false, capitalized: false,
                                           start: i, end: i + 1, number: nil, sentence: sentence))
                i += 1
                // "Dr. Charles Malik", "Henry J. Lodge": a title abbreviation or an initial ends no sentence.
                let abbreviation = text == "." && tokens.count >= 2 && tokens[tokens.count - 2].kind == .word
                    && tokens[tokens.count - 2].end == i - 1
                    && (Self.titleAbbreviations.contains(tokens[tokens.count - 2].text)
                        || tokens[tokens.count - 2].text.count == 1 && tokens[tokens.count - 2].capitalized)
                if !abbreviation, text == "." || text == "!" || text == "?" {
                    // Sentence end when the next non-space starts a new sentence (capital, quote, digit).
                    var j = i
                    while j < n, scalars[j] == " " || scalars[j] == "\"" || scalars[j].value == 0x201D || scalars[j] == ")" { j += 1 }
                    if j >= n || scalars[j] == "\n" || Self.isUppercase(scalars[j]) || scalars[j].value == 0x201C || isDigit(scalars[j]) {
                        sentence += 1
                    }
                }
            }
        }
        return (tokens, sentence + 1)
    }

    /// A letter; ASCII without a Unicode property lookup (the hot path).
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) : nonASCII(s, letterBit)
    }

    /// An upper-case letter; ASCII without a Unicode property lookup.
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? s.value >= 65 && s.value <= 90 : nonASCII(s, upperBit)
    }

    private static let letterBit: UInt8 = 1
    private static let upperBit: UInt8 = 2
    private static let spaceBit: UInt8 = 4

    /// `isAlphabetic`, `isUppercase` or `isWhitespace` of a scalar beyond ASCII: read from a
    /// table made once from the same properties for U+0080–U+024F (Latin-1, Latin Extended-A
    /// and -B) and U+2000–U+206F (typographic spaces, dashes, curly quotes); a property look-up
    /// costs hundreds of instructions. Other scalars look the property up.
    @inline(never) private static func nonASCII(_ s: Unicode.Scalar, _ bit: UInt8) -> Bool {
        let v = s.value
        if v &- 0x80 < 0x1D0 { return scalarBits[Int(v) - 0x80] & bit != 0 }
        if v &- 0x2000 < 0x70 { return scalarBits[Int(v) - 0x2000 + 0x1D0] & bit != 0 }
        switch bit {
        case letterBit: return s.properties.isAlphabetic
        case upperBit: return s.properties.isUppercase
        default: return s.properties.isWhitespace
        }
    }

    /// Property bits of U+0080–U+024F and U+2000–U+206F, in order.
    private static let scalarBits: [UInt8] = (Array(UInt32(0x80)..<0x250) + Array(UInt32(0x2000)..<0x2070)).map { v in
        guard let c = Unicode.Scalar(v) else { return 0 }
        let p = c.properties
        return (p.isAlphabetic ? letterBit : 0) | (p.isUppercase ? upperBit : 0) | (p.isWhitespace ? spaceBit : 0)
    }

    private static func makeWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ sentence: Int,
                                 _ folds: inout [UInt32: [UInt8]]) -> CouncilToken {
        if let word = makeASCIIWord(scalars, start, end, sentence) { return word }
        // The UTF-8 of `Folding.appendFolded` of each scalar, the folds of non-ASCII scalars
        // looked up in `folds` (the same string as appending them to a scalar view).
        var utf8: [UInt8] = []
        utf8.reserveCapacity(2 * (end - start))
        var caps = true
        var letters = 0
        for k in start..<end {
            let s = scalars[k]
            if isLetter(s) {
                letters += 1
                if !isUppercase(s) { caps = false }
            }
            let v = s.value
            if v < 0x80 {
                utf8.append(UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v))
            } else if let f = folds[v] {
                utf8.append(contentsOf: f)
            } else {
                var view = String.UnicodeScalarView()
                Folding.appendFolded(s, to: &view)
                let f = Array(String(view).utf8)
                folds[v] = f
                utf8.append(contentsOf: f)
            }
        }
        let text = String(decoding: utf8, as: UTF8.self)
        return CouncilToken(kind: .word, text: text, allCaps: caps && letters >= 2,
                            capitalized: isUppercase(scalars[start]), start: start, end: end,
                            number: numberWords[text], sentence: sentence)
    }

    /// One-scalar strings of the ASCII scalars (punctuation tokens), made once.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// `makeWord` for a word of ASCII scalars: folded (lower-cased) straight into UTF-8; nil when
    /// a scalar is not ASCII.
    private static func makeASCIIWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, _ sentence: Int) -> CouncilToken? {
        var caps = true
        var letters = 0
        for k in start..<end {
            let v = scalars[k].value
            guard v < 0x80 else { return nil }
            if (v >= 65 && v <= 90) || (v >= 97 && v <= 122) {
                letters += 1
                if v >= 97 { caps = false }
            }
        }
        let text = String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end {
                let v = UInt8(truncatingIfNeeded: scalars[k].value)
                buffer[k - start] = v >= 65 && v <= 90 ? v + 32 : v
            }
            return end - start
        }
        let first = scalars[start].value
        return CouncilToken(kind: .word, text: text, allCaps: caps && letters >= 2,
                            capitalized: first >= 65 && first <= 90, start: start, end: end,
                            number: end - start <= longestNumberWord ? numberWords[text] : nil, sentence: sentence)
    }

    /// The byte length of the longest ASCII number word: a longer ASCII word is none (an ASCII
    /// word equals only a key of the same bytes).
    private static let longestNumberWord: Int = numberWords.entries.map { $0.key }
        .filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0
}
