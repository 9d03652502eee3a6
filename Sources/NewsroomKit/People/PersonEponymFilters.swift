/// Names of people inside the name of a thing named after them (thirteenth round, blind
/// newswire set 6). The person may be named in full elsewhere in the text, so these apply to
/// the one mention whatever the anchors, before and again after linking (which writes full
/// names again):
///
/// - a name whose possessive opens a capitalised eponymous law, game or comet ("Conway's Game
///   of Life", "Halley's Comet"), or an illness ("Parkinson's disease");
/// - a party of a court case, right before or after "v."/"vs." and another party ("Roe v. Wade",
///   "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited").
///
/// A title or honorific before the name keeps it a person.
extension PersonRules {
    /// Whether mention `m` is part of the name of a thing named after a person (see the notes).
    func isInEponymousName(_ t: TokenizedText, _ m: NameMention) -> Bool {
        guard m.title == nil else { return false }
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        if lo > 0, NameVocabulary.honorifics[t.folded[lo - 1]] != nil { return false }
        if hi + 1 < t.count, t.tokens[hi].kind == .possessive, t.tokens[hi + 1].kind == .word, !t.tokens[hi + 1].followsNewline,
           Self.eponymHeads.contains(t.folded[hi + 1]),
           t.isCapitalized(hi + 1) || Self.illnessHeads.contains(t.folded[hi + 1]) {
            // (Written in lower case only an illness: "Ivey's law" is the governor's bill.)
            return true
        }
        // A party of a case: "v." or "vs." and a capitalised word after, or a capitalised word and
        // "v."/"vs." before.
        if hi + 1 < t.count, Self.versusWords.contains(t.folded[hi]), !t.tokens[hi + 1].followsNewline,
           t.isCapitalized(hi + 1) || t.hasJoinedParticle(hi + 1) {
            return true
        }
        if lo >= 2, Self.versusWords.contains(t.folded[lo - 1]), !t.tokens[lo].followsNewline, t.tokens[lo - 2].kind == .word,
           t.isCapitalized(lo - 2) {
            return true
        }
        return false
    }

    /// Nouns that a person's possessive opens in the name of a law, game, body or illness.
    static let eponymHeads: WordSet = [
        "game", "law", "laws", "theorem", "conjecture", "lemma", "hypothesis", "principle", "paradox",
        "equation", "equations", "constant", "razor", "comet", "disease", "syndrome",
    ]

    /// Eponym heads that follow the person's possessive in lower case too ("Parkinson's disease").
    static let illnessHeads: WordSet = ["disease", "syndrome"]
}
