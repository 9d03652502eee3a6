/// Finding the subject of a speech verb: the phrase before it (through auxiliaries, asides,
/// coordination and relative pronouns), a participle's shared subject, and the subject of a
/// sentence (past opening phrases, time phrases and datelines).
extension QuoteScan {
    /// The subject of the speech verb at `cue`: the phrase before it, skipping auxiliaries and
    /// adverbs, a parenthetical between commas ("France's foreign minister, who held talks …,
    /// said") and coordination ("Juppe attempted …, but said" → the sentence's subject).
    func subject(before cue: Int, floor: Int) -> ClosedRange<Int>? {
        var j = cue - 1
        var passive = false
        // Auxiliaries and adverbs ("has repeatedly said"), a day ("Smith on Friday said").
        while j >= floor, tokens[j].isWord,
            !tokens[j].capitalized && (SpeechLexicon.auxiliaries.contains(tokens[j].hash) || isMannerAdverb(j, floor: floor))
                || (j > floor && SpeechLexicon.dayWords.contains(tokens[j].hash) && tokens[j - 1].isWord)
                || (!tokens[j].capitalized && tokens[j].hash == SettingWords.on && j + 1 < cue && SpeechLexicon.dayWords.contains(tokens[j + 1].hash))
                // "He has since said": "since" as an adverb after "has", "have" or "had".
                || (!tokens[j].capitalized && tokens[j].hash == Words.since && j - 1 >= floor && tokens[j - 1].isWord
                    && Words.haveForms.contains(tokens[j - 1].hash))
        {
            if SpeechLexicon.be.contains(tokens[j].hash) { passive = true }
            j -= 1
        }
        // "Another report from the government during the weekend said", "One study from March
        // noted": a time phrase between the subject and its verb.
        if let p = timePhraseStart(endingAt: j, floor: floor) {
            j = p - 1
            while j >= floor, tokens[j].isWord, !tokens[j].capitalized, SpeechLexicon.auxiliaries.contains(tokens[j].hash) { j -= 1 }
        }
        // "Sen. Chuck Schumer (D-N.Y.) said", "World Wonder Ring Stardom (Stardom) announced".
        if j > floor, tokens[j].isPunct(")"), let open = bracketOpening(closing: j, floor: floor), open - 1 >= floor {
            j = open - 1
        }
        // "Avenatti was charged with …", "they were told": the subject did not speak.
        if passive, !isParticipleWord(cue) { return nil }
        guard j >= floor else { return nil }
        // "the number of confirmed cases": an adjective after a preposition, not a verb.
        if tokens[j].isWord, !tokens[j].capitalized, tokens[j].hash == Words.of {
            return nil
        }
        if tokens[j].isPunct(",") {
            // "Trump returned the compliment, telling Reuters": a participle after a comma
            // shares the sentence's subject.
            if isParticipleWord(cue) { return participleSubject(comma: j, floor: floor) }
            var q = j - 1
            // "Republic Act No. 3846, also known as the “Radio Control Law”, states": a name in
            // marks inside the aside.
            var titled = false
            while q >= floor, !tokens[q].isPunct(","), !isTerminal(q), tokens[q].mark == nil || titled || namedInAside(q, floor: floor) {
                if tokens[q].mark != nil { titled = !titled }
                q -= 1
            }
            guard q >= floor, tokens[q].isPunct(","), q + 1 <= j - 1 else { return nil }
            let inner = (q + 1)...(j - 1)
            let outer = subject(before: q, floor: floor)
            // An appositive name after a description ("The finance minister, Lou Jiwei, said",
            // "The Vice President, Mike Pence, said"), not after a name ("Sen. Ron Johnson,
            // R-Wis., said").
            // "The then-manager of Barmouth Publicity and Director of …, David Clay, said": the
            // words before the comma open with a determiner.
            if inner.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }), inner.count <= 4,
                outer.map({ isDescription($0) }) ?? true || opensWithDeterminer(partEndingAt: q - 1, floor: floor)
            {
                return inner
            }
            // "The study's lead author, doctoral candidate Maninder Thind, said": the name closing
            // a lower-case role after a description.
            if let outer, isDescription(outer), !tokens[outer.upperBound].capitalized, let name = nameAfterLowercaseRole(inner) {
                return name
            }
            return outer.map { personBeforeParticiple($0, floor: floor) ?? $0 }
        }
        if tokens[j].isWord, !tokens[j].capitalized,
            tokens[j].hash == Words.and || tokens[j].hash == Words.but
        {
            // Coordination shares the sentence's subject, unless a relative clause intervenes
            // ("a draft that condemns … and urges …": the draft, not the sentence's subject).
            // Heuristic: the relative clause's verb and this verb share their ending ("condemns …
            // and urges").
            var relative: Int? = nil
            for k in floor..<j where tokens[k].isWord && Words.relatives.contains(tokens[k].hash) { relative = k }
            if let r = relative, r + 1 < j, tokens[r + 1].isWord, verbEnding(cue) != 0, verbEnding(r + 1) == verbEnding(cue) {
                return nil
            }
            // "…, said Lorenzana; he described … and urged …": the clause after a semicolon.
            var clauseFloor = floor
            for k in floor..<j where tokens[k].isPunct(";") { clauseFloor = k + 1 }
            return sentenceSubject(from: clauseFloor, before: j)
        }
        if tokens[j].isWord, SpeechLexicon.determiners.contains(tokens[j].hash) {
            return nil  // "the said …", "his claims …": a noun, not a verb
        }
        if tokens[j].isWord, tokens[j].hash == Words.to, !tokens[j].capitalized {
            // "… went on to say": the sentence's subject, when it names someone.
            if let s = sentenceSubject(from: floor, before: j), tokens[s.lowerBound].capitalized { return s }
            // "… so subdued that Mr. Trump was prompted to say": the name before the verb group.
            return nameBeforeVerbGroup(endingAt: j - 1, floor: floor)
        }
        // "Mr. McConnell deflected questions before saying": a gerund after a preposition
        // shares the sentence's subject, when it names someone.
        if tokens[j].isWord, !tokens[j].capitalized, isParticipleWord(cue), Words.gerundPrepositions.contains(tokens[j].hash) {
            guard let s = sentenceSubject(from: floor, before: j), tokens[s.lowerBound].capitalized || namesAGroup(s) else { return nil }
            return s
        }
        if tokens[j].isWord, isPossessive(j) { return nil }
        // "Chris Christie, who denounced …", "a law which says …": a relative pronoun stands for
        // the phrase before it.
        if tokens[j].isWord, !tokens[j].capitalized, tokens[j].hash == Words.who || tokens[j].hash == Words.which {
            let before = j - 1 >= floor && tokens[j - 1].isPunct(",") ? j - 2 : j - 1
            guard before >= floor, tokens[before].isWord, let phrase = phraseEnding(at: before, floor: floor) else { return nil }
            // "They released a statement which said …": whoever issued the document speaks.
            if indefiniteDocument(phrase), let s = sentenceSubject(from: floor, before: phrase.lowerBound),
                tokens[s.lowerBound].capitalized || SpeechLexicon.pronouns[tokens[s.lowerBound].hash] != nil
            {
                return s
            }
            // "Mark Hay, a marine ecologist and Regents Professor at GT, who said": the name
            // before the apposition.
            var c = phrase.lowerBound - 1
            while c > floor, phrase.lowerBound - c <= 10, tokens[c].isWord || tokens[c].isPunct("-") { c -= 1 }
            if c > floor, tokens[c].isPunct(","), !tokens[phrase.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[phrase.lowerBound].hash)
                || (phrase.lowerBound - 1 >= floor && !tokens[phrase.lowerBound - 1].isPunct(",")),
                let name = phraseEnding(at: c - 1, floor: floor, limit: 4),
                name.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized })
            {
                return name
            }
            return phrase
        }
        // "Reports said …", "Early reports suggested …", "On Saturday, reports said …": a plural
        // speech noun as the subject (opening the sentence or after an opening phrase's comma).
        if tokens[j].isWord, !tokens[j].capitalized || j == floor, cueFrame(j) != nil, scalars[tokens[j].end - 1] == "s",
            j == floor || tokens[j - 1].isPunct(",") || (tokens[j - 1].isWord && !SpeechLexicon.phraseStoppers.contains(tokens[j - 1].hash)
                && !SpeechLexicon.determiners.contains(tokens[j - 1].hash) && !isPossessive(j - 1))
        {
            if j > floor, tokens[j - 1].isWord, let before = phraseEnding(at: j - 1, floor: floor) { return before.lowerBound...j }
            return j == floor || tokens[j - 1].isPunct(",") ? j...j : nil
        }
        guard let phrase = phraseEnding(at: j, floor: floor) else { return nil }
        // "Trump issued a statement at his golf club outside Washington, D.C. saying …": a place
        // after a preposition is not the participle's subject; the sentence's subject is.
        // "Smith issued a statement saying …": an indefinite document is the sentence subject's.
        if isParticipleWord(cue), placeAfterPreposition(phrase, floor: floor) || indefiniteDocument(phrase),
            let s = sentenceSubject(from: floor, before: phrase.lowerBound), tokens[s.lowerBound].capitalized
        {
            return s
        }
        return personBeforeParticiple(phrase, floor: floor) ?? nameBeforePreposition(phrase, floor: floor)
            ?? nameBeforeOfPhrase(phrase, floor: floor) ?? phrase
    }

    /// Whether the words ending at `end`, from the comma or sentence start before them, open with
    /// a determiner ("The then-manager of …").
    private func opensWithDeterminer(partEndingAt end: Int, floor: Int) -> Bool {
        var k = end
        while k > floor, tokens[k - 1].isWord || tokens[k - 1].isPunct("-") { k -= 1 }
        guard k >= floor, k <= end, k == floor || tokens[k - 1].isPunct(",") else { return false }
        return tokens[k].isWord && SpeechLexicon.determiners.contains(tokens[k].hash) && end - k >= 2
    }

    /// "Anderson Cooper, of CNN, said", "Tom Reed, of the Daily Ledger, said": for a phrase "of
    /// …" (or one right after "of") set off by a comma, the name before the comma.
    func nameBeforeOfPhrase(_ phrase: ClosedRange<Int>, floor: Int) -> ClosedRange<Int>? {
        var lo = phrase.lowerBound
        if phrase.count >= 2, isLowerCaseOf(lo) {
            lo += 1
        } else if !(lo - 1 >= floor && isLowerCaseOf(lo - 1)) {
            return nil
        }
        lo -= 1
        guard lo - 2 >= floor, tokens[lo - 1].isPunct(","), tokens[lo - 2].isWord,
            tokens[lo - 2].capitalized, SpeechLexicon.pronouns[tokens[lo - 2].hash] == nil,
            let name = phraseEnding(at: lo - 2, floor: floor, limit: 5), tokens[name.lowerBound].capitalized,
            name.allSatisfy({ tokens[$0].capitalized || tokens[$0].isPunct(".") || SpeechLexicon.nameParticles.contains(tokens[$0].hash) }),
            !name.contains(where: { SpeechLexicon.organisationWords.contains(tokens[$0].hash) })
        else { return nil }
        return name
    }

    private func isLowerCaseOf(_ k: Int) -> Bool { tokens[k].isWord && !tokens[k].capitalized && tokens[k].hash == Words.of }

    /// The preposition opening a time phrase that ends at `j` ("during the weekend", "from
    /// March", "in 2019", "over the past week"), when a word comes before it.
    func timePhraseStart(endingAt j: Int, floor: Int) -> Int? {
        guard j - 1 > floor, tokens[j].isWord,
            SpeechLexicon.timeWords.contains(tokens[j].hash) || (tokens[j].capitalized && SpeechLexicon.months.contains(tokens[j].hash)) || isYear(j)
        else { return nil }
        var p = j - 1
        while p > floor, j - p <= 2, tokens[p].isWord, !tokens[p].capitalized,
            SpeechLexicon.determiners.contains(tokens[p].hash) || SpeechLexicon.periodDeterminers.contains(tokens[p].hash)
        {
            p -= 1
        }
        guard p > floor, tokens[p].isWord, !tokens[p].capitalized, Words.timePrepositions.contains(tokens[p].hash), tokens[p - 1].isWord
        else { return nil }
        return p
    }

    /// Whether the closing mark at `k` ends a short name announced by "known as", "called" …
    /// ("also known as the “Radio Control Law”").
    private func namedInAside(_ k: Int, floor: Int) -> Bool {
        guard let m = tokens[k].mark, m.direction != .opening else { return false }
        var o = k - 1
        while o > floor, k - o <= 8, tokens[o].mark == nil { o -= 1 }
        guard o > floor, k - o <= 8, tokens[o].mark != nil else { return false }
        var t = o - 1
        if t >= floor, tokens[t].isWord, SpeechLexicon.determiners.contains(tokens[t].hash) { t -= 1 }
        if t >= floor, isWord(t, EvaluativeWords.as) { t -= 1 }
        return t >= floor && tokens[t].isWord && SpeechLexicon.titleIntroducers.contains(tokens[t].hash)
    }

    /// Whether `phrase` is "a statement", "a letter", "an open letter" (an indefinite document).
    private func indefiniteDocument(_ phrase: ClosedRange<Int>) -> Bool {
        let first = tokens[phrase.lowerBound]
        guard phrase.count >= 2, first.isWord, !first.capitalized, Words.indefiniteArticles.contains(first.hash) else { return false }
        return SpeechLexicon.documentNouns.contains(tokens[phrase.upperBound].hash)
    }

    /// Whether capitalised `phrase` follows a place preposition, perhaps after a comma and the
    /// place's first part ("outside Washington, D.C.", "in Paris").
    private func placeAfterPreposition(_ phrase: ClosedRange<Int>, floor: Int) -> Bool {
        guard tokens[phrase.lowerBound].capitalized else { return false }
        var k = phrase.lowerBound - 1
        var steps = 0
        while k >= floor, steps < 4, tokens[k].isPunct(",") || (tokens[k].isWord && tokens[k].capitalized) { k -= 1; steps += 1 }
        guard k >= floor, tokens[k].isWord, !tokens[k].capitalized else { return false }
        return Words.placePrepositions.contains(tokens[k].hash)
    }


    /// "Mitsotakis speaking to the Atlantic Council think tank called …": a name followed by a
    /// participle phrase (no commas) before the verb is the subject, not the participle's object.
    func personBeforeParticiple(_ phrase: ClosedRange<Int>, floor: Int) -> ClosedRange<Int>? {
        guard SpeechLexicon.pronouns[tokens[phrase.lowerBound].hash] == nil else { return nil }
        var k = phrase.lowerBound - 1
        while k - 1 >= floor, phrase.lowerBound - k <= 8, tokens[k].isWord {
            // Only prepositions, determiners and nouns between: not "… standing behind him as he …".
            let h = tokens[k].hash
            if !tokens[k].capitalized, SpeechLexicon.phraseStoppers.contains(h) && !SpeechLexicon.participlePrepositions.contains(h)
                || SpeechLexicon.objectPronouns.contains(h)
            {
                return nil
            }
            // "scientists studying patients in Zhuhai reported": also a speaker noun.
            if !tokens[k].capitalized, isParticipleWord(k), tokens[k - 1].isWord,
                tokens[k - 1].capitalized || SpeechLexicon.speakerNouns.contains(tokens[k - 1].hash),
                SpeechLexicon.pronouns[tokens[k - 1].hash] == nil
            {
                return phraseEnding(at: k - 1, floor: floor)
            }
            k -= 1
        }
        return nil
    }

    /// "Dr. Steven Wolf at Saint Francis said", "Arnel dela Vega from the army said": a name
    /// before a preposition joining it to an organisation is the speaker.
    func nameBeforePreposition(_ phrase: ClosedRange<Int>, floor: Int) -> ClosedRange<Int>? {
        var p = phrase.lowerBound - 1
        guard p - 1 >= floor, tokens[phrase.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[phrase.lowerBound].hash)
        else { return nil }
        guard tokens[p].isWord, !tokens[p].capitalized, SpeechLexicon.organisationPrepositions.contains(tokens[p].hash) else { return nil }
        p -= 1
        guard tokens[p].isWord, tokens[p].capitalized, SpeechLexicon.pronouns[tokens[p].hash] == nil,
            let name = phraseEnding(at: p, floor: floor), tokens[name.lowerBound].capitalized,
            name.allSatisfy({ tokens[$0].capitalized || tokens[$0].isPunct(".") || SpeechLexicon.nameParticles.contains(tokens[$0].hash) }),
            !name.contains(where: { SpeechLexicon.organisationWords.contains(tokens[$0].hash) })
        else { return nil }
        return name
    }

    /// Whether the sentence-opening word `k` starts an opening phrase rather than the subject:
    /// "Speaking on Fox,", "Asked on Monday whether …,", "Back in 1999,", "Ever since …,".
    private func opensAnAdverbialPhrase(_ k: Int, before limit: Int) -> Bool {
        // "Following the announcement, Trump …", "Despite the ruling, …".
        if tokens[k].isWord, Words.openingPrepositions.contains(tokens[k].hash) { return true }
        guard k + 1 < limit, tokens[k + 1].isWord, !tokens[k + 1].capitalized else { return false }
        let next = tokens[k + 1].hash
        guard SpeechLexicon.prepositionsAfterCue.contains(next) || next == Words.whether || next == Words.since else { return false }
        return isParticipleWord(k) || verbEnding(k) == 2 || Words.openingAdverbs.contains(tokens[k].hash)
    }

    /// The subject shared by a participle after the comma at `comma`: the speaker of a speech
    /// verb right before the comma ("”, Lewandowski said, adding: “…”", "said Skelly,
    /// explaining …"), else the sentence's subject.
    func participleSubject(comma: Int, floor: Int) -> ClosedRange<Int>? {
        let v = comma - 1
        if v >= floor, cueFrame(v) != nil, let subject = subject(before: v, floor: floor) { return subject }
        if v >= floor, let phrase = phraseEnding(at: v, floor: floor), phrase.lowerBound - 1 >= floor,
            cueFrame(phrase.lowerBound - 1) != nil, tokens[phrase.lowerBound].capitalized, !isTimePhrase(phrase)
        {
            return phrase
        }
        if let speaker = speakerOfOpeningQuotation(from: floor, before: comma) { return speaker }
        return sentenceSubject(from: floor, before: comma)
    }

    /// "“It’s not new,” said Rep. Bobby Scott (D-Va.) at the time, adding …": in a sentence that
    /// opens with a quotation, the speaker named after it.
    func speakerOfOpeningQuotation(from first: Int, before limit: Int) -> ClosedRange<Int>? {
        guard first < limit, let m = tokens[first].mark, m.direction != .closing else { return nil }
        var c = first + 1
        while c < limit, tokens[c].mark == nil { c += 1 }
        guard c < limit else { return nil }
        var k = c + 1
        if k < limit, tokens[k].isPunct(",") { k += 1 }
        guard k < limit else { return nil }
        if cueFrame(k) != nil {
            var s = k + 1
            while s < limit, tokens[s].isWord, SpeechLexicon.dayWords.contains(tokens[s].hash) { s += 1 }
            guard s < limit, let speaker = phraseStarting(at: s, ceiling: limit - 1), tokens[speaker.lowerBound].capitalized else { return nil }
            return speaker
        }
        guard let speaker = phraseStarting(at: k, ceiling: limit - 1, limit: 6), speaker.upperBound + 1 < limit,
            cueFrame(speaker.upperBound + 1) != nil, tokens[speaker.lowerBound].capitalized
        else { return nil }
        return speaker
    }

    /// A capitalised phrase ending right before a verb group of at most three lower-case words
    /// ending at `k` ("Mr. Trump was prompted", "Ms. Lee wanted").
    func nameBeforeVerbGroup(endingAt k: Int, floor: Int) -> ClosedRange<Int>? {
        var j = k
        while j >= floor, k - j < 3, tokens[j].isWord, !tokens[j].capitalized,
            SpeechLexicon.auxiliaries.contains(tokens[j].hash) || verbEnding(j) != 0 || isParticipleWord(j)
        {
            j -= 1
        }
        guard j < k, j >= floor, tokens[j].isWord, tokens[j].capitalized,
            SpeechLexicon.pronouns[tokens[j].hash] == nil,
            let phrase = phraseEnding(at: j, floor: floor)
        else { return nil }
        return phrase
    }

    /// The first phrase of the sentence (its grammatical subject in most news sentences),
    /// skipping an opening connective ("But", "However,").
    func sentenceSubject(from first: Int, before limit: Int) -> ClosedRange<Int>? {
        var k = first
        while k < limit, tokens[k].isWord, Words.connectives.contains(tokens[k].hash) { k += 1 }
        while k < limit, tokens[k].isPunct(",") || tokens[k].mark != nil { k += 1 }
        if let after = openingTimePhraseWithoutComma(at: k, before: limit) { k = after }
        // Opening phrases ("In 1999,", "After the debate,", "Speaking on Fox,"; at most two: "In
        // June, after Clinton fell ill,") are skipped.
        var skipped = 0
        while skipped < 2, k < limit, tokens[k].isWord,
            !isPhraseWord(k) || opensAnAdverbialPhrase(k, before: limit)
        {
            var c = k
            while c < limit, c - k < 12, !tokens[c].isPunct(","), !isTerminal(c) { c += 1 }
            guard c < limit, tokens[c].isPunct(",") else { return nil }
            k = c + 1
            skipped += 1
        }
        guard k < limit, !tokens[k].startsWithDigit else { return nil }
        var phrase = phraseStarting(at: k, ceiling: limit - 1, limit: 6)
        // "Hours later, Trump …", "Washington (AFP) — Clinton …": a time phrase or a dateline
        // opening the sentence is not its subject.
        if let p = phrase, let after = afterOpeningTimeOrDateline(p, before: limit) {
            k = after
            phrase = phraseStarting(at: k, ceiling: limit - 1, limit: 6)
        }
        // "One of these groups, the Syrian Democratic Forces (SDF), opposed …": the name in
        // apposition is the better speaker.
        var comma = (phrase?.upperBound ?? k) + 1
        while comma < limit, comma - k < 8, tokens[comma].isWord { comma += 1 }
        // Not after a clause ("Day had one child, record producer Terry Melcher, …").
        // A name before the comma stays ("Adil Abdul-Mahdi, the acting Prime Minister of Iraq, …").
        let named = phrase.map { p in p.count >= 2 && p.allSatisfy { tokens[$0].isWord && tokens[$0].capitalized && !isPossessive($0) } } ?? false
        if !named, comma + 1 < limit, tokens[comma].isPunct(","), !hasFiniteVerb((phrase?.upperBound ?? k) + 1, comma - 1),
            let name = phraseStarting(at: comma + 1, ceiling: limit - 1, limit: 6),
            name.contains(where: { tokens[$0].capitalized }),
            name.upperBound + 1 < limit, tokens[name.upperBound + 1].isPunct(",") || tokens[name.upperBound + 1].isPunct("(")
        {
            return name
        }
        // "The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership,
        // David Clay, called …": a longer description opening with a determiner, then a name
        // between commas.
        if SpeechLexicon.determiners.contains(tokens[k].hash) {
            while comma < limit, comma - k < 18, tokens[comma].isWord { comma += 1 }
            if comma + 1 < limit, tokens[comma].isPunct(","), let name = phraseStarting(at: comma + 1, ceiling: limit - 1, limit: 4),
                name.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }), SpeechLexicon.pronouns[tokens[name.lowerBound].hash] == nil,
                name.upperBound + 1 < limit, tokens[name.upperBound + 1].isPunct(",")
            {
                return name
            }
        }
        return phrase
    }

    /// The token after a time phrase opening the sentence without a comma, before its subject:
    /// "This Wednesday Greek Foreign Minister …", "On Tuesday the ministry …", "Last week police …".
    func openingTimePhraseWithoutComma(at k: Int, before limit: Int) -> Int? {
        guard k + 2 < limit, tokens[k].isWord, tokens[k + 1].isWord else { return nil }
        let next = tokens[k + 1].hash
        var e: Int
        if SpeechLexicon.periodDeterminers.contains(tokens[k].hash),
            SpeechLexicon.timeWords.contains(next) || SpeechLexicon.months.contains(next)
        {
            e = k + 2
        } else if tokens[k].hash == SettingWords.on, SpeechLexicon.dayWords.contains(next) || SpeechLexicon.months.contains(next) {
            e = k + 2
            if e < limit, tokens[e].startsWithDigit { e += 1 }
        } else {
            return nil
        }
        if e < limit, tokens[e].isWord, !tokens[e].capitalized, SpeechLexicon.timeWords.contains(tokens[e].hash) { e += 1 }
        guard e < limit, tokens[e].isWord,
            tokens[e].capitalized || SpeechLexicon.determiners.contains(tokens[e].hash) || SpeechLexicon.subjectPronouns.contains(tokens[e].hash)
        else { return nil }
        return e
    }

    /// The token after an opening time phrase ("Hours later,", "Tuesday morning,") or a
    /// dateline ("Washington (AFP) —", "PARIS —") that starts with `phrase`.
    private func afterOpeningTimeOrDateline(_ phrase: ClosedRange<Int>, before limit: Int) -> Int? {
        let next = phrase.upperBound + 1
        guard next + 1 < limit else { return nil }
        var c = phrase.lowerBound
        while c < limit, c - phrase.lowerBound <= 4, tokens[c].isWord { c += 1 }
        if c + 1 < limit, c > phrase.lowerBound, tokens[c].isPunct(","), SpeechLexicon.timeWords.contains(tokens[c - 1].hash) {
            return c + 1
        }
        if tokens[next].isPunct("—"), phrase.count <= 3 { return next + 1 }
        // "WASHINGTON, Dec. 8 (UPI) —": a dateline in capitals with a date and an agency.
        if phrase.count <= 3, phrase.allSatisfy({ isAllCaps($0) }) {
            var d = next
            while d < limit, d - next <= 10, !tokens[d].isPunct("—"), tokens[d].mark == nil, !isTerminal(d) || tokens[d].isPunct(".") { d += 1 }
            if d + 1 < limit, tokens[d].isPunct("—") { return d + 1 }
        }
        if tokens[next].isPunct("(") {
            var c = next + 1
            while c < limit, c - next <= 4, !tokens[c].isPunct(")") { c += 1 }
            if c + 2 < limit, tokens[c].isPunct(")"), tokens[c + 1].isPunct("—") { return c + 2 }
        }
        return nil
    }
}

extension QuoteScan {
    /// Whether `phrase` is a definite group ("the parents", "the researchers"): "the" and a
    /// lower-case word in "-s" at its end, which can be a speaker like a name.
    func namesAGroup(_ phrase: ClosedRange<Int>) -> Bool {
        guard phrase.count >= 2, tokens[phrase.lowerBound].isWord, tokens[phrase.lowerBound].hash == Words.the else { return false }
        let last = tokens[phrase.upperBound]
        return last.isWord && !last.capitalized && last.end - last.start > 3 && scalars[last.end - 1] == "s"
            && scalars[last.end - 2] != "s"
    }
}
