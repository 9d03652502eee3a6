/// Those who speak for or beside a person, named by a possessive pronoun ("his lawyers", "her
/// aides", "his daughter"): they are written with the person's name ("Kyle Rittenhouse's
/// lawyers", "Park Won-soon's daughter", "Michael Avenatti's legal team"), so the reader sees
/// whose lawyers spoke. A family as a whole and other groups ("her family", "his supporters")
/// stay as written.
extension SpeakerResolver {
    /// "his lawyers" → "<the person he refers to>'s lawyers", or nil when the phrase is not a
    /// possessive pronoun before a representative noun or the pronoun finds no one.
    mutating func representativesOfPerson(_ phrase: ClosedRange<Int>, paragraph: Int) -> String? {
        let tokens = scan.tokens
        let first = tokens[phrase.lowerBound]
        guard phrase.count > 1, phrase.count <= 3, first.isWord,
            let pronoun = Self.ownerPronouns[first.hash],
            tokens[phrase.upperBound].isWord, Self.representativeNouns.contains(tokens[phrase.upperBound].hash)
                || Self.agentNouns.contains(tokens[phrase.upperBound].hash)
        else { return nil }
        let sentenceStart = scan.sentenceFirst[first.sentence]
        var owner: String?
        let sex: Person.Sex = pronoun == .he ? .male : .female
        if sentenceStart < phrase.lowerBound, let subject = scan.sentenceSubject(from: sentenceStart, before: phrase.lowerBound),
            subject.upperBound < phrase.lowerBound, let p = personMentioned(in: scan.span(subject)), compatible(p, sex)
        {
            owner = people[p].name
        } else {
            owner = resolvePronoun(pronoun, token: phrase.lowerBound, paragraph: paragraph)
        }
        // Only a person the people layer knows (not a headline or a group taken for a name).
        guard let owner, people.contains(where: { $0.name == owner }) else { return nil }
        let name = owner + "'s " + scan.text((phrase.lowerBound + 1)...phrase.upperBound)
        lastOther = (name, paragraph)
        return name
    }

    private static let ownerPronouns: [UInt64: SpeechLexicon.Pronoun] = [WordHash.of("his"): .he, WordHash.of("her"): .she]

    /// Nouns for people who speak on someone's behalf, and for one relative.
    private static let representativeNouns: WordHashSet = WordHashSet(
        ["lawyers", "attorneys", "associates", "aides", "advisers", "advisors", "allies", "representatives", "campaign",
         "roommates", "friends", "colleagues", "relatives", "neighbours", "neighbors", "parents",
         "daughter", "son", "wife", "husband", "father", "mother", "brother", "sister", "widow", "widower",
         // "his office", "his legal team", "her staff": those working for the person.
         "office", "team", "staff"]
            .map(WordHash.of))

    /// One person acting for someone ("his agent", "her publicist", "his lawyer").
    private static let agentNouns: WordHashSet = WordHashSet(
        ["agent", "agents", "publicist", "lawyer", "attorney", "manager"].map(WordHash.of))
}
