/// The attribution read before a passage in marks: "Juppe said: “…”", "said Juppe, “…”", a colon
/// lead-in, a verb followed by a setting, a verb of calling, or a reported clause the passage
/// continues (a mixed quotation).
extension DirectQuoteRules {
    /// Juppe said: "…" / Juppe said that "…" / said Juppe, "…" / a colon lead-in ending the
    /// previous paragraph. Returns the attribution and, for a quotation that continues a
    /// reported clause ("said the talks remained “one of …”"), the token where the mixed
    /// quotation's content starts.
    func attributionBefore(_ segment: QuotedSegment) -> (Attribution, mixedStart: Int?)? {
        let open = segment.openToken
        let k = open - 1
        guard k >= 0 else { return nil }
        let sameParagraph = tokens[k].paragraph == tokens[open].paragraph
        if !sameParagraph {
            // Colon lead-in: the previous paragraph ends "… said:".
            guard tokens[k].isPunct(":") else { return nil }
            return cueBefore(k, floor: scan.firstOfSentence(k)).map { ($0, nil) }
        }
        if tokens[k].isPunct(":") || tokens[k].isPunct(",") || scan.isWord(k, Words.that) {
            let floor = scan.firstOfSentence(k)
            // "It read, “…”": a document reading its words (before a verb further back).
            if let found = documentReadBefore(k, floor: floor) { return (found, nil) }
            if let found = cueBefore(k, floor: floor) { return (found, nil) }
            return nil
        }
        let floor = scan.firstOfSentence(open)
        // "Stardom's official statement yesterday read “…”": a document reads its words.
        if scan.isWord(k, DocumentWords.read), let subject = scan.subject(before: k, floor: floor),
            tokens[subject.upperBound].isWord, SpeechLexicon.documentNouns.contains(tokens[subject.upperBound].hash)
        {
            return (Attribution(cue: k...k, speaker: subject), nil)
        }
        // The verb right before the mark ("quoted the president as saying “…”", "says “…”").
        // "Ginsburg's comments “…”": a noun after a possessive or a determiner, not the verb.
        if scan.cueFrame(k) != nil,
            !(k - 1 >= floor && tokens[k - 1].isWord && (SpeechLexicon.determiners.contains(tokens[k - 1].hash) || scan.isPossessive(k - 1)))
        {
            var subject = scan.subject(before: k, floor: floor)
            // "…, saying “…”" shares the sentence's subject; "quoted X as saying" does not.
            if subject == nil, isParticiple(k), k - 1 >= floor, tokens[k - 1].isPunct(",") {
                subject = scan.participleSubject(comma: k - 1, floor: floor)
            }
            return (Attribution(cue: k...k, speaker: subject), nil)
        }
        // "Trump said on Friday “…”", "said in a statement “…”": a setting between verb and mark.
        if let attribution = cueBeforeSetting(open: open, floor: floor) { return (attribution, nil) }
        // "told the BBC after the verdict “My client is …”": a telling verb and its object.
        if let attribution = cueBeforeTellObject(segment, floor: floor) { return (attribution, nil) }
        // "called the agreement “null and void”": the quoted words are the quotation; the object
        // is the writer's.
        if let (attribution, _) = evaluativeAttribution(open: open, floor: floor) { return (attribution, nil) }
        // A quotation inside a reported clause: mixed.
        guard tokens[k].isWord || tokens[k].isPunct("—") else { return nil }
        var j = k
        // "vowed to keep fighting “the good fight”": a promise with an infinitive before a passage
        // of three words or more; the passage is the subject's words.
        var verbWithoutClause: Int?
        while j >= floor {
            if tokens[j].mark != nil || tokens[j].isPunct(":") { break }
            if scan.isAccordingTo(j) { return nil }
            if verbWithoutClause == nil, !tokens[j].capitalized, Words.promiseVerbs.contains(tokens[j].hash), scan.isWord(j + 1, Words.to) {
                verbWithoutClause = j
            }
            if let frame = scan.cueFrame(j), let start = IndirectSpeechRules(scan: scan).contentStart(afterCue: j, frame: frame, limit: open) {
                var subject = scan.subject(before: j, floor: floor)
                // "Because warm water is lighter, says the study, it rises … “upside-down river”":
                // an inverted attribution inside the sentence; the whole sentence is the content.
                if subject == nil, let (speaker, first) = invertedAttributionInside(cue: j, floor: floor, open: open) {
                    return (Attribution(cue: j...j, speaker: speaker), first)
                }
                // Without a subject the verb must follow a comma or coordinate ("… and said it …");
                // else it is no cue ("did not concede or admit defeat …, and vowed to keep fighting
                // “the good fight”": the promise before the passage may still be).
                if subject == nil, !(j > floor && (tokens[j - 1].isPunct(",") || scan.isWord(j - 1, Words.and)
                    || scan.isWord(j - 1, Words.but)))
                {
                    if verbWithoutClause != nil { break }
                    return nil
                }
                if subject == nil, isParticiple(j) { subject = scan.sentenceSubject(from: floor, before: j - 1) }
                // "urged locals to assist authorities and “deny terrorism any victory”": a request
                // is no reported clause; its quoted words are the quotation.
                if frame == .objectComplement { return (Attribution(cue: j...j, speaker: subject), nil) }
                // "announced the minister's death “with great sorrow …”": an object, not a clause.
                if passageEndsANounPhrase(from: start, segment) { return (Attribution(cue: j...j, speaker: subject), nil) }
                return (Attribution(cue: j...j, speaker: subject), start)
            }
            j -= 1
        }
        if let v = verbWithoutClause, segment.wordCount >= 3, let subject = scan.subject(before: v, floor: floor),
            tokens[subject.lowerBound].capitalized
        {
            return (Attribution(cue: v...v, speaker: subject), nil)
        }
        return nil
    }

