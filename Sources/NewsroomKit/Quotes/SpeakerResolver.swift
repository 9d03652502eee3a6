/// Turns the words naming or referring to a speaker into a name: a `Person.name` (from a
/// mention, a surname, a role tied to the person, or a pronoun), else the organisation, group
/// or country as written.
struct SpeakerResolver {
    let scan: QuoteScan
    let people: [Person]
    /// Every mention, sorted by start, with the index of its person.
    let mentions: [(span: TextSpan, person: Int)]
    /// Folded roles tied to a person ("foreign minister"), from `Person.title` and from the
    /// capitalised words written just before a mention ("Foreign Minister Alain Juppe"), each
    /// with the people it is tied to and where (mention start), in text order. Built on first use.
    private var roles: [String: [(position: Int, person: Int)]]? = nil
    /// Person nouns in apposition to a mention ("his father, Abdullah Kurdi"), by the noun's
    /// hash, each with the people it is tied to and where. Built on first use.
    var appositives: [UInt64: [(position: Int, person: Int)]]? = nil
    /// Acronyms the article defines, by the acronym as written ("WHO" → "World Health
    /// Organization"). Built on first use.
    var acronyms: [String: String]? = nil
    /// Every word of every key of `roles`, as a filter (see `RoleWordFilter`).
    private var roleKeyWords = RoleWordFilter()
    /// Speaker phrases already looked up by role (folded words → role found).
    private var roleOfPhrase: [String: String?] = [:]
    /// Folded surnames.
    let surnames: [String: Int]
    /// Folded first names of people with two or more names, -1 when two people share one.
    let firstNames: [String: Int]
    /// Speakers that look like people's names but are not in `people`, by folded last word.
    var unknownPeople: [String: String] = [:]
    /// Spans of direct quotations: mentions inside them are not pronoun antecedents.
    let quoted: [TextSpan]
    /// Couples named together ("Cherie and Sean O'Donnell"). Built on first use.
    var couplesFound: [Couple]? = nil
    /// Research groups and studies named with their institution or journal. Built on first use.
    var researchNamed: [(position: Int, name: String, study: Bool)]? = nil
    /// The lines writing "United States ", for `unitedStatesSpelledOut`. Built on first use.
    var unitedStatesLines: UnitedStatesLines? = nil
    /// Names with "United States" already looked for in the article (name → written).
    var spelledOutWritten: [String: Bool] = [:]
    /// For each capitalised word, whether `isNameInsideASentence` holds. Built on first use.
    var namesInsideSentences: [UInt64: Bool]? = nil

    /// What the previous attributions said, for pronouns.
    var lastPerson: (person: Int, paragraph: Int, position: Int)?
    var lastOther: (name: String, paragraph: Int)?
    /// The last speaker named with a capitalised word, for pronouns when `people` knows nobody;
    /// `personLike` when it ends with two capitalised words and is not an organisation, so a
    /// he/she after it may be the person the people layer missed.
    var lastNamed: (name: String, paragraph: Int, position: Int, personLike: Bool)?

    init(scan: QuoteScan, people: [Person], quoted: [TextSpan]) {
        self.scan = scan
        self.people = people
        self.quoted = quoted
        var mentions: [(span: TextSpan, person: Int)] = []
        var surnames: [String: Int] = [:]
        var firstNames: [String: Int] = [:]
        for (i, p) in people.enumerated() {
            // Split and counted on bytes when the name is ASCII (`Self.asciiWords`).
            let ascii = Self.asciiWords(p.name)
            let words = ascii ?? p.name.split(separator: " ")
            func length(_ w: Substring) -> Int { ascii != nil ? w.utf8.count : w.count }
            if words.count >= 2, length(words[0]) >= 3 {
                let key = Folding.fold(String(words[0]))
                firstNames[key] = firstNames[key].map { $0 == i ? i : -1 } ?? i
            }
            for m in p.mentions { mentions.append((m, i)) }
            if let last = words.last, length(last) >= 3 {
                let key = Folding.fold(String(last))
                surnames[key] = surnames[key] ?? i
            }
        }
        mentions.sort { $0.span.start < $1.span.start }
        self.mentions = mentions
        self.surnames = surnames
        self.firstNames = firstNames
    }

