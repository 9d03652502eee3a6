/// Acronyms the article defines in brackets after the words they stand for ("the United Nations
/// Educational, Scientific and Cultural Organization (UNESCO)", "Transport for London (TfL)"): a
/// group speaker written with the acronym ("UNESCO said", "an official from TfL", "the WHO's
/// website") is named with those words, the acronym kept after them in brackets ("Transport for
/// London (TfL)") so that both spellings name it.
extension SpeakerResolver {
    /// The text of the speaker phrase `range` with every acronym the article defines written
    /// out before it ("WHO's" → "World Health Organization (WHO)'s").
    mutating func expandingAcronyms(_ range: ClosedRange<Int>) -> String {
        let tokens = scan.tokens
        let allCaps = range.contains(where: { tokens[$0].isWord && tokens[$0].capitalized && scan.isAllCapsInside($0) })
        // "Phivolcs reported …": a one-word name may be a syllabic acronym the article defined.
        let oneWord = range.contains(where: { tokens[$0].isWord && tokens[$0].capitalized && tokens[$0].end - tokens[$0].start >= 4 })
        guard allCaps || oneWord else { return scan.text(range) }
        if acronyms == nil { acronyms = scan.definedAcronyms() }
        guard let acronyms, !acronyms.isEmpty else { return scan.text(range) }
        var out = ""
        var at = tokens[range.lowerBound].start
        for k in range where tokens[k].isWord && tokens[k].capitalized {
            var word = scan.text(k...k)
            var ending = ""
            if word.hasSuffix("'s") || word.hasSuffix("’s") {
                ending = String(word.suffix(2))
                word.removeLast(2)
            }
            guard let expansion = acronyms[word] else { continue }
            out += scan.string(at, tokens[k].start) + expansion + " (" + word + ")" + ending
            at = tokens[k].end
        }
        return out + scan.string(at, tokens[range.upperBound].end)
    }
}

extension QuoteScan {
    /// Whether word `k` has at least two capitals ("WHO", "TfL", "UNESCO's").
    func isAllCapsInside(_ k: Int) -> Bool {
        let t = tokens[k]
        var capitals = 0
        for i in t.start..<t.end where scalars[i].properties.isUppercase {
            capitals += 1
            if capitals >= 2 { return true }
        }
        return false
    }

