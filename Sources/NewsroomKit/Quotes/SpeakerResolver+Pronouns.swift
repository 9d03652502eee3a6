/// Pronouns: he/she to the previous attribution's person, a person the paragraph introduces or
/// the nearest compatible mention; it/they to a group named as a subject or spoken for before.
extension SpeakerResolver {
    mutating func resolvePronoun(_ pronoun: SpeechLexicon.Pronoun, token: Int, paragraph: Int) -> String? {
        let position = scan.tokens[token].start
        switch pronoun {
        case .firstPerson:
            return nil
        case .they, .it:
            // The subject of the previous sentence when it is a name that is not a person
            // ("Russia has opposed … It has accused …"), else the last such speaker.
            let sentence = scan.tokens[token].sentence
            // "State prosecutors charged the suspect with murder, they said": an attribution after
            // the clause refers to the clause's own subject.
            let own = scan.sentenceFirst[sentence]
            if token - 1 > own, scan.tokens[token - 1].isPunct(","), let subject = scan.sentenceSubject(from: own, before: token - 1),
                subject.upperBound < token - 1, isGroupName(subject)
            {
                let name = expandingAcronyms(subject)
                lastOther = (name, paragraph)
                return name
            }
            if sentence > 0 {
                let first = scan.sentenceFirst[sentence - 1]
                if let subject = scan.sentenceSubject(from: first, before: scan.sentenceLast[sentence - 1] + 1),
                    scan.tokens[subject.lowerBound].capitalized
                        || (subject.count > 1 && SpeechLexicon.determiners.contains(scan.tokens[subject.lowerBound].hash)
                            && scan.tokens[subject.lowerBound + 1].capitalized),
                    personMentioned(in: scan.span(subject)) == nil,
                    SpeechLexicon.pronouns[scan.tokens[subject.lowerBound].hash] == nil
                {
                    // Later pronouns for the same group ("They did say … . According to its press
                    // release …") find it again.
                    let name = expandingAcronyms(subject)
                    lastOther = (name, paragraph)
                    return name
                }
            }
            if let other = lastOther, paragraph - other.paragraph <= 3 { return other.name }
            return nil
        case .he, .she:
            let sex: Person.Sex = pronoun == .he ? .male : .female
            // A named speaker the people layer does not know ("President of Ukraine Volodymyr
            // Zelenskyy said …") is the antecedent when it came after the last person.
            if let named = lastNamed, named.personLike, paragraph - named.paragraph <= 3,
                named.position > (lastPerson?.position ?? -1)
            {
                return named.name
            }
            // "One is Denis Kovalchuk, a student at … . He said …": a paragraph after the previous
            // speaker's that introduces one other person before the pronoun's sentence.
            if let last = lastPerson, last.paragraph < paragraph,
                let recent = personIntroducedInParagraph(besides: last.person, before: token, sex: sex)
            {
                lastPerson = (recent, paragraph, position)
                return people[recent].name
            }
            // "This was the first time Flynn spoke since he was pardoned by Trump. He said …": when
            // the last speaker was named in an earlier paragraph, the person the sentences before
            // the pronoun's in its paragraph are about comes first.
            if let last = lastPerson, last.paragraph < paragraph, let p = personOfPreviousSentences(before: token, sex: sex) {
                lastPerson = (p, paragraph, position)
                return people[p].name
            }
            // "Sayyid Ali Khamenei, the Supreme Leader of Iran, ordered … . In his message, he …":
            // the sentence before is about a person the people layer did not find.
            if lastPerson.map({ $0.paragraph < paragraph }) ?? true, let name = unknownPersonOfPreviousSentence(before: token) {
                lastNamed = (name, paragraph, position, true)
                return name
            }
            if let last = lastPerson, paragraph - last.paragraph <= 3, compatible(last.person, sex) {
                return people[last.person].name
            }
            if let p = nearestMention(before: position, sex: sex) {
                lastPerson = (p, paragraph, position)
                return people[p].name
            }
            if let named = lastNamed, paragraph - named.paragraph <= 3 { return named.name }
            return nil
        }
    }

    /// The one person of sex `sex` mentioned (outside quotations) in the paragraph of token
    /// `token` before its sentence, when `previous` is not mentioned there.
    func personIntroducedInParagraph(besides previous: Int, before token: Int, sex: Person.Sex) -> Int? {
        let tokens = scan.tokens
        let sentenceStart = scan.sentenceFirst[tokens[token].sentence]
        var first = sentenceStart
        while first > 0, tokens[first - 1].paragraph == tokens[token].paragraph { first -= 1 }
        guard first < sentenceStart else { return nil }
        let lo = tokens[first].start
        let hi = tokens[sentenceStart].start
        var l = 0
        var h = mentions.count
        while l < h {
            let mid = (l + h) / 2
            if mentions[mid].span.start < lo { l = mid + 1 } else { h = mid }
        }
        var found: Int? = nil
        var i = l
        while i < mentions.count, mentions[i].span.start < hi {
            let m = mentions[i]
            i += 1
            if isQuoted(m.span) { continue }
            if m.person == previous { return nil }
            guard people[m.person].sex == sex else { continue }
            if let f = found, f != m.person { return nil }
            found = m.person
        }
        return found
    }

    func compatible(_ person: Int, _ sex: Person.Sex) -> Bool {
        people[person].sex == nil || people[person].sex == sex
    }

    func nearestMention(before position: Int, sex: Person.Sex) -> Int? {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < position { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var steps = 0
        while i >= 0, steps < 64 {
            let m = mentions[i]
            if compatible(m.person, sex), !isQuoted(m.span) { return firstCompatibleInSentence(of: i, sex: sex) }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// The person of the first compatible mention in the sentence of mention `i` — its subject
    /// more often than the mentions after it ("Smith thanked Brown. She said …" → Smith).
    func firstCompatibleInSentence(of i: Int, sex: Person.Sex) -> Int {
        let sentence = sentenceOf(position: mentions[i].span.start)
        var best = i
        var j = i - 1
        while j >= 0, i - j < 16 {
            let m = mentions[j]
            if sentenceOf(position: m.span.start) != sentence { break }
            if compatible(m.person, sex), !isQuoted(m.span) { best = j }
            j -= 1
        }
        return mentions[best].person
    }

    /// The sentence number of the token starting at or containing scalar `position`.
    func sentenceOf(position: Int) -> Int {
        let tokens = scan.tokens
        return tokens[min(scan.firstToken(endingAfter: position), tokens.count - 1)].sentence
    }

    func isQuoted(_ span: TextSpan) -> Bool {
        var lo = 0
        var hi = quoted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoted[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < quoted.count && quoted[lo].contains(span)
    }
}