    /// Resolves `speaker` (token range) for a quotation at `position`.
    mutating func resolve(_ phrase: ClosedRange<Int>, paragraph: Int) -> String? {
        let tokens = scan.tokens
        var speaker = phrase
        // "Trump's statement", "Stardom's official statement", "RIAA's notice": the document's
        // owner speaks; after a determiner the phrase names the document, which stays as
        // written with its owner in it ("the WHO's situation report"), unless the owner is a person.
        var possessive = false
        if let owner = documentOwner(phrase),
            !(tokens[phrase.lowerBound].isWord && SpeechLexicon.determiners.contains(tokens[phrase.lowerBound].hash))
                || personMentioned(in: scan.span(owner)) != nil
        {
            speaker = owner
            possessive = true
        } else if let named = speakerBeforeOfPossessive(phrase) {
            // "study co-author Ted Scambos of CU Boulder's": the one before "of".
            speaker = named
        }
        // "Are you aware Electronic Frontier Foundation": the name after the second person.
        if let k = speaker.last(where: { tokens[$0].isWord && SpeechLexicon.firstOrSecondPerson.contains(tokens[$0].hash) }),
            k < speaker.upperBound, tokens[speaker.upperBound].capitalized, speaker.count > 1
        {
            // The capitalised run ending the phrase ("… you aware Electronic Frontier Foundation").
            var from = speaker.upperBound
            while from > k + 1, tokens[from - 1].capitalized || !tokens[from - 1].isWord { from -= 1 }
            if from < speaker.upperBound || SpeechLexicon.pronouns[tokens[from].hash] == nil { speaker = from...speaker.upperBound }
        }
        // "its press release", "their statement", also opening a sentence ("Their statement
        // read …"): the owner the pronoun stands for.
        if speaker.count > 1, tokens[speaker.lowerBound].isWord,
            tokens[speaker.lowerBound].hash == Words.its || tokens[speaker.lowerBound].hash == Words.their,
            SpeechLexicon.documentNouns.contains(tokens[speaker.upperBound].hash)
        {
            return resolvePronoun(tokens[speaker.lowerBound].hash == Words.its ? .it : .they, token: speaker.lowerBound, paragraph: paragraph)
        }
        // "he", also "he too", "she herself".
        if speaker.count == 1 || (speaker.count == 2 && SpeechLexicon.pronounTails.contains(tokens[speaker.upperBound].hash)),
            let pronoun = SpeechLexicon.pronouns[tokens[speaker.lowerBound].hash]
        {
            return resolvePronoun(pronoun, token: speaker.lowerBound, paragraph: paragraph)
        }
        // "that's why I", "Previously you": the writer or the reader, not a name.
        if speaker.contains(where: { tokens[$0].isWord && SpeechLexicon.firstOrSecondPerson.contains(tokens[$0].hash) }) {
            return nil
        }
        // "In 2010 she": a pronoun ending a phrase that began with an opening word.
        if let pronoun = SpeechLexicon.pronouns[tokens[speaker.upperBound].hash], !tokens[speaker.upperBound].capitalized {
            return resolvePronoun(pronoun, token: speaker.upperBound, paragraph: paragraph)
        }
        let span = scan.span(speaker)
        // "The researchers", "The study itself": the group or study named in full before.
        if let group = researchGroup(speaker) {
            lastOther = (group, paragraph)
            return group
        }
        // "the company", "the network": the business named as a subject just before.
        if let company = companyNamedBefore(speaker) {
            lastOther = (company, paragraph)
            return company
        }
        // "Erdogan's office", "the mayor's office": a group belonging to someone, as written.
        let ownedGroup = isGroupOfARole(speaker)
        if ownedGroup, let name = groupOfAPerson(speaker) {
            lastOther = (name, paragraph)
            return name
        }
        // The role is looked up only when no mention answers (`personByRole` is pure; its
        // tables are caches, built on first use).
        let mentioned = ownedGroup ? nil : personMentioned(in: span)
        let role = mentioned != nil || ownedGroup || namesSomeoneUnknown(speaker) ? nil : personByRole(span)
        if !ownedGroup, let p = mentioned ?? role ?? personBySurname(speaker) ?? personByAppositive(speaker) ?? personByFirstName(speaker)
            ?? personByKin(speaker) ?? personBeforeDescribedOrganisation(speaker)
            ?? personDescribedAfterSpeaking(speaker, paragraph: paragraph)
        {
            lastPerson = (p, paragraph, span.start)
            // "Cherie" of "Cherie and Sean O'Donnell": the first name with the couple's surname.
            if !Self.isMultiword(people[p].name), let member = coupleMember(named: people[p].name) { return member }
            if let fuller = fullerNameInPhrase(speaker, person: p) { return fuller }
            return people[p].name
        }
        if let couple = namedCouple(speaker) {
            lastOther = (couple, paragraph)
            return couple
        }
        // "according to her memoirs": the one "her" stands for; "his lawyers": whose lawyers.
        if let owner = ownerOfDocument(speaker, paragraph: paragraph) { return owner }
        if let issuer = issuerOfDefiniteDocument(speaker, paragraph: paragraph) { return issuer }
        if let group = representativesOfPerson(speaker, paragraph: paragraph) { return group }
        var name = expandingAcronyms(speaker)
        if let fuller = unitedStatesSpelledOut(name) { name = fuller }
        if possessive, name.hasSuffix("'s") || name.hasSuffix("’s") { name = String(name.dropLast(2)) }
        var personLike = isPersonLike(speaker)
        if personLike {
            unknownPeople[Folding.fold(scan.text(speaker.upperBound...speaker.upperBound))] = name
        } else if speaker.count == 1, tokens[speaker.lowerBound].capitalized,
            let full = unknownPeople[Folding.fold(name)]
        {
            // "Ghebreyesus" after "Tedros Adhanom Ghebreyesus said": the same unknown person.
            name = full
            personLike = true
        }
        lastOther = (name, paragraph)
        if tokens[speaker.upperBound].capitalized {
            lastNamed = (name, paragraph, span.start, personLike)
        }
        return name
    }

