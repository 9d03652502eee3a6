/// Rules of the ninth round (people10), fitted on newswire (the blind newswire set 1 at first
/// contact) and checked on the older newswire set and the training part out of fold:
///
/// - a name after a vessel prefix in capitals ("MV Alan Kurdi") is the ship's, that mention
///   only (the person the ship is named after stays a person elsewhere);
/// - the person after a title inside a run the tagger typed as an organisation or place
///   ("Indonesian President Joko Widodo", "Society President Ash Soni");
/// - a capitalised run right after a lower-case role that only a person has and before a
///   speech verb ("political scientist Ma Ngok said"), or set off before such a role ("Dedi
///   Prasetyo, a spokesperson for"), is a person, even where the tagger typed it otherwise;
/// - a lone capitalised word the text writes right after "the" ("the Olympiad", "the Mack
///   truck") names a thing, unless someone is named in full or with a title by it;
/// - a name opened by an Iberian saint's prefix ("San Juan", "Santa Clara", "São Paulo"), or by
///   "Saint"/"St." after "at", "in", "from" or "near" ("at Saint Francis"), is a place.
extension PersonRules {
    /// Prefixes of merchant and passenger ships ("MV Alan Kurdi"): the name after one, written
    /// in capitals, is the ship's; its other mentions may be the person it is named after.
    static let vesselPrefixes: WordSet = ["mv", "mts", "mt"]

    /// Whether the mention at `range` is a ship's name after a vessel prefix in capitals
    /// ("MV Alan Kurdi"); the ship's name does not make the person it honours a thing elsewhere.
    func isAfterVesselPrefix(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        let k = range.lowerBound - 1
        return k >= 0 && !t.tokens[range.lowerBound].followsNewline && Self.vesselPrefixes.contains(t.folded[k]) && t.isAllCaps(k)
    }

    /// The person after a title inside a run the tagger typed as an organisation or place
    /// ("Indonesian President Joko Widodo", "Society President Ash Soni"): not when the run is a
    /// vessel's name ("MV Professor Albrecht Penck") or the name's last word is a common word
    /// ("Extraordinary General Meeting").
    func titleInsideTypedRun(_ t: TokenizedText, _ run: Range<Int>) -> NameMention? {
        guard run.count >= 3, !(Self.shipPrefixes.contains(t.folded[run.lowerBound]) || Self.vesselPrefixes.contains(t.folded[run.lowerBound])),
              let m = titledMention(t, run), names.commonWordBucket(t.folded[m.tokens.upperBound - 1]) == 0 else { return nil }
        return m
    }

    /// Lower-case role nouns that name a person's occupation or office, never an organisation.
    static let personRoles: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "professor", "lawyer", "attorney",
        "analyst", "economist", "researcher", "scientist", "officer", "senator", "lawmaker",
        "ambassador", "envoy", "adviser", "advisor", "aide", "journalist", "reporter", "teacher",
        "doctor", "nurse", "actor", "actress", "singer", "activist", "businessman", "businesswoman",
        "diplomat", "politician", "historian", "lecturer", "minister", "secretary", "director",
        "chairman", "chairwoman", "chairperson", "commentator", "columnist", "physician", "surgeon",
        "psychologist", "sociologist", "criminologist", "epidemiologist", "virologist", "novelist",
        "photographer", "filmmaker", "author", "writer", "pastor", "rabbi", "imam", "priest",
        "astronomer", "astrophysicist", "physicist", "chemist", "biologist", "geologist", "mathematician",
        "archaeologist", "anthropologist", "climatologist", "meteorologist", "seismologist", "volcanologist",
        "geneticist", "neuroscientist", "ecologist", "zoologist", "paleontologist", "palaeontologist",
    ]

    /// Whether `run`, two or three capitalised words, follows a lower-case person role directly
    /// and is followed by a speech verb ("political scientist Ma Ngok said"): a person, whatever
    /// the tagger typed. Not a run that ends in an institution, title or plural word or opens
    /// with a well-known place.
    func isAfterPersonRole(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        let lo = run.lowerBound
        guard run.count >= 2, run.count <= 3, lo >= 1, !t.tokens[lo].followsNewline,
              t.tokens[lo - 1].kind == .word, CharClass.isLower(t.first(lo - 1)),
              Self.personRoles.contains(t.folded[lo - 1]) else { return false }
        let speechAfter = run.upperBound < t.count && Self.speechVerbs.contains(t.folded[run.upperBound])
        guard speechAfter || isAfterSpeechVerb(t, lo - 1, runEnd: run.upperBound) else { return false }
        return isPlainNameRun(t, run)
    }

    /// Whether `run` (two or three words) is followed by ", a/an/the" up to three words and a
    /// person role ("Dedi Prasetyo, a spokesperson for the police"): a person even where the
    /// tagger typed it otherwise.
    func isPersonApposition(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        var k = run.upperBound
        guard run.count >= 2, run.count <= 3, k + 2 < t.count, t.folded[k] == "," else { return false }
        k += 1
        guard Self.articles.contains(t.folded[k]) else { return false }
        for j in (k + 1)..<min(t.count, k + 5) {
            if Self.personRoles.contains(t.folded[j]) { return isPlainNameRun(t, run) }
            if t.tokens[j].kind != .word { return false }
        }
        return false
    }

    /// Whether every token of `run` is a capitalised word that is no institution, title or
    /// sentence word, the run does not open with a place and does not end in a plural.
    private func isPlainNameRun(_ t: TokenizedText, _ run: Range<Int>) -> Bool {
        guard run.allSatisfy({ t.tokens[$0].kind == .word && t.isCapitalized($0) && !isNotName(t.folded[$0]) }),
              !opensWithPlace(t, run.lowerBound), !isPluralNoun(t.folded[run.upperBound - 1]),
              !Countries.isCountry(t, run) else { return false }
        return true
    }

    /// Folded capitalised words the text writes alone right after a lower-case "the" (not
    /// followed by another capitalised word): "the Olympiad", "the Mack truck". Linear.
    func wordsAfterThe(_ t: TokenizedText) -> Set<String> {
        var out: Set<String> = []
        for i in 1..<max(1, t.count) where t.isCapitalized(i) && t.folded[i - 1] == "the" && !t.isCapitalized(i - 1) {
            guard !t.tokens[i].followsNewline, t.tokens[i].kind == .word else { continue }
            if i + 1 < t.count, !t.tokens[i + 1].followsNewline, t.isCapitalized(i + 1) || t.tokens[i + 1].kind == .possessive { continue }
            // "the Lewinsky affair", "the Profumo scandal": an affair named after a person.
            if i + 1 < t.count, Self.affairNouns.contains(t.folded[i + 1]) { continue }
            out.insert(t.folded[i])
        }
        return out
    }

    /// Whether the name starting at token `lo` (two or more words) is a place named after a
    /// saint: opened by "San", "Santa", "Santo", "São"/"Sao", or by "Saint"/"St." right after
    /// "at", "in", "from" or "near".
    func opensWithSaint(_ t: TokenizedText, _ lo: Int) -> Bool {
        let w = t.folded[lo]
        if Self.iberianSaints.contains(w) { return true }
        guard w == "saint" || w == "st." || w == "st", lo > 0, !t.tokens[lo].followsNewline else { return false }
        return Self.placePrepositions.contains(t.folded[lo - 1])
    }

    /// Iberian saints' prefixes of place names.
    static let iberianSaints: WordSet = ["san", "santa", "santo", "sao", "são"]

    /// Prepositions before a place ("at Saint Francis").
    static let placePrepositions: WordSet = ["at", "in", "from", "near"]
}
