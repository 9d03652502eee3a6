/// Rules of the twelfth round (people13), found on the first-contact errors of blind newswire
/// set 5. Each reads evidence next to one capitalised run:
///
/// - a name after a lower-case role and before "of"/"at"/"from" or a comma ("planetary
///   scientist Vlada Stamenković of the NASA …"), or after a capitalised role that opens the
///   sentence ("Broadcaster Piers Morgan commented");
/// - a name after an office of a place ("First Minister of Scotland Nicola Sturgeon", "Mayor of
///   London Sadiq Khan");
/// - a name before or after an office noun ("the Trump administration", "the presidency of
///   Barack Obama");
/// - a lone name introduced as a name ("a Polish chef named Łukasz", "her husband Siarhei");
/// - the given name before "bin"/"ibn" ("Qaboos bin Said").
///
/// Things, in the eleventh round's filters: a storm's name ("Hurricane Dorian" … "Dorian
/// reached"), "Guard" as the head of an institution ("Coast Guard"), a name before an area noun
/// ("the Karol Bagh area") and a name glossed as a thing ("Roscosmos, the Russian space agency,").
extension PersonRules {
    /// Whether `run` (two or three plain name words) follows a lower-case person role directly
    /// and is followed by "of", "at", "from" or a comma ("scientist Vlada Stamenković of the").
    func isRoleApposition(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let lo = run.lowerBound, hi = run.upperBound
        guard run.count >= 2, run.count <= 3, lo >= 1, hi + 1 < t.count, !t.tokens[lo].followsNewline,
              t.tokens[lo - 1].kind == .word, CharClass.isLower(t.first(lo - 1)),
              Self.personRoles.contains(t.folded[lo - 1]), Self.wordsAfterRoleName.contains(t.folded[hi]) else { return false }
        // "of"/"at"/"from" must lead on to an institution or place, not a lower-case phrase.
        if t.folded[hi] != "," && !(t.folded[hi + 1] == "the" || t.isCapitalized(hi + 1)) { return false }
        return isPlainName(t, run)
    }

    /// Words after a name that close a role apposition.
    static let wordsAfterRoleName: WordSet = [",", "of", "at", "from"]

    /// The name after a capitalised person role that opens a sentence ("Broadcaster Piers
    /// Morgan commented"): two or three plain name words.
    func nameAfterLeadingRole(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        let lo = run.lowerBound
        guard run.count >= 3, run.count <= 4, t.sentenceInitial[lo],
              Self.personRoles.contains(t.folded[lo]) || Self.leadingRoles.contains(t.folded[lo]),
              isPlainName(t, (lo + 1)..<run.upperBound),
              names.firstName(t.folded[lo + 1]) != nil || names.surnameBucket(t.folded[run.upperBound - 1]) > 0 else { return nil }
        return personMention(t, (lo + 1)..<run.upperBound, requireTitle: false)
    }

    /// Roles that open a sentence before a name, besides `personRoles`.
    static let leadingRoles: WordSet = [
        "broadcaster", "presenter", "comedian", "entrepreneur", "economist", "explorer", "astronaut",
        "footballer", "cricketer", "rapper", "musician", "designer", "architect", "chef", "poet",
    ]

    /// The name after an office of a place ("First Minister of Scotland Nicola Sturgeon", "Mayor
    /// of London Sadiq Khan"): the run opens with one or two place words after "<Title> of", and
    /// ends in two or three plain name words led by a known first name.
    func nameAfterOfficeOfPlace(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        let lo = run.lowerBound, hi = run.upperBound
        guard run.count >= 3, lo >= 2, t.folded[lo - 1] == "of", !t.tokens[lo].followsNewline, t.isCapitalized(lo - 2),
              NameVocabulary.titleHeads.contains(t.folded[lo - 2]) else { return nil }
        for j in (lo + 1)...(hi - 2) where j - lo <= 2 && hi - j <= 3 {
            guard names.firstName(t.folded[j]) != nil, isPlainName(t, j..<hi) else { continue }
            return personMention(t, j..<hi, requireTitle: false)
        }
        return nil
    }

