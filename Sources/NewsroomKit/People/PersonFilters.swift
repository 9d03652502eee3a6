/// Checks that throw out or trim person mentions whose words say they are something else:
/// a name ending in a function word ("Doctor Who"), only initials ("U. S."), the end of an
/// institution's name ("Department of Defense"), a form of address
/// ("Your Honor"), a demonym ("Czech", "Roman Catholic"), a lone common word ("Liquid"), a possessive that names a shop, mill or
/// brigade ("Macy's in 2006", "Rankin's Mill"), a descriptor before a first name
/// ("Senior Kory Lichtensteiger", "Queenslander Mitchell Rawlins"); and the merging of a name with
/// a nickname in quotation marks ("William "Cowboy" Cowley").
extension PersonRules {
    /// Whether mention `m` is not a person's name by its own words or what follows it. `anchors`
    /// holds the folded surnames of people named in full or with a title in the text.
    func isNotAPerson(_ t: TokenizedText, _ m: NameMention, anchors: Set<String>, placeWords: Set<String> = []) -> Bool {
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        let last = t.folded[hi - 1]
        let anchored = anchors.contains(NameVocabulary.strippingParticle(last))
        // A lone word the text uses as a place elsewhere ("the town of Hiram", "Cary, North
        // Carolina"), unless someone is named in full or with a title by it.
        if hi - lo == 1, !anchored, m.title == nil, m.sex == nil, placeWords.contains(last) { return true }
        if isPlaceGroupOrWork(t, m, anchored: anchored) { return true }
        if isNamesakeThing(t, m) { return true }
        // A lone common word that is in no name list ("Liquid", "Sales", "Unknown"), unless anchored.
        if hi - lo == 1, !anchored, m.title == nil, m.sex == nil, names.commonWordBucket(last) >= 1,
           names.firstName(last) == nil, names.surnameBucket(last) < 3 { return true }
        // A lone plural no name list knows ("Scouts", "Victorias"), unless anchored.
        if hi - lo == 1, !anchored, m.title == nil, isPluralNoun(last) { return true }
        // The thing owned in a possessive place name ("Perley's Mills", "Rankin's Mill").
        if lo >= 2, t.tokens[lo - 1].kind == .possessive, Self.possessiveHeads.contains(last) { return true }
        // A name never ends in a function word ("Doctor Who", "The Truth About", "Cool J. The").
        // A first name and a listed surname are a name even so ("Martin How").
        if Self.functionWords.contains(last) || Self.sentenceStarters.contains(last),
           !(hi - lo >= 2 && names.surnameBucket(last) >= 2 && (names.firstName(t.folded[lo])?.bucket ?? 0) >= 2) {
            return true
        }
        // Only initials ("U. S.", "S. F.").
        if m.tokens.allSatisfy({ t.tokens[$0].kind == .word && t.tokens[$0].length == 2 && t.folded[$0].hasSuffix(".") }) {
            return true
        }
        // A word after "of" in an institution's name ("Department of Defense", "Bank of Scotland").
        if lo >= 2, t.folded[lo - 1] == "of", t.isCapitalized(lo - 2), Self.nonPersonHeads.contains(t.folded[lo - 2]) {
            return true
        }
        // A form of address ("Your Honor", "His Majesty").
        if hi - lo == 1, Self.addressWords.contains(last), lo > 0, Self.wordsBeforeAddress.contains(t.folded[lo - 1]) {
            return true
        }
        // A demonym, nationality or religion alone or last ("Czech", "Thais", "Roman Catholic"),
        // unless it is also a common surname or first name ("Dawn French", "Christian").
        if Gazetteer.demonyms.contains(last), names.surnameBucket(last) < 3, (names.firstName(last)?.bucket ?? 0) < 2 {
            return true
        }
        // A lone demonym used as an adjective, even where it is also a surname (eleventh round):
        // a lower-case noun or a capitalised title follows ("German firms", "the Hindu god",
        // "German Chancellor Angela Merkel"), unless someone is named in full by it ("Dawn
        // French" … "French said") or it is a common first name ("Christian").
        if isAdjectivalDemonym(t, m, anchored: anchored) { return true }
        // A possessive naming a place or business: "Rankin's Mill", "Couch's Division".
        if hi + 1 < t.count, t.tokens[hi].kind == .possessive, t.isCapitalized(hi + 1),
           Self.possessiveHeads.contains(t.folded[hi + 1]) {
            return true
        }
        // A lone name with a possessive and nothing owned: a shop or company ("Macy's in 2006",
        // "at Miller's, the bar"), unless the person is named in full elsewhere.
        if hi - lo == 1, m.title == nil, m.sex == nil, hi + 1 < t.count, t.tokens[hi].kind == .possessive,
           !anchors.contains(NameVocabulary.strippingParticle(last)) {
            let next = hi + 1
            let k = t.tokens[next]
            if k.kind == .punctuation, !"\"\u{201C}\u{2018}'(".unicodeScalars.contains(t.first(next)) { return true }
            if Self.verbsAfterBusiness.contains(t.folded[next]) { return true }
        }
        return false
    }

