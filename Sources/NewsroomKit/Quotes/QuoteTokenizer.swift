/// One token of the quote extractor's single linear pass over an article's scalars.
struct QuoteToken: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// Letters and digits, with inner apostrophes, hyphens and abbreviation dots.
        case word
        /// One punctuation scalar (a dash is normalised to "—").
        case punct(Unicode.Scalar)
        /// A quotation mark.
        case mark(QuotationMark)
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// `WordHash` of the lower-cased word (0 for other tokens).
    var hash: UInt64 = 0
    /// Whether a word starts with an upper-case letter.
    var capitalized: Bool = false
    /// Whether a word starts with a digit.
    var startsWithDigit: Bool = false
    /// The speech-verb frame of a word that is a speech verb (see `QuoteScan.cueFrame` for
    /// capitalised ones).
    var cue: SpeechLexicon.CueFrame? = nil
    /// Paragraph number (paragraphs are separated by a blank line).
    var paragraph: Int = 0
    /// Sentence number, increasing through the text.
    var sentence: Int = 0
    /// Whether the word is an abbreviation with inner dots whose full stop may also end the
    /// sentence ("… in the U.S. He says …").
    var mayEndSentence: Bool = false
    /// Whether a word is written in capitals only ("WHO", "U.S.").
    var allCapitals: Bool = false

    var isWord: Bool { if case .word = kind { return true } else { return false } }

    /// Whether this is the punctuation scalar `p`.
    func isPunct(_ p: Unicode.Scalar) -> Bool {
        if case .punct(let s) = kind { return s == p } else { return false }
    }

    var mark: QuotationMark? { if case .mark(let m) = kind { return m } else { return nil } }
}

/// A quotation mark and which way it faces.
struct QuotationMark: Sendable, Equatable {
    enum Level: Sendable, Equatable { case double, single }
    enum Direction: Sendable, Equatable { case opening, closing, either }
    var level: Level
    var direction: Direction
    /// „ (low-9) closes with “ as well as ”.
    var isLow: Bool = false
}