    /// The owner of a document speaking ("Stardom's official statement" → "Stardom's"): the
    /// words up to the possessive, when the phrase ends with a document noun.
    private func documentOwner(_ speaker: ClosedRange<Int>) -> ClosedRange<Int>? {
        let tokens = scan.tokens
        guard speaker.count > 1, tokens[speaker.upperBound].isWord,
            SpeechLexicon.documentNouns.contains(tokens[speaker.upperBound].hash),
            let owner = speaker.last(where: { tokens[$0].isWord && scan.isPossessive($0) }), owner < speaker.upperBound,
            tokens[owner].capitalized
        else { return nil }
        return speaker.lowerBound...owner
    }

    /// Whether the phrase ends with a name the roles do not explain ("President of Ukraine
    /// Volodymyr Zelenskyy", "the director of Amnesty International"): then a role word in it
    /// ("president", "director") does not tie it to someone else holding that role.
    private func namesSomeoneUnknown(_ speaker: ClosedRange<Int>) -> Bool {
        let tokens = scan.tokens
        let last = speaker.upperBound
        guard last > speaker.lowerBound, tokens[last].capitalized, tokens[last - 1].isWord, tokens[last - 1].capitalized else {
            return false
        }
        return !SpeechLexicon.roleWords.contains(tokens[last].hash)
    }

    /// Whether a subject names a group: capitalised (or a determiner and a capitalised word),
    /// not a pronoun, not a person.
    func isGroupName(_ subject: ClosedRange<Int>) -> Bool {
        let tokens = scan.tokens
        let head = tokens[subject.lowerBound]
        guard head.capitalized || (subject.count > 1 && SpeechLexicon.determiners.contains(head.hash) && tokens[subject.lowerBound + 1].capitalized),
            SpeechLexicon.pronouns[head.hash] == nil
        else { return false }
        return personMentioned(in: scan.span(subject)) == nil
    }

    /// Whether the phrase is a group belonging to a role ("the mayor's office", "the
    /// president's campaign"): it ends with a lower-case group noun after a possessive.
    private func isGroupOfARole(_ speaker: ClosedRange<Int>) -> Bool {
        let tokens = scan.tokens
        let last = speaker.upperBound
        guard last > speaker.lowerBound, tokens[last].isWord, !tokens[last].capitalized,
            SpeechLexicon.organisationWords.contains(tokens[last].hash) || tokens[last].hash == SpeechLexicon.office
        else { return false }
        return scan.isPossessive(last - 1) || scan.isPossessiveMark(last - 1)
    }

    /// "Senator Klobuchar's campaign", "Erdogan's office": a group belonging to a person of the
    /// article, written with the person's full name ("Amy Klobuchar's campaign"), as the
    /// representatives of a person are (`representativesOfPerson`).
    private func groupOfAPerson(_ speaker: ClosedRange<Int>) -> String? {
        let tokens = scan.tokens
        let last = speaker.upperBound
        let ownerEnd = scan.isPossessive(last - 1) ? last - 1 : last - 2
        guard ownerEnd >= speaker.lowerBound, tokens[ownerEnd].isWord, tokens[ownerEnd].capitalized,
            let p = personMentioned(in: scan.span(speaker.lowerBound...ownerEnd))
        else { return nil }
        let name = people[p].name
        return name + (name.hasSuffix("s") ? "' " : "'s ") + scan.text(last...last)
    }

