/// Reported speech without quotation marks: "X said (that) …", "…, activists said",
/// "according to X, …", "told reporters that …".
struct IndirectSpeechRules {
    let scan: QuoteScan

    var tokens: [QuoteToken] { scan.tokens }

    /// Where the reported clause after the speech verb at `cue` starts, or nil when the verb
    /// is not followed by a clause before token `limit` ("told the commission.").
    func contentStart(afterCue cue: Int, frame: SpeechLexicon.CueFrame, limit: Int) -> Int? {
        let last = min(limit - 1, scan.lastOfSentence(cue))
        guard cue + 1 <= last else { return nil }
        // "advised her to kill …", "told them to leave": a directive, not reported speech (but
        // "claiming them to be mercenaries" is).
        if cue + 3 <= last, tokens[cue + 1].isWord, !tokens[cue + 1].capitalized, tokens[cue + 1].hash != Words.it,
            SpeechLexicon.objectPronouns.contains(tokens[cue + 1].hash), scan.isWord(cue + 2, Words.to),
            !(tokens[cue + 3].isWord && Words.beOrHave.contains(tokens[cue + 3].hash))
        {
            return nil
        }
        // "pointed out (that) …", "pointing out he had …": the particle belongs to the verb.
        if Words.pointVerbs.contains(tokens[cue].hash), scan.isWord(cue + 1, Words.out) {
            return contentStart(afterCue: cue + 1, frame: frame, limit: limit)
        }
        // "proposed that …" (not "proposed a bill that would …"): "that" right after the verb.
        if frame == .cognition, Words.proposeVerbs.contains(tokens[cue].hash) {
            return scan.isWord(cue + 1, Words.that) && cue + 2 <= last ? cue + 2 : nil
        }
        // An explicit "that" (or a colon) within a few words: "said Tuesday that", "told reporters that".
        var j = cue + 1
        // After "said", only a time, a setting or an adverb of the saying may come before "that"
        // ("said Tuesday that", "said in a statement that", "stated repeatedly that"); "said there were signs that …" starts its clause at once.
        let setting = frame != .clause || (tokens[cue + 1].isWord
            && (SpeechLexicon.dayWords.contains(tokens[cue + 1].hash)
                || SpeechLexicon.prepositionsAfterCue.contains(tokens[cue + 1].hash)
                || SettingWords.speechAdverbs.contains(tokens[cue + 1].hash)
                || tokens[cue + 1].hash == Words.that))
        while setting, j <= last, j - cue <= 8 {
            if tokens[j].isPunct(":") { return j + 1 <= last ? j + 1 : nil }
            if scan.isWord(j, Words.that) || scan.isWord(j, Words.whether) {
                return j + 1 <= last ? j + 1 : nil
            }
            if !tokens[j].isWord { break }
            if scan.cueFrame(j) != nil { break }
            j += 1
        }
        let next = tokens[cue + 1]
        // "said on Friday he can …", "said in a statement the company …": a setting, then the clause.
        if frame == .clause, let e = scan.settingEnd(after: cue, limit: last + 1), e <= last, tokens[e].isWord,
            !SpeechLexicon.prepositionsAfterCue.contains(tokens[e].hash)
        {
            return e
        }
        // "Local officials said on Saturday, about 20 buildings collapsed": a setting and a comma.
        if frame == .clause, let e = scan.settingEnd(after: cue, limit: last + 1), e < last, tokens[e].isPunct(","),
            tokens[e + 1].isWord, !tokens[e + 1].capitalized || SpeechLexicon.pronouns[tokens[e + 1].hash] != nil,
            scan.cueFrame(e + 1) == nil, !scan.isParticipleWord(e + 1),
            scan.hasFiniteVerb(e + 1, clauseEnd(from: e + 1, to: last))
        {
            return e + 1
        }
        // "North Korea claimed, as of Thursday, it was …", "CBS News reported, citing …, there
        // were …": an aside between commas, then the clause.
        if frame == .clause, tokens[cue + 1].isPunct(","), cue + 2 <= last, tokens[cue + 2].isWord, scan.cueFrame(cue + 2) == nil || scan.isParticipleWord(cue + 2) {
            var e = cue + 2
            while e <= last, e - cue <= 12, !tokens[e].isPunct(","), tokens[e].mark == nil { e += 1 }
            let asideOpensWithPreposition = !tokens[cue + 2].capitalized
                && (SpeechLexicon.prepositionsAfterCue.contains(tokens[cue + 2].hash) || scan.isParticipleWord(cue + 2))
            if e < last, tokens[e].isPunct(","), tokens[e + 1].isWord,
                !tokens[e + 1].capitalized || SpeechLexicon.pronouns[tokens[e + 1].hash] != nil || asideOpensWithPreposition,
                !SpeechLexicon.clauseOpeners.contains(tokens[e + 1].hash) || tokens[e + 1].hash == Words.there,
                scan.hasFiniteVerb(e + 1, clauseEnd(from: e + 1, to: last))
            {
                return e + 1
            }
        }
        // "announced via Twitter around 11:30 am (1830 UTC), phase one had been completed": a
        // setting opened by a preposition, with no verb of its own, runs to a comma before the clause.
        if frame == .clause, next.isWord, !next.capitalized, SettingWords.commaSettingOpeners.contains(next.hash) {
            var e = cue + 2
            while e <= last, e - cue <= 14, tokens[e].isWord || tokens[e].isPunct("(") || tokens[e].isPunct(")")
                || (tokens[e].isPunct(":") && tokens[e - 1].startsWithDigit && e + 1 <= last && tokens[e + 1].startsWithDigit)
            {
                if tokens[e].isWord, scan.cueFrame(e) != nil { break }
                e += 1
            }
            if e < last, e > cue + 2, tokens[e].isPunct(","), !scan.hasFiniteVerb(cue + 1, e - 1), tokens[e + 1].isWord,
                !tokens[e + 1].capitalized || SpeechLexicon.pronouns[tokens[e + 1].hash] != nil,
                !SpeechLexicon.clauseOpeners.contains(tokens[e + 1].hash) || tokens[e + 1].hash == Words.there,
                scan.cueFrame(e + 1) == nil, !scan.isParticipleWord(e + 1),
                scan.hasFiniteVerb(e + 1, clauseEnd(from: e + 1, to: last))
            {
                return e + 1
            }
        }
        // "said as a teenager she was forced …": a time of life before the clause's subject.
        if frame == .clause, scan.isWord(cue + 1, EvaluativeWords.as), cue + 4 <= last, tokens[cue + 2].isWord,
            Words.indefiniteArticles.contains(tokens[cue + 2].hash), tokens[cue + 3].isWord, !tokens[cue + 3].capitalized,
            tokens[cue + 4].isWord, !tokens[cue + 4].capitalized, SpeechLexicon.subjectPronouns.contains(tokens[cue + 4].hash),
            scan.hasFiniteVerb(cue + 4, min(last, cue + 6))
        {
            return cue + 1
        }
        switch frame {
        case .objectThenThat:
            return bareClauseAfterObject(of: cue, last: last) ?? clauseAfterObjectAndAside(of: cue, last: last)
        case .cognition:
            return nil
        case .objectComplement:
            return next.isWord && !SpeechLexicon.prepositionsAfterCue.contains(next.hash) ? cue + 1 : nil
        case .clause:
            // "Reports said at least 116 people died": a quantifier, not a preposition.
            let quantifier = cue + 2 <= last && scan.isWord(cue + 1, Words.at) && tokens[cue + 2].isWord
                && Words.leastMost.contains(tokens[cue + 2].hash)
            guard next.isWord, quantifier || !SpeechLexicon.prepositionsAfterCue.contains(next.hash),
                !SpeechLexicon.dayWords.contains(next.hash), next.hash != Words.that
            else { return nil }
            if next.capitalized, scan.isWord(cue + 2, Words.that) { return nil }
            return cue + 1
        }
    }

