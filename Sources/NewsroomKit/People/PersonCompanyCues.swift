/// A name the text introduces as a company (fifteenth round, blind newswire set 8: "UK-based
/// retailer Tesco", "CEO of Tesco", "Tesco's Polish operation", "the Netto chain", "Tesco
/// Polska"). The cue is read at one mention and holds for the whole document: a lone
/// capitalised word is a company where the text writes
///
/// - a company noun right before it ("retailer Tesco", "the carrier Flybe");
/// - a possessive and a company's part or officer after it ("Tesco's CEO", "Tesco's Polish
///   operation", one adjective allowed);
/// - "of" and a company's officer, owners or shops before it ("CEO of Tesco", "chief
///   executive of Tesco", "shareholders of Tesco");
/// - "chain" right after it ("the Netto chain").
///
/// Every mention led by that word (“Tesco”, “Tesco Polska”) is then no person, unless the text
/// gives the word person evidence: a mention ending in the word with a title, a sex or a known
/// first name ("Henry Ford" makes "Ford's shares" no cue for "Ford"), or "he"/"she" right after
/// the word.
extension PersonRules {
    /// Folded lone words that the text introduces as companies and never gives person evidence
    /// (see the notes above); `mentions` give the evidence. Linear.
    func companyCueNames(_ t: TokenizedText, mentions: [NameMention]) -> Set<String> {
        let n = t.count
        var cued: Set<String> = []
        for k in 0..<n where t.tokens[k].kind == .word && t.isCapitalized(k) {
            // A lone word: no capitalised word before it on its line (but a sentence's first word
            // or a sentence word such as "The").
            if k > 0, t.isCapitalized(k - 1), t.tokens[k - 1].kind == .word, !isNotName(t.folded[k - 1]), !t.tokens[k].followsNewline,
               !t.sentenceInitial[k] { continue }
            let w = t.folded[k]
            guard !isNotName(w) else { continue }
            if k > 0, !t.tokens[k].followsNewline, t.tokens[k - 1].kind == .word, Self.companyNouns.contains(t.folded[k - 1]),
               CharClass.isLower(t.first(k - 1)) {
                cued.insert(w)
            } else if k + 2 < n, t.tokens[k + 1].kind == .possessive,
                      Self.companyParts.contains(t.folded[k + 2])
                        || k + 3 < n && CharClass.isLower(t.first(k + 2)) && Self.companyParts.contains(t.folded[k + 3]) {
                cued.insert(w)
            } else if k >= 2, t.folded[k - 1] == "of", Self.companyOfficers.contains(t.folded[k - 2]) {
                cued.insert(w)
            } else if k + 1 < n, t.folded[k + 1] == "chain", !t.tokens[k + 1].followsNewline {
                cued.insert(w)
            }
        }
        guard !cued.isEmpty else { return cued }
        // Person evidence: a title or sex on a mention ending in the word, or a known first name
        // before it ("Margaret Tallis"); "he"/"she" after the word.
        for m in mentions where m.title != nil || m.sex != nil
            || m.tokens.count >= 2 && (names.firstName(t.folded[m.tokens.lowerBound])?.bucket ?? 0) >= 2 {
            cued.remove(NameVocabulary.strippingParticle(t.folded[m.tokens.upperBound - 1]))
            cued.remove(t.folded[m.tokens.upperBound - 1])
        }
        for k in 0..<max(0, n - 1) where cued.contains(t.folded[k]) {
            var j = k + 1
            if t.folded[j] == ",", j + 1 < n { j += 1 }
            if t.folded[j] == "he" || t.folded[j] == "she" { cued.remove(t.folded[k]) }
        }
        return cued
    }

    /// `mentions` without those led by a word the text introduces as a company
    /// (`companyCueNames`), unless the mention has a title or a sex. Linear.
    func removingCompanyCueNames(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        let companies = companyCueNames(t, mentions: mentions)
        guard !companies.isEmpty else { return mentions }
        return mentions.filter { m in
            m.title != nil || m.sex != nil || !companies.contains(t.folded[m.tokens.lowerBound])
        }
    }

    /// Lower-case nouns right before a company's name ("retailer Tesco").
    static let companyNouns: WordSet = [
        "retailer", "company", "chain", "firm", "carrier", "group", "bank", "brand", "supermarket",
        "grocer", "conglomerate", "automaker", "carmaker", "insurer", "airline", "manufacturer",
    ]

    /// Lower-case words after a company's possessive ("Tesco's CEO", "Tesco's Polish operation").
    static let companyParts: WordSet = [
        "ceo", "chief", "stores", "shares", "branch", "branches", "operation", "operations",
        "shareholders", "subsidiary", "headquarters", "chairman", "outlets", "supermarkets",
    ]

    /// Lower-case words before "of" and a company's name ("CEO of Tesco", "chief executive of").
    static let companyOfficers: WordSet = [
        "ceo", "executive", "shareholders", "stores", "shares", "subsidiary", "outlets", "supermarkets",
    ]
}