    /// Whether `run` names the holder of an office: one or two plain name words between "the"
    /// and an office noun ("the Trump administration"; a lone word must be a known surname), or
    /// two or three after an office noun and "of" ("the presidency of Barack Obama").
    func isOfficeHolder(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let lo = run.lowerBound, hi = run.upperBound
        if run.count <= 2, lo >= 1, hi < t.count, t.folded[lo - 1] == "the", Self.holderOffices.contains(t.folded[hi]),
           !t.tokens[lo].followsNewline, !t.tokens[hi].followsNewline {
            return isPlainName(t, run) && (run.count == 2 || names.surnameBucket(t.folded[lo]) > 0)
        }
        if run.count >= 2, run.count <= 3, lo >= 2, t.folded[lo - 1] == "of", Self.holderOffices.contains(t.folded[lo - 2]),
           !t.tokens[lo].followsNewline {
            return isPlainName(t, run)
        }
        // "the government of Abdrabbuh Mansur Hadi" (thirteenth round): a government is also a
        // place's, so the last word must be a known first name or surname and no word a place.
        if run.count >= 2, run.count <= 3, lo >= 2, t.folded[lo - 1] == "of", Self.heldGovernments.contains(t.folded[lo - 2]),
           !t.tokens[lo].followsNewline, isPlainName(t, run),
           names.surnameBucket(t.folded[hi - 1]) > 0 || names.firstName(t.folded[hi - 1]) != nil,
           !run.contains(where: { Gazetteer.places.contains(t.folded[$0]) || Countries.names.contains(t.folded[$0])
               || Countries.usStates.contains(t.folded[$0]) || Gazetteer.demonyms.contains(t.folded[$0]) }) {
            return true
        }
        return false
    }

    /// Governments named after the one person who leads them ("the regime of Bashar al-Assad").
    static let heldGovernments: WordSet = ["government", "regime"]

    /// Offices named after the one person who holds them ("the Obama administration").
    static let holderOffices: WordSet = ["administration", "presidency", "premiership"]

    /// A lone capitalised word introduced as a person's name: after "named"/"called" with a
    /// person noun up to three words before ("a Polish chef named Łukasz"), or after a possessive
    /// pronoun and a kinship word ("her husband Siarhei"). Not a nationality or country ("her
    /// mother Thai"), nor (checked by the caller) a word the text writes in lower case.
    func loneIntroducedName(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        let lo = run.lowerBound
        guard run.count == 1, lo >= 2, !t.tokens[lo].followsNewline, t.tokens[lo].kind == .word,
              !isNotName(t.folded[lo]), t.tokens[lo].length >= 3,
              // Not a nationality ("her mother Thai").
              !Gazetteer.demonyms.contains(t.folded[lo]), !Countries.isCountry(t, run) else { return nil }
        let w = t.folded[lo - 1]
        if w == "named" || w == "called" {
            let from = max(0, lo - 5)
            guard (from..<(lo - 1)).contains(where: { Self.personRoles.contains(t.folded[$0]) || Self.roleNouns.contains(t.folded[$0])
                || Self.introducedPersonNouns.contains(t.folded[$0]) }) else { return nil }
            return NameMention(tokens: run, title: nil, sex: nil)
        }
        if Self.kinshipWords.contains(w), Self.possessivePronouns.contains(t.folded[lo - 2]) {
            return NameMention(tokens: run, title: nil, sex: nil)
        }
        return nil
    }

    /// Person nouns before "named" besides the role nouns ("a man named").
    static let introducedPersonNouns: WordSet = [
        "man", "woman", "boy", "girl", "chef", "cook", "guy", "person", "worker", "waiter", "waitress",
        "passenger", "driver", "victim", "suspect", "soldier", "girlfriend", "boyfriend",
    ]

    static let possessivePronouns: WordSet = ["her", "his", "their", "my", "our", "your"]

    /// `mentions` with a given name and "bin"/"ibn"/"bint" joined in front of a mention that
    /// starts with or follows the particle ("Qaboos bin Said", "Haitham bin Tariq Al Said").
    func joiningBinNames(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        var out = mentions
        for idx in out.indices {
            let m = out[idx]
            var p = m.tokens.lowerBound
            if !Self.binParticles.contains(t.folded[p]) {
                guard p >= 1, Self.binParticles.contains(t.folded[p - 1]), !t.tokens[p].followsNewline else { continue }
                p -= 1
            }
            // p: the particle; the given name before it.
            guard p >= 1, CharClass.isLower(t.first(p)), !t.tokens[p].followsNewline, t.tokens[p - 1].kind == .word,
                  t.isCapitalized(p - 1), !isNotName(t.folded[p - 1]) else { continue }
            if idx > 0, out[idx - 1].tokens.upperBound > p - 1 { continue }
            out[idx] = NameMention(tokens: (p - 1)..<m.tokens.upperBound, title: m.title, sex: m.sex)
        }
        return out
    }

    static let binParticles: WordSet = ["bin", "ibn", "bint"]
}
