/// Kinds of article that tell of Council votes without reporting a decision of their own.
enum CouncilGenre {
    /// Whether the article is an obituary: the headline says someone "Dies at 80" ("dies aged 80",
    /// "dead at 80", "Obituary: …"), or an opening sentence says someone died and a short sentence
    /// gives the age ("She was 80."). The votes an obituary recalls are the subject's past ones.
    static func isObituary(headline: [CouncilToken], tokens: [CouncilToken]) -> Bool {
        if let first = headline.first, ["obituary", "obituaries"].contains(first.text) { return true }
        for k in headline.indices.dropLast(2) where ["dies", "died", "dead"].contains(headline[k].text) {
            if ["at", "aged"].contains(headline[k + 1].text), headline[k + 2].number != nil { return true }
        }
        // "… died on Thursday at her home in Bethesda, Md. She was 80."
        let opening = tokens.prefix { $0.sentence <= 2 }
        guard opening.contains(where: { $0.text == "died" }) else { return false }
        var bySentence: [Int: [CouncilToken]] = [:]
        for t in opening { bySentence[t.sentence, default: []].append(t) }
        return bySentence.values.contains { s in
            s.count == 4 && ["he", "she"].contains(s[0].text) && s[1].text == "was" && s[2].number != nil && s[3].text == "."
        }
    }
}