    /// Acronyms defined in the text, by the acronym as written: a word in brackets of two to
    /// eight letters, starting with a capital and holding at least two, right after words whose
    /// initials spell it.
    func definedAcronyms() -> [String: String] {
        var out: [String: String] = [:]
        var k = 1
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard tokens[k].isPunct("("), tokens[k + 2].isPunct(")"), tokens[k + 1].isWord, tokens[k + 1].capitalized else { continue }
            guard isAllCapsInside(k + 1) else {
                // "the Philippine Institute of Volcanology and Seismology (Phivolcs)".
                let word = string(tokens[k + 1].start, tokens[k + 1].end)
                if out[word] == nil, let first = wordsAbbreviatedBySyllables(word, before: k) {
                    out[word] = string(tokens[first].start, tokens[k - 1].end)
                }
                continue
            }
            // "Pacific Gas and Electric Company (PG&E)": the ampersand stands for "and".
            let acronym = scalars[tokens[k + 1].start..<tokens[k + 1].end].filter { $0 != "&" }
            guard (2...8).contains(acronym.count), acronym.allSatisfy({ $0.properties.isAlphabetic }),
                out[string(tokens[k + 1].start, tokens[k + 1].end)] == nil,
                let first = wordsSpelling(acronym, before: k)
            else { continue }
            out[string(tokens[k + 1].start, tokens[k + 1].end)] = string(tokens[first].start, tokens[k - 1].end)
        }
        return out
    }

    /// The first token of the words ending right before token `paren` whose initials spell
    /// `acronym`: a capital letter is the initial of a capitalised word, a small one of a
    /// lower-case word ("Transport for London" → "TfL"); commas, possessive apostrophes and short
    /// lower-case words between ("Conference of the Philippines", "Educational, Scientific and
    /// Cultural") are passed over.
    private func wordsSpelling(_ acronym: [Unicode.Scalar], before paren: Int) -> Int? {
        var i = acronym.count - 1
        var j = paren - 1
        let floor = max(0, paren - 3 * acronym.count - 4)
        var first: Int? = nil
        while i >= 0, j >= floor, tokens[j].sentence == tokens[paren].sentence {
            let t = tokens[j]
            if t.isPunct(",") || isPossessiveMark(j) {
                j -= 1
                continue
            }
            guard t.isWord, !t.startsWithDigit else { return nil }
            // "Pacific Gas and Electric Company (PG&E)": a company word ending the name has no
            // letter of its own.
            if first == nil, j == paren - 1, Self.companyWords.contains(t.hash) {
                j -= 1
                continue
            }
            let letter = acronym[i]
            let initial = scalars[t.start]
            let same = initial.properties.lowercaseMapping == letter.properties.lowercaseMapping
            if same, t.capitalized == letter.properties.isUppercase {
                first = j
                i -= 1
            } else if t.capitalized || !Self.acronymJoiners.contains(t.hash) {
                return nil
            }
            j -= 1
        }
        guard i < 0, let first, tokens[first].capitalized else { return nil }
        return first
    }

    /// The first token of the capitalised name (three words or more, joiners aside) ending right
    /// before token `paren` that a one-capital acronym of four letters or more abbreviates by
    /// syllables: its letters are, in order, the first letters of two or more of the name's
    /// words, the first of them the name's first word ("Phi-volc-s" of "Philippine Institute of
    /// Volcanology and Seismology", "Inter-pol" of "International Criminal Police Organization").
    private func wordsAbbreviatedBySyllables(_ acronym: String, before paren: Int) -> Int? {
        let letters = Array(acronym.lowercased().unicodeScalars)
        guard (4...10).contains(letters.count), letters.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        // The name's capitalised words, nearest first.
        var words: [Int] = []
        var j = paren - 1
        while j >= 0, paren - j <= 12, tokens[j].sentence == tokens[paren].sentence, tokens[j].isWord {
            if tokens[j].capitalized {
                words.append(j)
            } else if !Self.acronymJoiners.contains(tokens[j].hash) {
                break
            }
            j -= 1
        }
        guard words.count >= 3 else { return nil }
        let lowered = words.reversed().map { Array(string(tokens[$0].start, tokens[$0].end).lowercased().unicodeScalars) }
        let starts = Array(words.reversed())
        // Longest name first: the acronym's letters taken as prefixes of words in order.
        func matches(_ i: Int, _ w: Int) -> Bool {
            if i == letters.count { return true }
            guard w < lowered.count else { return false }
            for next in w..<lowered.count {
                let word = lowered[next]
                var n = 0
                while n < word.count, i + n < letters.count, word[n] == letters[i + n] {
                    n += 1
                    if matches(i + n, next + 1) { return true }
                }
            }
            return false
        }
        for s in 0..<(lowered.count - 2) where lowered[s].first == letters.first {
            // At least two of the words give letters: the first word not the whole acronym.
            let word = lowered[s]
            var n = 0
            while n < word.count, n < letters.count, word[n] == letters[n] {
                n += 1
                if n < letters.count, matches(n, s + 1) { return starts[s] }
            }
        }
        return nil
    }

    /// Words ending a company's name that its acronym may leave out.
    private static let companyWords: WordHashSet = WordHashSet(["company", "corporation", "inc", "ltd", "limited", "plc", "llc"].map(WordHash.of))

    /// Short words passed over inside a name an acronym stands for.
    private static let acronymJoiners: WordHashSet = WordHashSet(["of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "del", "&"].map(WordHash.of))
}