    /// Folded capitalised words that the text uses as places: after "in", "near", "along", "via",
    /// "north of" (and the other compass words), "town of", "city of", "village of", "county of",
    /// "district of", in "from X to Y", and before a comma and a country or US state ("Coleman,
    /// Florida"). Linear.
    func placeWords(_ t: TokenizedText) -> Set<String> {
        var out: Set<String> = []
        for i in 1..<max(1, t.count) where t.isCapitalized(i) && !t.sentenceInitial[i] {
            let before = t.folded[i - 1]
            if (i + 1 < t.count && t.isCapitalized(i + 1)) || (i >= 2 && t.isCapitalized(i - 2) && before == "of") { continue }
            // "in Shaw's Pygmalion", "in Wade v. Jacobs" name a work or a case, not a place.
            if i + 1 < t.count, t.tokens[i + 1].kind == .possessive || Self.versusWords.contains(t.folded[i + 1]) { continue }
            var place = before == "in" || before == "near" || before == "along" || before == "via"
            if before == "of", i >= 2, Self.placeNouns.contains(t.folded[i - 2]) { place = true }
            // "north of Uptown"; "from Harrison to Bridgton Junction", "from Sana'a to Socotra".
            if before == "of", i >= 2, !t.isCapitalized(i - 2), Self.compassWords.contains(t.folded[i - 2]) { place = true }
            if before == "from", i + 2 < t.count, t.folded[i + 1] == "to", t.isCapitalized(i + 2) { place = true }
            if before == "to", i >= 3, t.folded[i - 3] == "from", t.isCapitalized(i - 2) { place = true }
            if !place, i + 2 < t.count, t.folded[i + 1] == ",", !t.tokens[i + 2].followsNewline {
                var key = t.folded[i + 2]
                var k = i + 3
                while !place, k <= min(t.count, i + 5) {
                    if Countries.names.contains(key) || Countries.usStates.contains(key) || key == "georgia" || key == "washington"
                        || key == "virginia" { place = true }
                    if k < t.count { key += " " + t.folded[k] }
                    k += 1
                }
            }
            if place { out.insert(t.folded[i]) }
        }
        return out
    }

