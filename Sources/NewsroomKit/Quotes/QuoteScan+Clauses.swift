/// Reading what follows a speech verb: a setting ("on Friday", "in a statement") before the
/// reported clause or the quotation, and whether words form a clause (have a finite verb) or are
/// only a noun phrase ("announced a new initiative").
extension QuoteScan {
    /// The token after the setting phrases that follow the speech verb at `cue` ("said on
    /// Friday", "said Tuesday night", "said in a statement on Monday", "said at a press
    /// conference", "wrote on Twitter", "said last week"), if at least one does and it ends
    /// before `limit`; nil when none follows.
    func settingEnd(after cue: Int, limit: Int) -> Int? {
        var k = cue + 1
        var found = false
        for _ in 0..<3 {
            guard k < limit, let next = settingPhraseEnd(at: k, limit: limit) else { break }
            found = true
            k = next
        }
        return found ? k : nil
    }

    /// The token after one setting phrase starting at `k`, or nil.
    private func settingPhraseEnd(at k: Int, limit: Int) -> Int? {
        guard k < limit, tokens[k].isWord, tokens[k].paragraph == tokens[max(0, k - 1)].paragraph else { return nil }
        let h = tokens[k].hash
        // "Tuesday", "yesterday", "Tuesday night", "earlier this week".
        if SpeechLexicon.dayWords.contains(h) {
            var e = k + 1
            if e < limit, tokens[e].isWord, SpeechLexicon.timeWords.contains(tokens[e].hash), !SpeechLexicon.dayWords.contains(tokens[e].hash) {
                e += 1
            } else if e + 1 < limit, tokens[e].isWord, SpeechLexicon.periodDeterminers.contains(tokens[e].hash),
                tokens[e + 1].isWord, SpeechLexicon.timeWords.contains(tokens[e + 1].hash)
            {
                e += 2
            }
            return e
        }
        // "last week", "this month", "last Friday".
        if !tokens[k].capitalized, SpeechLexicon.periodDeterminers.contains(h), k + 1 < limit, tokens[k + 1].isWord,
            SpeechLexicon.timeWords.contains(tokens[k + 1].hash)
        {
            return k + 2
        }
        guard !tokens[k].capitalized, k + 1 < limit else { return nil }
        // "said publicly the rainforest should …", "stated repeatedly on Monday …": an adverb of
        // the saying itself, perhaps before another setting.
        if SettingWords.speechAdverbs.contains(h) { return settingPhraseEnd(at: k + 1, limit: limit) ?? k + 1 }
        // "late on Tuesday", "early Monday", "late last week": "late" or "early" before a setting.
        if h == SettingWords.late || h == SettingWords.early {
            return settingPhraseEnd(at: k + 1, limit: limit)
        }
        if h == SettingWords.on {
            // "on Friday", "on Friday night", "on January 7", "on Twitter", "on CNN".
            let n = k + 1
            guard tokens[n].isWord else { return nil }
            if SpeechLexicon.dayWords.contains(tokens[n].hash) { return settingPhraseEnd(at: n, limit: limit) }
            if SpeechLexicon.months.contains(tokens[n].hash) {
                var e = n + 1
                if e < limit, tokens[e].startsWithDigit { e += 1 }
                return e
            }
            if tokens[n].capitalized, SpeechLexicon.mediaWords.contains(tokens[n].hash) { return n + 1 }
            return nil
        }
        // "in a statement", "in an interview with Time magazine", "at a press conference",
        // "during a briefing", "to reporters".
        if h == SettingWords.to {
            guard tokens[k + 1].isWord else { return nil }
            if SpeechLexicon.audienceWords.contains(tokens[k + 1].hash) { return k + 2 }
            // "reported to the police", "said to the court": an authority addressed.
            guard k + 2 < limit, tokens[k + 1].hash == SpeechLexicon.the, tokens[k + 2].isWord,
                SpeechLexicon.audienceWords.contains(tokens[k + 2].hash) || SpeechLexicon.authorityAudiences.contains(tokens[k + 2].hash)
            else { return nil }
            return k + 3
        }
        guard SettingWords.prepositions.contains(h) else { return nil }
        // "said in May", "said in March 2019", "said in 2018".
        if h == SettingWords.in, tokens[k + 1].isWord {
            let n = k + 1
            if tokens[n].capitalized, SpeechLexicon.months.contains(tokens[n].hash) {
                return n + 1 < limit && isYear(n + 1) ? n + 2 : n + 1
            }
            if isYear(n) { return n + 1 }
        }
        var e = k + 1
        if e < limit, tokens[e].isWord, SpeechLexicon.determiners.contains(tokens[e].hash) || isPossessive(e) { e += 1 }
        var words = 0
        while e < limit, words < 3, tokens[e].isWord, !SpeechLexicon.settingNouns.contains(tokens[e].hash) {
            e += 1
            words += 1
        }
        guard e < limit, tokens[e].isWord, SpeechLexicon.settingNouns.contains(tokens[e].hash) else { return nil }
        e += 1
        // "… with Time magazine", "… to reporters", "… on Monday".
        if e + 1 < limit, tokens[e].isWord, !tokens[e].capitalized,
            tokens[e].hash == SettingWords.with || tokens[e].hash == SettingWords.to,
            tokens[e + 1].isWord, tokens[e + 1].capitalized || SpeechLexicon.audienceWords.contains(tokens[e + 1].hash)
        {
            e += 2
            while e < limit, e - k < 10, tokens[e].isWord, tokens[e].capitalized || SpeechLexicon.mediaWords.contains(tokens[e].hash) { e += 1 }
        }
        return e
    }

