/// Finds the attribution of a passage in quotation marks from the words around it.
struct DirectQuoteRules {
    let scan: QuoteScan

    var tokens: [QuoteToken] { scan.tokens }

    /// "…," Juppe said / said Juppe / Juppe told the commission / — Commissioner Starks /
    /// according to X, read after the closing mark.
    func attributionAfter(_ segment: QuotedSegment) -> Attribution? {
        guard let close = segment.closeToken else { return nil }
        let paragraph = tokens[close].paragraph
        var k = close + 1
        guard k < tokens.count else { return nil }
        if tokens[k].paragraph == paragraph + 1 { return signatureOnTheNextParagraph(dash: k) }
        guard tokens[k].paragraph == paragraph else { return nil }
        if tokens[k].isPunct("—") {
            let speaker = scan.phraseStarting(at: k + 1, ceiling: tokens.count - 1, limit: 6)
            guard let speaker, tokens[speaker.lowerBound].capitalized || tokens[speaker.upperBound].capitalized else { return nil }
            return Attribution(cue: k...k, speaker: speaker)
        }
        if tokens[k].isPunct(",") || (tokens[k].isPunct(";") && isInvertedDocumentRead(k + 1)) { k += 1 }
        let endsSentence = close > segment.openToken + 1
            && (scan.isTerminal(close - 1) || scan.isPunct(close - 1, "?") || scan.isPunct(close - 1, "!"))
        let first = k
        var j = k
        while j < tokens.count, j - first <= 24, tokens[j].paragraph == paragraph {
            if scan.isTerminal(j) || (tokens[j].mark != nil && !isPossessiveApostrophe(j)) || tokens[j].isPunct(":") { break }
            if scan.isAccordingTo(j) {
                guard j == first, let speaker = IndirectSpeechRules(scan: scan).accordingSource(j, last: scan.lastOfSentence(j)) else { return nil }
                return Attribution(cue: j...(j + 1), speaker: speaker)
            }
            if scan.cueFrame(j) != nil || (j == first && isInvertedDocumentRead(j)) {
                if j == first {
                    // "“…”, recalling their first meeting": a participle before an object phrase
                    // after the quotation is the writer's gloss, not an inverted attribution.
                    if isParticiple(j), j + 1 < tokens.count, tokens[j + 1].isWord, !tokens[j + 1].capitalized,
                        Words.objectPhraseOpeners.contains(tokens[j + 1].hash) || tokens[j + 1].hash == Words.the
                    {
                        return nil
                    }
                    // Inverted: "said Juppe", "said the minister" (not "said Tuesday").
                    var s = j + 1
                    while s < tokens.count, tokens[s].isWord, SpeechLexicon.dayWords.contains(tokens[s].hash) { s += 1 }
                    // "…, also known as the “Radio Control Law”, states “no person …”": the verb
                    // introduces the next quotation.
                    if s < tokens.count, let m = tokens[s].mark, m.direction != .closing { return nil }
                    var speaker = scan.phraseStarting(at: s, ceiling: tokens.count - 1)
                    if let sp = speaker, let name = scan.appositiveName(after: sp, ceiling: tokens.count - 1) { speaker = name }
                    if endsSentence, introducesMore(after: speaker?.upperBound ?? j) { return nil }
                    // "Manafort, citing “…,” said the candidate could …": a reported clause, not
                    // an inverted speaker.
                    if let sp = speaker, sp.upperBound + 1 < tokens.count, tokens[sp.upperBound + 1].isWord,
                        !tokens[sp.upperBound + 1].capitalized, SpeechLexicon.auxiliaries.contains(tokens[sp.upperBound + 1].hash),
                        !SpeechLexicon.dayWords.contains(tokens[sp.upperBound + 1].hash)
                    {
                        return nil
                    }
                    return Attribution(cue: j...j, speaker: speaker)
                }
                // “… tolerated.” She further stated, “…”: the verb introduces the next quotation.
                if endsSentence, introducesMore(after: j) { return nil }
                // '“… so much.” The guardrail would be examined, Roberts said, to determine …': after
                // a quotation ending its sentence, a new sentence interrupted by its attribution
                // owns it.
                if endsSentence, tokens[first].isWord, tokens[first].capitalized, SpeechLexicon.determiners.contains(tokens[first].hash),
                    j + 2 < tokens.count, tokens[j + 1].isPunct(",") || tokens[j + 1].isWord && tokens[j + 1].capitalized
                {
                    return nil
                }
                var last = j - 1
                while last >= first, tokens[last].isWord, !tokens[last].capitalized,
                    SpeechLexicon.auxiliaries.contains(tokens[last].hash)
                {
                    last -= 1
                }
                guard last >= first else { return nil }
                while last >= first, tokens[last].isPunct(",") { last -= 1 }
                guard last >= first else { return nil }
                // Parts between commas: the first naming someone ("Adam Green, co-founder of …,"),
                // else the last ("the dawn of the movement, Bozell says"). The part right after
                // the quotation must be a speaker phrase; later ones may be appositions or
                // relative clauses ("Trent Lott, who was majority leader under Bush, told …").
                var parts: [ClosedRange<Int>] = []
                var partStart = first
                for c in first...last where tokens[c].isPunct(",") {
                    if c > partStart { parts.append(partStart...(c - 1)) }
                    partStart = c + 1
                }
                if partStart <= last { parts.append(partStart...last) }
                guard let firstPart = parts.first, firstPart.lowerBound == first,
                    firstPart.allSatisfy({ isSpeakerToken($0) })
                else { return attributionEndingTheSentence(cue: j, first: first) }
                let clean = parts.filter { $0.allSatisfy { isSpeakerToken($0) } }
                guard let lastPart = clean.last else { return nil }
                // "“…” South Carolina, he said, was …": a pronoun before the verb is its subject;
                // after a quotation ending its sentence, the attribution belongs to the next one.
                if parts.count >= 2, let p = parts.last, p.count == 1, SpeechLexicon.pronouns[tokens[p.lowerBound].hash] != nil {
                    if endsSentence { return nil }
                    return Attribution(cue: j...j, speaker: p)
                }
                let chosen = clean.first(where: { part in
                    part.contains(where: { tokens[$0].capitalized && scan.isPhraseWord($0) })
                }) ?? lastPart
                let from = chosen.lowerBound
                last = chosen.upperBound
                let head = tokens[from]
                // "former congressman Dan Maffei said": a lower-case head before a name.
                guard head.capitalized || SpeechLexicon.determiners.contains(head.hash)
                    || SpeechLexicon.pronouns[head.hash] != nil
                    || chosen.contains(where: { tokens[$0].isWord && tokens[$0].capitalized })
                else { return nil }
                return Attribution(cue: j...j, speaker: from...last)
            }
            j += 1
        }
        return attributionByUnlistedVerb(segment, after: first)
    }

