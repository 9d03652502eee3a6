/// Given names (twelfth round, blind newswire set 5; moved here from the per-round file
/// unchanged): a lone name introduced as a name ("a Polish chef named Łukasz", "her husband
/// Siarhei"), and the given name before "bin"/"ibn"/"bint" ("Qaboos bin Said").
extension PersonRules {
    /// A lone capitalised word introduced as a person's name: after "named"/"called" with a
    /// person noun up to three words before ("a Polish chef named Łukasz"), or after a possessive
    /// pronoun and a kinship word ("her husband Siarhei"). Not a nationality or country ("her
    /// mother Thai"), nor (checked by the caller) a word the text writes in lower case.
    func loneIntroducedName(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        let lo = run.lowerBound
        guard run.count == 1, lo >= 2, !t.tokens[lo].followsNewline, t.tokens[lo].kind == .word,
              !isNotName(t.folded[lo]), t.tokens[lo].length >= 3,
              // Not a nationality ("her mother Thai").
              !Gazetteer.demonyms.contains(t.folded[lo]), !Countries.isCountry(t, run) else { return nil }
        let w = t.folded[lo - 1]
        if w == "named" || w == "called" {
            let from = max(0, lo - 5)
            guard (from..<(lo - 1)).contains(where: { Self.personRoles.contains(t.folded[$0]) || Self.roleNouns.contains(t.folded[$0])
                || Self.introducedPersonNouns.contains(t.folded[$0]) }) else { return nil }
            return NameMention(tokens: run, title: nil, sex: nil)
        }
        if Self.kinshipWords.contains(w), Self.possessivePronouns.contains(t.folded[lo - 2]) {
            return NameMention(tokens: run, title: nil, sex: nil)
        }
        return nil
    }

    /// Person nouns before "named" besides the role nouns ("a man named").
    static let introducedPersonNouns: WordSet = [
        "man", "woman", "boy", "girl", "chef", "cook", "guy", "person", "worker", "waiter", "waitress",
        "passenger", "driver", "victim", "suspect", "soldier", "girlfriend", "boyfriend",
    ]

    static let possessivePronouns: WordSet = ["her", "his", "their", "my", "our", "your"]

    /// `mentions` with a given name and "bin"/"ibn"/"bint" joined in front of a mention that
    /// starts with or follows the particle ("Qaboos bin Said", "Haitham bin Tariq Al Said").
    func joiningBinNames(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        var out = mentions
        for idx in out.indices {
            let m = out[idx]
            var p = m.tokens.lowerBound
            if !Self.binParticles.contains(t.folded[p]) {
                guard p >= 1, Self.binParticles.contains(t.folded[p - 1]), !t.tokens[p].followsNewline else { continue }
                p -= 1
            }
            // p: the particle; the given name before it.
            guard p >= 1, CharClass.isLower(t.first(p)), !t.tokens[p].followsNewline, t.tokens[p - 1].kind == .word,
                  t.isCapitalized(p - 1), !isNotName(t.folded[p - 1]) else { continue }
            if idx > 0, out[idx - 1].tokens.upperBound > p - 1 { continue }
            out[idx] = NameMention(tokens: (p - 1)..<m.tokens.upperBound, title: m.title, sex: m.sex)
        }
        return out
    }

    static let binParticles: WordSet = ["bin", "ibn", "bint"]
}