    /// Reported-speech candidates around every speech verb not already used by a quotation.
    /// `used[k]` is true for tokens inside or attributing quotations found so far.
    func candidates(used: [Bool]) -> [QuoteCandidate] {
        var out: [QuoteCandidate] = []
        var k = 0
        let n = tokens.count
        // Read once: a static word hash is a lazily initialised global.
        let report = Words.report
        let of = Words.of
        let about = Words.about
        while k < n {
            defer { k += 1 }
            let frame = tokens[k].capitalized ? nil : tokens[k].cue ?? (tokens[k].hash == report ? reportAfterAPluralSubject(k) : nil)
            if frame == nil, !used[k], let c = documentOrCitedClause(k, used: used) {
                out.append(c)
                continue
            }
            // "told of being forced …", "talked about how …" (before "told"'s other frames).
            if k + 1 < n, tokens[k + 1].hash == of || tokens[k + 1].hash == about, !used[k], let c = spokeOf(k, used: used) {
                out.append(c)
                continue
            }
            guard frame != nil || tokens[k].hash == Words.according, tokens[k].isWord else { continue }
            // "Trump tweeted he wasn't aware of the event: “Wow! …”": the cue of a colon lead-in
            // also reports the clause before the colon.
            if used[k], !leadsInAQuotationAfterAClause(k) { continue }
            if scan.isAccordingTo(k) {
                if let c = accordingTo(k, used: used) { out.append(c) }
                continue
            }
            guard let frame else { continue }
            if used[k] {
                // Only a plain clause ("he wasn't aware …"), not a noun phrase with a participle
                // ("announced the name of the disease first recognized in Wuhan: “…”").
                if let c = leading(k, frame: frame, used: used), isPlainClause(c.span) { out.append(c) }
                continue
            }
            if let c = trailing(k, used: used) ?? leading(k, frame: frame, used: used) { out.append(c) }
        }
        // Overlapping reported clauses ("says it fears that …"): the outer, earlier one stays.
        var kept: [QuoteCandidate] = []
        for c in out.sorted(by: { $0.span.start < $1.span.start }) {
            if let last = kept.last, last.span.overlaps(c.span) { continue }
            kept.append(c)
        }
        return kept
    }

