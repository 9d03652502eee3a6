/// Couples and parents the article names together: "Guests of Honour Cherie and Sean O'Donnell"
/// makes "Cherie" Cherie O'Donnell and "the couple" Cherie and Sean O'Donnell; with David Turpin
/// and Louise Turpin in the article, "The father" is David Turpin and "The mother" Louise Turpin.
extension SpeakerResolver {
    /// A first name written before "and" and a person's full name ("Cherie and Sean O'Donnell"):
    /// the folded first name, as written, the partner and where. Built on first use from the
    /// mentions (a few tokens each), not from the text.
    mutating func couples() -> [Couple] {
        if let found = couplesFound { return found }
        var out: [Couple] = []
        let tokens = scan.tokens
        for (span, p) in mentions where Self.isMultiword(people[p].name) {
            // The token starting the mention.
            let k = scan.firstToken(endingAfter: span.start)
            guard k >= 2, k < tokens.count, tokens[k].start == span.start, scan.isWord(k - 1, Words.and), !tokens[k - 1].capitalized,
                tokens[k - 2].isWord, tokens[k - 2].capitalized, !tokens[k - 2].allCapitals,
                tokens[k - 2].paragraph == tokens[k].paragraph,
                // "Jane Smith and Sean O'Donnell": not the end of another name.
                !(k - 3 >= 0 && tokens[k - 3].isWord && tokens[k - 3].capitalized && personMentioned(in: scan.span((k - 3)...(k - 2))) != nil),
                personMentioned(in: scan.span((k - 2)...(k - 2))).map({ !Self.isMultiword(people[$0].name) }) ?? true,
                !SpeechLexicon.roleWords.contains(tokens[k - 2].hash), !SpeechLexicon.organisationWords.contains(tokens[k - 2].hash)
            else { continue }
            let first = scan.text((k - 2)...(k - 2))
            // Not someone's surname ("Smith and Sean O'Donnell", "Obama and Vladimir Putin"): a
            // word the name lists know as a first name more than as a surname.
            let folded = Folding.fold(first)
            if let other = surnames[folded], Self.isMultiword(people[other].name) { continue }
            guard let given = NameLists.shared.firstName(folded), Int(given.bucket) >= NameLists.shared.surnameBucket(folded) else { continue }
            out.append(Couple(first: folded, written: first, partner: p, position: span.start))
        }
        couplesFound = out
        return out
    }

    /// Whether a person's name has more than one word (a byte scan: `String.contains(" ")`
    /// compares characters and costs far more per resolution).
    static func isMultiword(_ name: String) -> Bool { name.utf8.contains(0x20) }

    /// "Cherie" → "Cherie O'Donnell": a single first name of a couple, with the partner's surname.
    mutating func coupleMember(named word: String) -> String? {
        let key = Folding.fold(word)
        guard let c = couples().first(where: { $0.first == key }),
            let surname = people[c.partner].name.split(separator: " ").last
        else { return nil }
        return c.written + " " + surname
    }

    /// "the couple", "the pair" → the nearest couple named before: "Cherie and Sean O'Donnell".
    mutating func namedCouple(_ phrase: ClosedRange<Int>) -> String? {
        let tokens = scan.tokens
        guard phrase.count == 2, tokens[phrase.lowerBound].hash == SpeechLexicon.the, tokens[phrase.upperBound].isWord,
            FamilyWords.couples.contains(tokens[phrase.upperBound].hash)
        else { return nil }
        let at = tokens[phrase.lowerBound].start
        guard let c = couples().last(where: { $0.position < at }) else { return nil }
        return c.written + " and " + people[c.partner].name
    }

    /// "The father", "the wife": a parent or spouse named by kin alone is the one person of that
    /// sex in the article whose surname a person of the other sex shares (the family the article
    /// is about), when there is exactly one.
    func personByKin(_ phrase: ClosedRange<Int>) -> Int? {
        let tokens = scan.tokens
        guard phrase.count == 2, tokens[phrase.lowerBound].hash == SpeechLexicon.the, tokens[phrase.upperBound].isWord else { return nil }
        let h = tokens[phrase.upperBound].hash
        let sex: Person.Sex
        if FamilyWords.male.contains(h) { sex = .male } else if FamilyWords.female.contains(h) { sex = .female } else { return nil }
        var found: Int? = nil
        for (i, p) in people.enumerated() where p.sex == sex {
            guard let surname = p.name.split(separator: " ").last, Self.isMultiword(p.name) else { continue }
            let family = people.contains { q in
                q.sex != nil && q.sex != sex && Self.isMultiword(q.name) && q.name.split(separator: " ").last == surname
            }
            guard family else { continue }
            if found != nil { return nil }
            found = i
        }
        return found
    }
}

/// A first name and a partner's full name written together ("Cherie and Sean O'Donnell").
struct Couple {
    let first: String
    let written: String
    let partner: Int
    let position: Int
}

/// Words for couples and for parents and spouses.
enum FamilyWords {
    static let couples: WordHashSet = WordHashSet(["couple", "pair"].map(WordHash.of))
    static let male: WordHashSet = WordHashSet(["father", "husband", "dad"].map(WordHash.of))
    static let female: WordHashSet = WordHashSet(["mother", "wife", "mom", "mum"].map(WordHash.of))
}
