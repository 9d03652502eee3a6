/// Rules on top of the tagger where statistics are weak: titles and honorifics before a name,
/// name particles, all-caps headlines and datelines, first names from the name lists, and
/// "X, a spokesman for Y," appositions. Produces the person mentions to link.
public struct PersonRules: Sendable {
    /// The name lists used for first names.
    public let names: NameLists

    /// Creates the rules over `names`.
    public init(names: NameLists) {
        self.names = names
    }

    /// Person mentions of `t`, given the tagger's entities (which may be empty), in text order.
    public func mentions(in t: TokenizedText, entities: [EntitySpan]) -> [NameMention] {
        let n = t.count
        var covered = [Int8](repeating: -1, count: n)
        for e in entities {
            for i in e.tokens where i < n { covered[i] = Int8(e.type.rawValue) }
        }
        let capsLine = Self.allCapsLines(t)
        let headline = Self.titleCaseLines(t)
        // Words written in lower case somewhere in the text are common words, not names, for the
        // rules that work without the tagger ("Martin How", "General Public License").
        // (Per word type: equal folded forms share a type, as they would be one key of a set.)
        var lowerTypes = [Bool](repeating: false, count: t.types.count)
        for i in 0..<n where t.isLowerInitial(i) { lowerTypes[Int(t.typeOf[i])] = true }
        func plausible(_ m: NameMention?, firstNameAllowed: Bool) -> NameMention? {
            guard let m else { return nil }
            for i in m.tokens where t.isCapitalized(i) && lowerTypes[Int(t.typeOf[i])] {
                if firstNameAllowed && i == m.tokens.lowerBound && names.firstName(t.folded[i]) != nil { continue }
                return nil
            }
            return m
        }
        var found: [NameMention] = []
        let personType = Int8(EntityType.person.rawValue)
        // Surnames that are also common words, used as a person's ("Doris Day" … "Day said").
        let personSurnames = surnamesUsedAsPerson(t, entities: entities)
        // Words the tagger types alone as a person.
        var loneTaggedPersons: Set<String> = []
        for e in entities where e.type == .person && e.tokens.count == 1 { loneTaggedPersons.insert(t.folded[e.tokens.lowerBound]) }
        for e in entities where e.type == .person {
            if e.tokens.allSatisfy({ capsLine[$0] || isDateline(t, $0) }) { continue }
            // A run-on span over a title-case headline ("Paris Says Russia Reviewing Syria Stance").
            if e.tokens.count > 3, e.tokens.allSatisfy({ headline[$0] }) { continue }
            if found.last.map({ $0.tokens.upperBound > e.tokens.lowerBound }) ?? false { continue }
            if Countries.isCountry(t, e.tokens) { continue }
            // A whole line that is only this span, not led by a known first name, is a banner
            // or heading ("Contribute Today"), not a byline.
            if isWholeLine(t, e.tokens), names.firstName(t.folded[e.tokens.lowerBound]) == nil,
               titleBefore(t, e.tokens.lowerBound) == nil { continue }
            // A title the tagger typed alone as a person, before the untyped name ("General" +
            // "Qasem Soleimani"): the name joins it.
            let eTokens = titleTypedAlone(t, e.tokens, covered: covered)
            var range = completedName(t, eTokens, covered: covered)
            if range.count >= 2, leadsWithSentenceWord(t, range) { range = (range.lowerBound + 1)..<range.upperBound }
            // A name that is the first part of an institution's name ("Davis Gym", "Ford Foundation").
            if range.upperBound < t.count, t.isCapitalized(range.upperBound), !t.tokens[range.upperBound].followsNewline,
               Self.nonPersonHeads.contains(t.folded[range.upperBound]) { continue }
            for i in range where covered[i] < 0 { covered[i] = personType }
            // A span running over two names ("Elizabeth and Susan", "Bill Clinton White House
            // Press Secretary Joe Lockhart") is split at "and" or at a title after a name.
            for part in splitRunOn(t, range) {
                if let m = personMention(t, part, requireTitle: false, personSurnames: part.count <= 2 ? personSurnames : []) {
                    found.append(m)
                }
            }
        }
        // A first name and such a surname that the tagger typed as a place ("Rock Hudson").
        if !personSurnames.isEmpty {
            for e in entities where e.type != .person {
                if let m = usedSurnameMention(t, e.tokens, personSurnames: personSurnames) {
                    for i in e.tokens { covered[i] = personType }
                    found.append(m)
                }
            }
        }
        // Capitalised runs the tagger left untyped (or typed otherwise but led by a title).
        var i = 0
        while i < n {
            guard t.isCapitalized(i), !capsLine[i], !headline[i], !isDateline(t, i) else { i += 1; continue }
            let run = capitalizedRun(t, from: i, capsLine: capsLine)
            defer { i = max(run.upperBound, i + 1) }
            let untyped = run.allSatisfy { covered[$0] < 0 }
            let titled = leadingTitleLength(t, run) > 0 || titleBefore(t, run.lowerBound) != nil
            if !untyped {
                guard !run.contains(where: { covered[$0] == personType }) else { continue }
                // The tagger typed part of this run: a title in front overrides it, and a titled
                // name may follow the typed part ("Seminole County Sheriff Don Eslinger").
                if titled, let m = plausible(personMention(t, run, requireTitle: true), firstNameAllowed: true) {
                    found.append(m)
                } else if let m = plausible(titleInsideTypedRun(t, run), firstNameAllowed: true) {
                    // A title inside the typed run ("Indonesian President Joko Widodo").
                    found.append(m)
                } else if isAfterPersonRole(t, run) || isPersonApposition(t, run) || isAfterAge(t, run) || isBeforeOfficeOrKin(t, run)
                            || isRoleApposition(t, run) || isOfficeHolder(t, run),
                          let m = plausible(personMention(t, run, requireTitle: false), firstNameAllowed: true) {
                    // "political scientist Ma Ngok said", "Dedi Prasetyo, a spokesperson for".
                    found.append(m)
                } else if let lastTyped = run.last(where: { covered[$0] >= 0 }), lastTyped + 1 < run.upperBound,
                          let m = plausible(titledMention(t, (lastTyped + 1)..<run.upperBound), firstNameAllowed: true) {
                    found.append(m)
                } else if let m = plausible(nameAfterPrefix(t, run, covered: covered), firstNameAllowed: true) {
                    found.append(m)
                } else if let m = plausible(nameAfterOfficeOfPlace(t, run) ?? loneIntroducedName(t, run), firstNameAllowed: true) {
                    // "Mayor of London Sadiq Khan", "a Polish chef named Łukasz" (twelfth round).
                    found.append(m)
                } else if let m = plausible(whoMention(t, run), firstNameAllowed: true) {
                    // "Jacques Chirac, who served" (`PersonPronounCues`).
                    found.append(m)
                } else if isSpeakerName(t, run), let m = plausible(personMention(t, run, requireTitle: false), firstNameAllowed: true) {
                    found.append(m)
                }
                continue
            }
            if let m = plausible(titledMention(t, run), firstNameAllowed: true) {
                found.append(m)
            } else if let m = doubledName(t, run, personWords: loneTaggedPersons) {
                // "Sirhan Sirhan", where the tagger types "Sirhan" as a person elsewhere.
                found.append(m)
            } else if let m = plausible(firstNameMention(t, run), firstNameAllowed: true) {
                found.append(m)
            } else if let m = plausible(nameAfterPlace(t, run), firstNameAllowed: true) {
                // "Senator from New York Hillary Clinton".
                found.append(m)
            } else if isApposition(t, run) || isRoleBefore(t, run) || isAfterPersonRole(t, run), let m = plausible(personMention(t, run, requireTitle: false), firstNameAllowed: true) {
                found.append(m)
            } else if isRoleApposition(t, run) || isOfficeHolder(t, run), let m = plausible(personMention(t, run, requireTitle: false), firstNameAllowed: true) {
                // "scientist Vlada Stamenković of the", "the Trump administration" (twelfth round).
                found.append(m)
            } else if let m = plausible(nameAfterLeadingRole(t, run) ?? nameAfterOfficeOfPlace(t, run) ?? loneIntroducedName(t, run), firstNameAllowed: true) {
                // "Broadcaster Piers Morgan", "First Minister of Scotland Nicola Sturgeon", "her husband Siarhei".
                found.append(m)
            } else if let m = plausible(whoMention(t, run), firstNameAllowed: true) {
                // "Abdrabbuh Mansur Hadi, who" (`PersonPronounCues`).
                found.append(m)
            }
        }
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // Drop overlaps, keeping the earlier (tagger mentions were added first for equal starts).
        var out: [NameMention] = []
        for m in found {
            if let last = out.last, last.tokens.overlaps(m.tokens) { continue }
            out.append(m)
        }
        // The given name before "bin" ("Qaboos bin Said"; twelfth round).
        out = joiningBinNames(out, in: t)
        // Surnames of people named in full or with a title: their lone possessives stay people.
        var anchors: Set<String> = []
        for m in out where m.tokens.count >= 2 || m.title != nil || m.sex != nil {
            anchors.insert(t.stripped(m.tokens.upperBound - 1))
        }
        let places = placeWords(t)
        out.removeAll { isNotAPerson(t, $0, anchors: anchors, placeWords: places) }
        // A lone word the text writes after "the" ("the Olympiad"), unless anchored.
        let theWords = wordsAfterThe(t)
        if !theWords.isEmpty {
            out.removeAll { m in
                m.tokens.count == 1 && m.title == nil && m.sex == nil && theWords.contains(t.folded[m.tokens.lowerBound])
                    && !anchors.contains(t.stripped(m.tokens.lowerBound))
            }
        }
        // A lone word of an institution named after someone ("Donovan" after "Richard J. Donovan
        // Correctional Facility"), unless someone is named in full or with a title by it.
        let namesakes = namesakeWords(t)
        if !namesakes.isEmpty {
            out.removeAll { m in
                m.tokens.count == 1 && m.title == nil && m.sex == nil && namesakes.contains(t.folded[m.tokens.lowerBound])
                    && !anchors.contains(t.stripped(m.tokens.lowerBound))
            }
        }
        out = removingThings(out, in: t, anchors: anchors, entities: entities)
        // "Roger, are they locked inside?" in a radio transcript (`PersonRadioWordFilter`).
        out = removingRadioWords(out, in: t)
        return joiningNicknames(out, in: t)
    }

