/// Extracts quotations and speech attributions and resolves their speakers.
///
/// One linear pass tokenises the text (`QuoteTokenizer`); quotation marks are paired paragraph
/// by paragraph (`QuotationPairing`); each passage in marks gets its attribution from the words
/// after or before it (`DirectQuoteRules`), from the passage it continues, or from the quotation
/// before it; reported speech without marks is read around the speech verbs that are left
/// (`IndirectSpeechRules`); speakers are resolved against the people found in the text
/// (`SpeakerResolver`). Quote spans hold the content only, without quotation marks; a quotation
/// running over several paragraphs gives one quote per paragraph, all with the same speaker span.
public struct QuoteExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The quotes of `text`, in text order. `people` are the people annotator's results for the
    /// same text, used to resolve speakers to `Person.name`.
    public func quotes(in text: ScalarText, people: [Person]) -> [Quote] {
        let scan = QuoteScan(text.scalars)
        guard !scan.tokens.isEmpty else { return [] }
        var used = [Bool](repeating: false, count: scan.tokens.count)
        var candidates = directCandidates(scan, people, &used)
        var covered = candidates.map(\.span)
        covered.sort()
        let blocks = blockQuoteCandidates(scan, covered: covered, used: &used)
        if !blocks.isEmpty {
            candidates += blocks
            covered += blocks.map(\.span)
            covered.sort()
        }
        // Everything in marks or in a block quotation: no reported speech is read inside it.
        let quoted = covered
        for c in IndirectSpeechRules(scan: scan).candidates(used: used) where !overlapsAny(c.span, quoted) {
            candidates.append(c)
        }
        candidates.sort { $0.span.start < $1.span.start }
        var resolver = SpeakerResolver(scan: scan, people: people, quoted: quoted)
        return candidates.map { c in
            let paragraph = paragraphOf(c, scan)
            var speaker: String? = nil
            var speakerText: String? = nil
            var speakerSpan: TextSpan? = nil
            if var range = c.attribution?.speaker {
                // "The manager of Barmouth Publicity and": no joining word at the end.
                while range.upperBound > range.lowerBound, scan.tokens[range.upperBound].isWord,
                    !scan.tokens[range.upperBound].capitalized,
                    SpeechLexicon.nameJoiners.contains(scan.tokens[range.upperBound].hash)
                        || scan.tokens[range.upperBound].hash == Words.of
                {
                    range = range.lowerBound...(range.upperBound - 1)
                }
                speaker = resolver.resolve(range, paragraph: paragraph)
                speakerText = scan.text(range)
                speakerSpan = scan.span(range)
            }
            return Quote(
                text: scan.string(c.span.start, c.span.end), span: c.span, speaker: speaker, speakerText: speakerText,
                speakerSpan: speakerSpan, cue: c.attribution?.cue.map { scan.text($0) }, kind: c.kind)
        }
    }

    /// Quotations in marks (direct, or mixed when they continue a reported clause).
    private func directCandidates(_ scan: QuoteScan, _ people: [Person], _ used: inout [Bool]) -> [QuoteCandidate] {
        let segments = QuotationPairing.segments(scan.tokens, scan.scalars)
        let rules = DirectQuoteRules(scan: scan)
        var attributions: [Attribution?] = Array(repeating: nil, count: segments.count)
        var mixedStarts: [Int?] = Array(repeating: nil, count: segments.count)
        for (i, segment) in segments.enumerated() {
            var after = rules.attributionAfter(segment)
            // "… could be “messy,” adding, “…”": a verb after the quotation without a subject of
            // its own; a cue before the quotation, or else the sentence's subject, names the speaker.
            if let a = after, a.speaker == nil, let cue = a.cue, cue.lowerBound > segment.lastToken {
                if let (b, mixed) = rules.attributionBefore(segment), b.speaker != nil {
                    attributions[i] = b
                    mixedStarts[i] = mixed
                    continue
                }
                let first = scan.firstOfSentence(segment.openToken)
                if first < segment.openToken { after?.speaker = scan.sentenceSubject(from: first, before: segment.openToken) }
            }
            // "Saying “…”, Berg added, “…”", "Calling it a “culture of death” the archbishop
            // said …": a participle opening the sentence introduces the passage; the speaker named
            // after it is the participle's subject.
            if let a = after, a.speaker != nil, let opener = openingParticiple(before: segment.openToken, scan) {
                attributions[i] = Attribution(cue: opener...opener, speaker: a.speaker)
                continue
            }
            // "Pelosi called Trump's conduct a “breach …,” according to NBC": the one who called
            // it speaks; the source after the quotation reports that.
            if let a = after, let cue = a.cue, scan.isAccordingTo(cue.lowerBound), scan.isMidSentence(segment),
                let (evaluative, _) = rules.evaluativeAttribution(open: segment.openToken, floor: scan.firstOfSentence(segment.openToken))
            {
                attributions[i] = evaluative
                continue
            }
            if let a = after {
                attributions[i] = a
                // "Trump's remarks were “the textbook definition of racism,” Ryan said": the
                // quotation finishes a sentence begun outside the marks — a mixed quotation.
                if scan.isMidSentence(segment) {
                    var first = scan.firstOfSentence(segment.openToken)
                    while first < segment.openToken, !scan.tokens[first].isWord { first += 1 }
                    mixedStarts[i] = first
                }
            } else if let (a, mixed) = rules.attributionBefore(segment) {
                attributions[i] = a
                mixedStarts[i] = mixed
            }
        }
        // A quotation over several paragraphs shares one attribution.
        var i = 0
        while i < segments.count {
            var j = i
            while j + 1 < segments.count, segments[j].continuesInNextParagraph { j += 1 }
            if j > i, let shared = attributions[i...j].first(where: { $0 != nil }) ?? nil {
                for k in i...j where attributions[k] == nil { attributions[k] = shared }
            }
            i = j + 1
        }
        // "called the agreement “null and void” and “geographically ridiculous”": a passage joined
        // by "and" right after an attributed one in the same sentence shares its attribution.
        for i in segments.indices.dropFirst() where attributions[i] == nil && attributions[i - 1] != nil && mixedStarts[i - 1] == nil {
            let open = segments[i].openToken
            guard segments[i].wordCount >= 2, let close = segments[i - 1].closeToken, close + 2 == open,
                scan.tokens[close].sentence == scan.tokens[open].sentence, scan.isWord(open - 1, Words.and)
            else { continue }
            attributions[i] = attributions[i - 1]
        }
        var keep = [Bool](repeating: false, count: segments.count)
        for (i, segment) in segments.enumerated() {
            let chained = segment.continuesPrevious || segment.continuesInNextParagraph
            keep[i] = chained || !rules.isNotSpeech(segment, attributed: attributions[i] != nil)
            if keep[i], attributions[i] == nil, segment.closeToken == nil, segment.wordCount < 8 { keep[i] = false }
        }
        // A short quoted sentence ("“You just simply haven't.”") is speech when it continues a
        // quotation: it may inherit an attribution like any other passage.
        var shortSentence = [Bool](repeating: false, count: segments.count)
        for (i, segment) in segments.enumerated() where !keep[i] && attributions[i] == nil {
            if let close = segment.closeToken, close > segment.openToken + 1, segment.wordCount > 0,
                scan.isTerminal(close - 1) || scan.isPunct(close - 1, "?") || scan.isPunct(close - 1, "!"),
                !scan.isMidSentence(segment), !rules.isNotSpeech(segment, attributed: true)
            {
                shortSentence[i] = true
                keep[i] = true
            }
        }
        inheritAttributions(segments, scan, keep, mixedStarts, &attributions)
        for i in segments.indices where shortSentence[i] && attributions[i] == nil { keep[i] = false }
        let mentions = people.flatMap(\.mentions).sorted()
        attributeToThePreviousParagraphsPerson(segments, scan, mentions, keep, &attributions)
        attributeToThePreviousSentencesSpeaker(segments, scan, mentions, keep, &attributions)
        // A cue without a subject ("…,” adding, “…”) keeps the speaker of the passage before it.
        for i in segments.indices.dropFirst() where keep[i] && attributions[i] != nil && attributions[i]?.speaker == nil {
            let paragraph = scan.tokens[segments[i].openToken].paragraph
            if let previous = attributions[i - 1], previous.speaker != nil,
                scan.tokens[segments[i - 1].openToken].paragraph == paragraph
            {
                attributions[i]?.speaker = previous.speaker
            }
        }
        // "Saying “…”, President Fernández elaborated, “…”": a participle opening the sentence
        // shares the subject of its main clause, the speaker of the next passage of the sentence.
        for i in segments.indices.dropLast() where keep[i] && attributions[i] != nil && attributions[i]?.speaker == nil {
            guard let cue = attributions[i]?.cue, cue.lowerBound == scan.sentenceFirst[scan.tokens[cue.lowerBound].sentence],
                scan.isParticipleWord(cue.lowerBound), cue.upperBound < segments[i].openToken,
                let next = attributions[i + 1], let speaker = next.speaker,
                scan.tokens[segments[i + 1].openToken].sentence == scan.tokens[cue.lowerBound].sentence
            else { continue }
            attributions[i]?.speaker = speaker
        }
        // Without an attribution, a passage inside a sentence is a phrase, not a quotation.
        for (i, segment) in segments.enumerated() where keep[i] && attributions[i] == nil {
            if scan.isMidSentence(segment) { keep[i] = false }
        }

        for i in segments.indices where keep[i] && mixedStarts[i] == nil && opensAReportedClause(segments[i], attribution: attributions[i], scan) {
            mixedStarts[i] = segments[i].openToken + 1
        }
        var out: [QuoteCandidate] = []
        var consumedUntil = -1
        for (i, segment) in segments.enumerated() where keep[i] {
            guard segment.openToken > consumedUntil else { continue }
            let attribution = attributions[i]
            if let mixed = mixedStarts[i] {
                let open = segment.openToken
                let evaluative = attribution?.cue.map { cue in
                    cue.upperBound + 1 == mixed && EvaluativeWords.isEvaluativeVerb(scan.tokens[cue.upperBound])
                } ?? false
                // "… is “null and void” and “infringes upon …”": passages joined by "and" or "or"
                // inside one reported clause are one mixed quote.
                var lastJoined = i
                while !evaluative, lastJoined + 1 < segments.count, let close = segments[lastJoined].closeToken,
                    (segments[lastJoined + 1].openToken == close + 2 && scan.tokens[close + 1].isWord && !scan.tokens[close + 1].capitalized
                        && (scan.tokens[close + 1].hash == Words.and || scan.tokens[close + 1].hash == Words.or))
                        || continuesTheMixedClause(close: close, next: segments[lastJoined + 1], nextAttribution: attributions[lastJoined + 1], scan)
                {
                    lastJoined += 1
                }
                let joined = segments[lastJoined]
                var hi = IndirectSpeechRules(scan: scan).clauseEnd(from: joined.lastToken, to: scan.lastOfSentence(open))
                if let cue = attribution?.cue, cue.lowerBound > segment.lastToken { hi = joined.lastToken }
                // "called the proposal “a non-starter” on Tuesday": the small clause ends with the marks.
                if evaluative { hi = segment.lastToken }
                // The next quotation of the sentence is its own quote ("… “messy,” adding, “…”").
                if lastJoined + 1 < segments.count, segments[lastJoined + 1].openToken <= hi { hi = joined.lastToken }
                while hi > open, !scan.tokens[hi].isWord { hi -= 1 }
                let end = max(scan.tokens[hi].end, joined.contentEnd)
                let span = TextSpan(start: scan.tokens[mixed].start, end: end)
                out.append(QuoteCandidate(span: span, kind: .mixed, attribution: attribution))
                consumedUntil = max(hi, joined.lastToken)
                for k in mixed...consumedUntil { used[k] = true }
            } else {
                guard segment.contentStart < segment.contentEnd else { continue }
                out.append(QuoteCandidate(
                    span: TextSpan(start: segment.contentStart, end: segment.contentEnd), kind: .direct,
                    attribution: attribution))
                for k in segment.openToken...segment.lastToken { used[k] = true }
            }
            if let a = attribution {
                if let cue = a.cue { for k in cue { used[k] = true } }
                if let s = a.speaker { for k in s { used[k] = true } }
            }
        }
        return out
    }

    /// Passages with no attribution of their own take the one of the quotation they continue:
    /// the previous (or next) passage of the same paragraph ("…," Juppe said. "But …"), or a
    /// quotation ending the previous paragraph when the passage opens its paragraph.
    private func inheritAttributions(
        _ segments: [QuotedSegment], _ scan: QuoteScan, _ keep: [Bool], _ mixedStarts: [Int?], _ attributions: inout [Attribution?]
    ) {
        let tokens = scan.tokens
        let own = attributions
        for i in segments.indices where keep[i] && attributions[i] == nil {
            let paragraph = tokens[segments[i].openToken].paragraph
            var source: Attribution? = nil
            if scan.isMidSentence(segments[i]) {
                // "said “We made a plea …” and “So we told …”": a second passage joined to the
                // one before it in the same sentence shares its attribution.
                let open = segments[i].openToken
                if i > 0, keep[i - 1], mixedStarts[i - 1] == nil, segments[i].wordCount >= 4,
                    let close = segments[i - 1].closeToken, close + 2 == open,
                    tokens[close].sentence == tokens[open].sentence, tokens[open - 1].isWord, !tokens[open - 1].capitalized,
                    tokens[open - 1].hash == Words.and || tokens[open - 1].hash == Words.but
                {
                    attributions[i] = attributions[i - 1]
                }
                // "“…;” read the statement; “we will not …”": a passage right after the previous
                // passage's inverted attribution and a semicolon continues it.
                if i > 0, keep[i - 1], let previous = attributions[i - 1], tokens[open - 1].isPunct(";"),
                    max(previous.cue?.upperBound ?? -1, previous.speaker?.upperBound ?? -1) == open - 2,
                    let close = segments[i - 1].closeToken, close < open - 2
                {
                    attributions[i] = previous
                }
                continue
            }
            // The nearest kept passage before it in the paragraph (scare quotes between are skipped).
            var p = i - 1
            while p >= 0, !keep[p], tokens[segments[p].openToken].paragraph == paragraph { p -= 1 }
            if p >= 0, keep[p], tokens[segments[p].openToken].paragraph == paragraph {
                source = attributions[p]
            }
            // Not across sentences of the writer's own: the passage after them is another speaker's
            // ("“…”. Their legal department had … . Emma Caufield talked of … . “…,” she recalls.").
            if source == nil, i + 1 < segments.count, keep[i + 1],
                tokens[segments[i + 1].openToken].paragraph == paragraph,
                tokens[segments[i + 1].openToken].sentence - tokens[segments[i].lastToken].sentence <= 2
            {
                source = own[i + 1]
            }
            if source == nil, i > 0, keep[i - 1],
                tokens[segments[i - 1].openToken].paragraph == paragraph - 1,
                segments[i].openToken == 0 || tokens[segments[i].openToken - 1].paragraph != paragraph,
                let previous = attributions[i - 1],
                segments[i - 1].paragraphLastToken - max(segments[i - 1].lastToken, previous.cue?.upperBound ?? 0) <= 30
            {
                source = previous
            }
            attributions[i] = source
        }
    }

    /// A paragraph that is a quotation with no attribution, after a paragraph without quotations
    /// whose last sentence is about a person ("Viguerie is upbeat about Cruz's chances. ¶ “Not
    /// only can Ted Cruz win …”"), is that person's.
    private func attributeToThePreviousParagraphsPerson(
        _ segments: [QuotedSegment], _ scan: QuoteScan, _ mentions: [TextSpan], _ keep: [Bool],
        _ attributions: inout [Attribution?]
    ) {
        guard !mentions.isEmpty else { return }
        let tokens = scan.tokens
        for (i, segment) in segments.enumerated() where keep[i] && attributions[i] == nil {
            let open = segment.openToken
            guard open > 0, tokens[open - 1].paragraph == tokens[open].paragraph - 1 else { continue }
            if i > 0, tokens[segments[i - 1].openToken].paragraph == tokens[open].paragraph - 1 { continue }
            let previous = open - 1
            let first = scan.sentenceFirst[tokens[previous].sentence]
            guard let subject = scan.sentenceSubject(from: first, before: previous + 1),
                tokens[subject.lowerBound].capitalized, overlapsAny(scan.span(subject), mentions)
            else { continue }
            attributions[i] = Attribution(cue: nil, speaker: subject)
        }
    }

    /// A quotation with no attribution opening a sentence right after a sentence in which a
    /// person speaks without marks ("Coan argues that his client … . “The government is …”")
    /// is that person's.
    private func attributeToThePreviousSentencesSpeaker(
        _ segments: [QuotedSegment], _ scan: QuoteScan, _ mentions: [TextSpan], _ keep: [Bool],
        _ attributions: inout [Attribution?]
    ) {
        guard !mentions.isEmpty else { return }
        let tokens = scan.tokens
        for (i, segment) in segments.enumerated() where keep[i] && attributions[i] == nil {
            let open = segment.openToken
            guard let end = endOfThePreviousSentence(open, scan) else { continue }
            let first = scan.firstOfSentence(end)
            var j = first
            while j < end {
                if tokens[j].mark != nil { break }
                if scan.isSpeechOrSpokeOf(j), let subject = scan.subject(beforeBracketsAnd: j, floor: first) {
                    if tokens[subject.lowerBound].capitalized, overlapsAny(scan.span(subject), mentions) {
                        attributions[i] = Attribution(cue: nil, speaker: subject)
                        break
                    }
                    // "John Rhys-Davies broke news when he revealed that …": "he"/"she" speaking in
                    // a clause of a sentence about one person.
                    if subject.count == 1, subject.lowerBound > first, isAboutOnePerson(subject, scan, mentions),
                        let main = scan.sentenceSubject(from: first, before: subject.lowerBound), main.upperBound < subject.lowerBound,
                        tokens[main.lowerBound].capitalized, isAboutOnePerson(main, scan, mentions)
                    {
                        attributions[i] = Attribution(cue: nil, speaker: main)
                        break
                    }
                }
                j += 1
            }
            // "Then just 19, she looked at the role as a “chance to face my demons”. “I was in an
            // extremely competitive program …”": a quotation of a sentence or more opening a
            // sentence right after a sentence about one person (its subject "he"/"she" or a
            // person's name) that already quotes words of hers is hers. (Without a quoted word in
            // that sentence it stays unattributed: "Mr. Brown walked to the podium. “…”".)
            if attributions[i] == nil, segment.wordCount >= 8,
                (first..<end).contains(where: { tokens[$0].mark != nil && !scan.isPossessiveMark($0) }),
                let subject = subjectAboutOnePerson(from: first, before: end, scan, mentions)
            {
                attributions[i] = Attribution(cue: nil, speaker: subject)
            }
        }
    }

    /// The last token of the sentence before a quotation opening at `open` in the same paragraph:
    /// the quotation opens its sentence, or follows a short opening phrase and a comma ("During
    /// the premiere, “…”"). Nil otherwise.
    private func endOfThePreviousSentence(_ open: Int, _ scan: QuoteScan) -> Int? {
        let tokens = scan.tokens
        guard open > 0, tokens[open - 1].paragraph == tokens[open].paragraph else { return nil }
        if scan.isTerminal(open - 1) { return open - 1 }
        guard tokens[open - 1].isPunct(",") else { return nil }
        let first = scan.sentenceFirst[tokens[open - 1].sentence]
        // The sentence before ends with a full stop, perhaps inside closing marks ("… now.” During …").
        var end = first - 1
        while end > 0, tokens[end].mark != nil, tokens[end].mark?.direction == .closing { end -= 1 }
        guard first > 0, first < open - 1, open - 1 - first <= 5, end >= 0, scan.isTerminal(end),
            tokens[end].paragraph == tokens[open].paragraph,
            (first..<(open - 1)).allSatisfy({ tokens[$0].isWord && scan.cueFrame($0) == nil }),
            !scan.hasFiniteVerb(first, open - 2)
        else { return nil }
        return end
    }

    /// The subject of the sentence `first..<limit` when it is one person, also after an opening
    /// phrase the subject reader does not skip ("Then just 19 years old, she …").
    private func subjectAboutOnePerson(from first: Int, before limit: Int, _ scan: QuoteScan, _ mentions: [TextSpan]) -> ClosedRange<Int>? {
        let tokens = scan.tokens
        if let subject = scan.sentenceSubject(from: first, before: limit), subject.count == 1 || tokens[subject.lowerBound].capitalized,
            isAboutOnePerson(subject, scan, mentions)
        {
            return subject
        }
        var c = first
        while c < limit, c - first < 10, tokens[c].isWord { c += 1 }
        guard c > first, c + 1 < limit, tokens[c].isPunct(","),
            let subject = scan.phraseStarting(at: c + 1, ceiling: limit - 1, limit: 6),
            subject.count == 1 || tokens[subject.lowerBound].capitalized, isAboutOnePerson(subject, scan, mentions),
            subject.upperBound + 1 < limit, tokens[subject.upperBound + 1].isWord, !tokens[subject.upperBound + 1].capitalized
        else { return nil }
        return subject
    }

    /// Whether a sentence's subject is one person: "he" or "she", or a phrase holding a mention.
    private func isAboutOnePerson(_ subject: ClosedRange<Int>, _ scan: QuoteScan, _ mentions: [TextSpan]) -> Bool {
        let t = scan.tokens[subject.lowerBound]
        if subject.count == 1, t.isWord, let p = SpeechLexicon.pronouns[t.hash] { return p == .he || p == .she }
        // A name at the head: the phrase ends with a mention ("Governor Hassan"), not a pronoun,
        // a possessive or another word ("They know Hillary's", "Trump's first").
        let head = subject.upperBound
        guard t.isWord, SpeechLexicon.pronouns[t.hash] == nil, scan.tokens[head].capitalized, !scan.isPossessive(head) else { return false }
        return overlapsAny(scan.span(head...head), mentions)
    }

    /// The participle opening the sentence of the passage at `open` when it introduces the
    /// passage: a speech verb right before the marks ("Saying “…”") or a verb of calling with
    /// its object ("Calling it a “…”", "Describing the plan as “…”").
    private func openingParticiple(before open: Int, _ scan: QuoteScan) -> Int? {
        guard open > 0 else { return nil }
        let first = scan.sentenceFirst[scan.tokens[open - 1].sentence]
        guard first < open, scan.tokens[first].sentence == scan.tokens[open].sentence, scan.isParticipleWord(first) else { return nil }
        if first == open - 1 { return scan.cueFrame(first) != nil ? first : nil }
        let h = scan.tokens[first].hash
        guard EvaluativeWords.callVerbs.contains(h) || EvaluativeWords.asVerbs.contains(h), open - first <= 8,
            ((first + 1)..<open).allSatisfy({ scan.tokens[$0].isWord })
        else { return nil }
        return first
    }

    func overlapsAny(_ span: TextSpan, _ sorted: [TextSpan]) -> Bool {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        while i < sorted.count, sorted[i].start < span.end {
            if sorted[i].overlaps(span) { return true }
            i += 1
        }
        return false
    }

    private func paragraphOf(_ c: QuoteCandidate, _ scan: QuoteScan) -> Int {
        if let cue = c.attribution?.cue { return scan.tokens[cue.lowerBound].paragraph }
        if let speaker = c.attribution?.speaker { return scan.tokens[speaker.lowerBound].paragraph }
        return 0
    }
}