    /// "“…” ¶ - Sanders.": a paragraph that is only a dash and a name signs the quotation
    /// ending the paragraph before it.
    private func signatureOnTheNextParagraph(dash k: Int) -> Attribution? {
        guard tokens[k].isPunct("-") || tokens[k].isPunct("—") || tokens[k].isPunct("–"),
            let speaker = scan.phraseStarting(at: k + 1, ceiling: tokens.count - 1, limit: 6),
            tokens[speaker.lowerBound].capitalized,
            SpeechLexicon.pronouns[tokens[speaker.lowerBound].hash] == nil
        else { return nil }
        let after = speaker.upperBound + 1
        guard after >= tokens.count || tokens[after].paragraph != tokens[k].paragraph
            || (scan.isTerminal(after) && (after + 1 >= tokens.count || tokens[after + 1].paragraph != tokens[k].paragraph))
        else { return nil }
        return Attribution(cue: k...k, speaker: speaker)
    }

    /// "Asked whether …, Mr. Smith shot back: “…”": a name and a verb not in the lexicon (and
    /// its particle) right before a colon, after a comma or opening the sentence.
    func nameWithUnlistedVerb(beforeColon k: Int, floor: Int) -> ClosedRange<Int>? {
        var v = k - 1
        if v > floor, tokens[v].isWord, SpeechLexicon.verbParticles.contains(tokens[v].hash) { v -= 1 }
        guard v > floor, tokens[v].isWord, !tokens[v].capitalized,
            scan.verbEnding(v) != 0 || SpeechLexicon.unlistedSpeechVerbs.contains(tokens[v].hash),
            let speaker = scan.phraseEnding(at: v - 1, floor: floor, limit: 6),
            tokens[speaker.lowerBound].capitalized,
            SpeechLexicon.pronouns[tokens[speaker.lowerBound].hash] == nil,
            speaker.lowerBound == floor || tokens[speaker.lowerBound - 1].isPunct(",")
        else { return nil }
        return speaker
    }

