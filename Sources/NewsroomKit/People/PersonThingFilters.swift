/// Filters of the sixth round (people6): names that the text itself says belong to a thing
/// rather than a person. Found on the out-of-fold errors of the training part (wikigold and
/// GUM), never on the dev split:
///
/// - a name right after a word that says what kind of thing it names — "the band Van Canto",
///   "his current band, Gigi, was formed", "the journal Protein Science", "the film Mister
///   America", "HMS Victory" — and every other lone mention of that name in the text ("Gigi has
///   released six albums"), unless someone is named in full or with a title by it;
/// - a capitalised name right after a person's possessive: the person's work or property
///   ("Jean Anouilh's Antigone", "Joseph Conrad's Secret Agent", "Lagrange's Mécanique
///   Analytique"), unless a title or honorific marks it as a person.
extension PersonRules {
    /// `mentions` without those the text names as things (see the type's notes). `anchors`
    /// holds the folded surnames of people named in full or with a title. Linear.
    func removingThings(_ mentions: [NameMention], in t: TokenizedText, anchors: Set<String>, entities: [EntitySpan] = []) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        var personEnds = Set<Int>()
        for m in mentions { personEnds.insert(m.tokens.upperBound) }
        var things: Set<String> = []
        for m in mentions where m.title == nil && m.sex == nil && (isAfterThingWord(t, m.tokens) || isDefinedAsThing(t, m.tokens)) {
            // A name that runs on after a possessive ("the show Nora Day's Best Friends") is the
            // start of the thing's longer title: that mention only.
            let hi = m.tokens.upperBound
            if hi + 1 < t.count, t.tokens[hi].kind == .possessive, t.isCapitalized(hi + 1) { continue }
            things.insert(Self.foldedName(t, m.tokens))
        }
        // Names the context gives things, teams or bands (eleventh round): "airline Mahan Air",
        // "the Crew Dragon capsule", "Wynnum coach Matt Myers".
        things.formUnion(contextThingNames(t, entities: entities))
        let companies = companyWords(t)
        return mentions.filter { m in
            // Inside the name of a thing named after someone ("Conway's Game of Life", "Roe v. Wade").
            if isInEponymousName(t, m) { return false }
            guard m.title == nil, m.sex == nil else { return true }
            let lo = m.tokens.lowerBound
            // A work or property after a person's possessive ("Jean Anouilh's Antigone").
            if lo >= 2, t.tokens[lo - 1].kind == .possessive, personEnds.contains(lo - 1), !t.tokens[lo].followsNewline {
                return false
            }
            // A ship's name ("MV Alan Kurdi"), that mention only.
            if isAfterVesselPrefix(t, m.tokens) { return false }
            // The host in a show's title ("The Late Show with Stephen Colbert"), that mention only.
            if isInShowTitle(t, m.tokens) { return false }
            // A name said to be a thing ("the band Van Canto"), unless it is the lone surname of
            // someone named in full ("the company Ford founded" after "Henry Ford").
            if isAfterThingWord(t, m.tokens), m.tokens.count > 1 || !anchors.contains(NameVocabulary.strippingParticle(t.folded[lo])) {
                return false
            }
            // Another mention of a name the text gives a thing ("Gigi has released six albums"),
            // unless someone is named in full or with a title by it.
            if isCompanyName(t, m, companies: companies) { return false }
            if !things.isEmpty, things.contains(Self.foldedName(t, m.tokens)),
               m.tokens.count > 1 || !anchors.contains(NameVocabulary.strippingParticle(t.folded[lo])) {
                return false
            }
            return true
        }
    }

    /// Whether the name at `range` follows a lower-case word that says what kind of thing it
    /// names ("the band Van Canto", "journal Protein Science"), or a ship prefix ("HMS Victory").
    /// With a comma between, the name must be set off by a comma after it too ("his band, Gigi,
    /// was formed"; not "After that show, Carter's father").
    func isAfterThingWord(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        var k = range.lowerBound - 1
        guard k >= 0, !t.tokens[range.lowerBound].followsNewline else { return false }
        if Self.shipPrefixes.contains(t.folded[k]), t.isAllCaps(k) { return true }
        if t.folded[k] == "," {
            guard range.upperBound < t.count, t.folded[range.upperBound] == "," else { return false }
            k -= 1
        }
        guard k >= 0, t.tokens[k].kind == .word, CharClass.isLower(t.first(k)) else { return false }
        return Self.thingWords.contains(t.folded[k])
    }

    /// Whether `m` is a lone word the text uses as a company's name ("Caloi was founded in
    /// 1898"), even where its founders share it ("Guido Caloi"), but not in "the Caloi family"
    /// nor with a title or honorific.
    func isCompanyName(_ t: TokenizedText, _ m: NameMention, companies: Set<String>) -> Bool {
        // (The sex of "Al Jazeera" comes from its first word as a first name, not an honorific.)
        if m.title == nil, m.tokens.count <= 3, Self.newsOrganisations.contains(Self.foldedName(t, m.tokens)) { return true }
        guard m.tokens.count == 1, m.title == nil, m.sex == nil else { return false }
        let word = t.folded[m.tokens.lowerBound]
        guard companies.contains(word) || Self.platforms.contains(word) else { return false }
        return !(m.tokens.upperBound < t.count && Self.familyWords.contains(t.folded[m.tokens.upperBound]))
    }

    /// `mentions` without lone words the text uses as a company's name or that name a well-known
    /// platform (`platforms`): applied again after the
    /// linker has added the surnames of people named in full, which brings "Caloi" back after
    /// "Guido Caloi". Linear.
    public func removingCompanyNames(_ mentions: [NameMention], in t: TokenizedText, entities: [EntitySpan] = []) -> [NameMention] {
        // The given name before "bin", again after linking, which adds surnames ("Qaboos bin
        // Said" after "Haitham bin Tariq Al Said"; twelfth round).
        var mentions = joiningBinNames(mentions, in: t)
        let companies = companyWords(t)
        // Names the context gives things, teams or bands, again after linking, which completes
        // and adds mentions ("Dragon" → "Crew Dragon"): whole names always, lone words unless
        // someone else is named in full by them.
        let contextThings = contextThingNames(t, entities: entities)
        // Names the text introduces as companies ("retailer Tesco", "CEO of Tesco"; fifteenth round).
        mentions = removingCompanyCueNames(mentions, in: t)
        var thingAnchors: Set<String> = []
        for m in mentions where m.tokens.count >= 2 || m.title != nil || m.sex != nil {
            if m.title == nil, m.sex == nil, contextThings.contains(Self.foldedName(t, m.tokens)) { continue }
            thingAnchors.insert(NameVocabulary.strippingParticle(t.folded[m.tokens.upperBound - 1]))
        }
        return mentions.filter {
            // A demonym used as an adjective ("the Hindu god"), again after linking.
            if isAdjectivalDemonym(t, $0, anchored: thingAnchors.contains(t.folded[$0.tokens.upperBound - 1])) { return false }
            // (A sex told by the first name alone, "Crew Dragon", does not make it a person.)
            let lo = $0.tokens.lowerBound
            let addressed = $0.title != nil || (lo > 0 && NameVocabulary.honorifics[t.folded[lo - 1]] != nil)
            if !contextThings.isEmpty, !addressed, $0.sex == nil || $0.tokens.count > 1, contextThings.contains(Self.foldedName(t, $0.tokens)),
               $0.tokens.count > 1 || !thingAnchors.contains(NameVocabulary.strippingParticle(t.folded[$0.tokens.lowerBound])) {
                return false
            }
            return !isCompanyName(t, $0, companies: companies) && !($0.title == nil && isAfterVesselPrefix(t, $0.tokens))
                && !isInEponymousName(t, $0)
                && !isPlaceOrPhraseWord(t, $0) && !isTitleAfterLinking(t, $0)
        }
    }

    /// Folded capitalised words that the text uses as a company's name: a lone word (not
    /// after another capitalised word) followed by "was founded", "is headquartered", "went
    /// bankrupt", "manufactures" and the like. Linear.
    func companyWords(_ t: TokenizedText) -> Set<String> {
        var out: Set<String> = []
        for i in 0..<t.count where t.isCapitalized(i) && i + 2 < t.count {
            if i > 0, t.isCapitalized(i - 1), !t.sentenceInitial[i] { continue }
            var k = i + 1
            if t.tokens[k].kind == .word, Self.adverbsBeforeVerb.contains(t.folded[k]) { k += 1 }
            guard k + 1 < t.count else { continue }
            let verb = t.folded[k], next = t.folded[k + 1]
            if Self.companyVerbs.contains(verb)
                || (verb == "was" || verb == "is") && Self.companyParticiples.contains(next)
                || verb == "went" && next == "bankrupt" {
                out.insert(t.folded[i])
            }
        }
        return out
    }

    /// Platforms, services and agencies so well known that a lone mention of one is never a
    /// person in news ("wrote Elizabeth Warren on Twitter", "told Reuters"); a full name that
    /// holds the word ("Fiona Apple") is a different, longer mention.
    static let platforms: WordSet = [
        "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "snapchat", "linkedin",
        "reddit", "telegram", "wikipedia", "wikinews", "google", "netflix", "spotify", "reuters",
        "microsoft", "amazon", "weibo", "wechat",
    ]

    /// News agencies and broadcasters named like people ("Al Jazeera reported"), folded, words
    /// joined by spaces: never a person in news, alone or whole.
    static let newsOrganisations: WordSet = [
        "al jazeera", "al-jazeera", "aljazeera", "al arabiya", "al-arabiya", "xinhua", "interfax",
        "kyodo", "yonhap", "bernama", "tass", "itar-tass", "anadolu", "ria novosti", "antara",
        "efe", "ansa", "prensa latina", "notimex", "al mayadeen", "al-mayadeen",
    ]

    /// Verbs whose subject is a company ("Caloi manufactures bicycles").
    static let companyVerbs: WordSet = ["manufactures", "retails"]

    /// Participles after "was"/"is" that make the subject a company or institution.
    static let companyParticiples: WordSet = ["founded", "incorporated", "headquartered", "privatized", "privatised", "nationalized", "nationalised"]

    /// Adverbs allowed between the company's name and its verb ("Caloi currently manufactures").
    static let adverbsBeforeVerb: WordSet = ["currently", "now", "also", "still", "later", "originally", "initially"]

    /// Words after a surname that name the family, not the company ("the Caloi family").
    static let familyWords: WordSet = ["family", "families", "brothers", "sisters", "household", "dynasty", "clan"]

    /// The folded words of `range` joined by spaces.
    static func foldedName(_ t: TokenizedText, _ range: Range<Int>) -> String {
        range.map { t.folded[$0] }.joined(separator: " ")
    }

    /// Lower-case nouns that, right before a name, say it names a thing: bands, works,
    /// publications, companies and sites ("social media site Facebook", "tech giant Zorblat"), ships,
    /// vehicles, drinks.
    static let thingWords: WordSet = [
        "band", "album", "albums", "single", "song", "songs", "film", "films", "movie", "novel", "book", "poem",
        "opera", "musical", "painting", "sculpture", "magazine", "newspaper", "tabloid", "journal",
        "brand", "label", "network", "channel", "website", "blog", "app", "software", "ship", "vessel",
        "yacht", "aircraft", "spacecraft", "mission", "probe", "company", "firm", "manufacturer",
        "publisher", "airline", "restaurant", "cafe", "nightclub", "hotel", "cocktail", "drink",
        "beer", "wine", "horse", "racehorse", "dog", "cat", "pet", "typeface", "font", "game",
        "videogame", "sitcom", "programme", "site", "platform", "retailer", "supermarket", "chain",
        "giant", "broadcaster", "startup", "automaker", "carmaker", "insurer", "bank", "agency",
        "outlet", "streamer", "show", "annual",
    ]

    /// Ship prefixes written in capitals before a ship's name ("HMS Victory", "USS Maine").
    static let shipPrefixes: WordSet = ["hms", "uss", "rms", "hmas", "hmcs", "hmnzs", "hmy"]
}
