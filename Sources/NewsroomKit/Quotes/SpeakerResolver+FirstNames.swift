/// "Cherie recalled …" after "Cherie O'Donnell": a speaker named by a first name alone is the
/// one person of the article with that first name.
extension SpeakerResolver {
    /// The person whose first name is the one capitalised word `phrase`, when no other person
    /// of the article shares it (and it is no one's surname), else nil.
    func personByFirstName(_ phrase: ClosedRange<Int>) -> Int? {
        guard phrase.count == 1, !firstNames.isEmpty else { return nil }
        let t = scan.tokens[phrase.lowerBound]
        guard t.isWord, t.capitalized, !t.allCapitals, SpeechLexicon.pronouns[t.hash] == nil,
            let p = firstNames[Folding.fold(scan.text(phrase))], p >= 0
        else { return nil }
        return p
    }
}
