/// The tokens of one article with the sentence index the quote rules navigate by.
struct QuoteScan {
    let scalars: [Unicode.Scalar]
    let tokens: [QuoteToken]
    /// First and last token of every sentence.
    let sentenceFirst: [Int]
    let sentenceLast: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = QuoteTokenizer.tokenize(scalars)
        self.tokens = tokens
        var first: [Int] = []
        var last: [Int] = []
        for (k, t) in tokens.enumerated() {
            if t.sentence >= first.count {
                first.append(k)
                last.append(k)
            } else {
                last[t.sentence] = k
            }
        }
        sentenceFirst = first
        sentenceLast = last
    }

    /// How far the rules look within one sentence: text without sentence ends (tables, lists,
    /// markup) must not make them quadratic.
    static let reach = 300

    /// First token of `k`'s sentence, at most `reach` tokens back.
    func firstOfSentence(_ k: Int) -> Int { max(sentenceFirst[tokens[k].sentence], k - Self.reach) }
    /// Last token of `k`'s sentence, at most `reach` tokens on.
    func lastOfSentence(_ k: Int) -> Int { min(sentenceLast[tokens[k].sentence], k + Self.reach) }

    /// The first token ending after scalar `position` (the token holding it, or the next one):
    /// `tokens.count` when none does. A binary search.
    func firstToken(endingAfter position: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether token `k` is the word whose hash is `h` (lower-case, so not a proper name).
    func isWord(_ k: Int, _ h: UInt64) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].hash == h
    }

    func isPunct(_ k: Int, _ p: Unicode.Scalar) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].isPunct(p)
    }

    /// Whether token `k` ends a sentence (. ? ! ;).
    func isTerminal(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, case .punct(let p) = tokens[k].kind else { return false }
        // An abbreviation's stop inside brackets ("(D-Ore.)") ends no sentence.
        if p == ".", k + 1 < tokens.count, tokens[k + 1].isPunct(")"), k > 0, tokens[k - 1].end == tokens[k].start {
            return false
        }
        // "McConnell, R-Ky., said": an abbreviation's stop before a comma ends no sentence.
        if p == ".", k + 1 < tokens.count, tokens[k + 1].isPunct(","), k > 0, tokens[k - 1].end == tokens[k].start,
            tokens[k - 1].isWord, tokens[k - 1].capitalized
        {
            return false
        }
        return p == "." || p == "?" || p == "!" || p == ";"
    }

    /// The speech frame of token `k` when it is a lower-case speech verb.
    func cueFrame(_ k: Int) -> SpeechLexicon.CueFrame? {
        guard k >= 0, k < tokens.count, let cue = tokens[k].cue else { return nil }
        // A capitalised speech verb only opens a sentence ("Said Dorothy Poynter, …").
        if tokens[k].capitalized, k > 0, tokens[k - 1].sentence == tokens[k].sentence { return nil }
        return cue
    }

    /// Whether "according to" starts at `k`.
    func isAccordingTo(_ k: Int) -> Bool { isWord(k, Words.according) && isWord(k + 1, Words.to) }

    /// Text of the tokens `range`.
    func text(_ range: ClosedRange<Int>) -> String {
        string(tokens[range.lowerBound].start, tokens[range.upperBound].end)
    }

    /// The scalars `lo..<hi` (clamped) as a string, encoded straight to UTF-8.
    func string(_ lo: Int, _ hi: Int) -> String {
        let a = max(0, min(lo, scalars.count))
        let b = max(a, min(hi, scalars.count))
        guard b > a else { return "" }
        return String(unsafeUninitializedCapacity: (b - a) * 4) { buffer in
            var n = 0
            for k in a..<b {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    func span(_ range: ClosedRange<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound].end)
    }

    /// The "(" matching the ")" at `closing`, at most six tokens back in the same sentence.
    func bracketOpening(closing: Int, floor: Int) -> Int? {
        var k = closing - 1
        while k >= floor, closing - k <= 6 {
            if tokens[k].isPunct("(") { return k }
            if isTerminal(k) || tokens[k].mark != nil { return nil }
            k -= 1
        }
        return nil
    }


    /// A single closing mark written right after a word ending in "s" and followed by a space
    /// and a word: the possessive "Sanders’ campaign", not a quotation mark.
    func isPossessiveMark(_ k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, let m = tokens[k].mark, m.level == .single, m.direction != .opening,
            tokens[k - 1].isWord, tokens[k - 1].end == tokens[k].start, tokens[k + 1].isWord,
            tokens[k + 1].start > tokens[k].end, tokens[k + 1].paragraph == tokens[k].paragraph
        else { return false }
        let last = scalars[tokens[k - 1].end - 1]
        return last == "s" || last == "S"
    }

    /// A lower-case adverb in "-ly" before a verb ("famously responded", "flatly denied"), not a
    /// noun after a determiner ("the family said").
    func isMannerAdverb(_ k: Int, floor: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized, t.end - t.start >= 5, scalars[t.end - 2] == "l", scalars[t.end - 1] == "y" else {
            return false
        }
        guard k - 1 >= floor else { return true }
        let p = tokens[k - 1]
        return !(p.isWord && (SpeechLexicon.determiners.contains(p.hash) || isPossessive(k - 1)
            || (SpeechLexicon.phraseStoppers.contains(p.hash) && !SpeechLexicon.auxiliaries.contains(p.hash))))
    }

    /// Whether word `k` is written in capitals only ("WASHINGTON").
    func isAllCaps(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.end - t.start >= 2 else { return false }
        for i in t.start..<t.end where scalars[i].properties.isLowercase { return false }
        return true
    }

    /// Whether token `k` makes the word after it a noun: a determiner, a possessive or a
    /// preposition ("in remarks", "his statement", "Smith's claims").
    func isNounMarker(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized || SpeechLexicon.determiners.contains(t.hash) else { return isPossessive(k) }
        return SpeechLexicon.determiners.contains(t.hash) || SpeechLexicon.nounPrepositions.contains(t.hash) || isPossessive(k)
    }

    /// A word ending in "ing" ("Speaking", "saying").
    func isParticipleWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.end - t.start > 4 else { return false }
        return scalars[t.end - 3] == "i" && scalars[t.end - 2] == "n" && scalars[t.end - 1] == "g"
    }

    /// Whether token `k` is a word ending in "ed" ("inebriated", "confirmed"): `verbEnding` 2.
    func isPastForm(_ k: Int) -> Bool { tokens[k].isWord && verbEnding(k) == 2 }

    /// Whether the passage starts inside a sentence (a word of the same sentence comes right
    /// before its opening mark), as in "called it “a disgrace”".
    func isMidSentence(_ segment: QuotedSegment) -> Bool {
        let k = segment.openToken - 1
        guard k >= 0, tokens[k].sentence == tokens[segment.openToken].sentence else { return false }
        if tokens[k].isWord { return true }
        if segment.contentStart < scalars.count, scalars[segment.contentStart].properties.isLowercase,
            !tokens[k].isPunct(":")
        {
            return true
        }
        return false
    }

    /// 1 for a word ending in "s", 2 for "ed", 0 otherwise.
    func verbEnding(_ k: Int) -> Int {
        let t = tokens[k]
        guard t.end - t.start >= 3 else { return 0 }
        if scalars[t.end - 1] == "s" { return 1 }
        if scalars[t.end - 2] == "e", scalars[t.end - 1] == "d" { return 2 }
        return 0
    }

    func isPossessive(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start >= 2 else { return false }
        let last = scalars[t.end - 1]
        let apostrophe = scalars[t.end - 2]
        return (last == "s" || last == "S") && (apostrophe == "'" || apostrophe.value == 0x2019)
    }
}
