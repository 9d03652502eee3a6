/// Rules of the tenth round (people11), fitted on newswire (the blind newswire set 2 at first
/// contact) and checked on the older newswire sets and the training part out of fold:
///
/// - a surname that is also a common, calendar or place word ("Doris Day", "Rock Hudson") is a
///   person's when the text names someone by a first name and it, and elsewhere uses the surname
///   alone as a person: before a speech verb ("Day said"), before a possessive and a kinship
///   word ("Day's son") or after a lower-case person role ("co-star Hudson");
/// - after linking, a lone surname in a repeated phrase ("a song called Day after Day") or
///   before a comma and a US state or country closing the phrase ("Allen, Texas,") is no person,
///   even where someone else bears it;
/// - a show's title names its host: "The Late Show with Stephen Colbert" (that mention only),
///   and "the talk show Nora Day's Best Friends" (that mention only, not the person's others);
/// - things named after people: an institution ending in a facility word ("Richard J. Donovan
///   Correctional Facility") and later lone words of it ("at Donovan"), unless someone is named
///   in full or with a title by them; a full name before a lower-case instrument or facility
///   noun ("the James Webb space telescope"); a name opened by a word for a mosque or shrine
///   ("Masjid Al-Aqsa");
/// - a plural title before the first of two names ("Presidents Muhammadu Buhari of Nigeria and
///   Patrice Talon of Benin"; `NameVocabulary.titleHeads`);
/// - a name after a lower-case person role that follows a speech verb and ends the clause
///   ("…," said UCL astronomer Angelos Tsiaras.), as before one ("scientist Ma Ngok said");
/// - a first name (and an initial) that the tagger typed with the title before a person's
///   surname ("U.S. President John" + "F. Kennedy") belongs to the name;
/// - a doubled name ("Sirhan Sirhan") that the tagger left untyped, where it types the word
///   alone as a person elsewhere;
/// - a word after "the" and before an affair noun ("the Lewinsky affair", "the Profumo
///   scandal") names the person the affair is named after: it does not make the word a thing;
/// - two or three capitalised words the tagger typed otherwise are a person right after an age
///   ("40-year-old Skandaraj Navaratnam") or before a possessive and an office or kinship noun
///   ("under Barack Obama's administration", "Ana Lima's husband");
/// - a common first name and one or two more words right after a country or US state in one
///   untyped capitalised run ("Senator from New York Hillary Clinton") are a person;
/// - after linking, a full name after a thing word or in a show's title stays out, and a name
///   that opens a band's name ("Les Brown and His Band of Renown") is no person there.
extension PersonRules {
    /// Folded surnames the text uses as a person's (see the type's notes): the last word of a
    /// two-word span of the tagger's led by a first name, written elsewhere alone before a speech
    /// verb, before "'s" and a kinship word, or after a lower-case person role. Linear.
    func surnamesUsedAsPerson(_ t: TokenizedText, entities: [EntitySpan]) -> Set<String> {
        var candidates: Set<String> = []
        for e in entities where e.tokens.count == 2 {
            let lo = e.tokens.lowerBound, last = e.tokens.upperBound - 1
            guard t.tokens[lo].kind == .word, t.tokens[last].kind == .word, t.isCapitalized(lo), t.isCapitalized(last),
                  names.firstName(t.folded[lo]) != nil, !isNotName(t.folded[lo]), !Self.placePrefixes.contains(t.folded[lo]),
                  !Countries.isCountry(t, last..<(last + 1)) else { continue }
            candidates.insert(t.folded[last])
        }
        guard !candidates.isEmpty else { return [] }
        var out: Set<String> = []
        for i in 0..<t.count where t.tokens[i].kind == .word && t.isCapitalized(i) && candidates.contains(t.folded[i]) {
            // Alone: no capitalised word right after it, nor right before it within the sentence.
            if i + 1 < t.count, t.isCapitalized(i + 1), !t.tokens[i + 1].followsNewline { continue }
            if i > 0, t.isCapitalized(i - 1), !t.sentenceInitial[i], !t.tokens[i].followsNewline { continue }
            var used = false
            if i + 1 < t.count, Self.speechVerbs.contains(t.folded[i + 1]) { used = true }
            if i + 2 < t.count, t.tokens[i + 1].kind == .possessive, Self.kinshipWords.contains(t.folded[i + 2]) { used = true }
            if i > 0, !t.sentenceInitial[i], t.tokens[i - 1].kind == .word, CharClass.isLower(t.first(i - 1)),
               Self.personRoles.contains(t.folded[i - 1]) || Self.stageRoles.contains(t.folded[i - 1]) { used = true }
            if used { out.insert(t.folded[i]) }
        }
        return out
    }

    /// The mention of a first name and a surname the text uses as a person's (`personSurnames`)
    /// where the tagger typed the two words as a place or organisation ("Rock Hudson").
    func usedSurnameMention(_ t: TokenizedText, _ range: Range<Int>, personSurnames: Set<String>) -> NameMention? {
        guard range.count == 2, personSurnames.contains(t.folded[range.upperBound - 1]),
              names.firstName(t.folded[range.lowerBound]) != nil, !isNotName(t.folded[range.lowerBound]) else { return nil }
        return personMention(t, range, requireTitle: false, personSurnames: personSurnames)
    }

    /// Kinship and similar words after a person's possessive ("Day's son", "Day's husband").
    static let kinshipWords: WordSet = [
        "son", "sons", "daughter", "daughters", "wife", "husband", "mother", "father", "brother",
        "sister", "widow", "widower", "children", "parents", "family", "grandson", "granddaughter",
        "spouse", "fiancé", "fiancee", "fiancée", "funeral", "death", "biographer",
    ]