    /// "…, activists said." / "…, said Juppe." / "…, he said, and …": the content comes first.
    private func trailing(_ cue: Int, used: [Bool]) -> QuoteCandidate? {
        let first = scan.firstOfSentence(cue)
        let last = scan.lastOfSentence(cue)
        var speaker: ClosedRange<Int>?
        var comma: Int
        if cue - 2 >= first, tokens[cue - 1].isPunct(","), cue + 1 > last || !tokens[cue + 1].isWord,
            let sp = scan.phraseEnding(at: cue - 2, floor: first, limit: 6), let name = scan.nameBeforeOfPhrase(sp, floor: first),
            name.lowerBound - 1 >= first, tokens[name.lowerBound - 1].isPunct(",")
        {
            // "…, Tom Reed, of the Daily Ledger, said.": a name and its "of" phrase before the verb.
            speaker = name
            comma = name.lowerBound - 1
        } else if cue - 1 >= first, tokens[cue - 1].isPunct(",") {
            // Inverted: ", said Juppe."
            comma = cue - 1
            var s = cue + 1
            while s <= last, tokens[s].isWord, SpeechLexicon.dayWords.contains(tokens[s].hash) { s += 1 }
            speaker = scan.phraseStarting(at: s, ceiling: last)
            if let sp = speaker, let name = scan.appositiveName(after: sp, ceiling: last) { speaker = name }
            guard let sp = speaker, sp.upperBound + 1 > last || !tokens[sp.upperBound + 1].isWord else { return nil }
            if tokens[cue].end - tokens[cue].start > 3, scan.scalars[tokens[cue].end - 1] == "g" { return nil }  // "…, adding that"
        } else {
            var j = cue - 1
            while j >= first, tokens[j].isWord, !tokens[j].capitalized, SpeechLexicon.auxiliaries.contains(tokens[j].hash) { j -= 1 }
            // "…, wrestling promotion World Wonder Ring Stardom (Stardom) announced".
            if j > first, tokens[j].isPunct(")"), let open = scan.bracketOpening(closing: j, floor: first) { j = open - 1 }
            guard j >= first, let sp = scan.phraseEnding(at: j, floor: first, limit: 6), sp.lowerBound - 1 >= first else { return nil }
            // "…, Anderson Cooper, of CNN, said.": the name before the "of" phrase.
            if let name = scan.nameBeforeOfPhrase(sp, floor: first), name.lowerBound - 1 >= first, tokens[name.lowerBound - 1].isPunct(",") {
                speaker = name
                comma = name.lowerBound - 1
            } else {
                guard tokens[sp.lowerBound - 1].isPunct(",") else { return nil }
                speaker = sp
                comma = sp.lowerBound - 1
            }
        }
        // "…, several alleged accomplices, …": after a quantifier alone the verb is an adjective.
        if let sp = speaker, sp.upperBound < cue, sp.allSatisfy({ tokens[$0].isWord && SpeechLexicon.determiners.contains(tokens[$0].hash) }) {
            return nil
        }
        // After the verb: the end of the sentence or a comma, perhaps after a time ("said on Tuesday").
        var a = cue + 1
        if let sp = speaker, sp.lowerBound > cue { a = sp.upperBound + 1 }
        var words = 0
        while a <= last, tokens[a].isWord, words < 4 { a += 1; words += 1 }
        guard a > last || tokens[a].isPunct(",") || scan.isTerminal(a) || tokens[a].isPunct("—") else { return nil }
        if words > 0, scan.isWord(cue + 1, Words.that) { return nil }
        // "…, Sufianov said it was English language.": a clause after the verb is what was said.
        if words > 0, speaker.map({ $0.lowerBound < cue }) ?? true, scan.hasFiniteVerb(cue + 1, a - 1) { return nil }
        let attribution = Attribution(cue: cue...cue, speaker: speaker)
        // "This year, he said, he came to support …", "they had, his father says, paid …": an
        // attribution inside the sentence; the content runs on after it.
        // "— suggesting, experts noted, that this outbreak … may call for …": the clause after
        // "that" is what was said.
        if a + 2 <= last, tokens[a].isPunct(","), scan.isWord(a + 1, Words.that), speaker.map({ $0.lowerBound < cue }) ?? false {
            let end = clauseEnd(from: a + 2, to: last)
            guard scan.hasFiniteVerb(a + 2, end), let content = contentSpan(from: a + 2, to: end, used: used) else { return nil }
            return QuoteCandidate(span: content.span, kind: content.kind, attribution: attribution)
        }
        // "… was found dead, police reported Friday morning, local time.": after a time, words
        // without a verb are more of the setting, not the rest of the clause.
        let runsOn = a < last && tokens[a].isPunct(",")
            && (continuesWithACoordinatedPredicate(a + 1, last: last)
                || (interruptsARelativeClause(comma: comma, first: first) && tokens[a + 1].isWord && scan.cueFrame(a + 1) == nil))
        // Also inverted: "The bomb was placed in a market, stated the minister, and was left …".
        let inverted = speaker.map({ $0.lowerBound > cue }) ?? false
        if a < last, tokens[a].isPunct(","), speaker != nil, !inverted || continuesAfterAnInvertedAttribution(a + 1, last: last),
            continuesTheClause(a + 1) || runsOn,
            words == 0 || scan.hasFiniteVerb(a + 1, clauseEnd(from: a + 1, to: last)) || scan.isPastForm(a + 1)
                || SpeechLexicon.irregularPast.contains(tokens[a + 1].hash) || SpeechLexicon.finiteAuxiliaries.contains(tokens[a + 1].hash)
        {
            var start = comma - 1
            // Back to the sentence start, a colon, or a quotation that ends before ('He said “…
            // much.” The guardrail would be examined, Roberts said, …').
            while start > first, !scan.isTerminal(start - 1), !tokens[start - 1].isPunct(":"),
                !(tokens[start - 1].mark != nil && start - 2 >= first && scan.isTerminal(start - 2))
            {
                start -= 1
            }
            if interruptsARelativeClause(comma: comma, first: first) { start = a + 1 }
            // "Indeed, News 12 reported, only buildings …": a connective alone before the
            // attribution is the writer's; what was said starts after it.
            if startsAfterAConnective(start, comma: comma) { start = a + 1 }
            let end = clauseEnd(from: a + 1, to: last)
            guard scan.hasFiniteVerb(start, end), let content = contentSpan(from: start, to: end, used: used) else { return nil }
            return QuoteCandidate(span: content.span, kind: content.kind, attribution: attribution)
        }
        // "Earlier on Friday, the House confirmed him,": what comes before must be a clause.
        guard scan.hasFiniteVerb(first, comma - 1) else { return nil }
        // "According to the situation report dated March 16, the virus claimed …": a source
        // phrase, not a clause.
        if (first...(comma - 1)).contains(where: { scan.isAccordingTo($0) }) { return nil }
        // "In December, a Turkish official said that the pipeline …, Cyprus Mail reported.": the
        // inner speaker's words are the quotation (that verb gives it).
        if hasInnerThatClause(from: first, to: comma - 1) { return nil }
        guard let content = contentSpan(from: first, to: comma - 1, used: used) else { return nil }
        return QuoteCandidate(span: content.span, kind: content.kind, attribution: attribution)
    }

