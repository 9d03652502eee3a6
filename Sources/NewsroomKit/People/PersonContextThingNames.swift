/// Names the context gives things, teams or bands rather than people (eleventh round, blind
/// newswire sets 3 and 4; twelfth and thirteenth rounds; moved here from the per-round file
/// unchanged). The tagger types them as a person and the linker then spreads them. Each rule
/// reads evidence in the text around one mention and applies to every lone mention of that
/// name, unless someone is named in full or with a title by it:
///
/// - the first word of a name after a thing word ("Iranian airline Mahan Air" … "Mahan's
///   operations", "Mahan flies");
/// - a name before a lower-case word for a vehicle, venue, route or area, after an optional
///   model number ("the Crew Dragon capsule", "a Falcon 9 rocket", "Cipriani Dolci restaurant",
///   "the Northern and Jubilee lines", "the Karol Bagh area");
/// - a name before a lower-case role of a team or band member and a capitalised name ("Wynnum
///   coach Matt Myers", "Grateful Dead drummer Mickey Hart");
/// - a storm's name ("Hurricane Dorian" … "Dorian reached");
/// - the name that closes a list of places or organisations ("Deutsche Telekom, Daimler, and
///   Siemens"), a model after a maker and a number ("Boeing 737 Max"), a name glossed in
///   brackets by an institution's name;
/// - a name a pronoun gives a thing ("Solaris Paper which makes", "Coles, in its";
///   `PersonPronounCues`).
extension PersonRules {
    /// Folded names (words joined by spaces) that the text's context gives to things, teams or
    /// bands (see the notes above). Linear.
    func contextThingNames(_ t: TokenizedText, entities: [EntitySpan] = []) -> Set<String> {
        var out = listItemNames(t, entities: entities)
        // A name a pronoun gives a thing ("Solaris Paper which makes", "Coles, in its"; `PersonPronounCues`).
        out.formUnion(pronounThingNames(t))
        let n = t.count
        for k in 1..<max(1, n - 1) where t.tokens[k].kind == .number || t.folded[k] == "(" {
            if t.tokens[k].kind == .number {
                // A model after a maker and a number ("Boeing 737 Max"): one capitalised word.
                guard t.tokens[k - 1].kind == .word, t.isCapitalized(k - 1), !t.sentenceInitial[k - 1], !isNotName(t.folded[k - 1]),
                      !t.tokens[k].followsNewline, !t.tokens[k + 1].followsNewline, t.tokens[k + 1].kind == .word, t.isCapitalized(k + 1),
                      k + 2 >= n || !(t.tokens[k + 2].kind == .word && t.isCapitalized(k + 2)) else { continue }
                out.insert(t.folded[k + 1])
            } else {
                // A name glossed in brackets by an institution's name ("Akhil Bharat Hindu
                // Mahasabha (All India Hindu Union)"): every ending of the name before.
                var close = k + 1
                while close < n, close - k <= 7,
                      t.tokens[close].kind == .word && t.isCapitalized(close) || t.tokens[close].kind == .possessive { close += 1 }
                guard close < n, close > k + 1, t.folded[close] == ")", Self.nonPersonHeads.contains(t.folded[close - 1]) else { continue }
                let run = capitalizedWords(t, endingAt: k, limit: 5)
                for lo in run { out.insert(Self.foldedName(t, lo..<run.upperBound)) }
            }
        }
        // A storm's name ("Hurricane Dorian", "Tropical Storm Humberto"; twelfth round): one
        // capitalised word after the storm word.
        for k in 0..<max(0, n - 1) where Self.stormWords.contains(t.folded[k]) && t.isCapitalized(k + 1) && t.tokens[k + 1].kind == .word {
            guard !t.tokens[k + 1].followsNewline, k + 2 >= n || !(t.tokens[k + 2].kind == .word && t.isCapitalized(k + 2)) else { continue }
            out.insert(t.folded[k + 1])
        }
        for k in 0..<n where t.tokens[k].kind == .word && CharClass.isLower(t.first(k)) {
            // (Only a word next to a capitalised word or a number can be a cue: no look-up otherwise.)
            let capitalAfter = k + 1 < n && t.isCapitalized(k + 1)
            let capitalBefore = k > 0 && (t.isCapitalized(k - 1) || t.tokens[k - 1].kind == .number)
            guard capitalAfter || capitalBefore else { continue }
            let w = t.folded[k]
            if Self.thingWords.contains(w) {
                // "airline Mahan Air": the whole name and, for a name of two or more words, its
                // first word (the short form the article goes on to use) unless a common first name.
                let run = capitalizedWords(t, from: k + 1, limit: 4)
                // Not a name that runs on after a possessive ("the show Nora Day's Best Friends").
                let runsOn = run.upperBound + 1 < t.count && t.tokens[run.upperBound].kind == .possessive && t.isCapitalized(run.upperBound + 1)
                if run.count >= 2, !runsOn {
                    out.insert(Self.foldedName(t, run))
                    let first = t.folded[run.lowerBound]
                    if (names.firstName(first)?.bucket ?? 0) < 3, !isNotName(first) { out.insert(first) }
                }
            }
            if Self.vehicleAndVenueNouns.contains(w), k > 0, !t.tokens[k].followsNewline {
                // "Falcon Heavy rocket", "a Falcon 9 rocket": every ending of the name before.
                var end = k
                if t.tokens[end - 1].kind == .number, end >= 2, !t.tokens[end - 1].followsNewline { end -= 1 }
                let run = capitalizedWords(t, endingAt: end, limit: 3)
                for lo in run { out.insert(Self.foldedName(t, lo..<run.upperBound)) }
            }
            if Self.memberRoles.contains(w), k >= 1, k + 1 < n, !t.tokens[k + 1].followsNewline,
               t.isCapitalized(k + 1), t.tokens[k + 1].kind == .word, !isNotName(t.folded[k + 1]) {
                // "Wynnum coach Matt Myers", "Maroochydore assistant coach Ben Radmall".
                var end = k
                if end >= 2, Self.memberRoleModifiers.contains(t.folded[end - 1]), !t.tokens[end].followsNewline { end -= 1 }
                guard !t.tokens[end].followsNewline else { continue }
                let run = capitalizedWords(t, endingAt: end, limit: 3)
                if !run.isEmpty { out.insert(Self.foldedName(t, run)) }
            }
        }
        return out
    }

