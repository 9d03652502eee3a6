/// Things, works and places that hold a person's name (tenth round, blind newswire set 2; moved
/// here from the per-round file unchanged):
///
/// - institutions named after people: an institution ending in a facility word ("Richard J.
///   Donovan Correctional Facility") and later lone words of it ("at Donovan"), unless someone
///   is named in full or with a title by them; a full name before a lower-case instrument or
///   facility noun ("the James Webb space telescope"); a name opened by a word for a mosque or
///   shrine ("Masjid Al-Aqsa");
/// - a show's title names its host: "The Late Show with Stephen Colbert" (that mention only);
///   after linking, a full name after a thing word or in a show's title stays out, and a name
///   that opens a band's name ("Les Brown and His Band of Renown") is no person there;
/// - after linking, a lone surname in a repeated phrase ("a song called Day after Day") or
///   before a comma and a US state or country closing the phrase ("Allen, Texas,") is no person,
///   even where someone else bears it.
extension PersonRules {
    /// Folded words of institutions named after someone in full: a capitalised run on one line
    /// opened by a first name (bucket ≥ 2) that ends in an institution word (`nonPersonHeads`)
    /// after at least two more words ("Richard J. Donovan Correctional Facility" gives "j.",
    /// "donovan", "correctional"), with no title in front ("Sultan Qaboos Grand Mosque" names
    /// a ruler whose lone name stays a person). The first name is left out. Linear.
    func namesakeWords(_ t: TokenizedText) -> Set<String> {
        var out: Set<String> = []
        for i in 1..<max(1, t.count) where t.isCapitalized(i) && !t.sentenceInitial[i] && Self.nonPersonHeads.contains(t.folded[i]) {
            var lo = i
            // Back over capitalised words that are no title, institution or sentence word (a
            // title in front, "Sultan Qaboos Grand Mosque", names a ruler, not a given name).
            while lo > 0, i - lo < 6, !t.tokens[lo].followsNewline, t.tokens[lo - 1].kind == .word, t.isCapitalized(lo - 1),
                  !isNotName(t.folded[lo - 1]) { lo -= 1 }
            if lo > 0, !t.tokens[lo].followsNewline, t.isCapitalized(lo - 1), isNotName(t.folded[lo - 1]),
               !Self.sentenceStarters.contains(t.folded[lo - 1]) { continue }
            guard i - lo >= 3, (names.firstName(t.folded[lo])?.bucket ?? 0) >= 2 else { continue }
            for k in (lo + 1)..<i where !Self.nonPersonHeads.contains(t.folded[k]) { out.insert(t.folded[k]) }
        }
        return out
    }

    /// Whether `m`, a name of two or more words without title or honorific, names a thing after
    /// a person: it is followed by an instrument or facility noun written in lower case, after at
    /// most one lower-case modifier ("James Webb space telescope"), or opened by a word for a
    /// mosque or shrine ("Masjid Al-Aqsa").
    func isNamesakeThing(_ t: TokenizedText, _ m: NameMention) -> Bool {
        let lo = m.tokens.lowerBound, hi = m.tokens.upperBound
        guard hi - lo >= 2, m.title == nil, lo == 0 || NameVocabulary.honorifics[t.folded[lo - 1]] == nil else { return false }
        if Self.worshipOpeners.contains(t.folded[lo]) { return true }
        var k = hi
        for _ in 0..<2 where k < t.count && t.tokens[k].kind == .word && CharClass.isLower(t.first(k)) && !t.tokens[k].followsNewline {
            if Self.namesakeNouns.contains(t.folded[k]) { return true }
            k += 1
        }
        return false
    }

    /// Lower-case nouns of instruments and facilities named after people ("space telescope").
    static let namesakeNouns: WordSet = [
        "telescope", "observatory", "spacecraft", "satellite", "rover", "airport", "stadium", "arena",
        "bridge", "tunnel", "dam", "prison", "penitentiary", "facility", "highway", "expressway",
    ]

    /// Words for a mosque, shrine or school that open a place's name ("Masjid Al-Aqsa").
    static let worshipOpeners: WordSet = ["masjid", "jamia", "jama", "madrasa", "madrassa", "madrasah", "dargah", "gurdwara"]

    /// Whether the name at `range` ends a show's title after "with" or "starring" ("The Late Show
    /// with Stephen Colbert", "Real Time with Bill Maher"): the word before is a capitalised show
    /// word that does not open the sentence.
    func isInShowTitle(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        let k = range.lowerBound
        guard k >= 2, !t.tokens[k].followsNewline, t.folded[k - 1] == "with" || t.folded[k - 1] == "starring",
              t.isCapitalized(k - 2), !t.sentenceInitial[k - 2] else { return false }
        return Self.showTitleWords.contains(t.folded[k - 2])
    }

    /// Last words of show titles before "with" and the host's name.
    static let showTitleWords: WordSet = ["show", "tonight", "time", "hour", "live", "today", "night", "morning", "podcast", "radio", "weekly"]

    /// Whether `m`, without title or honorific, is part of a work's title, checked again after
    /// linking (which finds full names written again): a name of two or more words after a thing
    /// word ("the talk show Nora Day's Best Friends"), or a host in a show's title.
    func isTitleAfterLinking(_ t: TokenizedText, _ m: NameMention) -> Bool {
        guard m.title == nil, m.sex == nil else { return false }
        return (m.tokens.count > 1 && isAfterThingWord(t, m.tokens)) || isInShowTitle(t, m.tokens) || isBandLeaderName(t, m.tokens)
    }

    /// Whether the name at `range` opens a band's name: "and" and a capitalised "His" or "Her"
    /// follow ("Les Brown and His Band of Renown", "Nora Day and Her Orchestra").
    func isBandLeaderName(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        let hi = range.upperBound
        guard hi + 2 < t.count, t.folded[hi] == "and", !t.tokens[hi + 1].followsNewline, t.isCapitalized(hi + 1) else { return false }
        return t.folded[hi + 1] == "his" || t.folded[hi + 1] == "her"
    }

    /// Whether `m`, a lone word without title or honorific, is a word of a repeated phrase ("Day
    /// after Day", "Face to Face") or a place before a comma and a US state or country ("of
    /// Allen, Texas, near Dallas"): checked after linking, which adds lone surnames of people
    /// named in full.
    func isPlaceOrPhraseWord(_ t: TokenizedText, _ m: NameMention) -> Bool {
        guard m.tokens.count == 1, m.title == nil, m.sex == nil else { return false }
        let i = m.tokens.lowerBound
        if i + 2 < t.count, t.folded[i + 2] == t.folded[i], t.tokens[i + 1].kind == .word, CharClass.isLower(t.first(i + 1)) { return true }
        if i >= 2, t.folded[i - 2] == t.folded[i], t.tokens[i - 1].kind == .word, CharClass.isLower(t.first(i - 1)) { return true }
        return isBeforeStateOrCountry(t, m.tokens.upperBound)
    }
}
