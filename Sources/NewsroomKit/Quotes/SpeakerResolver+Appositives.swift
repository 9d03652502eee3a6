/// Descriptions in apposition to a person's name: "his father, Abdullah Kurdi", "Federico
/// Lombardi, the Vatican spokesman,". A later definite description with the same head noun
/// ("his surviving father says", "the spokesman said") refers to that person.
extension SpeakerResolver {
    /// The person a definite description names through an earlier (or, failing that, later)
    /// apposition with the same head noun: the phrase opens with "the", a possessive pronoun or
    /// a possessive ("the bureau's director") and ends with a lower-case person noun.
    mutating func personByAppositive(_ phrase: ClosedRange<Int>) -> Int? {
        let tokens = scan.tokens
        let head = tokens[phrase.upperBound]
        guard phrase.count >= 2, head.isWord, !head.capitalized, SpeechLexicon.personNouns.contains(head.hash),
            isDefiniteOpener(phrase.lowerBound) || phrase.contains(where: { $0 < phrase.upperBound && scan.isPossessive($0) })
        else { return nil }
        if appositives == nil { appositives = buildAppositives() }
        guard let tied = appositives?[head.hash], let first = tied.first else { return nil }
        let start = tokens[phrase.lowerBound].start
        return (tied.last(where: { $0.position <= start }) ?? first).person
    }

    /// Person nouns in apposition before a mention ("…, his father, X") or after it ("X, the
    /// company's lawyer," / "X, his brother."), keyed by the noun's hash.
    private func buildAppositives() -> [UInt64: [(position: Int, person: Int)]] {
        let tokens = scan.tokens
        var out: [UInt64: [(position: Int, person: Int)]] = [:]
        var k = 0
        for m in mentions {
            while k < tokens.count, tokens[k].start < m.span.start { k += 1 }
            var last = k
            while last + 1 < tokens.count, tokens[last + 1].start < m.span.end { last += 1 }
            // Before: "… his father, X".
            if k >= 3, tokens[k - 1].isPunct(","), isAppositiveHead(k - 2),
                (1...3).contains(where: { k - 2 - $0 >= 0 && isDefiniteOpener(k - 2 - $0) })
            {
                out[tokens[k - 2].hash, default: []].append((m.span.start, m.person))
            }
            // After: "X, his father, …" / "X, the company's lawyer."
            if last + 3 < tokens.count, tokens[last + 1].isPunct(","), isDefiniteOpener(last + 2) {
                var h = last + 3
                while h + 1 < tokens.count, h - last <= 5, tokens[h + 1].isWord { h += 1 }
                if isAppositiveHead(h), h + 1 < tokens.count, tokens[h + 1].isPunct(",") || scan.isTerminal(h + 1) {
                    out[tokens[h].hash, default: []].append((m.span.start, m.person))
                }
            }
        }
        for key in out.keys { out[key]?.sort { $0.position < $1.position } }
        return out
    }

    private func isAppositiveHead(_ k: Int) -> Bool {
        let t = scan.tokens[k]
        return t.isWord && !t.capitalized && SpeechLexicon.personNouns.contains(t.hash)
    }

    /// "the", "his", "her", "their" opening a description.
    private func isDefiniteOpener(_ k: Int) -> Bool {
        let t = scan.tokens[k]
        return t.isWord && (SpeechLexicon.possessivePronouns.contains(t.hash) || t.hash == SpeechLexicon.the)
    }
}

/// "Anna Franowska of “Have no fear”, an abuse victim support charity, told Reuters": the
/// description after the organisation describes the organisation; the person named before "of"
/// speaks.
extension SpeakerResolver {
    /// The person of "X of Y, a description," when `phrase` is that indefinite description: it
    /// opens with "a"/"an" after a comma, and X (a mention) opens the sentence or follows a
    /// comma and is followed by "of" within a few words before the comma.
    func personBeforeDescribedOrganisation(_ phrase: ClosedRange<Int>) -> Int? {
        let tokens = scan.tokens
        let a = phrase.lowerBound
        guard a >= 4, tokens[a].isWord, !tokens[a].capitalized, Words.indefiniteArticles.contains(tokens[a].hash),
            tokens[a - 1].isPunct(",")
        else { return nil }
        let sentence = tokens[a].sentence
        let first = scan.sentenceFirst[sentence]
        var j = a - 2
        while j > first, a - j <= 12 {
            if scan.isWord(j, Words.of), tokens[j - 1].isWord, tokens[j - 1].capitalized,
                let p = personMentioned(in: scan.span((j - 1)...(j - 1)))
            {
                // The mention opens the sentence or follows a comma ("Calling it …, Anna Franowska of …").
                var s = j - 1
                while s > first, tokens[s - 1].isWord, tokens[s - 1].capitalized { s -= 1 }
                guard s == first || tokens[s - 1].isPunct(",") else { return nil }
                return p
            }
            if scan.isTerminal(j) || tokens[j].isPunct(",") || (tokens[j].isWord && scan.cueFrame(j) != nil) { return nil }
            j -= 1
        }
        return nil
    }
}