    /// A speech verb followed only by setting phrases up to the opening mark at `open` ("said
    /// on Friday “…”"), with its subject, or the name after it ("said Tuesday Smith “…”" is
    /// not read).
    func cueBeforeSetting(open: Int, floor: Int) -> Attribution? {
        var j = open - 2
        while j >= floor, open - j <= 10 {
            guard tokens[j].isWord else { return nil }
            if let frame = scan.cueFrame(j), frame == .clause || frame == .cognition {
                guard scan.settingEnd(after: j, limit: open) == open else { return nil }
                var subject = scan.subject(before: j, floor: floor)
                if subject == nil, isParticiple(j), j - 1 >= floor, tokens[j - 1].isPunct(",") {
                    subject = scan.participleSubject(comma: j - 1, floor: floor)
                }
                return Attribution(cue: j...j, speaker: subject)
            }
            j -= 1
        }
        return nil
    }

    /// The speech verb in the words before token `k` (":" "," or "that") and its speaker.
    /// A colon lead-in may hold its verb anywhere in the sentence ("Sanders said yes and took
    /// the opportunity to …: “…”"), or be a bare name ("Rep. Trey Gowdy (R-S.C.): “…”").
    func cueBefore(_ k: Int, floor: Int) -> Attribution? {
        let colon = tokens[k].isPunct(":")
        var j = k - 1
        var steps = 0
        while j >= floor, colon || steps < 16 {
            if tokens[j].mark != nil || scan.isTerminal(j) { break }
            if scan.isAccordingTo(j) {
                return Attribution(cue: j...(j + 1), speaker: IndirectSpeechRules(scan: scan).accordingSource(j, last: k - 1))
            }
            // "in remarks published by CNN", "his statement": a noun, not the cue.
            if scan.cueFrame(j) != nil, j - 1 >= floor, scan.isNounMarker(j - 1) {
                j -= 1
                steps += 1
                continue
            }
            if let frame = scan.cueFrame(j) {
                if let subject = scan.subject(before: j, floor: floor) {
                    return Attribution(cue: j...j, speaker: subject)
                }
                // "…, saying: “…”": a participle after a comma shares the sentence's subject.
                if j - 1 >= floor, tokens[j - 1].isPunct(","), isParticiple(j),
                    let subject = scan.participleSubject(comma: j - 1, floor: floor)
                {
                    return Attribution(cue: j...j, speaker: subject)
                }
                // Inverted ("said Juppe, “…”"); an object ("told reporters:") is not a speaker.
                if frame == .clause || frame == .cognition, j + 1 < k {
                    return Attribution(cue: j...j, speaker: scan.phraseStarting(at: j + 1, ceiling: k - 1))
                }
                if colon, let speaker = nameWithUnlistedVerb(beforeColon: k, floor: floor) {
                    return Attribution(cue: (speaker.upperBound + 1)...(k - 1), speaker: speaker)
                }
                return Attribution(cue: j...j, speaker: nil)
            }
            j -= 1
            steps += 1
        }
        // "As Professor Foner put it: “…”".
        if k - 3 >= floor, scan.isWord(k - 1, Words.it), scan.isWord(k - 2, Words.put),
            let speaker = scan.phraseEnding(at: k - 3, floor: floor, limit: 6),
            tokens[speaker.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[speaker.lowerBound].hash),
            SpeechLexicon.pronouns[tokens[speaker.lowerBound].hash] == nil
        {
            return Attribution(cue: (k - 2)...(k - 1), speaker: speaker)
        }
        // "During the debate, Hillary Clinton cracked, “…”": a verb not in the lexicon.
        if let speaker = nameWithUnlistedVerb(beforeColon: k, floor: floor) {
            return Attribution(cue: (speaker.upperBound + 1)...(k - 1), speaker: speaker)
        }
        if colon, k - floor <= 10, let name = scan.sentenceSubject(from: floor, before: k),
            name.upperBound == k - 1 || tokens[name.upperBound + 1].isPunct("("),
            name.contains(where: { $0 > name.lowerBound && tokens[$0].capitalized })
                || (name.count == 1 && tokens[name.lowerBound].capitalized
                    && SpeechLexicon.pronouns[tokens[name.lowerBound].hash] == nil
                    && !SpeechLexicon.determiners.contains(tokens[name.lowerBound].hash))
        {
            return Attribution(cue: k...k, speaker: name)
        }
        // Any other colon lead-in: the sentence's subject ("a familiar voice celebrated the
        // attacks on Twitter: “…”").
        // Not a time ("Then, later that month on CNN: “…”") nor an interjection ("Wait, it gets
        // better:"): the subject is followed by its verb.
        if colon, let subject = scan.sentenceSubject(from: floor, before: k), !scan.isTimePhrase(subject),
            subject.upperBound + 1 < k, tokens[subject.upperBound + 1].isWord || (subject.count >= 2 && tokens[subject.upperBound + 1].isPunct(","))
        {
            return Attribution(cue: k...k, speaker: subject)
        }
        return nil
    }
}
