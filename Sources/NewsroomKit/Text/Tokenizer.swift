/// Splits text into tokens with code-point offsets, in one linear pass.
///
/// Rules: names joined by inner hyphens or apostrophes stay whole ("al-Assad", "O'Neill",
/// "Jean-Marc"); the possessive "'s" (and the bare "'" after a plural) is a token of its own;
/// known abbreviations and initials keep their period ("Mr.", "Gen.", "J."), dotted acronyms stay
/// whole ("U.N.", "U.S."); numbers keep inner separators ("1,000", "3.5"); runs of dots or dashes
/// are one token; every other mark is a token by itself.
public enum Tokenizer {
    /// Tokens of `text`.
    public static func tokenize(_ text: ScalarText) -> [Token] {
        tokenize(text.scalars)
    }

    /// Tokens of `scalars`.
    public static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0
        var newlines = 0
        while i < n {
            let c = s[i]
            if CharClass.isSpace(c) {
                if CharClass.isNewline(c) { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            let kind: Token.Kind
            if CharClass.isAlnum(c) {
                (i, kind) = scanWord(s, from: i)
            } else if CharClass.isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= n || !CharClass.isAlnum(s[i + 2]), start > 0, CharClass.isAlnum(s[start - 1]) {
                i += 2
                kind = .possessive
            } else if CharClass.isApostrophe(c), start > 0, s[start - 1] == "s" || s[start - 1] == "S",
                      i + 1 >= n || !CharClass.isAlnum(s[i + 1]) {
                i += 1
                kind = .possessive
            } else if c == "." || c == "-" || c == "\u{2014}" || c == "\u{2013}" {
                i += 1
                while i < n, s[i] == c { i += 1 }
                kind = .punctuation
            } else {
                i += 1
                // Keep a base character with its combining marks.
                while i < n, CharClass.isMark(s[i]) { i += 1 }
                kind = .punctuation
            }
            tokens.append(Token(start: start, end: i, kind: kind,
                                followsNewline: newlines > 0, followsBlankLine: newlines > 1))
            newlines = 0
        }
        return tokens
    }

    /// Scans a word or number starting at `from` (an alphanumeric scalar); returns its end and kind.
    private static func scanWord(_ s: [Unicode.Scalar], from: Int) -> (Int, Token.Kind) {
        let n = s.count
        var i = from
        let startsWithDigit = CharClass.isDigit(s[from])
        var sawLetter = false
        while i < n {
            let c = s[i]
            if CharClass.isAlnum(c) || CharClass.isMark(c) {
                if CharClass.isLetter(c) { sawLetter = true }
                i += 1
                continue
            }
            guard i + 1 < n else { break }
            let next = s[i + 1]
            if CharClass.isHyphen(c), CharClass.isAlnum(next) {
                i += 1
                continue
            }
            if CharClass.isApostrophe(c), CharClass.isLetter(next) {
                // "'s" followed by a non-letter is the possessive clitic: stop before it.
                if next == "s" || next == "S", i + 2 >= n || !CharClass.isAlnum(s[i + 2]) { break }
                i += 1
                continue
            }
            if startsWithDigit, !sawLetter, c == "." || c == "," || c == ":", CharClass.isDigit(next) {
                i += 1
                continue
            }
            break
        }
        if startsWithDigit && !sawLetter { return (i, .number) }
        // Trailing period of an acronym, an initial or a known abbreviation.
        if i < n, s[i] == "." {
            if let end = dottedAcronymEnd(s, from: from) { return (end, .word) }
            if isAbbreviation(s, from, i) { return (i + 1, .word) }
        }
        // An initial written with a one-dot leader (U+2024) instead of a full stop ("Sergey M\u{2024}").
        if i < n, s[i] == "\u{2024}", i - from == 1, CharClass.isUpper(s[from]) { return (i + 1, .word) }
        return (i, .word)
    }

    /// The end of a dotted acronym starting at `from` ("U.N.", "U.S.A.", "e.g."), if there is one.
    private static func dottedAcronymEnd(_ s: [Unicode.Scalar], from: Int) -> Int? {
        let n = s.count
        var i = from
        var letters = 0
        while i + 1 < n, CharClass.isLetter(s[i]), s[i + 1] == "." {
            letters += 1
            i += 2
            if i < n, CharClass.isLetter(s[i]), i + 1 < n, CharClass.isAlnum(s[i + 1]) { return nil }
        }
        return letters >= 2 ? i : nil
    }

    /// Whether `s[from..<end]` followed by a period is an initial or a known abbreviation.
    private static func isAbbreviation(_ s: [Unicode.Scalar], _ from: Int, _ end: Int) -> Bool {
        if end - from == 1 { return CharClass.isUpper(s[from]) }
        guard end - from <= 6 else { return false }
        var key = ""
        for k in from..<end {
            guard s[k].isASCII else { return false }
            key.unicodeScalars.append(CharClass.lowerASCII(s[k]))
        }
        return Abbreviations.withPeriod.contains(key)
    }
}

/// Abbreviations that are written with a period and do not end a sentence by themselves.
public enum Abbreviations {
    /// Lower-case forms without the period.
    public static let withPeriod: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
        "adm", "cmdr", "gov", "sen", "rep", "reps", "sens", "pres", "st", "ste", "jr", "sr", "rev",
        "hon", "messrs", "mme", "mlle", "fr", "insp", "supt", "det", "brig", "pvt", "amb", "atty",
        "inc", "corp", "co", "ltd", "bros", "vs", "etc", "vol", "fig", "approx", "dept",
        "univ", "assn", "mt", "ft", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "al", "cf",
    ]
}