/// Splits text into `QuoteToken`s in one pass, numbering paragraphs and sentences.
enum QuoteTokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [QuoteToken] {
        scalars.withUnsafeBufferPointer { tokenize(buffer: $0) }
    }

    private static func tokenize(buffer s: UnsafeBufferPointer<Unicode.Scalar>) -> [QuoteToken] {
        let bloom = SpeechLexicon.cueBloom
        var tokens: [QuoteToken] = []
        // Room for about one token in four scalars (one in five made the array grow in most texts).
        tokens.reserveCapacity(s.count / 4 + 16)
        var paragraph = 0
        var newlines = 0
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "\n" { newlines += 1; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" || (c.value >= 128 && QuoteScalarClass.isSpace(c)) {
                i += 1; continue
            }
            if !tokens.isEmpty, newlines >= 2 || (newlines == 1 && endsLine(tokens[tokens.count - 1])) {
                paragraph += 1
            }
            newlines = 0
            if isWordScalar(c) {
                let start = i
                var h = WordHash.seed
                var onlyUpperOrDot = true
                var innerDot = false
                while i < n {
                    let d = s[i]
                    // A lower-case ASCII letter (most scalars of a word): a word scalar, not upper
                    // case, mixed into the hash as it is.
                    if d.value &- 97 < 26 {
                        h = WordHash.mix(h, d)
                        onlyUpperOrDot = false
                        i += 1
                        continue
                    }
                    if isWordScalar(d) {
                        h = WordHash.mix(h, d)
                        if onlyUpperOrDot, isLower(d) { onlyUpperOrDot = false }
                        i += 1
                        continue
                    }
                    // Inner connectors: don't, France's, so-called, U.S., 1,000, AT&T.
                    if i + 1 < n, isWordScalar(s[i + 1]) {
                        let v = d.value
                        // "Ph.D.", "e.g.": a dot before one or two letters and another dot.
                        let abbreviationDot = v == 46
                            && ((i + 2 < n && s[i + 2] == ".")
                                || (i + 3 < n && isWordScalar(s[i + 2]) && s[i + 3] == "."))
                        if v == 39 || v == 0x2019 || v == 45 || v == 0x2010 || v == 0x2011
                            || (v == 46 && (onlyUpperOrDot || isDigit(s[i + 1]) || abbreviationDot))
                            || (v == 44 && isDigit(s[i - 1]) && isDigit(s[i + 1]))
                            // "PG&E", "AT&T": an ampersand between capitals.
                            || (v == 38 && onlyUpperOrDot && isUpper(s[i - 1]) && isUpper(s[i + 1]))
                        {
                            if v == 46 { innerDot = true }
                            h = WordHash.mix(h, d)
                            i += 1
                            continue
                        }
                    }
                    break
                }
                // "WHO said …": an acronym spelling a function word is a name, not the word
                // (unless the text around it is in capitals too, as in a shouted line).
                if onlyUpperOrDot, i - start >= 2, SpeechLexicon.acronymCollisions.contains(h),
                    !(tokens.last.map { $0.isWord && $0.end - $0.start >= 2 && $0.allCapitals } ?? false)
                {
                    h = WordHash.mix(h, "#")
                }
                var token = QuoteToken(start: start, end: i, kind: .word, hash: h)
                token.allCapitals = onlyUpperOrDot && isUpper(s[start])
                token.capitalized = isUpper(s[start])
                token.startsWithDigit = isDigit(s[start])
                token.cue = SpeechLexicon.cueFrame(hash: h, bloom: bloom)
                token.paragraph = paragraph
                // Abbreviations and initials keep their full stop ("Mr.", "J.", "U.S.").
                if i < n, s[i] == ".",
                    SpeechLexicon.abbreviations.contains(h)
                        || (i - start == 1 && token.capitalized)
                        || (onlyUpperOrDot && (i - start) >= 3 && s[i - 2] == ".")
                        || innerDot
                {
                    i += 1
                    token.end = i
                    token.mayEndSentence = innerDot
                }
                tokens.append(token)
                continue
            }
            var token = QuoteToken(start: i, end: i + 1, kind: .punct(c))
            token.paragraph = paragraph
            if let mark = markAt(s, i, &token.end) {
                token.kind = .mark(mark)
            } else if c.value == 0x2014 || c.value == 0x2013 || c.value == 0x2015
                || (c == "-" && i + 1 < n && (s[i + 1] == " " || s[i + 1] == "-") && i > 0 && s[i - 1] == " ")
            {
                token.kind = .punct("—")
                if c == "-", i + 1 < n, s[i + 1] == "-" { token.end = i + 2 }
            }
            i = token.end
            tokens.append(token)
        }
        numberSentences(&tokens)
        return tokens
    }

    /// Whether a single line break after `token` ends a paragraph (text with one paragraph per
    /// line): after a sentence end, a colon or a closing mark; a hard-wrapped line breaking
    /// mid-sentence does not.
    static func endsLine(_ token: QuoteToken) -> Bool {
        switch token.kind {
        case .punct(let p): return p == "." || p == "?" || p == "!" || p == ":" || p == ";"
        case .mark(let m): return m.direction != .opening
        case .word: return false
        }
    }

    @inline(__always)
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        // ASCII letters and digits as bits of two 64-bit masks (scalars 0–63 and 64–127).
        if v < 64 { return (0x03FF_0000_0000_0000 as UInt64) >> UInt64(v) & 1 != 0 }
        if v < 128 { return (0x07FF_FFFE_07FF_FFFE as UInt64) >> UInt64(v - 64) & 1 != 0 }
        return QuoteScalarClass.isWord(c)
    }

    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 65 && c.value <= 90) : QuoteScalarClass.isUpper(c)
    }

    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 128 ? (c.value >= 97 && c.value <= 122) : QuoteScalarClass.isLower(c)
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    @inline(__always)
    static func isSpace(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return true }
        let c = s[i]
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" }
        return QuoteScalarClass.isSpace(c)
    }

    /// Whether the scalar at `i` is white space (true outside the text).
    static func isSpace(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s.withUnsafeBufferPointer { isSpace($0, i) }
    }

    /// The quotation mark starting at `i`, if any; `end` is moved past it.
    static func markAt(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: inout Int) -> QuotationMark? {
        let c = s[i]
        let n = s.count
        switch c.value {
        case 0x201C, 0x00AB: return QuotationMark(level: .double, direction: .opening)  // “ «
        case 0x201D, 0x00BB: return QuotationMark(level: .double, direction: .closing)  // ” »
        case 0x201E: return QuotationMark(level: .double, direction: .opening, isLow: true)  // „
        case 0x201F: return QuotationMark(level: .double, direction: .opening)
        case 0x2018, 0x2039: return QuotationMark(level: .single, direction: .opening)
        case 0x201A: return QuotationMark(level: .single, direction: .opening, isLow: true)
        case 0x2019, 0x203A:
            return QuotationMark(level: .single, direction: isSpace(s, i - 1) ? .opening : .closing)
        case 34:  // "
            return QuotationMark(level: .double, direction: straightDirection(s, i, i + 1))
        case 96:  // `` opens (TeX and old newswire style)
            if i + 1 < n, s[i + 1].value == 96 {
                end = i + 2
                return QuotationMark(level: .double, direction: .opening)
            }
            return QuotationMark(level: .single, direction: .opening)
        case 39:  // '' is a double mark in some newswire text; a lone ' a single one
            // ''' after a word closes a single mark inside a double one: ' then ''.
            if i + 2 < n, s[i + 1].value == 39, s[i + 2].value == 39, !isSpace(s, i - 1) {
                return QuotationMark(level: .single, direction: .closing)
            }
            if i + 1 < n, s[i + 1].value == 39 {
                end = i + 2
                return QuotationMark(level: .double, direction: straightDirection(s, i, i + 2))
            }
            return QuotationMark(level: .single, direction: straightDirection(s, i, i + 1))
        default: return nil
        }
    }

    /// A straight mark opens after a space or bracket and before a non-space; closes after a non-space.
    static func straightDirection(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ after: Int) -> QuotationMark.Direction {
        let spaceBefore = isSpace(s, i - 1) || "([{—–-/".unicodeScalars.contains(s[i - 1])
        let spaceAfter = isSpace(s, after)
        if spaceBefore && !spaceAfter { return .opening }
        if !spaceBefore && spaceAfter { return .closing }
        if !spaceBefore, after < s.count, ",.;:?!)—".unicodeScalars.contains(s[after]) { return .closing }
        return .either
    }

    /// Sentence numbers: a new sentence starts after . ? ! (closing marks and brackets stay with
    /// the sentence) when a capital, a digit or an opening mark follows, and at every paragraph.
    static func numberSentences(_ tokens: inout [QuoteToken]) {
        var sentence = 0
        var pendingEnd = false
        var previousParagraph = 0
        for k in tokens.indices {
            let t = tokens[k]
            if t.paragraph != previousParagraph {
                sentence += 1
                pendingEnd = false
                previousParagraph = t.paragraph
            } else if pendingEnd {
                var startsSentence = false
                switch t.kind {
                case .word: startsSentence = t.capitalized || t.startsWithDigit
                case .mark(let m): startsSentence = m.direction != .closing
                case .punct(let p): startsSentence = !(p == ")" || p == "]" || p == "." || p == "?" || p == "!")
                }
                if startsSentence {
                    sentence += 1
                    pendingEnd = false
                } else if t.isWord {
                    pendingEnd = false
                }
            }
            tokens[k].sentence = sentence
            if case .punct(let p) = t.kind, p == "." || p == "?" || p == "!" {
                pendingEnd = true
            }
            // "… attacks in the U.S. He says …": a pronoun or determiner after "U.S." starts a sentence.
            if t.mayEndSentence, k + 1 < tokens.count, tokens[k + 1].capitalized,
                SpeechLexicon.sentenceOpeners.contains(tokens[k + 1].hash)
            {
                pendingEnd = true
            }
            // "… at about 7:45 p.m. “No troops were injured …”": an opening mark and a capital
            // (not a one-word nickname: "Gov. C.L. “Butch” Otter").
            if t.mayEndSentence, k + 3 < tokens.count, let m = tokens[k + 1].mark, m.direction == .opening,
                tokens[k + 2].capitalized, tokens[k + 1].paragraph == t.paragraph, tokens[k + 3].mark == nil
            {
                pendingEnd = true
            }
        }
    }
}