    /// Compass words whose "of X" names a place ("north of Uptown").
    static let compassWords: WordSet = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]

    /// Nouns whose "of X" names a place.
    static let placeNouns: WordSet = [
        "town", "city", "village", "county", "district", "province", "region", "suburb", "parish",
        "municipality", "commune", "borough", "township", "state",
    ]

    /// Number of words at the start of `range` that describe the person rather than name them: a
    /// class year or a demonym before a common first name ("Senior Kory Lichtensteiger",
    /// "Queenslander Mitchell Rawlins", "Minnesotan Scott LeDoux"). A word that is itself a first
    /// name or a common surname stays ("Christian Bale"). A plural demonym is never part of a
    /// name, whatever follows ("Ethiopians Dejene Debela", `isPluralDemonym`).
    func leadingDescriptorLength(_ t: TokenizedText, _ range: Range<Int>) -> Int {
        let lo = range.lowerBound
        guard range.count >= 3 else { return 0 }
        let w = t.folded[lo]
        if t.isCapitalized(lo), t.isCapitalized(lo + 1), isPluralDemonym(w) { return 1 }
        guard t.isCapitalized(lo), (names.firstName(t.folded[lo + 1])?.bucket ?? 0) >= 3 else { return 0 }
        if Self.descriptorWords.contains(w) { return 1 }
        guard (names.firstName(w)?.bucket ?? 0) < 2, names.surnameBucket(w) < 3 else { return 0 }
        return Gazetteer.demonyms.contains(w) || Self.looksLikeDemonym(w) ? 1 : 0
    }

    /// Whether a folded word is the plural of a demonym ("ethiopians", "kenyans") that is no
    /// name in the lists (thirteenth round).
    func isPluralDemonym(_ w: String) -> Bool {
        guard w.count >= 5, w.hasSuffix("s"), !w.hasSuffix("ss"), names.firstName(w) == nil, names.surnameBucket(w) == 0 else { return false }
        let singular = String(w.dropLast())
        return Gazetteer.demonyms.contains(w) || Gazetteer.demonyms.contains(singular)
            || (Self.looksLikeDemonym(singular) && names.surnameBucket(singular) < 3)
    }

    /// Whether a folded word has the ending of a demonym ("queenslander", "minnesotan").
    static func looksLikeDemonym(_ w: String) -> Bool {
        guard w.count >= 6 else { return false }
        return w.hasSuffix("lander") || w.hasSuffix("ian") || w.hasSuffix("an") && !w.hasSuffix("man") || w.hasSuffix("ese")
            || w.hasSuffix("ite")
    }

    /// `mentions` with names written around a nickname in quotation marks joined into one
    /// mention, quotes included ("William Mailes "Cowboy" Cowley", "Jungwook "Wookie" Kim"): a
    /// capitalised name, an opening quote, one to three capitalised words, the closing quote and
    /// one or two capitalised words, where a person mention touches the pattern.
    func joiningNicknames(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        var owner = [Int](repeating: -1, count: t.count)
        for (k, m) in mentions.enumerated() { for i in m.tokens { owner[i] = k } }
        var replaced: [Int: NameMention] = [:]
        var dropped = Set<Int>()
        for (k, m) in mentions.enumerated() where !dropped.contains(k) {
            if let end = nicknameEnd(t, after: m.tokens.upperBound) {
                // The nickname follows this mention ("William Mailes" "Cowboy" Cowley).
                replaced[k] = NameMention(tokens: m.tokens.lowerBound..<end, title: m.title, sex: m.sex)
                for i in m.tokens.upperBound..<end where owner[i] >= 0 && owner[i] != k { dropped.insert(owner[i]) }
            } else if replaced[k] == nil, let start = nicknameStart(t, before: m.tokens.lowerBound),
                      !(start..<m.tokens.lowerBound).contains(where: { owner[$0] >= 0 }) {
                // The nickname comes before this mention, its first name unfound ("Dahvin" "DaHv" Daniels).
                replaced[k] = NameMention(tokens: start..<m.tokens.upperBound, title: m.title, sex: m.sex)
            }
        }
        guard !replaced.isEmpty else { return mentions }
        var out: [NameMention] = []
        for (k, m) in mentions.enumerated() where !dropped.contains(k) { out.append(replaced[k] ?? m) }
        return out
    }

    /// The end of "\"Nick\" Surname" written right at `open`: an opening quote, one to three
    /// capitalised words, the closing quote, then one or two name words on the same line.
    private func nicknameEnd(_ t: TokenizedText, after open: Int) -> Int? {
        guard open < t.count, Self.isQuote(t, open), !t.tokens[open].followsNewline,
              t.tokens[open].start > t.tokens[open - 1].end else { return nil }
        var close = open + 1
        while close < t.count, close - open <= 4, t.isCapitalized(close), !t.tokens[close].followsNewline { close += 1 }
        guard close > open + 1, close < t.count, close - open <= 4, Self.isQuote(t, close) else { return nil }
        var end = close + 1
        while end < t.count, end - close <= 2, isNameLike(t, end), !t.tokens[end].followsNewline { end += 1 }
        guard end > close + 1, t.tokens[close + 1].start > t.tokens[close].end,
              !NameVocabulary.titleHeads.contains(t.folded[end - 1]), !Self.nonPersonHeads.contains(t.folded[end - 1]),
              !(close + 1..<end).contains(where: { isNotName(t.folded[$0]) }) else { return nil }
        return end
    }

    /// The start of "Given \"Nick\"" written right before token `first`: one to three
    /// capitalised words that are no title or function word, an opening quote, one to three
    /// capitalised words and the closing quote.
    private func nicknameStart(_ t: TokenizedText, before first: Int) -> Int? {
        let close = first - 1
        guard close >= 3, Self.isQuote(t, close), !t.tokens[first].followsNewline,
              t.tokens[first].start > t.tokens[close].end else { return nil }
        var open = close - 1
        while open > 0, close - open <= 4, t.isCapitalized(open), !t.tokens[open].followsNewline { open -= 1 }
        guard open < close - 1, close - open <= 4, open > 0, Self.isQuote(t, open), !t.tokens[open].followsNewline else { return nil }
        var start = open
        while start > 0, open - start < 3, t.isCapitalized(start - 1), !t.tokens[start].followsNewline,
              !isNotName(t.folded[start - 1]) { start -= 1 }
        guard start < open else { return nil }
        return start
    }

    /// Whether token `i` is a straight or curly double quotation mark.
    static func isQuote(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.tokens[i].kind == .punctuation else { return false }
        let c = t.first(i)
        return c == "\"" || c == "\u{201C}" || c == "\u{201D}"
    }

    /// Words a name never ends with (besides the capitalised sentence openers).
    static let functionWords: WordSet = [
        "who", "whom", "whose", "which", "about", "me", "you", "him", "us", "them", "it", "let", "be",
        "is", "are", "was", "were", "do", "does", "did", "than", "into", "upon", "your", "its",
    ]

    /// Forms of address that follow "Your", "His", "Her".
    static let addressWords: WordSet = [
        "honor", "honour", "majesty", "excellency", "highness", "holiness", "lordship", "ladyship",
        "worship", "eminence", "grace",
    ]

    /// Words before a form of address ("Your Honor", "His Majesty").
    static let wordsBeforeAddress: WordSet = ["your", "his", "her", "their", "of"]

    /// "v." of a case name ("Wade v. Jacobs").
    static let versusWords: WordSet = ["v.", "v", "vs.", "vs"]

    /// Capitalised words after a possessive name that make it a place or business ("Rankin's Mill").
    static let possessiveHeads: WordSet = [
        "mill", "mills", "brigade", "division", "corps", "regiment", "battalion", "limited", "ltd",
        "ltd.", "inc", "inc.", "store", "stores", "restaurant", "cafe", "bar", "pub", "tavern", "inn",
        "hotel", "landing", "ferry", "creek", "island", "cove", "pond", "band", "brewery", "farm",
        "crossing", "corner", "wharf", "quarry", "mine", "station",
    ]

    /// Words after a lone possessive name that show it names a shop or company ("Macy's in 2006").
    static let verbsAfterBusiness: WordSet = [
        "was", "is", "became", "in", "at", "opened", "closed", "were", "are", "has", "had",
    ]

    /// Class years and similar descriptors before a name.
    static let descriptorWords: WordSet = [
        "senior", "seniors", "junior", "juniors", "freshman", "freshmen", "sophomore", "sophomores",
        "rookie", "rookies",
    ]

    /// Whether `m` is a lone demonym used as an adjective, even where it is also a surname
    /// (eleventh round): a lower-case noun or a capitalised title follows ("German firms", "the
    /// Hindu god", "German Chancellor Angela Merkel"), unless someone is named in full by it
    /// (`anchored`: "Dawn French" … "French said") or it is a common first name ("Christian").
    func isAdjectivalDemonym(_ t: TokenizedText, _ m: NameMention, anchored: Bool) -> Bool {
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        guard hi - lo == 1, !anchored, m.title == nil, m.sex == nil, hi < t.count, !t.tokens[hi].followsNewline,
              t.tokens[hi].kind == .word else { return false }
        let word = t.folded[lo]
        guard Gazetteer.demonyms.contains(word), (names.firstName(word)?.bucket ?? 0) < 3 else { return false }
        return CharClass.isLower(t.first(hi)) || NameVocabulary.titleHeads.contains(t.folded[hi])
    }
}