    /// The capitalised words from token `from` on one line, at most `limit`.
    func capitalizedWords(_ t: TokenizedText, from: Int, limit: Int) -> Range<Int> {
        var hi = from
        while hi < t.count, hi - from < limit, t.tokens[hi].kind == .word, t.isCapitalized(hi),
              hi == from || !t.tokens[hi].followsNewline { hi += 1 }
        return from..<hi
    }

    /// The capitalised words on one line ending just before token `end`, at most `limit`, not
    /// counting a sentence word, title or institution word in front ("The", "University").
    func capitalizedWords(_ t: TokenizedText, endingAt end: Int, limit: Int) -> Range<Int> {
        var lo = end
        while lo > 0, end - lo < limit, t.tokens[lo - 1].kind == .word, t.isCapitalized(lo - 1), !isNotName(t.folded[lo - 1]),
              lo == end || !t.tokens[lo].followsNewline { lo -= 1 }
        return lo..<end
    }

    /// Lower-case nouns after a name that make it a vehicle, venue or route ("the Crew Dragon
    /// capsule", "Cipriani Dolci restaurant", "the Jubilee line").
    static let vehicleAndVenueNouns: WordSet = [
        "capsule", "rocket", "spacecraft", "spaceship", "launcher", "airliner", "jet", "restaurant",
        "restaurants", "cafe", "bistro", "eatery", "pizzeria", "line", "lines",
        // Twelfth round: a neighbourhood ("the Karol Bagh area").
        "area", "neighbourhood", "neighborhood", "suburb", "locality",
    ]

    /// Words before a storm's name.
    static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone", "storm"]

    /// Lower-case roles of a team's or band's member written between the team and a member's name
    /// ("Wynnum coach Matt Myers"); a person's coach or drummer takes a possessive instead.
    static let memberRoles: WordSet = [
        "coach", "drummer", "guitarist", "bassist", "keyboardist", "frontman", "vocalist", "striker",
        "midfielder", "goalkeeper", "winger", "fly-half", "halfback", "five-eighth", "skipper",
    ]

    /// Lower-case words allowed between the team and the member role ("assistant coach").
    static let memberRoleModifiers: WordSet = ["assistant", "head", "lead", "former", "interim", "caretaker", "backing"]

    /// Folded names that close a list whose other items the tagger typed as places or
    /// organisations ("Deutsche Telekom, Daimler, and Siemens", "Abydos, Saqqara, and Tuna
    /// el-Gebel"): the name right after "and"/"or" (a comma before it allowed) when the two
    /// items before it, separated by a comma, are both entities of another type than person.
    /// For a name of two or more words its first word too, unless a first name. Linear.
    func listItemNames(_ t: TokenizedText, entities: [EntitySpan]) -> Set<String> {
        var out: Set<String> = []
        guard entities.count >= 2 else { return out }
        // The type (-1: none) and start of the entity ending at each token (exclusive end),
        // filled at the first candidate.
        var endType: [Int8] = []
        var endStart: [Int] = []
        let person = Int8(EntityType.person.rawValue)
        for k in 1..<max(1, t.count - 1) where t.isCapitalized(k + 1) && (t.folded[k] == "and" || t.folded[k] == "or") {
            guard !t.tokens[k + 1].followsNewline, !isNotName(t.folded[k + 1]) else { continue }
            if endType.isEmpty {
                endType = [Int8](repeating: -1, count: t.count + 1)
                endStart = [Int](repeating: 0, count: t.count + 1)
                for e in entities where e.tokens.upperBound <= t.count {
                    endType[e.tokens.upperBound] = Int8(e.type.rawValue)
                    endStart[e.tokens.upperBound] = e.tokens.lowerBound
                }
            }
            var end = k
            if t.folded[end - 1] == "," { end -= 1 }
            guard endType[end] >= 0, endType[end] != person else { continue }
            let before = endStart[end]
            guard before >= 2, t.folded[before - 1] == ",", endType[before - 1] >= 0, endType[before - 1] != person else { continue }
            // The name: capitalised words and words with a joined particle ("Tuna el-Gebel").
            var hi = k + 1
            while hi < t.count, hi - k <= 3, t.tokens[hi].kind == .word, hi == k + 1 || !t.tokens[hi].followsNewline,
                  t.isCapitalized(hi) || NameVocabulary.strippingParticle(t.folded[hi]) != t.folded[hi] { hi += 1 }
            // Not a name led by a first name ("Elia Zenghelis and Bernard Tschumi").
            if hi - k > 2, (names.firstName(t.folded[k + 1])?.bucket ?? 0) >= 2 { continue }
            out.insert(Self.foldedName(t, (k + 1)..<hi))
            if hi - k > 2 { out.insert(t.folded[k + 1]) }
        }
        return out
    }
}