    /// Whether token `k` is a year written in four digits ("2019").
    func isYear(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.startsWithDigit, t.end - t.start == 4 else { return false }
        return (t.start..<t.end).allSatisfy { scalars[$0].properties.numericType != nil }
    }

    /// Whether the words `lo...hi` hold a finite verb, so that they can be a reported clause
    /// rather than a noun phrase: a form of be, have, do or a modal (not after "to"), a common
    /// irregular past, a word in "-ed" not after a determiner, a word in "-s" after a subject
    /// ("the Olympiad shows …"), or any word right after a subject pronoun ("they believe").
    func hasFiniteVerb(_ lo: Int, _ hi: Int) -> Bool {
        guard lo <= hi else { return false }
        for k in lo...hi where tokens[k].isWord && !tokens[k].capitalized {
            let h = tokens[k].hash
            var previous = k > lo && tokens[k - 1].isWord ? tokens[k - 1] : nil
            // "hundreds of fighters (mostly foreign) escaped": the word before a bracketed aside
            // is the one before the verb.
            var before = k - 1
            if previous == nil, k - 1 > lo, tokens[k - 1].isPunct(")"), let open = bracketOpening(closing: k - 1, floor: lo),
                open - 1 >= lo, tokens[open - 1].isWord
            {
                before = open - 1
                previous = tokens[before]
            }
            if let p = previous, p.hash == Words.to, !p.capitalized { continue }
            // "at 11:30 am": the time of day, not "I am".
            if h == SettingWords.am, let p = previous, p.startsWithDigit { continue }
            if SpeechLexicon.finiteAuxiliaries.contains(h) || SpeechLexicon.irregularPast.contains(h) { return true }
            if let p = previous, SpeechLexicon.subjectPronouns.contains(p.hash) { return true }
            let n = tokens[k].end - tokens[k].start
            guard n >= 4 else { continue }
            let last = scalars[tokens[k].end - 1]
            let beforeLast = scalars[tokens[k].end - 2]
            // "-ed" after a word that is not a determiner ("…, based on" is a participle).
            if beforeLast == "e", last == "d" {
                // "Bishop Dinualdo Gutierrez, 79, died …": after an age between commas.
                if previous == nil, k - 3 >= lo, tokens[k - 1].isPunct(","), tokens[k - 2].startsWithDigit, tokens[k - 3].isPunct(",") {
                    return true
                }
                guard let p = previous, !SpeechLexicon.determiners.contains(p.hash), !isPossessive(k - 1) else { continue }
                return true
            }
            // "the Olympiad shows young people", "Asawitiri Media also uses the same photo":
            // a word in "-s" after a subject (not after a determiner or a preposition) and before
            // a word that is not a preposition ("steps to tighten" is a noun).
            if last == "s", beforeLast != "s", beforeLast != "u", beforeLast != "i", beforeLast != "'", beforeLast != "’",
                k + 1 <= hi, tokens[k + 1].isWord, !SpeechLexicon.phraseStoppers.contains(tokens[k + 1].hash)
                    || SpeechLexicon.determiners.contains(tokens[k + 1].hash)
            {
                var s = before
                // "seven days of mourning", "five new deaths": a plural after a number (perhaps
                // with one word between) is a noun.
                if isNumberWord(before) || (before - 1 >= lo && tokens[before].isWord && !tokens[before].capitalized && isNumberWord(before - 1)
                    && !SpeechLexicon.auxiliaries.contains(tokens[before].hash)) { continue }
                while s > lo, tokens[s].isWord, !tokens[s].capitalized, SpeechLexicon.auxiliaries.contains(tokens[s].hash) { s -= 1 }
                if s >= lo, s < k, tokens[s].isWord, !SpeechLexicon.determiners.contains(tokens[s].hash),
                    !SpeechLexicon.phraseStoppers.contains(tokens[s].hash) || Words.relatives.contains(tokens[s].hash)
                {
                    return true
                }
            }
        }
        return false
    }
}

extension QuoteScan {
    /// Number words that count a plural noun ("seven days", "dozens of").
    static let numberWords: WordHashSet = WordHashSet([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "several",
    ].map(WordHash.of))

    /// Whether token `k` is a number: digits or a number word.
    func isNumberWord(_ k: Int) -> Bool {
        k >= 0 && tokens[k].isWord && (tokens[k].startsWithDigit || (!tokens[k].capitalized && Self.numberWords.contains(tokens[k].hash)))
    }
}

/// "read" of a document.
enum DocumentWords {
    static let read = WordHash.of("read")
}

/// Hashes of the words setting phrases are read with.
enum SettingWords {
    static let on = WordHash.of("on")
    static let to = WordHash.of("to")
    static let with = WordHash.of("with")
    static let `in` = WordHash.of("in")
    static let late = WordHash.of("late")
    static let am = WordHash.of("am")
    static let early = WordHash.of("early")
    /// Adverbs that qualify the saying, not what was said ("said publicly", "stated repeatedly").
    static let speechAdverbs: WordHashSet = WordHashSet([
        "publicly", "privately", "repeatedly", "previously", "separately", "openly", "officially", "formally",
        "explicitly", "bluntly", "frankly", "flatly", "angrily", "proudly", "quietly",
    ].map(WordHash.of))
    /// Prepositions opening a setting ("in a statement", "at a news conference").
    static let prepositions: WordHashSet = WordHashSet(["in", "at", "during", "after", "via", "through", "from"].map(WordHash.of))
    /// Prepositions opening a setting that may run to a comma before the reported clause
    /// ("announced via Twitter around noon, phase one …", "said in a video message on Friday, the …").
    static let commaSettingOpeners: WordHashSet = WordHashSet(["in", "on", "at", "during", "via", "through", "from", "after"].map(WordHash.of))
}
