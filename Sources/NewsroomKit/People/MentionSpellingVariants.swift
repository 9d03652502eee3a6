/// Other spellings of a name the linker already knows (thirteenth round, blind newswire set 6):
///
/// - a surname with two adjacent letters swapped, a typing slip ("Chriac" for Chirac,
///   "Pierliusi" for Pierluisi; surnames of six letters or more, the first letter kept), found
///   like the surname itself and joined to its person;
/// - the plural of a surname after "the", the family ("the Trumps' son"), found as a mention of
///   its own (a family is not the person);
/// - the last two or more words of a name of three or four words, written again ("Rivera Schatz"
///   after "Thomas Rivera Schatz"), found whole like the full name.
extension MentionLinker {
    /// The forms of `word` (folded) with two adjacent letters swapped, the first letter kept;
    /// empty below six letters. At most one form per letter: linear in the word's length.
    static func transpositions(of word: String) -> [String] {
        let letters = Array(word)
        guard letters.count >= 6, letters.allSatisfy(\.isLetter) else { return [] }
        var out: [String] = []
        for k in 1..<(letters.count - 1) where letters[k] != letters[k + 1] {
            var swapped = letters
            swapped.swapAt(k, k + 1)
            out.append(String(swapped))
        }
        return out
    }

    /// The typing slips of `surnames` (see `transpositions`), each with its surname; slips that
    /// are surnames themselves are left out. Linear in the surnames' total length.
    static func slips(of surnames: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for s in surnames {
            for slip in transpositions(of: s) where !surnames.contains(slip) { out[slip] = s }
        }
        return out
    }

    /// Whether token `i` is the plural of one of `surnames` after a lower-case "the" ("the
    /// Trumps'"), naming a family.
    static func isFamilyPlural(_ t: TokenizedText, _ i: Int, surnames: Set<String>) -> Bool {
        guard i > 0, !t.isCapitalized(i - 1), t.folded[i - 1] == "the" else { return false }
        let key = t.stripped(i)
        guard key.utf8.count >= 4, key.hasSuffix("s") else { return false }
        return surnames.contains(String(key.dropLast()))
    }

    /// The endings of mention `m` that are written again whole as the same person: its last two
    /// or three words when it has three or four, not opened by an initial or a particle.
    func repeatedEndings(_ m: NameMention, in t: TokenizedText) -> [Range<Int>] {
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        guard m.tokens.count >= 3, m.tokens.count <= 4 else { return [] }
        var out: [Range<Int>] = []
        for s in (lo + 1)...(hi - 2) {
            let w = t.folded[s]
            guard t.isCapitalized(s), !w.hasSuffix("."), !NameVocabulary.particles.contains(w),
                  (names.firstName(w)?.bucket ?? 0) <= 1 else { continue }
            out.append(s..<hi)
        }
        return out
    }
}
