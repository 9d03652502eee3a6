/// "according to X, …", "…, according to X.", "Longer term, according to X, the goal is …":
/// reported speech whose source follows "according to".
extension IndirectSpeechRules {
    /// "according to X, …" / "…, according to X." / "… was suspended according to local media."
    func accordingTo(_ k: Int, used: [Bool]) -> QuoteCandidate? {
        let first = scan.firstOfSentence(k)
        let last = lastBeforeColonQuotation(from: k, to: scan.lastOfSentence(k))
        guard var speaker = accordingSource(k, last: last) else { return nil }
        var content: (span: TextSpan, kind: QuoteKind)?
        // "… in 1944 according to Federal Aviation Administration records.": the source ends the
        // sentence (perhaps with its acronym: "according to the Catholic Bishops' Conference (CBCP).").
        var after = speaker.upperBound + 1
        if after + 2 <= last, tokens[after].isPunct("("), tokens[after + 1].isWord, tokens[after + 2].isPunct(")") { after += 3 }
        while after <= last, after - speaker.upperBound <= 3, tokens[after].isWord { after += 1 }
        let endsTheSentence = after > last || scan.isTerminal(after)
        // "… at home according to a statement posted to his official account.", "… were injured
        // according to health officials, ranging in age …": after the source, a participle's
        // description to the sentence's end, or a comma and a participle, are the writer's.
        var endsAfterADescription = false
        if !endsTheSentence, k - 1 > first, tokens[k - 1].isWord, speaker.upperBound + 1 <= last {
            let d = speaker.upperBound + 1
            if tokens[d].isWord, !tokens[d].capitalized, scan.isPastForm(d) || SpeechLexicon.irregularPast.contains(tokens[d].hash) {
                var e = d + 1
                while e <= last, e - d <= 10, tokens[e].isWord { e += 1 }
                endsAfterADescription = e > last || scan.isTerminal(e)
            } else if d + 1 <= last, tokens[d].isPunct(","), tokens[d + 1].isWord, !tokens[d + 1].capitalized,
                scan.isParticipleWord(d + 1), scan.cueFrame(d + 1) == nil
            {
                endsAfterADescription = true
            }
        }
        // "Women, who make up 16% of the enlisted, according to CNA, have served …": the source
        // of a relative clause set off by commas.
        if k - 1 > first, !endsTheSentence, let r = relativeAsideEnding(atComma: k - 1, first: first),
            after <= last, tokens[after].isPunct(","), let inner = contentSpan(from: r, to: k - 2, used: used)
        {
            return QuoteCandidate(span: inner.span, kind: inner.kind, attribution: Attribution(cue: k...(k + 1), speaker: speaker))
        }
        // "Thunberg then led, according to Time, the largest climate demonstration …": the source
        // set off inside the clause; the whole sentence is what was said.
        if k - 2 >= first, tokens[k - 1].isPunct(","), !endsTheSentence, scan.hasFiniteVerb(first, k - 2),
            speaker.upperBound + 2 <= last, tokens[speaker.upperBound + 1].isPunct(","),
            tokens[speaker.upperBound + 2].isWord, !tokens[speaker.upperBound + 2].capitalized,
            !SpeechLexicon.clauseOpeners.contains(tokens[speaker.upperBound + 2].hash)
                || ((scan.isWord(k - 2, Words.and) || scan.isWord(k - 2, Words.but)) && tokens[speaker.upperBound + 2].hash == SpeechLexicon.also),
            scan.cueFrame(speaker.upperBound + 2) == nil, !scan.isParticipleWord(speaker.upperBound + 2),
            !hasInnerAttribution(from: first, to: k - 2),
            // Not an apposition to the source ("…, according to prosecutor Josh Bash, the U.S.
            // Attorney for …").
            !SpeechLexicon.determiners.contains(tokens[speaker.upperBound + 2].hash)
                || scan.hasFiniteVerb(speaker.upperBound + 2, clauseEnd(from: speaker.upperBound + 2, to: last))
        {
            let end = clauseEnd(from: speaker.upperBound + 2, to: last)
            // "… and, according to CNN, was called …": only the coordinated clause.
            let from = scan.isWord(k - 2, Words.and) || scan.isWord(k - 2, Words.but) ? speaker.upperBound + 2 : first
            guard let whole = contentSpan(from: from, to: end, used: used) else { return nil }
            return QuoteCandidate(span: whole.span, kind: whole.kind, attribution: Attribution(cue: k...(k + 1), speaker: speaker))
        }
        // "… specified no cause, but, according to his agent, Hunter had undergone surgery": after
        // a conjunction the source opens the next clause, which is what was said.
        if k - 3 >= first, tokens[k - 1].isPunct(","), scan.isWord(k - 2, Words.and) || scan.isWord(k - 2, Words.but),
            tokens[k - 3].isPunct(","), speaker.upperBound + 2 <= last, tokens[speaker.upperBound + 1].isPunct(","),
            tokens[speaker.upperBound + 2].isWord, scan.cueFrame(speaker.upperBound + 2) == nil
        {
            let start = speaker.upperBound + 2
            let end = clauseEnd(from: start, to: last)
            guard scan.hasFiniteVerb(start, end), !hasInnerAttribution(from: start, to: end),
                let clause = contentSpan(from: start, to: end, used: used)
            else { return nil }
            return QuoteCandidate(span: clause.span, kind: clause.kind, attribution: Attribution(cue: k...(k + 1), speaker: speaker))
        }
        // "…, according to X." ends the sentence; "Longer term, according to X, the goal is …"
        // (no clause before it) is handled below.
        if k - 1 >= first, (tokens[k - 1].isPunct(",") && (endsTheSentence || k - 2 < first || scan.hasFiniteVerb(first, k - 2)))
            || ((endsTheSentence || endsAfterADescription) && tokens[k - 1].isWord)
        {
            let end = tokens[k - 1].isPunct(",") ? k - 2 : k - 1
            // "Vázquez has expressed she is …, according to Reuters": the inner speaker's words.
            if hasInnerAttribution(from: first, to: end) { return nil }
            guard scan.hasFiniteVerb(first, end) else { return nil }
            content = contentSpan(from: first, to: end, used: used)
        } else if k - 1 > first, scan.isWord(k - 1, Words.and) || scan.isWord(k - 1, Words.but),
            speaker.upperBound + 1 <= last, tokens[speaker.upperBound + 1].isWord,
            SpeechLexicon.pronouns[tokens[speaker.upperBound + 1].hash] != nil
                || SpeechLexicon.determiners.contains(tokens[speaker.upperBound + 1].hash)
        {
            // "… for several months and according to the Ministry of Foreign Affairs he died at …":
            // the clause follows the source without a comma.
            let start = speaker.upperBound + 1
            let end = clauseEnd(from: start, to: last)
            guard scan.hasFiniteVerb(start, end) else { return nil }
            content = contentSpan(from: start, to: end, used: used)
        } else if k - 1 > first, tokens[k - 1].isPunct(","), !scan.hasFiniteVerb(first, k - 2),
            let closing = (speaker.upperBound + 1...max(speaker.upperBound + 1, last)).first(where: { tokens[$0].isPunct(",") }),
            closing < last, tokens[closing + 1].isWord
        {
            // "Longer term, according to NASA administrator Jim Bridenstine, the goal is …": an
            // opening phrase, the source, then the clause; the whole sentence is what was said.
            guard closing == speaker.upperBound + 1 || closing - speaker.upperBound <= 4 else { return nil }
            // "Witnesses, according to The Telegraph, said …": an aside between a subject and its
            // speech verb; the verb gives the quotation.
            if scan.cueFrame(closing + 1) != nil { return nil }
            let end = clauseEnd(from: closing + 1, to: last)
            guard scan.hasFiniteVerb(closing + 1, end), !hasInnerAttribution(from: closing + 1, to: end) else { return nil }
            if closing > speaker.upperBound + 1, let name = scan.phraseStarting(at: k + 2, ceiling: closing - 1, limit: 10) { speaker = name }
            content = contentSpan(from: first, to: end, used: used)
        } else if k == first || (k == first + 1 && tokens[first].isWord) || (k - 1 > first && tokens[k - 1].isPunct(";")) {
            // "…; according to investigators, one was pronounced dead …": after a semicolon too.
            // "According to Windsor Locks' first selectman, Chris Kervick, there were …": the
            // clause starts after the comma whose part holds a verb; a name in apposition to a
            // description is the speaker.
            var c = speaker.upperBound + 1
            while c <= last, !tokens[c].isPunct(",") { c += 1 }
            var start = c + 1
            // The first part after the source and its appositions: "According to the study, in
            // 2014 in the continental United States, roughly 16,000 …" — an opening phrase is
            // part of what was said.
            var opening: Int? = nil
            while start <= last {
                var e = start
                while e <= last, !tokens[e].isPunct(",") { e += 1 }
                // "…, who is both co-chairman of …,": a relative clause about the source.
                let relative = tokens[start].isWord && Words.relatives.contains(tokens[start].hash) && tokens[start].hash != Words.that
                if !relative, scan.hasFiniteVerb(start, e - 1) { break }
                var apposition = relative
                if e - start <= 4, start == c + 1, c == speaker.upperBound + 1, scan.isDescription(speaker),
                    (start...(e - 1)).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized || tokens[$0].isPunct(".") })
                {
                    speaker = start...(e - 1)
                    apposition = true
                }
                if opening == nil, !apposition, !opensAnAppositionToTheSource(start, end: e - 1, afterComma: c) { opening = start }
                start = e + 1
            }
            guard start <= last else { return nil }
            // "According to investigators, Zhukovskyy said he had …": the inner speaker's words.
            if hasInnerSpeaker(from: start, to: clauseEnd(from: start, to: last)) { return nil }
            content = contentSpan(from: opening ?? start, to: last, used: used)
        }
        guard let content else { return nil }
        return QuoteCandidate(span: content.span, kind: content.kind, attribution: Attribution(cue: k...(k + 1), speaker: speaker))
    }

    /// Whether the part `start...end` describes the source of "according to" rather than opening
    /// what was said: it comes right after the source's comma (`comma`) and opens with "a"/"an"
    /// ("according to Vyasna, an independent rights centre,") or a bare role and its "of" ("…, director
    /// of the event,"), goes on naming a place ("according
    /// to police in Baytown, Texas,"), names a role ("according to Tom
    /// Frieden, formerly the director of …,", "…, the company's spokesman,") or holds a title in
    /// marks ("according to E. J. Fleming's “The Fixers: …, Howard Strickling …” and other sources,").
    private func opensAnAppositionToTheSource(_ start: Int, end: Int, afterComma comma: Int) -> Bool {
        guard start == comma + 1, tokens[start].isWord else { return false }
        if !tokens[start].capitalized, Words.indefiniteArticles.contains(tokens[start].hash) { return true }
        // "according to a post by Amy Cook, director of the Learning Together event,": a bare role
        // and its "of"/"at"/"for" after a name.
        if start + 1 <= end, tokens[comma - 1].isWord, tokens[comma - 1].capitalized, !tokens[start].capitalized,
            SpeechLexicon.personNouns.contains(tokens[start].hash), tokens[start + 1].isWord,
            Words.roleLinks.contains(tokens[start + 1].hash)
        {
            return true
        }
        // "according to police in Baytown, Texas,": capitalised words after a name go on naming it.
        if tokens[comma - 1].isWord, tokens[comma - 1].capitalized, (start...end).allSatisfy({ tokens[$0].isWord && tokens[$0].capitalized }) {
            return true
        }
        return (start...end).contains { k in
            tokens[k].mark != nil
                || (tokens[k].isWord && !tokens[k].capitalized && SpeechLexicon.personNouns.contains(tokens[k].hash) && k > start
                    && (SpeechLexicon.determiners.contains(tokens[k - 1].hash) || scan.isPossessive(k - 1)
                        || (k - 2 >= start && (SpeechLexicon.determiners.contains(tokens[k - 2].hash) || scan.isPossessive(k - 2)))))
        }
    }

    /// The source after "according to" at `k`: the phrase read there (up to ten words: "the
    /// United Nations' Food and Agriculture Organization's chief veterinary officer"), a speech
    /// noun with its modifiers ("the reports", "varying reports"), or the author of a document
    /// ("a tweet on Monday by Secretary of State Mike Pompeo", "a report citing the mayor's office").
    func accordingSource(_ k: Int, last: Int) -> ClosedRange<Int>? {
        var e = k + 2
        while e <= last, e - k <= 3, tokens[e].isWord, !tokens[e].capitalized, scan.cueFrame(e) == nil,
            !SpeechLexicon.phraseStoppers.contains(tokens[e].hash) || SpeechLexicon.determiners.contains(tokens[e].hash)
        {
            e += 1
        }
        var source: ClosedRange<Int>
        if e <= last, tokens[e].isWord, !tokens[e].capitalized, scan.cueFrame(e) != nil, scan.verbEnding(e) == 1 {
            source = (k + 2)...e
        } else if let phrase = scan.phraseStarting(at: k + 2, ceiling: last, limit: 10) {
            source = phrase
        } else {
            return nil
        }
        // "According to Agence France-Presse, which cited sources close to the investigation,":
        // the source the reporter cites speaks.
        if let cited = citedSource(after: source, last: last) { return cited }
        // The document noun, then "by" or "citing" within four words ("a tweet on Monday by X").
        guard let noun = source.first(where: { tokens[$0].isWord && !tokens[$0].capitalized
            && (SpeechLexicon.documentNouns.contains(tokens[$0].hash) || scan.cueFrame($0) != nil) })
        else { return source }
        var b = noun + 1
        while b <= last, b - noun <= 4, tokens[b].isWord, !DocumentFrameWords.authorWords.contains(tokens[b].hash) { b += 1 }
        guard b + 1 <= last, tokens[b].isWord, !tokens[b].capitalized, DocumentFrameWords.authorWords.contains(tokens[b].hash),
            let author = scan.phraseStarting(at: b + 1, ceiling: last, limit: 10),
            tokens[author.lowerBound].capitalized || SpeechLexicon.determiners.contains(tokens[author.lowerBound].hash)
        else { return source }
        return author
    }

    /// "…, which cited X," / "…, citing X,": the source cited in an aside right after the
    /// source of "according to", when the aside closes with a comma before the clause.
    private func citedSource(after source: ClosedRange<Int>, last: Int) -> ClosedRange<Int>? {
        var c = source.upperBound + 1
        guard c + 2 <= last, tokens[c].isPunct(",") else { return nil }
        c += 1
        if tokens[c].isWord, !tokens[c].capitalized, tokens[c].hash == Words.which || tokens[c].hash == Words.who { c += 1 }
        guard c + 1 <= last, tokens[c].isWord, !tokens[c].capitalized, Words.citingVerbs.contains(tokens[c].hash) else { return nil }
        // The words of the aside, up to its closing comma ("sources close to the investigation").
        var e = c + 1
        while e <= last, e - c <= 8, tokens[e].isWord { e += 1 }
        guard e > c + 1, e < last, tokens[e].isPunct(",") else { return nil }
        return (c + 1)...(e - 1)
    }

    /// Whether the words `a...b` hold a speech verb with a subject and a reported clause of
    /// its own, which is then the quotation.
    func hasInnerAttribution(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for j in a...b {
            guard let frame = scan.cueFrame(j), !tokens[j].capitalized, scan.subject(before: j, floor: a) != nil,
                let start = contentStart(afterCue: j, frame: frame, limit: b + 1)
            else { continue }
            if introducedExplicitly(start) || scan.hasFiniteVerb(start, b) { return true }
        }
        return false
    }
}