    /// "“Let me talk,” Trump shot back." / "“…,” an angry Hollande retaliated.": a quotation
    /// ending in a comma, "?" or "!" followed by a name and a lower-case verb that is not in the
    /// lexicon (the verb ends the sentence or is followed by a comma or a particle).
    private func attributionByUnlistedVerb(_ segment: QuotedSegment, after first: Int) -> Attribution? {
        guard let close = segment.closeToken, close > segment.openToken + 1,
            scan.isPunct(close - 1, ",") || scan.isPunct(close - 1, "?") || scan.isPunct(close - 1, "!"),
            first < tokens.count, tokens[first].paragraph == tokens[close].paragraph,
            let speaker = scan.phraseStarting(at: first, ceiling: min(tokens.count - 1, first + 8), limit: 6)
        else { return nil }
        let head = tokens[speaker.lowerBound]
        guard head.capitalized || SpeechLexicon.determiners.contains(head.hash),
            speaker.contains(where: { tokens[$0].capitalized && SpeechLexicon.pronouns[tokens[$0].hash] == nil }),
            !tokens[speaker.lowerBound].startsWithDigit
        else { return nil }
        let verb = speaker.upperBound + 1
        guard verb < tokens.count, tokens[verb].isWord, !tokens[verb].capitalized, scan.verbEnding(verb) != 0
                || SpeechLexicon.unlistedSpeechVerbs.contains(tokens[verb].hash)
        else { return nil }
        var e = verb + 1
        if e < tokens.count, tokens[e].isWord, SpeechLexicon.verbParticles.contains(tokens[e].hash) { e += 1 }
        guard e >= tokens.count || scan.isTerminal(e) || tokens[e].isPunct(",") || tokens[e].mark != nil else { return nil }
        return Attribution(cue: verb...verb, speaker: speaker)
    }

    /// A quotation whose sentence goes on outside the marks and ends with its attribution:
    /// "“…” that Sanders can win, said Steve Elmendorf." / "“…” and donations rose, Gilbert said."
    private func attributionEndingTheSentence(cue j: Int, first: Int) -> Attribution? {
        guard j - 1 > first else { return nil }
        if tokens[j - 1].isPunct(",") {
            // Inverted: ", said Steve Elmendorf, a former adviser."
            var s = j + 1
            while s < tokens.count, tokens[s].isWord, SpeechLexicon.dayWords.contains(tokens[s].hash) { s += 1 }
            guard let speaker = scan.phraseStarting(at: s, ceiling: tokens.count - 1),
                tokens[speaker.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[speaker.lowerBound].hash),
                closesTheSentence(speaker.upperBound + 1)
            else { return nil }
            return Attribution(cue: j...j, speaker: speaker)
        }
        // ", Gilbert said." / ", the minister told reporters."
        guard let speaker = scan.phraseEnding(at: j - 1, floor: first), speaker.lowerBound - 1 > first,
            tokens[speaker.lowerBound - 1].isPunct(","),
            tokens[speaker.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[speaker.lowerBound].hash),
            SpeechLexicon.pronouns[tokens[speaker.lowerBound].hash] == nil || speaker.count == 1
        else { return nil }
        var e = j + 1
        while e < tokens.count, e - j <= 4, tokens[e].isWord, !tokens[e].capitalized || SpeechLexicon.dayWords.contains(tokens[e].hash) { e += 1 }
        guard closesTheSentence(e) || closesTheSentence(j + 1) else { return nil }
        return Attribution(cue: j...j, speaker: speaker)
    }

    /// Whether token `k` ends the sentence or starts an apposition (a comma), or is past the text.
    private func closesTheSentence(_ k: Int) -> Bool {
        k >= tokens.count || scan.isTerminal(k) || tokens[k].isPunct(",")
            || tokens[k].paragraph != tokens[k - 1].paragraph
    }