    /// Whether the words from `k` continue a clause interrupted by an attribution ("…, he said,
    /// is dead"), rather than start a new one ("…, he said, adding …", "…, he said, and …").
    private func continuesTheClause(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].isWord, !tokens[k].capitalized || SpeechLexicon.pronouns[tokens[k].hash] != nil,
            scan.cueFrame(k) == nil
        else { return false }
        guard !SpeechLexicon.clauseOpeners.contains(tokens[k].hash) else { return false }
        // "…, scientists say, containing the virus may require …": a gerund subject with its verb
        // before the next comma, not "…, he said, citing the report".
        guard scan.isParticipleWord(k) else { return true }
        var e = k + 1
        while e < tokens.count, e - k <= 12, tokens[e].isWord { e += 1 }
        return e < tokens.count && scan.hasFiniteVerb(k + 1, e - 1)
    }

    /// "X said (that) …", "X told reporters that …", "X accused Y of …".
    private func leading(_ cue: Int, frame: SpeechLexicon.CueFrame, used: [Bool]) -> QuoteCandidate? {
        let first = scan.firstOfSentence(cue)
        let last = lastBeforeColonQuotation(from: cue, to: scan.lastOfSentence(cue))
        guard let start = contentStart(afterCue: cue, frame: frame, limit: last + 1) else { return nil }
        var speaker = scan.subject(before: cue, floor: first)
        if let sp = speaker, let source = relayedSource(subject: sp, cue: cue) { speaker = source }
        if let document = authoredDocument(beforeParticiple: cue, floor: first) { speaker = document }
        if let issuer = issuerOfDocument(beforeParticiple: cue, floor: first) { speaker = issuer }
        // "The BBC also cited Budi Gunawan, chief of …, as saying …": the one cited speaks.
        if speaker == nil, scan.isParticipleWord(cue), let cited = citedSource(asSaying: cue, floor: first) { speaker = cited }
        if speaker == nil {
            // A participle after a comma ("…, adding that …") shares the sentence's speaker.
            guard cue - 1 >= first, tokens[cue - 1].isPunct(","),
                scan.scalars[tokens[cue].end - 1] == "g" || scan.scalars[tokens[cue].end - 1] == "d"
            else { return nil }
            speaker = scan.sentenceSubject(from: first, before: cue - 1)
        }
        var end = clauseEnd(from: start, to: last)
        if let e = endBeforeMainClause(first: first, cue: cue, start: start, end: end, last: last) { end = e }
        guard isReportedClause(cue: cue, frame: frame, start: start, end: end) else { return nil }
        // "Reuters reported a government source, whom they did not name, said the ban …": the
        // inner speaker's words are the quotation (that verb gives it).
        if hasInnerSpeaker(from: start, to: end) { return nil }
        guard let content = contentSpan(from: start, to: end, used: used) else { return nil }
        return QuoteCandidate(span: content.span, kind: content.kind, attribution: Attribution(cue: cue...cue, speaker: speaker))
    }

    /// Whether the words at `start` open a noun phrase that is more likely an object than a
    /// subject: "a"/"an", a possessive pronoun, or a number.
    func startsAnObjectPhrase(_ start: Int) -> Bool {
        let t = tokens[start]
        guard t.isWord else { return false }
        if t.startsWithDigit || (!t.capitalized && Words.objectPhraseOpeners.contains(t.hash)) { return true }
        // "announced new lockdown measures, which the government dropped …": a few lower-case
        // words without a verb, then a relative clause after a comma.
        if !t.capitalized, !SpeechLexicon.determiners.contains(t.hash), SpeechLexicon.pronouns[t.hash] == nil,
            !SpeechLexicon.clauseOpeners.contains(t.hash), t.hash != Words.there
        {
            var k = start
            while k < tokens.count, k - start < 4, tokens[k].isWord, !tokens[k].capitalized { k += 1 }
            if k > start + 1, k + 1 < tokens.count, tokens[k].isPunct(","), tokens[k + 1].isWord, !tokens[k + 1].capitalized,
                Words.relatives.contains(tokens[k + 1].hash), tokens[k + 1].hash != Words.that, !scan.hasFiniteVerb(start, k - 1)
            {
                return true
            }
        }
        // "claimed victory in the vote, which …", "expressed sadness and …": a bare noun and a
        // preposition or "and".
        guard !t.capitalized, start + 2 < tokens.count, tokens[start + 1].isWord, !tokens[start + 1].capitalized else { return false }
        // "sadness and extended condolences" (a verb after "and"), not "fireworks and flash bangs were".
        if scan.isWord(start + 1, Words.and) { return scan.isPastForm(start + 2) && SpeechLexicon.pronouns[t.hash] == nil }
        return Words.bareNounFollowers.contains(tokens[start + 1].hash)
            && !SpeechLexicon.determiners.contains(t.hash) && SpeechLexicon.pronouns[t.hash] == nil
            && !SpeechLexicon.clauseOpeners.contains(t.hash) && t.hash != Words.there
    }

    /// The source of "cited/quoted X as saying" ending at the participle `cue`.
    private func citedSource(asSaying cue: Int, floor: Int) -> ClosedRange<Int>? {
        guard cue - 2 >= floor, scan.isWord(cue - 1, EvaluativeWords.as) else { return nil }
        var v = cue - 2
        while v >= floor, cue - v <= 16, !(tokens[v].isWord && !tokens[v].capitalized && Words.citingVerbs.contains(tokens[v].hash)) { v -= 1 }
        guard v >= floor, cue - v <= 16 else { return nil }
        return scan.phraseStarting(at: v + 1, ceiling: cue - 2)
    }

    /// Whether the reported clause starting at `start` is introduced by "that", "whether" or a colon.
    func introducedExplicitly(_ start: Int) -> Bool {
        start > 0 && (scan.isWord(start - 1, Words.that) || scan.isWord(start - 1, Words.whether) || tokens[start - 1].isPunct(":"))
    }

    /// Whether "while" at `w` opens a role without a verb up to the next comma or the end
    /// ("… being cast in a pilot while a guest actor on another show"): no new clause.
    private func isVerblessRole(afterWhile w: Int, last: Int) -> Bool {
        guard w + 2 <= last, tokens[w + 1].isWord, !tokens[w + 1].capitalized,
            Words.indefiniteArticles.contains(tokens[w + 1].hash)
        else { return false }
        var e = w + 2
        while e < last, !tokens[e + 1].isPunct(","), tokens[e + 1].mark == nil { e += 1 }
        return !scan.hasFiniteVerb(w + 2, e)
    }

    /// The last token of the reported clause running from `start` to at most `last`: it ends
    /// where a coordinated speech verb starts the next one ("… and says …", "…, and said that …").
    func clauseEnd(from start: Int, to last: Int, nested: Bool = true) -> Int {
        var c = start
        while c < last {
            // "… was a pineapple; the agency later reported …": a semicolon joins the writer's
            // next sentence.
            if c > start, tokens[c].isPunct(";") { return c - 1 }
            // "…, but Cook did not say when", "…, compared with 64 percent …", "… while Sanders
            // suggests …": a new clause that is not part of what was said (not a contrast
            // without speech of its own: "…, while two adults were seriously injured").
            if tokens[c].isPunct(","), c + 1 <= last, tokens[c + 1].isWord, !tokens[c + 1].capitalized,
                Words.clauseBreaks.contains(tokens[c + 1].hash), c > start, !closesAnAside(c, from: start),
                !(tokens[c + 1].hash == Words.whileWord && continuesAcrossWhile(c + 1, last: last)),
                !(tokens[c + 1].hash == Words.but && continuesAcrossBut(c + 1, from: start, last: last))
            {
                return c - 1
            }
            // "… he lost control, with local press claiming he …": a source introduced by "with"
            // and a participle of speech starts the next attribution; "…, the Courier reported."
            // ending the sentence is the relay of what was said.
            if c > start, tokens[c].isPunct(","), startsAWithAttribution(c + 1, last: last) || endsWithARelay(c + 1, last: last) {
                return c - 1
            }
            // "…, which he said would allow him …": a relative clause with an attribution of its
            // own is another quotation; without one ("…, who was being treated at …") it is
            // still part of what was said.
            if c > start, tokens[c].isPunct(","), c + 2 <= last, scan.isWord(c + 1, Words.which) || scan.isWord(c + 1, Words.who),
                (c + 2...min(last, c + 5)).contains(where: { tokens[$0].isWord && scan.cueFrame($0) != nil })
            {
                return c - 1
            }
            // "…, before reversing course the next day", "…, prior to setting the bond": the
            // writer's time phrase after the reported clause.
            if c > start, tokens[c].isPunct(","), c + 2 <= last, tokens[c + 1].isWord, !tokens[c + 1].capitalized,
                Words.timeConjunctions.contains(tokens[c + 1].hash),
                scan.isParticipleWord(c + 2) || (scan.isWord(c + 2, Words.to) && c + 3 <= last && scan.isParticipleWord(c + 3))
            {
                return c - 1
            }
            // "…, according to Reuters": the source of the whole sentence, not what was said.
            if c > start, tokens[c].isPunct(","), scan.isAccordingTo(c + 1) { return c - 1 }
            // "said he died in Britain without elaborating": the writer's note that the speaker
            // gave no more.
            if c > start, scan.isWord(c, Words.without), c + 1 <= last, tokens[c + 1].isWord,
                Words.withheldDetails.contains(tokens[c + 1].hash), c + 2 > last || !tokens[c + 2].isWord
            {
                var end = c - 1
                while end > start, tokens[end].isPunct(",") { end -= 1 }
                return end
            }
            // "… while Sanders suggests …" starts a clause; "driving while inebriated", "while in
            // custody" do not.
            if c > start, tokens[c].isWord, !tokens[c].capitalized, tokens[c].hash == Words.whileWord,
                !(tokens[c - 1].isPunct(",") && continuesAcrossWhile(c, last: last)),
                !(!tokens[c - 1].isPunct(",") && isVerblessRole(afterWhile: c, last: last)),
                tokens[c - 1].isPunct(",") || !(c + 1 <= last && tokens[c + 1].isWord && !tokens[c + 1].capitalized
                    && (scan.isParticipleWord(c + 1) || scan.isPastForm(c + 1) || SpeechLexicon.prepositionsAfterCue.contains(tokens[c + 1].hash)))
            {
                var end = c - 1
                while end > start, tokens[end].isPunct(",") { end -= 1 }
                return end
            }
            // "…, adding, “…”", "… — suggesting, experts noted, …": a participle after a comma or
            // a dash starts the next attribution.
            if tokens[c].isPunct(",") || tokens[c].isPunct("—"), c > start, c + 1 <= last, scan.cueFrame(c + 1) != nil,
                scan.isParticipleWord(c + 1)
            {
                var end = c - 1
                while end > start, tokens[end].isPunct(",") { end -= 1 }
                return end
            }
            if tokens[c].isWord, tokens[c].hash == Words.and || tokens[c].hash == Words.but {
                var v = c + 1
                while v <= last, tokens[v].isWord, SpeechLexicon.auxiliaries.contains(tokens[v].hash) { v += 1 }
                // "…, and said that …", "… and says it fears …": a coordinated speech verb starts
                // the next clause; without a comma ("… can and may declare a state of emergency")
                // only when it has a reported clause of its own.
                if let frame = scan.cueFrame(v),
                    tokens[c - 1].isPunct(",")
                        || contentStart(afterCue: v, frame: frame, limit: last + 1).map({ s in
                            introducedExplicitly(s) || (nested && scan.hasFiniteVerb(s, clauseEnd(from: s, to: last, nested: false)))
                        }) ?? false
                {
                    var end = c - 1
                    while end > start, tokens[end].isPunct(",") { end -= 1 }
                    return end
                }
            }
            c += 1
        }
        return last
    }

    /// Whether the comma at `c`, before "it", closes an aside opened by a comma and "to" or a
    /// preposition ("… had to be easy to say and, to prevent stigma, it must not …").
    private func closesAnAside(_ c: Int, from start: Int) -> Bool {
        guard scan.isWord(c + 1, Words.it) else { return false }
        var o = c - 1
        while o > start, c - o <= 8, !tokens[o].isPunct(",") { o -= 1 }
        guard o > start, tokens[o].isPunct(","), o + 1 < c, tokens[o + 1].isWord, !tokens[o + 1].capitalized else { return false }
        return tokens[o + 1].hash == Words.to || SpeechLexicon.prepositionsAfterCue.contains(tokens[o + 1].hash)
    }

    /// The content between tokens `a` and `b` (inclusive), without trailing punctuation or
    /// surrounding marks; nil when too short or overlapping an earlier quotation.
    func contentSpan(from a: Int, to b: Int, used: [Bool]) -> (span: TextSpan, kind: QuoteKind)? {
        var lo = a
        var hi = b
        while lo <= hi, !tokens[lo].isWord { lo += 1 }
        while hi >= lo, !tokens[hi].isWord, tokens[hi].mark == nil || tokens[hi].mark?.direction != .closing {
            hi -= 1
        }
        while hi >= lo, tokens[hi].mark != nil || tokens[hi].isPunct(".") || tokens[hi].isPunct(",") { hi -= 1 }
        guard lo <= hi else { return nil }
        var words = 0
        var marks = false
        for t in lo...hi {
            if used[t] { return nil }
            if tokens[t].isWord { words += 1 }
            if tokens[t].mark?.level == .double { marks = true }
        }
        guard words >= 3 else { return nil }
        return (TextSpan(start: tokens[lo].start, end: tokens[hi].end), marks ? .mixed : .indirect)
    }
}