    /// Whether a speaker phrase looks like a person's name: it ends with two capitalised words,
    /// does not start with a determiner and has no organisation word.
    func isPersonLike(_ speaker: ClosedRange<Int>) -> Bool {
        let tokens = scan.tokens
        let last = speaker.upperBound
        guard last > speaker.lowerBound, tokens[last].capitalized, tokens[last - 1].capitalized,
            !SpeechLexicon.determiners.contains(tokens[speaker.lowerBound].hash)
        else { return false }
        return !speaker.contains { SpeechLexicon.organisationWords.contains(tokens[$0].hash) || SpeechLexicon.roleWords.contains(tokens[$0].hash) && $0 >= last - 1 }
    }

    func personMentioned(in span: TextSpan) -> Int? {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        var best: Int? = nil
        var i = lo
        while i < mentions.count, mentions[i].span.start < span.end {
            if mentions[i].span.overlaps(span) { best = mentions[i].person }  // the last one: the head of "X's Y"
            i += 1
        }
        return best
    }

    /// A person whose role the speaker phrase contains ("France's foreign minister" holds
    /// "foreign minister"), the longest role first; among people sharing a role, the one last
    /// tied to it before the phrase.
    private mutating func personByRole(_ span: TextSpan) -> Int? {
        guard !people.isEmpty else { return nil }
        if roles == nil {
            let built = buildRoles()
            roles = built
            roleKeyWords = RoleWordFilter(keys: built.keys)
        }
        guard let roles, !roles.isEmpty else { return nil }
        let phrase = scan.text(span: span)
        let role: String?
        if let known = roleOfPhrase[phrase] {
            role = known
        } else {
            role = Self.longestRole(in: Self.normalizedRole(phrase), roles, roleWords: roleKeyWords)
            roleOfPhrase[phrase] = role
        }
        guard let role, let tied = roles[role], let first = tied.first else { return nil }
        return (tied.last(where: { $0.position <= span.start }) ?? first).person
    }

    /// The longest run of at most four words of `words` that is a role. `roleWords` holds every
    /// word of every role: a run with another word is no role and is not spelled out.
    private static func longestRole(
        in words: String, _ roles: [String: [(position: Int, person: Int)]], roleWords: RoleWordFilter
    ) -> String? {
        let words = asciiWords(words) ?? words.split(separator: " ")
        guard !words.isEmpty else { return nil }
        let inRole = words.map { roleWords.mayContain($0) }
        for n in stride(from: min(4, words.count), through: 1, by: -1) {
            for start in 0...(words.count - n) {
                guard !inRole[start..<(start + n)].contains(false) else { continue }
                let gram = words[start..<(start + n)].joined(separator: " ")
                // "The Vice President" does not hold the role "president".
                if start > 0, SpeechLexicon.roleModifiers.contains(WordHash.of(String(words[start - 1]))) { continue }
                if roles[gram] != nil { return gram }
            }
        }
        return nil
    }