    /// Whether the words after token `k` go on to introduce something else — a colon, a comma
    /// before a quotation mark, "that", or a clause — rather than close the attribution.
    private func introducesMore(after k: Int) -> Bool {
        var j = k + 1
        var words = 0
        while j < tokens.count, tokens[j].paragraph == tokens[k].paragraph, words <= 6 {
            let t = tokens[j]
            if scan.isTerminal(j) { return false }
            if t.isPunct(":") || t.mark != nil { return true }
            if t.isPunct(",") {
                if j + 1 < tokens.count, tokens[j + 1].mark != nil { return true }
                // "“… president.” Biden praised the endorsement, stating he was “…”": a participle
                // of saying after the comma introduces what follows.
                if j + 1 < tokens.count, isParticiple(j + 1), scan.cueFrame(j + 1) != nil { return true }
                // "He said, in remarks published in February, “…”": a parenthetical, then the quotation.
                var c = j + 1
                while c < tokens.count, c - j <= 15, tokens[c].paragraph == tokens[k].paragraph, !scan.isTerminal(c) {
                    if tokens[c].mark != nil { return tokens[c - 1].isPunct(",") || tokens[c - 1].isPunct(":") }
                    c += 1
                }
                return false
            }
            if scan.isWord(j, Words.that) { return true }
            words += 1
            j += 1
        }
        return words > 6
    }


    func isParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.end - t.start > 4 && scan.scalars[t.end - 1] == "g" && scan.scalars[t.end - 2] == "n"
            && scan.scalars[t.end - 3] == "i"
    }

    /// A token that may stand between a closing mark and the speech verb ("Mr. Lou", "the
    /// French foreign minister", "Juppe , the minister ,").
    private func isSpeakerToken(_ k: Int) -> Bool {
        // "Sen. Chuck Schumer (D-N.Y.) said": a bracketed party and state after a name.
        if tokens[k].isPunct(",") || tokens[k].isPunct("(") || tokens[k].isPunct(")") { return true }
        // "Sanders’ campaign manager"; "Mitch McConnell, R-Ky., said": a hyphen inside a word.
        if isPossessiveApostrophe(k) { return true }
        if tokens[k].isPunct("-"), k > 0, k + 1 < tokens.count, tokens[k - 1].end == tokens[k].start,
            tokens[k + 1].start == tokens[k].end, tokens[k - 1].isWord, tokens[k + 1].isWord
        {
            return true
        }
        if tokens[k].isPunct("."), !scan.isTerminal(k) { return true }
        // "and" inside a name: "the Ways and Means Committee".
        if tokens[k].hash == Words.and, k > 0, k + 1 < tokens.count, tokens[k - 1].capitalized, tokens[k + 1].capitalized {
            return true
        }
        return scan.isPhraseWord(k) || SpeechLexicon.determiners.contains(tokens[k].hash) || tokens[k].hash == Words.of
    }

    /// A possessive apostrophe ("Sanders’ campaign"), not a quotation mark.
    func isPossessiveApostrophe(_ k: Int) -> Bool { scan.isPossessiveMark(k) }

    /// Whether a passage is a title, a nickname or a scare quote rather than speech: short,
    /// with no speech verb near it, or announced by "so-called", "dubbed", "the film" …,
    /// or a run of capitalised words.
    func isNotSpeech(_ segment: QuotedSegment, attributed: Bool) -> Bool {
        let open = segment.openToken
        var introduced = false
        for back in 1...2 where open - back >= 0 {
            let t = tokens[open - back]
            // "… his second term. “My business …”": not across a sentence end.
            guard t.isWord else { break }
            if SpeechLexicon.titleIntroducers.contains(t.hash) { introduced = true }
        }
        if introduced && segment.wordCount <= 10, evaluativeAttribution(open: open, floor: scan.firstOfSentence(open)) == nil {
            return true
        }
        if attributed { return segment.wordCount == 0 }
        if segment.wordCount <= 4 { return true }
        if let close = segment.closeToken, segment.wordCount <= 10 {
            var allCapitalised = true
            for k in (open + 1)..<close where tokens[k].isWord && !tokens[k].capitalized
                && !SpeechLexicon.phraseStoppers.contains(tokens[k].hash) && tokens[k].hash != Words.of
                && !SpeechLexicon.determiners.contains(tokens[k].hash)
            {
                allCapitalised = false
                break
            }
            if allCapitalised { return true }
        }
        return false
    }
}
