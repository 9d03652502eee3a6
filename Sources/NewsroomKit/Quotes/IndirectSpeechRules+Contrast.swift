/// Where a reported clause runs on or stops at a clause the writer joins to it: a contrast
/// opened by ", while" ("the baby was critically ill, while two adults were seriously injured")
/// and a second source introduced by ", with" ("he lost control, with local press claiming …").
extension IndirectSpeechRules {
    /// Whether the clause opened by "while" at `w` (after a comma) is part of what was said: a
    /// finite clause up to the next comma or the sentence's end, at most 24 tokens, with no speech
    /// verb or "according to" of its own ("…, while some say …" is another attribution, "…,
    /// while in custody" or "…, while driving" no clause).
    func continuesAcrossWhile(_ w: Int, last: Int) -> Bool {
        guard w + 2 <= last, tokens[w + 1].isWord, !scan.isParticipleWord(w + 1) else { return false }
        var e = w + 1
        while e <= last, e - w <= 24, tokens[e].isWord || tokens[e].isPunct("'") || tokens[e].isPunct("’") {
            if scan.cueFrame(e) != nil || scan.isAccordingTo(e) { return false }
            e += 1
        }
        guard e > last || tokens[e].isPunct(",") || scan.isTerminal(e) else { return false }
        return scan.hasFiniteVerb(w + 1, e - 1)
    }

    /// Whether "with" at `w` opens a source and a participle of speech ("with some local press
    /// claiming", "with officials reporting at the time"): at most five words, no punctuation,
    /// then a lower-case speech verb in "-ing".
    func startsAWithAttribution(_ w: Int, last: Int) -> Bool {
        guard w + 2 <= last, scan.isWord(w, SettingWords.with), !tokens[w].capitalized, tokens[w + 1].isWord else { return false }
        var p = w + 1
        while p <= last, p - w <= 6, tokens[p].isWord {
            if p > w + 1, scan.isParticipleWord(p) { return !tokens[p].capitalized && scan.cueFrame(p) != nil }
            p += 1
        }
        return false
    }
}

extension IndirectSpeechRules {
    /// The frame of "report" at `k` when it is a verb: after a plural subject ("an international
    /// team of scientists report …", "Sources report …", "they report"), not after a determiner
    /// or a possessive ("the report", "its report", "a status report"). Tested only for the one
    /// word, so it adds a hash comparison per token.
    func reportAfterAPluralSubject(_ k: Int) -> SpeechLexicon.CueFrame? {
        guard tokens[k].hash == Words.report, k > 0, tokens[k].isWord, !tokens[k].capitalized else { return nil }
        let p = tokens[k - 1]
        guard p.isWord, p.sentence == tokens[k].sentence else { return nil }
        // "the weapons report will influence …", "a news report published Wednesday said …": a
        // verb right after it makes "report" the head of a noun phrase.
        if k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].capitalized,
            SpeechLexicon.finiteAuxiliaries.contains(tokens[k + 1].hash) || scan.isPastForm(k + 1) || tokens[k + 1].cue != nil
        {
            return nil
        }
        if !p.capitalized, p.hash == SpeechLexicon.they || p.hash == SpeechLexicon.we { return .clause }
        guard p.end - p.start >= 4, scan.verbEnding(k - 1) == 1, !scan.isPossessive(k - 1),
            !SpeechLexicon.phraseStoppers.contains(p.hash), !SpeechLexicon.determiners.contains(p.hash),
            scan.scalars[p.end - 2] != "s", scan.scalars[p.end - 2] != "u"
        else { return nil }
        return .clause
    }
}

extension IndirectSpeechRules {
    /// Whether the words `a...b` hold a finite speech verb of their own with a subject that can
    /// speak and "that" right after it ("a Turkish official said that …"): then the sentence's
    /// trailing attribution ("…, Cyprus Mail reported") only relays that speaker's words.
    func hasInnerThatClause(from a: Int, to b: Int) -> Bool {
        guard a + 2 < b else { return false }
        for j in (a + 1)..<(b - 1) where tokens[j].cue != nil && scan.isWord(j + 1, Words.that) {
            guard let frame = scan.cueFrame(j), frame != .cognition, !tokens[j].capitalized, !scan.isParticipleWord(j), !isNegated(j),
                let subject = scan.subject(before: j, floor: a), isPlausibleSpeaker(subject)
            else { continue }
            return true
        }
        return false
    }
}

extension IndirectSpeechRules {
    /// Whether the words from `k` to the sentence's end are an attribution of the sentence ("the
    /// Courier reported", "Cyprus Mail said on Friday"): a subject of at most six words, a finite
    /// speech verb, at most three more words. Looks at most a dozen tokens ahead.
    func endsWithARelay(_ k: Int, last: Int) -> Bool {
        guard last - k <= 11, k < last, tokens[k].isWord else { return false }
        var p = k
        while p <= last, p - k < 6, tokens[p].isWord, scan.cueFrame(p) == nil { p += 1 }
        guard p > k, p <= last, scan.cueFrame(p) != nil, !tokens[p].capitalized, !scan.isParticipleWord(p),
            tokens[p - 1].capitalized || SpeechLexicon.speakerNouns.contains(tokens[p - 1].hash)
        else { return false }
        var q = p + 1
        while q <= last, q - p <= 3, tokens[q].isWord { q += 1 }
        return q > last || scan.isTerminal(q)
    }
}