    private func buildRoles() -> [String: [(position: Int, person: Int)]] {
        var roles: [String: [(position: Int, person: Int)]] = [:]
        // Titles and the words before mentions repeat ("President" before every "Obama"):
        // each ASCII text is normalised once (keys and look-ups only ASCII: equal as strings
        // exactly when their bytes are).
        var normalized: [String: String] = [:]
        func normalizedRole(_ text: String) -> String {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return Self.normalizedRole(text) }
            if let known = normalized[text] { return known }
            let n = Self.normalizedRole(text)
            normalized[text] = n
            return n
        }
        for (i, p) in people.enumerated() {
            if let title = p.title, !title.isEmpty {
                roles[normalizedRole(title), default: []].append((p.mentions.first?.start ?? 0, i))
            }
        }
        // Capitalised words right before a mention are a role: "Foreign Minister", "President".
        let tokens = scan.tokens
        var k = 0
        for m in mentions {
            while k < tokens.count, tokens[k].start < m.span.start { k += 1 }
            var j = k - 1
            while j >= 0, k - j <= 4, tokens[j].isWord,
                tokens[j].capitalized || (SpeechLexicon.roleWords.contains(tokens[j].hash) && k - j <= 2),
                tokens[j].sentence == tokens[min(k, tokens.count - 1)].sentence
            {
                j -= 1
            }
            if j + 1 <= k - 1 {
                // "Mexican Foreign Minister X" also holds "foreign minister" and "minister";
                // "archbishop Monsenor X" holds "archbishop".
                let run = normalizedRole(scan.text((j + 1)...(k - 1)))
                let ascii = Self.asciiWords(run)
                let words = ascii ?? run.split(separator: " ")
                for from in words.indices {
                    let role = words[from...].joined(separator: " ")
                    if (ascii != nil ? role.utf8.count : role.count) >= 4 { roles[role, default: []].append((m.span.start, m.person)) }
                }
                if words.count >= 2, let first = words.first, first.count >= 4, SpeechLexicon.roleWords.contains(WordHash.of(String(first))) {
                    roles[String(first), default: []].append((m.span.start, m.person))
                }
            }
        }
        for key in roles.keys { roles[key]?.sort { $0.position < $1.position } }
        return roles
    }

    /// Folded words of a role, separated by single spaces, without possessive endings, with
    /// synonyms in one spelling ("foreign secretary" → "foreign minister", see `RoleSynonyms`).
    static func normalizedRole(_ text: String) -> String {
        let folded = Folding.fold(text)
        // An ASCII word ends with "'s" when its last two bytes are "'" and "s".
        let ascii = folded.utf8.allSatisfy { $0 < 0x80 }
        let words = roleWords(of: folded)
            .map { (ascii ? Self.endsWithApostropheS($0) : $0.hasSuffix("'s")) ? $0.dropLast(2) : $0 }
            .filter { !$0.isEmpty }
        return RoleSynonyms.canonical(words).joined(separator: " ")
    }

    /// Whether the bytes of `word` end with "'s".
    private static func endsWithApostropheS(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 2 else { return false }
        let last = utf8.index(before: utf8.endIndex)
        return utf8[last] == 115 && utf8[utf8.index(before: last)] == 39
    }

    /// The runs of letters and apostrophes of a folded text: split on its bytes when it is all
    /// ASCII (where the letters are exactly the ASCII letters), else on its characters.
    private static func roleWords(of folded: String) -> [Substring] {
        let utf8 = folded.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return folded.split(whereSeparator: { !$0.isLetter && $0 != "'" }) }
        var words: [Substring] = []
        var start: String.Index? = nil
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let b = utf8[i]
            if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 39 {
                if start == nil { start = i }
            } else if let s = start {
                words.append(folded[s..<i])
                start = nil
            }
            i = utf8.index(after: i)
        }
        if let s = start { words.append(folded[s..<utf8.endIndex]) }
        return words
    }

    /// `text.split(separator: " ")` split on the bytes, when `text` is ASCII without a carriage
    /// return (then every byte is a character; "\r\n" would be one); nil for any other text.
    static func asciiWords(_ text: String) -> [Substring]? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
        return utf8.split(separator: 32).map { Substring($0) }
    }

    private func personBySurname(_ range: ClosedRange<Int>) -> Int? {
        guard !surnames.isEmpty else { return nil }
        for k in range.reversed() where scan.tokens[k].isWord && scan.tokens[k].capitalized {
            if let p = surnames[Folding.fold(scan.text(k...k))] { return p }
        }
        if range.count == 1, scan.tokens[range.lowerBound].capitalized {
            return personBySpellingVariant(Folding.fold(scan.text(range)))
        }
        return nil
    }

}

extension QuoteScan {
    /// Text of a scalar span.
    func text(span: TextSpan) -> String { string(span.start, span.end) }
}

/// Whether a word may be a word of a key of the resolver's roles: a filter in front of spelling
/// out a run of words and looking it up (`SpeakerResolver.longestRole`). It answers true for
/// every word of a key; a false answer means the word is in no key.
///
/// When every key is ASCII, the keys' words are kept as FNV-1a hashes of their bytes: an ASCII
/// word equal to a key word has the same bytes, so the same hash (another word may share a hash
/// and pass, which costs a look-up that fails); a word that is not ASCII passes, as canonical
/// equivalence could make it equal to an ASCII one. Otherwise the keys' words are a
/// `Set<Substring>`, as before.
struct RoleWordFilter {
    private var hashes: WordHashSet = []
    private var words: Set<Substring>? = nil

    init() {}

    init<S: Collection>(keys: S) where S.Element == String {
        var hashes: [UInt64] = []
        for key in keys {
            guard let ascii = SpeakerResolver.asciiWords(key) else {
                words = Set(keys.flatMap { $0.split(separator: " ") })
                return
            }
            for w in ascii { hashes.append(Self.hash(w)!) }
        }
        self.hashes = WordHashSet(hashes)
    }

    /// Whether `word` may be a word of a key (true for every one that is).
    func mayContain(_ word: Substring) -> Bool {
        if let words { return words.contains(word) }
        guard let h = Self.hash(word) else { return true }
        return hashes.contains(h)
    }

    /// FNV-1a of the bytes of an ASCII word; nil for any other.
    private static func hash(_ word: Substring) -> UInt64? {
        var h = Hashing.offset
        for b in word.utf8 {
            guard b < 0x80 else { return nil }
            h = Hashing.stepByte(h, b)
        }
        return h
    }
}
