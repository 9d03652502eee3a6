/// The tokens of one article with the sentence index the quote rules navigate by.
struct QuoteScan {
    let scalars: [Unicode.Scalar]
    let tokens: [QuoteToken]
    /// First and last token of every sentence.
    let sentenceFirst: [Int]
    let sentenceLast: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let tokens = QuoteTokenizer.tokenize(scalars)
        self.tokens = tokens
        var first: [Int] = []
        var last: [Int] = []
        for (k, t) in tokens.enumerated() {
            if t.sentence >= first.count {
                first.append(k)
                last.append(k)
            } else {
                last[t.sentence] = k
            }
        }
        sentenceFirst = first
        sentenceLast = last
    }

    /// How far the rules look within one sentence: text without sentence ends (tables, lists,
    /// markup) must not make them quadratic.
    static let reach = 300

    /// First token of `k`'s sentence, at most `reach` tokens back.
    func firstOfSentence(_ k: Int) -> Int { max(sentenceFirst[tokens[k].sentence], k - Self.reach) }
    /// Last token of `k`'s sentence, at most `reach` tokens on.
    func lastOfSentence(_ k: Int) -> Int { min(sentenceLast[tokens[k].sentence], k + Self.reach) }

    /// Whether token `k` is the word whose hash is `h` (lower-case, so not a proper name).
    func isWord(_ k: Int, _ h: UInt64) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].hash == h
    }

    func isPunct(_ k: Int, _ p: Unicode.Scalar) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].isPunct(p)
    }

    /// Whether token `k` ends a sentence (. ? ! ;).
    func isTerminal(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, case .punct(let p) = tokens[k].kind else { return false }
        // An abbreviation's stop inside brackets ("(D-Ore.)") ends no sentence.
        if p == ".", k + 1 < tokens.count, tokens[k + 1].isPunct(")"), k > 0, tokens[k - 1].end == tokens[k].start {
            return false
        }
        // "McConnell, R-Ky., said": an abbreviation's stop before a comma ends no sentence.
        if p == ".", k + 1 < tokens.count, tokens[k + 1].isPunct(","), k > 0, tokens[k - 1].end == tokens[k].start,
            tokens[k - 1].isWord, tokens[k - 1].capitalized
        {
            return false
        }
        return p == "." || p == "?" || p == "!" || p == ";"
    }

    /// The speech frame of token `k` when it is a lower-case speech verb.
    func cueFrame(_ k: Int) -> SpeechLexicon.CueFrame? {
        guard k >= 0, k < tokens.count, let cue = tokens[k].cue else { return nil }
        // A capitalised speech verb only opens a sentence ("Said Dorothy Poynter, …").
        if tokens[k].capitalized, k > 0, tokens[k - 1].sentence == tokens[k].sentence { return nil }
        return cue
    }

    /// Whether "according to" starts at `k`.
    func isAccordingTo(_ k: Int) -> Bool { isWord(k, Words.according) && isWord(k + 1, Words.to) }

    /// Text of the tokens `range`.
    func text(_ range: ClosedRange<Int>) -> String {
        string(tokens[range.lowerBound].start, tokens[range.upperBound].end)
    }

    /// The scalars `lo..<hi` (clamped) as a string, encoded straight to UTF-8.
    func string(_ lo: Int, _ hi: Int) -> String {
        let a = max(0, min(lo, scalars.count))
        let b = max(a, min(hi, scalars.count))
        guard b > a else { return "" }
        return String(unsafeUninitializedCapacity: (b - a) * 4) { buffer in
            var n = 0
            for k in a..<b {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    func span(_ range: ClosedRange<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].start, end: tokens[range.upperBound].end)
    }

    /// Whether token `k` is a word that can be part of a speaker phrase.
    func isPhraseWord(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].isWord else { return false }
        let t = tokens[k]
        if t.capitalized {
            // "In", "But", "When" open a clause, not a name — unless inside a name ("CBS This Morning").
            guard SpeechLexicon.phraseStoppers.contains(t.hash), SpeechLexicon.pronouns[t.hash] == nil else { return true }
            if k > 0 && tokens[k - 1].isWord && tokens[k - 1].capitalized && tokens[k - 1].sentence == t.sentence { return true }
            // "said Will Doyle": a first name that is also a stopper, inside a sentence and before a name.
            return k > 0 && k + 1 < tokens.count && tokens[k - 1].sentence == t.sentence && tokens[k - 1].isWord
                && !tokens[k - 1].capitalized && tokens[k + 1].isWord && tokens[k + 1].capitalized
                && tokens[k + 1].sentence == t.sentence && !SpeechLexicon.phraseStoppers.contains(tokens[k + 1].hash)
        }
        if t.cue == nil && !SpeechLexicon.phraseStoppers.contains(t.hash) { return true }
        // "Center for Biological Diversity", "Committee on Foreign Relations": a short word inside a name.
        return SpeechLexicon.nameJoiners.contains(t.hash) && k > 0 && k + 1 < tokens.count
            && tokens[k - 1].isWord && tokens[k - 1].capitalized && tokens[k + 1].isWord && tokens[k + 1].capitalized
            && tokens[k - 1].sentence == t.sentence && tokens[k + 1].sentence == t.sentence
            && SpeechLexicon.pronouns[tokens[k + 1].hash] == nil && !SpeechLexicon.timeWords.contains(tokens[k + 1].hash)
    }

    /// The speaker phrase ending at `k` (reading backwards), at most `limit` words, not before `floor`.
    func phraseEnding(at k: Int, floor: Int, limit: Int = 7) -> ClosedRange<Int>? {
        var j = k
        var count = 0
        while j >= floor, isPhraseWord(j) || continuesPhraseBackwards(j, floor: floor),
            count < limit || (count < limit + 4 && (tokens[j].capitalized || isParticleInName(j, floor: floor)))
        {
            count += 1
            if SpeechLexicon.determiners.contains(tokens[j].hash), !tokens[j].capitalized || j == floor {
                // "George Kimbrell of the Center for Food Safety": the name before "of the".
                // "A source within the ministry": a speaker noun before the preposition.
                if j - 2 >= floor, count < limit + 4, tokens[j - 1].isWord,
                    (tokens[j - 1].hash == Words.of && tokens[j - 2].isWord && tokens[j - 2].capitalized && isPhraseWord(j - 2))
                        || continuesPhraseBackwards(j - 1, floor: floor)
                {
                    j -= 2
                    count += 1
                    continue
                }
                j -= 1
                break
            }
            j -= 1
        }
        guard j < k else { return nil }
        let lo = j + 1
        return lo...k
    }

    /// Whether token `j` is a name particle between two capitalised words ("Arnel dela Vega").
    private func isParticleInName(_ j: Int, floor: Int) -> Bool {
        guard j - 1 >= floor, j + 1 < tokens.count, tokens[j].isWord, !tokens[j].capitalized,
            Words.nameParticles.contains(tokens[j].hash)
        else { return false }
        return tokens[j - 1].isWord && tokens[j - 1].capitalized && tokens[j + 1].isWord && tokens[j + 1].capitalized
    }

    /// A preposition joining a speaker noun to what it belongs to, read backwards: "a source
    /// within the ministry", "an official at the embassy".
    private func continuesPhraseBackwards(_ j: Int, floor: Int) -> Bool {
        guard j - 1 >= floor, tokens[j].isWord, !tokens[j].capitalized, SpeechLexicon.speakerPrepositions.contains(tokens[j].hash),
            tokens[j - 1].isWord
        else { return false }
        return SpeechLexicon.speakerNouns.contains(tokens[j - 1].hash)
    }

    /// The speaker phrase starting at `k` (reading forwards), stopping at punctuation, stopper
    /// words, or after `limit` words; an appositive name after a comma is not included.
    func phraseStarting(at k: Int, ceiling: Int, limit: Int = 7) -> ClosedRange<Int>? {
        var j = k
        var count = 0
        while j <= ceiling, j < tokens.count, count < limit {
            // "Windsor Locks' first selectman": a possessive apostrophe inside the phrase.
            if j > k, isPossessiveMark(j) {
                j += 1
                continue
            }
            guard tokens[j].isWord else { break }
            // "according to the foreign ministry he died …": a pronoun starts the next clause.
            if j > k, !tokens[j].capitalized, SpeechLexicon.pronouns[tokens[j].hash] != nil { break }
            if j > k || !SpeechLexicon.determiners.contains(tokens[j].hash) {
                guard isPhraseWord(j) else { break }
                // A lower-case word after a name ends the phrase ("said Juppe today").
                // A determiner or a past tense after the head ends the phrase ("the group opposed the …").
                if j > k, !tokens[j].capitalized,
                    SpeechLexicon.determiners.contains(tokens[j].hash) || (j > k + 1 && verbEnding(j) == 2)
                {
                    break
                }
                if j > k, !tokens[j].capitalized, tokens[j - 1].capitalized, tokens[j].hash != Words.of,
                    !isPossessive(j - 1), !(SpeechLexicon.determiners.contains(tokens[k].hash) && j - k <= 3),
                    !capitalisedSoon(after: j, ceiling: ceiling)
                {
                    break
                }
            }
            count += 1
            j += 1
        }
        guard j > k else { return nil }
        var hi = j - 1
        while hi > k, tokens[hi].hash == Words.of || SpeechLexicon.determiners.contains(tokens[hi].hash) { hi -= 1 }
        if SpeechLexicon.determiners.contains(tokens[hi].hash), hi == k { return nil }
        return k...hi
    }

    /// Whether a capitalised word follows within two lower-case phrase words ("Democratic
    /// presidential candidate Sen. Bernie Sanders").
    func capitalisedSoon(after j: Int, ceiling: Int) -> Bool {
        var k = j
        while k <= min(ceiling, j + 2), k < tokens.count, tokens[k].isWord {
            if tokens[k].capitalized { return true }
            if !isPhraseWord(k) { return false }
            k += 1
        }
        return false
    }

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
        {
            if SpeechLexicon.be.contains(tokens[j].hash) { passive = true }
            j -= 1
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
            while q >= floor, !tokens[q].isPunct(","), !isTerminal(q), tokens[q].mark == nil { q -= 1 }
            guard q >= floor, tokens[q].isPunct(","), q + 1 <= j - 1 else { return nil }
            let inner = (q + 1)...(j - 1)
            let outer = subject(before: q, floor: floor)
            // An appositive name after a description ("The finance minister, Lou Jiwei, said",
            // "The Vice President, Mike Pence, said"), not after a name ("Sen. Ron Johnson,
            // R-Wis., said").
            if inner.allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }), inner.count <= 4,
                outer.map({ isDescription($0) }) ?? true
            {
                return inner
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
            guard let s = sentenceSubject(from: floor, before: j), tokens[s.lowerBound].capitalized else { return nil }
            return s
        }
        if tokens[j].isWord, isPossessive(j) { return nil }
        // "Chris Christie, who denounced …", "a law which says …": a relative pronoun stands for
        // the phrase before it.
        if tokens[j].isWord, !tokens[j].capitalized, tokens[j].hash == Words.who || tokens[j].hash == Words.which {
            let before = j - 1 >= floor && tokens[j - 1].isPunct(",") ? j - 2 : j - 1
            guard before >= floor, tokens[before].isWord, let phrase = phraseEnding(at: before, floor: floor) else { return nil }
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
        // "Reports said …", "Early reports suggested …": a plural speech noun as the subject.
        if tokens[j].isWord, !tokens[j].capitalized || j == floor, cueFrame(j) != nil, scalars[tokens[j].end - 1] == "s",
            j == floor || (tokens[j - 1].isWord && !SpeechLexicon.phraseStoppers.contains(tokens[j - 1].hash)
                && !SpeechLexicon.determiners.contains(tokens[j - 1].hash) && !isPossessive(j - 1))
        {
            if j > floor, let before = phraseEnding(at: j - 1, floor: floor) { return before.lowerBound...j }
            return j == floor ? j...j : nil
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
        return personBeforeParticiple(phrase, floor: floor) ?? nameBeforePreposition(phrase, floor: floor) ?? phrase
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

    /// The "(" matching the ")" at `closing`, at most six tokens back in the same sentence.
    func bracketOpening(closing: Int, floor: Int) -> Int? {
        var k = closing - 1
        while k >= floor, closing - k <= 6 {
            if tokens[k].isPunct("(") { return k }
            if isTerminal(k) || tokens[k].mark != nil { return nil }
            k -= 1
        }
        return nil
    }

    /// "said his father, Abdullah Kurdi, following the ceremony": a name in apposition after a
    /// description is the better speaker.
    func appositiveName(after phrase: ClosedRange<Int>, ceiling: Int) -> ClosedRange<Int>? {
        let c = phrase.upperBound + 1
        guard c + 1 <= ceiling, tokens[c].isPunct(","), isDescription(phrase), tokens[c + 1].isWord, tokens[c + 1].capitalized,
            SpeechLexicon.pronouns[tokens[c + 1].hash] == nil,
            let name = phraseStarting(at: c + 1, ceiling: ceiling, limit: 5),
            name.allSatisfy({ tokens[$0].capitalized || tokens[$0].isPunct(".") || SpeechLexicon.nameParticles.contains(tokens[$0].hash) }),
            !name.contains(where: { SpeechLexicon.organisationWords.contains(tokens[$0].hash) || SpeechLexicon.roleWords.contains(tokens[$0].hash) })
        else { return nil }
        let after = name.upperBound + 1
        guard after > ceiling || after >= tokens.count || tokens[after].isPunct(",") || isTerminal(after)
            || tokens[after].paragraph != tokens[name.upperBound].paragraph
        else { return nil }
        return name
    }

    /// A single closing mark written right after a word ending in "s" and followed by a space
    /// and a word: the possessive "Sanders’ campaign", not a quotation mark.
    func isPossessiveMark(_ k: Int) -> Bool {
        guard k > 0, k + 1 < tokens.count, let m = tokens[k].mark, m.level == .single, m.direction != .opening,
            tokens[k - 1].isWord, tokens[k - 1].end == tokens[k].start, tokens[k + 1].isWord,
            tokens[k + 1].start > tokens[k].end, tokens[k + 1].paragraph == tokens[k].paragraph
        else { return false }
        let last = scalars[tokens[k - 1].end - 1]
        return last == "s" || last == "S"
    }

    /// Whether a speaker phrase is a description rather than a name: it starts with a
    /// determiner ("The Vice President"), ends in lower case ("the finance minister") or with
    /// a role word ("Senate Minority Leader").
    func isDescription(_ phrase: ClosedRange<Int>) -> Bool {
        let last = tokens[phrase.upperBound]
        return !last.capitalized || SpeechLexicon.roleWords.contains(last.hash)
            || (SpeechLexicon.determiners.contains(tokens[phrase.lowerBound].hash) && phrase.count > 1)
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
            if !tokens[k].capitalized, isParticipleWord(k), tokens[k - 1].isWord, tokens[k - 1].capitalized,
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

    /// Whether a phrase is only time words ("Tuesday night", "later").
    func isTimePhrase(_ phrase: ClosedRange<Int>) -> Bool {
        phrase.allSatisfy { tokens[$0].isWord && (SpeechLexicon.timeWords.contains(tokens[$0].hash) || SpeechLexicon.periodDeterminers.contains(tokens[$0].hash)) }
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
        if comma + 1 < limit, tokens[comma].isPunct(","),
            let name = phraseStarting(at: comma + 1, ceiling: limit - 1, limit: 6),
            name.contains(where: { tokens[$0].capitalized }),
            name.upperBound + 1 < limit, tokens[name.upperBound + 1].isPunct(",") || tokens[name.upperBound + 1].isPunct("(")
        {
            return name
        }
        return phrase
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

    /// A lower-case adverb in "-ly" before a verb ("famously responded", "flatly denied"), not a
    /// noun after a determiner ("the family said").
    func isMannerAdverb(_ k: Int, floor: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized, t.end - t.start >= 5, scalars[t.end - 2] == "l", scalars[t.end - 1] == "y" else {
            return false
        }
        guard k - 1 >= floor else { return true }
        let p = tokens[k - 1]
        return !(p.isWord && (SpeechLexicon.determiners.contains(p.hash) || isPossessive(k - 1)
            || (SpeechLexicon.phraseStoppers.contains(p.hash) && !SpeechLexicon.auxiliaries.contains(p.hash))))
    }

    /// Whether word `k` is written in capitals only ("WASHINGTON").
    func isAllCaps(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.end - t.start >= 2 else { return false }
        for i in t.start..<t.end where scalars[i].properties.isLowercase { return false }
        return true
    }

    /// Whether token `k` makes the word after it a noun: a determiner, a possessive or a
    /// preposition ("in remarks", "his statement", "Smith's claims").
    func isNounMarker(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.capitalized || SpeechLexicon.determiners.contains(t.hash) else { return isPossessive(k) }
        return SpeechLexicon.determiners.contains(t.hash) || SpeechLexicon.nounPrepositions.contains(t.hash) || isPossessive(k)
    }

    /// A word ending in "ing" ("Speaking", "saying").
    func isParticipleWord(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.end - t.start > 4 else { return false }
        return scalars[t.end - 3] == "i" && scalars[t.end - 2] == "n" && scalars[t.end - 1] == "g"
    }

    /// Whether token `k` is a word ending in "ed" ("inebriated", "confirmed"): `verbEnding` 2.
    func isPastForm(_ k: Int) -> Bool { tokens[k].isWord && verbEnding(k) == 2 }

    /// Whether the passage starts inside a sentence (a word of the same sentence comes right
    /// before its opening mark), as in "called it “a disgrace”".
    func isMidSentence(_ segment: QuotedSegment) -> Bool {
        let k = segment.openToken - 1
        guard k >= 0, tokens[k].sentence == tokens[segment.openToken].sentence else { return false }
        if tokens[k].isWord { return true }
        if segment.contentStart < scalars.count, scalars[segment.contentStart].properties.isLowercase,
            !tokens[k].isPunct(":")
        {
            return true
        }
        return false
    }

    /// 1 for a word ending in "s", 2 for "ed", 0 otherwise.
    func verbEnding(_ k: Int) -> Int {
        let t = tokens[k]
        guard t.end - t.start >= 3 else { return 0 }
        if scalars[t.end - 1] == "s" { return 1 }
        if scalars[t.end - 2] == "e", scalars[t.end - 1] == "d" { return 2 }
        return 0
    }

    func isPossessive(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start >= 2 else { return false }
        let last = scalars[t.end - 1]
        let apostrophe = scalars[t.end - 2]
        return (last == "s" || last == "S") && (apostrophe == "'" || apostrophe.value == 0x2019)
    }
}

/// Hashes of the function words the rules test for.
enum Words {
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let that = WordHash.of("that")
    static let of = WordHash.of("of")
    static let and = WordHash.of("and")
    static let but = WordHash.of("but")
    static let or = WordHash.of("or")
    static let whether = WordHash.of("whether")
    static let whileWord = WordHash.of("while")
    static let since = WordHash.of("since")
    static let it = WordHash.of("it")
    static let who = WordHash.of("who")
    static let which = WordHash.of("which")
    static let put = WordHash.of("put")
    /// Adverbs opening a sentence before a preposition ("Back in 1999,", "Ever since …,").
    static let openingAdverbs: Set<UInt64> = Set(["back", "ever", "even", "earlier", "later", "long", "shortly", "soon"].map(WordHash.of))
    /// Prepositions before a gerund that shares the sentence's subject ("before saying").
    static let gerundPrepositions: Set<UInt64> = Set(["before", "after", "while", "when", "by", "without"].map(WordHash.of))
    /// Words that, after a comma, start a clause outside the reported content.
    static let clauseBreaks: Set<UInt64> = Set(
        ["but", "while", "whereas", "although", "though", "compared", "after", "it", "even"].map(WordHash.of))
    /// Requests whose complement is an infinitive, not reported speech ("urged X to …").
    static let requestVerbs: Set<UInt64> = Set(["ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging"].map(WordHash.of))
    /// Words that cannot open a clause right after a speech verb; after them the speech word
    /// is a noun ("reports were", "protests since").
    static let nounCueFollowers: Set<UInt64> = Set(
        ["is", "was", "were", "are", "am", "has", "have", "had", "since", "of"].map(WordHash.of))
    /// Openers of an object phrase after a speech verb ("announced a …", "confirmed its …").
    static let objectPhraseOpeners: Set<UInt64> = Set(["a", "an", "its", "their", "his", "her", "our"].map(WordHash.of))
    /// Words where an object phrase ends and a relative, infinitive or coordinated clause begins.
    static let objectPhraseBreaks: Set<UInt64> = Set(["which", "who", "that", "to", "and", "including"].map(WordHash.of))
    /// Lower-case particles inside names ("dela", "van", "bin"), also "dela" and "delos" of Philippine names.
    static let nameParticles: Set<UInt64> = Set((NameVocabulary.particles.words.union(["dela", "delos"])).map(WordHash.of))
    /// "cited X as saying", "quoted X as saying".
    static let citingVerbs: Set<UInt64> = Set(["cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"].map(WordHash.of))
    /// "there" opens a clause ("reported, citing …, there were …").
    static let there = WordHash.of("there")
    /// Promises whose infinitive can carry the speaker's quoted words ("vowed to keep fighting “…”").
    static let promiseVerbs: Set<UInt64> = Set(["vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged"].map(WordHash.of))
    /// Prepositions before a place ("outside Washington").
    static let placePrepositions: Set<UInt64> = Set(["in", "at", "outside", "near", "from", "inside", "across"].map(WordHash.of))
    /// Words after a bare noun object ("victory in", "sadness and").
    static let bareNounFollowers: Set<UInt64> = Set(["in", "and", "of", "for", "over", "at", "on"].map(WordHash.of))
    /// Prepositions that open a sentence's adverbial phrase and are not names.
    static let openingPrepositions: Set<UInt64> = Set(["following", "despite", "amid", "amidst", "regarding", "concerning", "notwithstanding", "throughout"].map(WordHash.of))
    static let indefiniteArticles: Set<UInt64> = Set(["a", "an"].map(WordHash.of))
    static let at = WordHash.of("at")
    /// "at least", "at most".
    static let leastMost: Set<UInt64> = Set(["least", "most"].map(WordHash.of))
    static let relatives: Set<UInt64> = Set(["that", "which", "who", "whom", "whose"].map(WordHash.of))
    static let connectives: Set<UInt64> = Set(
        ["but", "and", "however", "meanwhile", "still", "yet", "so", "also", "instead", "now", "then"].map(WordHash.of))
}
