/// Which person a he/she is about when the sentences just before it are about someone: their
/// subject, else the first person they mention ("Day had one child … . She was also married to
/// X, Y and Z … . She said …" → Day).
extension SpeakerResolver {
    /// The person of sex `sex` the sentence before token `token`'s (in the same paragraph) is
    /// about: its subject when that names a person (nil when the person is not compatible or the
    /// subject is a name the people layer did not find), the sentence before when its subject is
    /// again he/she, else its first compatible mention outside quotations.
    func personOfPreviousSentences(before token: Int, sex: Person.Sex) -> Int? {
        let tokens = scan.tokens
        var sentence = tokens[token].sentence - 1
        var steps = 0
        while sentence >= 0, steps < 3 {
            let first = scan.sentenceFirst[sentence]
            let last = scan.sentenceLast[sentence]
            guard tokens[first].paragraph == tokens[token].paragraph else { return nil }
            if let subject = scan.sentenceSubject(from: first, before: last + 1) {
                if subject.count == 1, let pronoun = SpeechLexicon.pronouns[tokens[subject.lowerBound].hash],
                    pronoun == (sex == .male ? .he : .she)
                {
                    sentence -= 1
                    steps += 1
                    continue
                }
                if let p = personMentioned(in: scan.span(subject)) { return compatible(p, sex) ? p : nil }
                // A name the people layer did not find ("Day had one child, … Terry Melcher"):
                // the sentence is about someone else than the people it mentions.
                if tokens[subject.lowerBound].capitalized, SpeechLexicon.pronouns[tokens[subject.lowerBound].hash] == nil,
                    !SpeechLexicon.determiners.contains(tokens[subject.lowerBound].hash)
                {
                    return nil
                }
            }
            // A surname the people layer missed counts as a mention ("Later on Tuesday Mitsotakis
            // met …, then with President Trump, …" is about Mitsotakis).
            return firstCompatibleNamed(from: first, to: last, sex: sex)
        }
        return nil
    }

    /// The subject of the sentence before token `token`'s, in the same paragraph, when it is a
    /// person's name the people layer did not find (two capitalised words, no organisation or
    /// role word at its end), as written.
    func unknownPersonOfPreviousSentence(before token: Int) -> String? {
        let tokens = scan.tokens
        let sentence = tokens[token].sentence - 1
        guard sentence >= 0 else { return nil }
        let first = scan.sentenceFirst[sentence]
        let last = scan.sentenceLast[sentence]
        guard tokens[first].paragraph == tokens[token].paragraph,
            let subject = scan.sentenceSubject(from: first, before: last + 1)
        else { return nil }
        // "Wong and three of his co-authors have started …" after "study co-author Tak-Sing Wong
        // said": the surname of a named speaker the people layer did not find.
        if let speaker = unknownSpeakerOpening(subject), !isQuoted(scan.span(subject)) { return speaker }
        guard subject.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }),
            isPersonLike(subject), personMentioned(in: scan.span(subject)) == nil,
            !isQuoted(scan.span(subject))
        else { return nil }
        // Only a name with a role in apposition ("…, the Supreme Leader of Iran,") is sure to be
        // a person: places and organisations are subjects too.
        var k = subject.upperBound + 1
        guard k <= last, tokens[k].isPunct(",") else { return nil }
        k += 1
        while k <= last, k - subject.upperBound <= 10, !tokens[k].isPunct(",") {
            if tokens[k].isWord, SpeechLexicon.roleWords.contains(tokens[k].hash) || scan.isSpeakerNoun(k) { return scan.text(subject) }
            k += 1
        }
        return nil
    }

    /// A document opened by "his" or "her" is its owner's ("according to her memoirs" → the
    /// person): the subject of the phrase's sentence when that is a compatible person, else whom
    /// the pronoun refers to. Groups ("his associates", "her family") stay as written.
    mutating func ownerOfDocument(_ phrase: ClosedRange<Int>, paragraph: Int) -> String? {
        let tokens = scan.tokens
        let first = tokens[phrase.lowerBound]
        guard phrase.count > 1, first.isWord, !first.capitalized, let pronoun = Self.possessivePronouns[first.hash],
            SpeechLexicon.documentNouns.contains(tokens[phrase.upperBound].hash) || SpeechLexicon.documentPlurals.contains(tokens[phrase.upperBound].hash)
        else { return nil }
        let sex: Person.Sex = pronoun == .he ? .male : .female
        var owner: String? = nil
        let sentenceStart = scan.sentenceFirst[first.sentence]
        if sentenceStart < phrase.lowerBound, let subject = scan.sentenceSubject(from: sentenceStart, before: phrase.lowerBound),
            subject.upperBound < phrase.lowerBound, let p = personMentioned(in: scan.span(subject)), compatible(p, sex)
        {
            owner = people[p].name
        } else {
            owner = resolvePronoun(pronoun, token: phrase.lowerBound, paragraph: paragraph)
        }
        return owner
    }

    /// "his", "her" as the pronoun they stand for.
    private static let possessivePronouns: [UInt64: SpeechLexicon.Pronoun] = [WordHash.of("his"): .he, WordHash.of("her"): .she]
}