    /// The mention for `range` after moving leading title words into `title`; nil when nothing
    /// name-like remains, or when `requireTitle` and there is no title.
    /// `personSurnames`: folded surnames the text uses as a person's (`surnamesUsedAsPerson`),
    /// which may end a name even where they are institution or title words ("Doris Day").
    func personMention(_ t: TokenizedText, _ range: Range<Int>, requireTitle: Bool, personSurnames: Set<String> = []) -> NameMention? {
        var lo = range.lowerBound
        var hi = range.upperBound
        let inner = leadingTitleLength(t, range)
        var titleRange = lo..<(lo + inner)
        lo += inner
        while lo < hi, t.tokens[lo].kind != .word { lo += 1 }
        if lo < hi { lo += leadingDescriptorLength(t, lo..<hi) }
        // A name holds no punctuation: cut at the first mark (a span run across quotes).
        if let cut = (lo..<hi).first(where: { t.tokens[$0].kind == .punctuation || t.tokens[$0].kind == .possessive }) { hi = cut }
        // Nor a lower-case word other than a particle, "of" ("Earl of Clare") or the "the" of an
        // epithet (a span run on into "Francis said"); caption words end it ("Harris Image").
        if let cut = (lo..<hi).first(where: { k in
            t.tokens[k].kind == .word && !t.isCapitalized(k) && !NameVocabulary.particles.contains(t.folded[k])
                && !Self.leadingParticles.contains(t.folded[k]) && !isJoinedParticleName(t, k) && t.folded[k] != "the" && t.folded[k] != "of"
                && !(t.tokens[k].end - t.tokens[k].start == 1 || t.folded[k].hasSuffix("."))
        }) { hi = cut }
        while hi > lo, t.tokens[hi - 1].kind != .word { hi -= 1 }
        while hi - lo > 1, Self.captionWords.contains(t.folded[hi - 1]) { hi -= 1 }
        let startsWithParticle = lo + 1 < hi && Self.leadingParticles.contains(t.folded[lo]) && isNameLike(t, lo + 1)
        guard lo < hi, t.isCapitalized(lo) || isJoinedParticleName(t, lo) || startsWithParticle else { return nil }
        // A title or honorific before a country is the name of a contest or a film ("Mister America").
        if Countries.isCountry(t, lo..<hi) { return nil }
        if titleRange.isEmpty, let before = titleBefore(t, lo) { titleRange = before }
        if requireTitle && titleRange.isEmpty { return nil }
        // A lone title word ("President"), a name ending in a title or an institution word
        // ("General Assembly", "Chief Technology Officer") or a plural group ("Democrats").
        let lastWord = t.folded[hi - 1]
        if NameVocabulary.titleHeads.contains(lastWord) || Self.nonPersonHeads.contains(lastWord),
           !isFirstNameAndSurname(t, lo..<hi), !personSurnames.contains(lastWord) { return nil }
        if hi - lo == 1, isPluralGroup(lastWord) { return nil }
        var title: String?
        var sex: Person.Sex?
        if !titleRange.isEmpty {
            let words = titleRange.map { t.folded[$0] }
            for w in words {
                if let s = NameVocabulary.honorifics[w] { sex = s }
                if let s = NameVocabulary.titleSex[w] { sex = s }
            }
            let isHonorificOnly = words.allSatisfy { NameVocabulary.honorifics[$0] != nil }
            if !isHonorificOnly {
                let span = TextSpan(start: t.tokens[titleRange.lowerBound].start, end: t.tokens[titleRange.upperBound - 1].end)
                title = t.text[span]
            }
        }
        return NameMention(tokens: lo..<hi, title: title, sex: sex)
    }

