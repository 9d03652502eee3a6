/// Names of people inside the name of a thing named after them (thirteenth round, blind
/// newswire set 6). The person may be named in full elsewhere in the text, so these apply to
/// the one mention whatever the anchors, before and again after linking (which writes full
/// names again):
///
/// - a name whose possessive opens a capitalised eponymous law, game or comet ("Conway's Game
///   of Life", "Halley's Comet"), or an illness ("Parkinson's disease");
/// - a party of a court case, right before or after "v."/"vs." and another party, after a word
///   for a case ("the case "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited""; not the
///   episode "Adam vs. Eve").
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
        // ("v." may be one token or "v" and a full stop.)
        if hi + 1 < t.count, Self.versusWords.contains(t.folded[hi]) {
            let next = t.folded[hi] == "v" && t.folded[hi + 1] == "." ? hi + 2 : hi + 1
            if next < t.count, !t.tokens[next].followsNewline, t.isCapitalized(next) || t.hasJoinedParticle(next) {
                return isCaseTitle(t, versus: hi)
            }
        }
        if lo >= 2 {
            let versus = lo >= 3 && t.folded[lo - 1] == "." && t.folded[lo - 2] == "v" ? lo - 2 : lo - 1
            if versus >= 1, Self.versusWords.contains(t.folded[versus]), !t.tokens[lo].followsNewline, t.tokens[versus - 1].kind == .word,
               t.isCapitalized(versus - 1) {
                return isCaseTitle(t, versus: versus)
            }
        }
        return false
    }

    /// Whether the "v." or "vs." at token `versus` joins the parties of a court case: a word for
    /// a case comes within eight tokens before it ("the case "Eva Glawischnig-Piesczek vs.
    /// Facebook Ireland Limited""). Not the title of an episode or a match ("Adam vs. Eve"), and
    /// not a case cited without such a word ("in Wade v. Jacobs", where GUM's court texts keep
    /// the parties as people).
    private func isCaseTitle(_ t: TokenizedText, versus: Int) -> Bool {
        (max(0, versus - 8)..<versus).contains { Self.caseWords.contains(t.folded[$0]) }
    }

    /// Words for a court case before its title.
    static let caseWords: WordSet = ["case", "lawsuit", "suit", "trial", "ruling", "appeal"]

    /// Nouns that a person's possessive opens in the name of a law, game, body or illness.
    static let eponymHeads: WordSet = [
        "game", "law", "laws", "theorem", "conjecture", "lemma", "hypothesis", "principle", "paradox",
        "equation", "equations", "constant", "razor", "comet", "disease", "syndrome",
    ]

    /// Eponym heads that follow the person's possessive in lower case too ("Parkinson's disease").
    static let illnessHeads: WordSet = ["disease", "syndrome"]
}
