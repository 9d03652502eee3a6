/// Radio procedure words read as first names (thirteenth round, blind newswire set 6): in a
/// radio transcript "Roger, are they locked inside the boat?" acknowledges a call and names no
/// one. A lone mention of a procedure word that opens its sentence (or follows an elision mark
/// "[...]") and is followed by a comma or a full stop is dropped, unless someone in the text is
/// named in full with it ("Roger Federer" … "Roger, well played").
extension PersonRules {
    /// `mentions` without radio procedure words used as such (see the notes). Linear.
    func removingRadioWords(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        guard mentions.contains(where: { $0.tokens.count == 1 && Self.radioWords.contains(t.folded[$0.tokens.lowerBound]) }) else {
            return mentions
        }
        // First words of names written in full.
        let namedInFull = Set(mentions.filter { $0.tokens.count >= 2 }.map { t.folded[$0.tokens.lowerBound] })
        return mentions.filter { m in
            let i = m.tokens.lowerBound
            guard m.tokens.count == 1, m.title == nil, m.sex == nil, Self.radioWords.contains(t.folded[i]),
                  !namedInFull.contains(t.folded[i]), i + 1 < t.count, t.folded[i + 1] == "," || t.folded[i + 1] == "." else { return true }
            let opens = t.sentenceInitial[i] || (i > 0 && t.folded[i - 1] == "]")
            return !opens
        }
    }

    /// Radio procedure words that are also first names.
    static let radioWords: WordSet = ["roger", "wilco"]
}