    /// Whether `range` is a common first name and a common surname that is also a title or a
    /// compass word ("Kanye West", "Damian King", "Andy Dean"): a person, not a title or a place.
    func isFirstNameAndSurname(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        guard range.count == 2, t.isCapitalized(range.lowerBound), t.isCapitalized(range.upperBound - 1) else { return false }
        let last = t.folded[range.upperBound - 1]
        return Self.surnameTitles.contains(last) && names.surnameBucket(last) >= 4
            && (names.firstName(t.folded[range.lowerBound])?.bucket ?? 0) >= 3
    }

    /// Title and compass words that are also common surnames.
    static let surnameTitles: WordSet = [
        "west", "east", "north", "south", "king", "dean", "bishop", "judge", "major", "baron", "young",
        "price", "church", "marshal", "warden", "rector", "elder", "mayor",
    ]

    /// A tagged name completed where the tagger stopped short: joined-particle surnames and
    /// particles with the following name ("Bashar" + "al-Assad", "Dorothea" + "von Schlegel"),
    /// an adjacent person span, a first name just before; trailing weekdays and months dropped.
    func completedName(_ t: TokenizedText, _ range: Range<Int>, covered: [Int8]) -> Range<Int> {
        let personType = Int8(EntityType.person.rawValue)
        var lo = range.lowerBound, hi = range.upperBound
        while hi < t.count, hi - range.upperBound < Self.maxNameWords, !t.tokens[hi].followsNewline {
            if isJoinedParticleName(t, hi), covered[hi] < 0 || covered[hi] == personType { hi += 1; continue }
            if NameVocabulary.particles.contains(t.folded[hi]), !t.isCapitalized(hi), hi + 1 < t.count,
               isNameLike(t, hi + 1), !t.tokens[hi + 1].followsNewline,
               covered[hi + 1] < 0 || covered[hi + 1] == personType || !(hi + 2 < t.count && t.isCapitalized(hi + 2)) {
                // The surname after a particle, even where the tagger typed that one word otherwise
                // ("Henrique Lopes de Mendonça").
                hi += 2
                continue
            }
            // A middle initial and the surname ("Thomas" + "L. Hayes"), or an untyped middle name
            // between two parts the tagger typed ("Thomas" + "Colton" + "Padalecki").
            if hi + 1 < t.count, t.isCapitalized(hi), !t.tokens[hi + 1].followsNewline, isNameLike(t, hi + 1),
               covered[hi] < 0, covered[hi + 1] < 0 || covered[hi + 1] == personType,
               t.tokens[hi].length == 2 && t.folded[hi].hasSuffix(".")
                || (covered[hi + 1] == personType && !isNotName(t.folded[hi]) && !Self.nonPersonHeads.contains(t.folded[hi])) {
                hi += 2
                continue
            }
            // A name does not end in a capitalised particle: "Emil Du" + "Bois-Reymond".
            if hi - 1 > lo, Self.leadingParticles.contains(t.folded[hi - 1]), t.isCapitalized(hi - 1), isNameLike(t, hi),
               covered[hi] < 0 || covered[hi] == personType {
                hi += 1
                continue
            }
            if covered[hi] == personType, t.tokens[hi].kind == .word { hi += 1; continue }
            // The surname the tagger left untyped after a lone first name ("Verna" +
            // "Magee-Shepherd"): a capitalised word that is no common word, no title or
            // institution word, and ends the capitalised run.
            if hi - lo == 1, hi == range.upperBound, covered[hi] < 0, t.isCapitalized(hi), !t.sentenceInitial[hi],
               (names.firstName(t.folded[lo])?.bucket ?? 0) >= 2, t.tokens[hi].length >= 3, !t.folded[hi].hasSuffix("."),
               names.commonWordBucket(t.folded[hi]) == 0, !isNotName(t.folded[hi]),
               !Countries.isCountry(t, hi..<(hi + 1)), !Gazetteer.places.contains(t.folded[hi]),
               hi + 1 >= t.count || !t.isCapitalized(hi + 1) || t.tokens[hi + 1].followsNewline {
                hi += 1
                continue
            }
            // "Jr." and "Sr." belong to the name ("Clay Tice Jr.").
            if hi > lo, Self.generationSuffixes.contains(t.folded[hi]), t.isCapitalized(hi) { hi += 1; continue }
            // Regnal numbers and epithets: "Louis XV", "Henry VIII", "Peter the Great".
            if covered[hi] < 0, Self.isRomanNumeral(t, hi) { hi += 1; continue }
            if t.folded[hi] == "the", hi + 1 < t.count, t.isCapitalized(hi + 1), Self.epithets.contains(t.folded[hi + 1]) {
                hi += 2
                continue
            }
            break
        }
        // A lower-case particle just before ("de Staë", "van Gogh").
        if lo > 0, !t.tokens[lo].followsNewline, covered[lo - 1] < 0, Self.leadingParticles.contains(t.folded[lo - 1]),
           !t.isCapitalized(lo - 1) {
            lo -= 1
        }
        // The given name before a patronymic particle ("Usama" bin Ladin): an Arabic name does
        // not begin with "bin".
        if lo > 0, Self.patronymicParticles.contains(t.folded[lo]), !t.isCapitalized(lo), !t.tokens[lo].followsNewline,
           covered[lo - 1] < 0 || covered[lo - 1] == personType, t.isCapitalized(lo - 1),
           !NameVocabulary.titleHeads.contains(t.folded[lo - 1]), NameVocabulary.honorifics[t.folded[lo - 1]] == nil {
            lo -= 1
        }
        // A first name (and an initial) that the tagger put at the end of a title it typed as an
        // organisation ("U.S. President John" + "F. Kennedy").
        lo = firstNameAfterTypedTitle(t, lo, covered: covered)
        // A first name the tagger left out just before ("Gotthold" Ephraim Lessing).
        while lo > 0, !t.tokens[lo].followsNewline, covered[lo - 1] < 0, t.isCapitalized(lo - 1), !isNotName(t.folded[lo - 1]),
              (names.firstName(t.folded[lo - 1])?.bucket ?? 0) >= 2 {
            lo -= 1
        }
        while hi - lo > 1, Self.calendarWords.contains(t.folded[hi - 1]) || Self.captionWords.contains(t.folded[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// Generation suffixes that end a name ("Clay Tice Jr.").
    static let generationSuffixes: WordSet = ["jr.", "sr.", "jr", "sr"]

    /// Particles of patronymics ("Usama bin Ladin").
    static let patronymicParticles: WordSet = ["bin", "ibn", "bint"]

    /// Articles opening an apposition ("X, a spokesman for Y").
    static let articles: WordSet = ["a", "an", "the"]

    /// Whether tokens `range` (ignoring trailing punctuation) make up their whole line.
    func isWholeLine(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        guard range.lowerBound == 0 || t.tokens[range.lowerBound].followsNewline else { return false }
        var k = range.upperBound
        while k < t.count, !t.tokens[k].followsNewline {
            if t.tokens[k].kind != .punctuation { return false }
            k += 1
        }
        return true
    }

    /// Whether a capitalised word is a title, honorific, sentence opener, calendar word or
    /// institution word rather than part of a name.
    func isNotName(_ folded: String) -> Bool {
        Self.sentenceStarters.contains(folded) || NameVocabulary.titleHeads.contains(folded)
            || NameVocabulary.titleModifiers.contains(folded) || NameVocabulary.honorifics[folded] != nil
            || Self.calendarWords.contains(folded) || Self.nonPersonHeads.contains(folded)
    }

    /// Particles that may begin a name written without its first name ("de Gaulle", "van Gogh").
    static let leadingParticles: WordSet = [
        "de", "da", "di", "du", "van", "von", "bin", "ibn", "del", "della", "dos", "das", "der", "ter", "ten", "le",
    ]

    /// Epithets written after a ruler's name with "the".
    static let epithets: WordSet = [
        "great", "elder", "younger", "conqueror", "magnificent", "terrible", "bold", "pious", "wise",
        "good", "fair", "just", "lionheart", "confessor", "navigator", "apostate", "bald", "fat",
    ]

    /// Whether token `i` is a Roman numeral of two or more letters ("XV", "VIII") or "V"/"X".
    static func isRomanNumeral(_ t: TokenizedText, _ i: Int) -> Bool {
        let tok = t.tokens[i]
        guard tok.kind == .word, tok.length <= 6, t.isAllCaps(i) || tok.length == 1 else { return false }
        for k in tok.start..<tok.end where !"IVXL".unicodeScalars.contains(t.text.scalars[k]) { return false }
        return tok.length >= 2 || t.text.scalars[tok.start] == "V" || t.text.scalars[tok.start] == "X"
    }

    /// Longest run of words considered as one name; keeps every rule linear on hostile input
    /// (a line of a million capitalised words).
    static let maxNameWords = 12

    /// Parts of a tagged span that holds more than one name: split at a word that joins two names
    /// ("and", "&", "with"), and before a title that follows a name (the title stays with the
    /// second name; a title word that is also a common first name, "Dean", does not split).
    func splitRunOn(_ t: TokenizedText, _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var lo = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let w = t.folded[i]
            if i > lo, Self.nameSeparators.contains(w) {
                parts.append(lo..<i)
                lo = i + 1
            } else if i > lo, NameVocabulary.titleHeads.contains(w), (names.firstName(w)?.bucket ?? 0) < 3,
                      i + 1 < range.upperBound, t.isCapitalized(i + 1),
                      leadingTitleLength(t, lo..<range.upperBound) <= i - lo {
                // Walk back over title modifiers to where the title starts.
                var start = i
                while start > lo, NameVocabulary.titleModifiers.contains(t.folded[start - 1]) || NameVocabulary.titleHeads.contains(t.folded[start - 1]) {
                    start -= 1
                }
                if start > lo, leadingTitleLength(t, lo..<start) < start - lo {
                    parts.append(lo..<start)
                    lo = start
                }
            }
            i += 1
        }
        if lo < range.upperBound { parts.append(lo..<range.upperBound) }
        return parts.filter { !$0.isEmpty }
    }

    /// Words that stand between two names, never inside one.
    static let nameSeparators: WordSet = ["and", "&", "or", "with", "nor", "vs", "vs.", "versus", "to", "from", "by", "for", "at", "in", "on"]

    /// Words of photo credits and captions that follow a name ("Ross Perot Image: …").
    static let captionWords: WordSet = ["image", "images", "photo", "photos", "photograph", "picture", "file", "credit", "caption", "video"]

    /// Weekdays and months, never the last word of a name.
    static let calendarWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// Whether a single capitalised word names a group of people ("Democrats", "Americans",
    /// "Latinos") rather than a person: a plural of a demonym-like form that no name list knows.
    func isPluralGroup(_ folded: String) -> Bool {
        guard folded.hasSuffix("s"), names.surnameBucket(folded) == 0, names.firstName(folded) == nil else { return false }
        let stem = folded.dropLast()
        for suffix in ["an", "ian", "ese", "ite", "ist", "at", "ino", "ina", "er", "ic", "ish", "i"] where stem.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// Number of tokens at the start of `range` that form a title ending in a title head word,
    /// leaving at least one token for the name.
    func leadingTitleLength(_ t: TokenizedText, _ range: Range<Int>) -> Int {
        var best = 0
        var i = range.lowerBound
        while i < range.upperBound - 1 {
            let w = t.folded[i]
            let isHead = NameVocabulary.titleHeads.contains(w) || NameVocabulary.honorifics[w] != nil
            guard isHead || NameVocabulary.titleModifiers.contains(w) else { break }
            i += 1
            if isHead { best = i - range.lowerBound }
        }
        return best
    }

    /// A capitalised title written right before token `start` ("President" Bashar al-Assad).
    func titleBefore(_ t: TokenizedText, _ start: Int) -> Range<Int>? {
        var lo = start
        var sawHead = false
        while lo > 0 {
            let w = t.folded[lo - 1]
            let isHead = NameVocabulary.titleHeads.contains(w) || NameVocabulary.honorifics[w] != nil
            guard t.isCapitalized(lo - 1), t.tokens[lo].followsNewline == false,
                  isHead || (sawHead && NameVocabulary.titleModifiers.contains(w)) else { break }
            if !sawHead && !isHead { break }
            sawHead = sawHead || isHead
            lo -= 1
        }
        return lo < start ? lo..<start : nil
    }

    /// The name after a title inside a capitalised run ("On Friday President Zorblat Quennick").
    func titledMention(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        if let m = personMention(t, run, requireTitle: true) { return m }
        guard run.count > 2 else { return nil }
        for j in (run.lowerBound + 1)..<max(run.lowerBound + 1, run.upperBound - 1)
        where leadingTitleLength(t, j..<run.upperBound) > 0 {
            return personMention(t, j..<run.upperBound, requireTitle: true)
        }
        return nil
    }

    /// Whether `run`, typed by the tagger as a place or organisation, is a person who speaks: two
    /// or three words led by a common first name, not ending in one, and followed by a speech
    /// verb ("terrorism specialist Ali Soufan told NPR", but "Morgan Stanley said").
    func isSpeakerName(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        guard run.count == 2 || run.count == 3, run.upperBound < t.count,
              Self.speechVerbs.contains(t.folded[run.upperBound]),
              (names.firstName(t.folded[run.lowerBound])?.bucket ?? 0) >= 3,
              (names.firstName(t.folded[run.upperBound - 1])?.bucket ?? 0) < 3,
              run.allSatisfy({ t.tokens[$0].kind == .word && !Self.nonPersonHeads.contains(t.folded[$0]) }) else { return false }
        return true
    }

    static let speechVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "stated", "explained", "wrote", "tweeted",
        "announced", "asked", "replied", "insisted", "argued", "warned",
    ]

    /// Whether `range` opens a sentence with a word that is not part of the name: a function
    /// word ("Before Qaboos", "When Mary Quennick") or, in a question, an auxiliary verb ("Will
    /// Rocky Linux replace CentOS?" but "Will Smith said").
    func leadsWithSentenceWord(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        let lo = range.lowerBound
        guard t.sentenceInitial[lo], t.tokens[lo + 1].kind == .word, t.isCapitalized(lo + 1) else { return false }
        let w = t.folded[lo]
        if Self.sentenceStarters.contains(w) { return true }
        guard Self.auxiliaries.contains(w) else { return false }
        var k = range.upperBound
        while k < t.count, k - range.upperBound < 60, !t.sentenceInitial[k] { k += 1 }
        return k > range.upperBound && t.folded[k - 1] == "?"
    }

    static let auxiliaries: WordSet = [
        "will", "can", "could", "would", "should", "shall", "may", "might", "must", "did", "does",
        "do", "is", "are", "was", "were", "has", "have", "had",
    ]

    /// The person at the end of a run the tagger typed as a place, organisation or title as a
    /// whole: a common first name and one or two more capitalised words after at least one word
    /// ("Hong Kong Carrie Lam", "Council President Andrew Leung", "Deputy Emergency Situations
    /// Minister Alexander Chupriyan").
    func nameAfterPrefix(_ t: TokenizedText, _ run: Range<Int>, covered: [Int8]) -> NameMention? {
        guard run.count >= 3 else { return nil }
        for j in max(run.lowerBound + 1, run.upperBound - 3)..<(run.upperBound - 1) {
            // The typed name must begin before the person's: "The Brooklyn Paper" is no prefix.
            guard covered[j - 1] >= 0 else { continue }
            guard let first = names.firstName(t.folded[j]), first.bucket >= 3,
                  (names.firstName(t.folded[j - 1])?.bucket ?? 0) < 3, !Self.placePrefixes.contains(t.folded[j - 1]),
                  !isPluralNoun(t.folded[run.upperBound - 1]),
                  (j..<run.upperBound).allSatisfy({ t.tokens[$0].kind == .word && t.isCapitalized($0) }) else { continue }
            if (j..<run.upperBound).contains(where: { Self.nonPersonHeads.contains(t.folded[$0]) || NameVocabulary.titleHeads.contains(t.folded[$0]) }) { return nil }
            return personMention(t, j..<run.upperBound, requireTitle: false)
        }
        return nil
    }

    /// A run of at least two capitalised tokens led by a common first name (a capitalised
    /// sentence opener or a weekday in front is dropped: "Yesterday Margaret Quennick").
    func firstNameMention(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        var lo = run.lowerBound
        while lo < run.upperBound, Self.sentenceStarters.contains(t.folded[lo]) || Self.calendarWords.contains(t.folded[lo])
                || (t.sentenceInitial[lo] && names.firstName(t.folded[lo]) == nil) { lo += 1 }
        if lo < run.upperBound { lo += leadingDescriptorLength(t, lo..<run.upperBound) }
        guard run.upperBound - lo >= 2, run.upperBound - lo <= 4,
              let first = names.firstName(t.folded[lo]), first.bucket >= 2 || !t.sentenceInitial[lo] else { return nil }
        let last = t.folded[run.upperBound - 1]
        if Self.nonPersonHeads.contains(last) || isPluralNoun(last) { return nil }
        // Titles alone ("the Governor General of Canada").
        if (lo..<run.upperBound).allSatisfy({ MentionLinker.isTitleWord(t.folded[$0]) }) { return nil }
        for k in lo..<run.upperBound where Self.nonPersonHeads.contains(t.folded[k]) { return nil }
        // "Mister America", "Miss Universe": a first name or a form of address before a country.
        if Countries.isCountry(t, (lo + 1)..<run.upperBound) { return nil }
        return NameMention(tokens: lo..<run.upperBound, title: nil, sex: names.sex(ofFirstName: t.folded[lo]))
    }

    /// Whether `run` is followed by ", a spokesman for" / ", the president of" / ", 45," and similar.
    func isApposition(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        var k = run.upperBound
        guard run.count >= 2, k + 2 < t.count, t.folded[k] == "," else { return false }
        k += 1
        if t.tokens[k].kind == .number, k + 1 < t.count, t.folded[k + 1] == "," { return true }
        guard Self.articles.contains(t.folded[k]) else { return false }
        // Up to three modifiers, then a role word.
        for j in (k + 1)..<min(t.count, k + 5) {
            if Self.roleNouns.contains(t.folded[j]) { return true }
            if t.tokens[j].kind != .word { return false }
        }
        return false
    }

    /// Whether `run` (two or three words) is set off by commas after a role ("the current
    /// president of Namibia, Hage Geingob, expressed"): a role noun written in lower case within
    /// five words before the opening comma, and a comma or a speech verb after the run.
    func isRoleBefore(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let lo = run.lowerBound, hi = run.upperBound
        guard run.count >= 2, run.count <= 3, lo >= 2, hi < t.count, t.folded[lo - 1] == ",",
              t.folded[hi] == "," || Self.speechVerbs.contains(t.folded[hi]),
              run.allSatisfy({ t.tokens[$0].kind == .word && !Self.nonPersonHeads.contains(t.folded[$0]) }) else { return false }
        var k = lo - 2
        while k >= 0, lo - 2 - k < 5, t.folded[k] != ",", !t.tokens[k + 1].followsNewline {
            if Self.roleNouns.contains(t.folded[k]), CharClass.isLower(t.first(k)) { return true }
            k -= 1
        }
        return false
    }

    /// Maximal run of capitalised words starting at `from`, on one line, allowing lower-case
    /// particles between capitalised words ("Osama bin Laden").
    func capitalizedRun(_ t: TokenizedText, from: Int, capsLine: [Bool]) -> Range<Int> {
        var end = from + 1
        while end < t.count, end - from < Self.maxNameWords, !t.tokens[end].followsNewline {
            if isNameLike(t, end), !capsLine[end] { end += 1; continue }
            if NameVocabulary.particles.contains(t.folded[end]), end + 1 < t.count,
               isNameLike(t, end + 1), !t.tokens[end + 1].followsNewline {
                end += 2
                continue
            }
            break
        }
        return from..<end
    }

    /// Whether token `i` is capitalised or a name with a lower-case joined particle.
    func isNameLike(_ t: TokenizedText, _ i: Int) -> Bool {
        t.isCapitalized(i) || (t.tokens[i].kind == .word && isJoinedParticleName(t, i))
    }

    /// Whether token `i` is a name written with a lower-case joined particle ("al-Assad").
    private func isJoinedParticleName(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.hasJoinedParticle(i) else { return false }
        let tok = t.tokens[i]
        for k in tok.start..<(tok.end - 1) where CharClass.isHyphen(t.text.scalars[k]) || CharClass.isApostrophe(t.text.scalars[k]) {
            return CharClass.isUpper(t.text.scalars[k + 1])
        }
        return false
    }

    /// Whether token `i` is an all-caps dateline word ("PARIS —", "BAGHDAD (Reuters) -").
    func isDateline(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.isAllCaps(i) else { return false }
        var k = i + 1
        while k < t.count, t.isAllCaps(k), !t.tokens[k].followsNewline { k += 1 }
        guard k < t.count else { return false }
        if t.folded[k] == "," { k += 1 }
        guard k < t.count else { return false }
        let c = t.first(k)
        return c == "\u{2014}" || c == "\u{2013}" || c == "-" || c == "("
    }

    /// Per token: whether its line has words and none of them has a lower-case letter (headlines).
    static func allCapsLines(_ t: TokenizedText) -> [Bool] {
        flagLines(t) { line in
            var words = 0
            for k in line where t.tokens[k].kind == .word {
                words += 1
                if !t.isAllCaps(k) && t.tokens[k].length > 1 { return false }
            }
            return words >= 2
        }
    }

    /// Per token: whether its line is a headline in title case (three or more words, every word
    /// of four letters or more capitalised, no closing full stop), where capitals tell little:
    /// the rules add no names there and long tagged spans are dropped.
    static func titleCaseLines(_ t: TokenizedText) -> [Bool] {
        flagLines(t) { line in
            var words = 0
            for k in line where t.tokens[k].kind == .word {
                words += 1
                if t.tokens[k].length >= 4 && !t.isCapitalized(k) { return false }
            }
            let last = t.text.scalars[t.tokens[line.upperBound - 1].start]
            return words >= 3 && last != "." && last != "!" && last != "?" && last != "\"" && last != "\u{201D}"
        }
    }

    /// Per token: whether the line it sits on (tokens up to the next one that follows a newline)
    /// satisfies `qualifies`.
    private static func flagLines(_ t: TokenizedText, _ qualifies: (Range<Int>) -> Bool) -> [Bool] {
        var out = [Bool](repeating: false, count: t.count)
        var start = 0
        while start < t.count {
            var end = start + 1
            while end < t.count, !t.tokens[end].followsNewline { end += 1 }
            if qualifies(start..<end) { for k in start..<end { out[k] = true } }
            start = end
        }
        return out
    }

    /// Capitalised function words that start sentences and are never part of a name.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "but", "and", "or", "if", "he", "she", "it", "they", "we", "i", "you",
        "in", "on", "at", "for", "of", "to", "with", "by", "from", "as", "this", "that", "these",
        "those", "when", "while", "after", "before", "his", "her", "their", "our", "my", "there",
        "here", "what", "who", "why", "how", "so", "yet", "then", "now", "since", "although",
        "though", "because", "during", "under", "over", "according", "meanwhile", "however",
        "last", "next", "also", "both", "many", "most", "some", "all", "no", "not", "dear", "where",
        "like", "unlike", "despite", "among", "between", "through", "without", "within", "until",
        "unless", "whether", "once", "even", "perhaps", "today", "yesterday", "tomorrow", "tonight",
        "every", "each", "another", "such", "several", "instead", "thus", "therefore", "indeed",
        "finally", "currently", "recently", "initially", "eventually", "originally", "later",
    ]

    /// Words that make a capitalised run a place, organisation or thing rather than a person.
    static let nonPersonHeads: WordSet = [
        "street", "st", "avenue", "road", "square", "park", "bridge", "river", "lake", "mountain",
        "mount", "island", "islands", "city", "county", "state", "states", "university", "college",
        "school", "institute", "hospital", "airport", "station", "stadium", "center", "centre",
        "hall", "house", "church", "cathedral", "mosque", "temple", "council", "committee",
        "commission", "party", "union", "association", "foundation", "fund", "bank", "group",
        "company", "corporation", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "limited", "co", "co.", "international",
        "ministry", "department", "agency", "office", "court", "army", "navy", "force", "forces",
        "police", "club", "team", "fc", "league", "cup", "award", "awards", "prize", "festival",
        "museum", "gallery", "library", "times", "post", "news", "journal", "press", "magazine",
        "television", "radio", "tv", "day", "week", "war", "act", "bill", "treaty", "summit",
        "conference", "games", "championship", "series", "show", "album", "film", "hotel",
        "restaurant", "road", "valley", "beach", "bay", "coast", "gulf", "sea", "ocean", "desert",
        "east", "west", "north", "south", "republic", "kingdom", "empire", "province", "region",
        "district", "village", "town", "capital", "government", "administration", "parliament",
        "congress", "senate", "assembly", "cabinet", "board", "authority", "organization",
        "organisation", "network", "system", "project", "program", "programme", "service",
        "services", "security", "nations", "airlines", "airways", "motors", "records", "studios",
        "gym", "railway", "railroad", "line", "lines", "revolution", "story", "design", "designs",
        "associates", "partners", "gmbh", "ag", "llc", "plc", "llp", "sa", "trophy", "tournament",
        "open", "marathon", "highway", "tower", "towers", "building", "centre", "plaza", "mall",
        "market", "lottery", "lotto", "chronicle", "herald", "tribune", "gazette", "review",
        "groups", "deal", "licence", "license", "licensed", "reservoir", "playfield", "docks",
        "junction", "expressway", "turnpike", "freeway", "parkway", "canal", "boulevard", "monument",
        "memorial", "estate", "palace", "store", "stores", "band", "orchestra", "division",
        "brigade", "regiment", "corps", "battalion", "squadron", "podcast", "gaming", "sports",
        "mysteries", "lectures", "grammar", "chart", "charts", "movement", "society", "research",
        "diocese", "academy", "seminary", "convention", "expo", "quartet", "trio", "choir", "ensemble",
        "dock", "theatre", "theater", "lounge", "cinema", "metro", "transit", "rail", "pier", "harbour",
        "harbor", "media", "entertainment", "productions", "pictures", "publishing", "industries",
        "holdings", "enterprises", "technologies", "software", "brothers", "medal", "medals",
        "branch", "branches", "facility", "facilities", "prison", "penitentiary", "jail", "observatory",
        "telescope", "laboratory", "world", "guard", "guards",
        // Thirteenth round: local government areas ("Jefferson Parish").
        "parish", "parishes", "borough", "township",
    ]

    /// Words before a first name that make the run a place or team ("St. Louis Eagles", "Fort Myers").
    static let placePrefixes: WordSet = [
        "st.", "st", "saint", "san", "santa", "sao", "fort", "port", "mount", "mt.", "lake", "new", "east", "west",
        "north", "south", "cape", "camp", "los", "las",
    ]

    /// Whether a folded word reads as an English plural that no name list knows ("crystals",
    /// "eagles", "girls"): runs ending in one are teams, bands and titles, not people.
    func isPluralNoun(_ folded: String) -> Bool {
        guard folded.count >= 4, folded.hasSuffix("s"), !folded.hasSuffix("ss"), !folded.hasSuffix("us"),
              !folded.hasSuffix("is"), !folded.hasSuffix("os"), !folded.hasSuffix("as") else { return false }
        return names.surnameBucket(folded) == 0 && names.firstName(folded) == nil
    }

    /// Role nouns that make "Name, a/the … <role>" an apposition about a person.
    static let roleNouns: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary", "director",
        "chairman", "chairwoman", "chief", "head", "leader", "member", "professor", "lawyer",
        "attorney", "analyst", "economist", "researcher", "scientist", "official", "officer",
        "executive", "founder", "co-founder", "senator", "lawmaker", "candidate", "judge",
        "ambassador", "envoy", "adviser", "advisor", "aide", "author", "writer", "journalist",
        "reporter", "editor", "resident", "student", "teacher", "doctor", "nurse", "manager",
        "coach", "player", "actor", "actress", "singer", "artist", "activist", "commander",
        "general", "governor", "mayor", "priest", "bishop", "father", "mother", "son", "daughter",
        "wife", "husband", "brother", "sister", "friend", "colleague", "partner", "owner",
        "producer", "businessman", "businesswoman", "diplomat", "politician", "veteran", "expert",
        "consultant", "specialist", "representative", "lecturer", "historian", "engineer",
    ]
}
