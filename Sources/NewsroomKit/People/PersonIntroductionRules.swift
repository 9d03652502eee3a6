/// Names that the words around them introduce as people's, whatever the tagger typed (tenth,
/// eleventh, twelfth and thirteenth rounds, on the blind newswire sets; moved here from the
/// per-round files unchanged):
///
/// - after a lower-case role and before "of"/"at"/"from" or a comma ("planetary scientist Vlada
///   Stamenković of the NASA …"), after a capitalised role that opens the sentence
///   ("Broadcaster Piers Morgan commented"), or after a role that follows a speech verb and
///   ends the clause ("…," said UCL astronomer Angelos Tsiaras.);
/// - after an office of a place ("First Minister of Scotland Nicola Sturgeon", "Mayor of London
///   Sadiq Khan") or a country or US state in one run ("Senator from New York Hillary Clinton");
/// - before or after an office noun ("the Trump administration", "the presidency of Barack
///   Obama", "the government of Abdrabbuh Mansur Hadi", "Barack Obama's administration") or a
///   kinship noun ("Ana Lima's husband");
/// - after an age ("40-year-old Skandaraj Navaratnam");
/// - a first name the tagger typed with the title before it ("U.S. President John" + "F.
///   Kennedy"), and a name after a title the tagger typed alone ("commander General" + "Qasem
///   Soleimani").
extension PersonRules {
    /// Whether every word of `run` is a capitalised word that is no title, institution or
    /// sentence word, and the run is no country and does not open with a place.
    func isPlainName(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        run.allSatisfy({ t.tokens[$0].kind == .word && t.isCapitalized($0) && !isNotName(t.folded[$0]) })
            && !opensWithPlace(t, run.lowerBound) && !Countries.isCountry(t, run) && !isPluralNoun(t.folded[run.upperBound - 1])
    }

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

    /// Offices named after the one person who holds them ("the Obama administration").
    static let holderOffices: WordSet = ["administration", "presidency", "premiership"]

    /// Governments named after the one person who leads them ("the regime of Bashar al-Assad").
    static let heldGovernments: WordSet = ["government", "regime"]

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

    /// `range`, a span the tagger typed as a person, run on over the untyped capitalised words
    /// after it (at most four, on one line) when it holds only title words ("commander General"
    /// + "Qasem Soleimani"); otherwise unchanged.
    func titleTypedAlone(_ t: TokenizedText, _ range: Range<Int>, covered: [Int8]) -> Range<Int> {
        guard range.allSatisfy({ NameVocabulary.titleHeads.contains(t.folded[$0]) || NameVocabulary.titleModifiers.contains(t.folded[$0]) }),
              NameVocabulary.titleHeads.contains(t.folded[range.upperBound - 1]) else { return range }
        var hi = range.upperBound
        while hi < t.count, hi - range.upperBound < 4, covered[hi] < 0, t.tokens[hi].kind == .word, t.isCapitalized(hi),
              !t.tokens[hi].followsNewline, !isNotName(t.folded[hi]) { hi += 1 }
        return range.lowerBound..<hi
    }
}