    /// Roles of stage and screen before a name ("co-star Hudson").
    static let stageRoles: WordSet = ["co-star", "costar", "co-host", "cohost", "actress", "actor", "comedian", "bandleader"]

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

    /// Whether the role at token `role` follows a speech verb within three words ("said UCL
    /// astronomer", "said the team's lead scientist") and the name after it, ending at `runEnd`,
    /// closes the clause (punctuation or the line's end after it).
    func isAfterSpeechVerb(_ t: TokenizedText, _ role: Int, runEnd: Int) -> Bool {
        guard runEnd >= t.count || t.tokens[runEnd].kind == .punctuation || t.tokens[runEnd].followsNewline else { return false }
        var k = role - 1
        while k >= 0, role - k <= 4, !t.tokens[k + 1].followsNewline {
            if Self.speechVerbs.contains(t.folded[k]) { return true }
            if t.tokens[k].kind == .punctuation { return false }
            k -= 1
        }
        return false
    }

    /// The start of a name at `lo` moved back over an untyped initial and a first name that the
    /// tagger typed with the title before it as an organisation or place ("U.S. President John"
    /// + "F. Kennedy"): the word before the first name is a capitalised title head.
    func firstNameAfterTypedTitle(_ t: TokenizedText, _ lo: Int, covered: [Int8]) -> Int {
        var k = lo
        if k > 0, covered[k - 1] < 0, t.tokens[k - 1].length == 2, t.folded[k - 1].hasSuffix("."), t.isCapitalized(k - 1),
           !t.tokens[k].followsNewline { k -= 1 }
        guard k >= 2, !t.tokens[k].followsNewline, !t.tokens[k - 1].followsNewline,
              covered[k - 1] >= 0, covered[k - 1] != Int8(EntityType.person.rawValue),
              t.isCapitalized(k - 1), (names.firstName(t.folded[k - 1])?.bucket ?? 0) >= 2,
              t.isCapitalized(k - 2), NameVocabulary.titleHeads.contains(t.folded[k - 2]) else { return lo }
        return k - 1
    }

    /// The mention of a doubled name that ends the untyped capitalised `run` ("on Saturday Sirhan
    /// Sirhan was"), when the tagger types the word alone as a person elsewhere (`personWords`)
    /// and it is no title, calendar, institution or sentence word.
    func doubledName(_ t: TokenizedText, _ run: Range<Int>, personWords: Set<String>) -> NameMention? {
        let hi = run.upperBound
        guard run.count >= 2, t.folded[hi - 1] == t.folded[hi - 2], personWords.contains(t.folded[hi - 1]),
              t.tokens[hi - 1].kind == .word, t.tokens[hi - 2].kind == .word, !isNotName(t.folded[hi - 1]),
              t.tokens[hi - 1].length >= 3 else { return nil }
        return NameMention(tokens: (hi - 2)..<hi, title: nil, sex: nil)
    }

    /// Nouns of affairs, cases and eras named after a person ("the Lewinsky affair").
    static let affairNouns: WordSet = [
        "affair", "scandal", "case", "trial", "era", "years", "presidency", "administration",
        "investigation", "inquiry", "impeachment", "doctrine", "verdict", "saga",
    ]

    /// Whether `run` (two or three plain name words) follows an age ("40-year-old").
    func isAfterAge(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let lo = run.lowerBound
        guard run.count >= 2, run.count <= 3, lo >= 1, !t.tokens[lo].followsNewline else { return false }
        let w = t.folded[lo - 1]
        let age = w.hasSuffix("-year-old") || (w == "old" && lo >= 3 && t.folded[lo - 2] == "-" && t.folded[lo - 3].hasSuffix("year"))
        return age && isPlainName(t, run)
    }

    /// Whether `run` (two or three plain name words) is followed by a possessive and an office
    /// or kinship noun ("Barack Obama's administration", "Ana Lima's husband").
    func isBeforeOfficeOrKin(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let hi = run.upperBound
        guard run.count >= 2, run.count <= 3, hi + 1 < t.count, t.tokens[hi].kind == .possessive,
              Self.officeNouns.contains(t.folded[hi + 1]) || Self.kinshipWords.contains(t.folded[hi + 1]) else { return false }
        return isPlainName(t, run)
    }

    /// Whether every word of `run` is a capitalised word that is no title, institution or
    /// sentence word, and the run is no country and does not open with a place.
    func isPlainName(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        run.allSatisfy({ t.tokens[$0].kind == .word && t.isCapitalized($0) && !isNotName(t.folded[$0]) })
            && !opensWithPlace(t, run.lowerBound) && !Countries.isCountry(t, run) && !isPluralNoun(t.folded[run.upperBound - 1])
    }

    /// Offices held by one person, after a possessive ("Obama's administration").
    static let officeNouns: WordSet = ["administration", "presidency", "premiership", "cabinet", "reign", "tenure", "inauguration"]

    /// The person at the end of an untyped capitalised `run` that opens with a country or US
    /// state (after any sentence opener): a common first name (bucket ≥ 3) and one or two more
    /// plain name words ("New York Hillary Clinton").
    func nameAfterPlace(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        var lo = run.lowerBound
        while lo < run.upperBound, Self.sentenceStarters.contains(t.folded[lo]) { lo += 1 }
        let hi = run.upperBound
        guard hi - lo >= 3 else { return nil }
        for j in (lo + 1)...(hi - 2) where hi - j <= 3 {
            guard (names.firstName(t.folded[j])?.bucket ?? 0) >= 3, Countries.isCountry(t, lo..<j),
                  isPlainName(t, j..<hi) else { continue }
            return personMention(t, j..<hi, requireTitle: false)
        }
        return nil
    }

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
}
