/// Reported speech framed by a document or a cited source rather than a verb of saying: "The
/// Department issued a statement that an inmate had been stabbed", "The Daily Telegraph cited a
/// security source that mental health may be a factor".
extension IndirectSpeechRules {
    /// The candidate of a document or citing frame whose verb is token `verb`, if there is one.
    func documentOrCitedClause(_ verb: Int, used: [Bool]) -> QuoteCandidate? {
        let t = tokens[verb]
        guard t.isWord, !t.capitalized, DocumentFrameWords.all.contains(t.hash) else { return nil }
        if DocumentFrameWords.issueVerbs.contains(t.hash) { return statementThat(verb, used: used) }
        if DocumentFrameWords.citeVerbs.contains(t.hash) { return citedThat(verb, used: used) }
        return nil
    }

    /// "X issued a statement that …", "released a statement that …": the issuer speaks.
    private func statementThat(_ verb: Int, used: [Bool]) -> QuoteCandidate? {
        let first = scan.firstOfSentence(verb)
        let last = scan.lastOfSentence(verb)
        var d = verb + 1
        guard d <= last, tokens[d].isWord, Words.indefiniteArticles.contains(tokens[d].hash) || tokens[d].hash == SpeechLexicon.the else {
            return nil
        }
        d += 1
        // "a brief statement", "a joint statement".
        if d <= last, tokens[d].isWord, !tokens[d].capitalized, !SpeechLexicon.documentNouns.contains(tokens[d].hash) { d += 1 }
        guard d + 2 <= last, tokens[d].isWord, SpeechLexicon.documentNouns.contains(tokens[d].hash) else { return nil }
        var start = d + 2
        if !scan.isWord(d + 1, Words.that) {
            // "issued a statement to the effect (that) the king considered it …".
            guard d + 4 <= last, scan.isWord(d + 1, Words.to), scan.isWord(d + 2, SpeechLexicon.the), scan.isWord(d + 3, Words.effect) else {
                return nil
            }
            start = scan.isWord(d + 4, Words.that) ? d + 5 : d + 4
        }
        var speaker = scan.subject(before: verb, floor: first)
        if speaker == nil, verb - 1 >= first, tokens[verb - 1].isPunct(","), scan.isParticipleWord(verb) {
            speaker = scan.participleSubject(comma: verb - 1, floor: first)
        }
        guard let speaker else { return nil }
        return clause(from: start, last: last, cue: verb...d, speaker: speaker, used: used)
    }

    /// "X cited a security source that …": the source cited speaks (a person, a speaker noun or a
    /// name, not "cited concerns that …").
    private func citedThat(_ verb: Int, used: [Bool]) -> QuoteCandidate? {
        let last = scan.lastOfSentence(verb)
        guard let source = scan.phraseStarting(at: verb + 1, ceiling: last, limit: 6), source.upperBound + 2 <= last,
            scan.isWord(source.upperBound + 1, Words.that)
        else { return nil }
        let head = tokens[source.upperBound]
        guard head.capitalized || SpeechLexicon.speakerNouns.contains(head.hash) else { return nil }
        return clause(from: source.upperBound + 2, last: last, cue: verb...verb, speaker: source, used: used)
    }

    /// The reported clause from `start` (a finite clause, ending before a colon that introduces a
    /// quotation).
    private func clause(from start: Int, last: Int, cue: ClosedRange<Int>, speaker: ClosedRange<Int>, used: [Bool]) -> QuoteCandidate? {
        let end = clauseEnd(from: start, to: lastBeforeColonQuotation(from: start, to: last))
        guard scan.hasFiniteVerb(start, end), let content = contentSpan(from: start, to: end, used: used) else { return nil }
        return QuoteCandidate(span: content.span, kind: content.kind, attribution: Attribution(cue: cue, speaker: speaker))
    }

    /// Whether the cue at `k` is followed in its sentence, after at least three words, by a
    /// colon and a quotation mark.
    func leadsInAQuotationAfterAClause(_ k: Int) -> Bool {
        let last = scan.lastOfSentence(k)
        let colon = lastBeforeColonQuotation(from: k, to: last)
        return colon < last && colon - k >= 3
    }

    /// Whether the content `span` opens with "that", a subject pronoun, or holds a finite form of
    /// be, have, do or a modal.
    func isPlainClause(_ span: TextSpan) -> Bool {
        var k = scan.firstToken(endingAfter: span.start)
        guard k < tokens.count else { return false }
        if k > 0, scan.isWord(k - 1, Words.that) { return true }
        if tokens[k].isWord, SpeechLexicon.subjectPronouns.contains(tokens[k].hash) { return true }
        while k < tokens.count, tokens[k].start < span.end {
            if tokens[k].isWord, !tokens[k].capitalized, SpeechLexicon.finiteAuxiliaries.contains(tokens[k].hash) { return true }
            k += 1
        }
        return false
    }

    /// The token before a colon followed by a quotation mark between `start` and `last`
    /// ("… had been stabbed: “There was …”"), else `last`.
    func lastBeforeColonQuotation(from start: Int, to last: Int) -> Int {
        var c = start
        while c < last {
            if tokens[c].isPunct(":"), c + 1 <= last, tokens[c + 1].mark != nil { return c - 1 }
            c += 1
        }
        return last
    }
}

/// Verbs of the document and citing frames.
enum DocumentFrameWords {
    /// "issued a statement that …".
    static let issueVerbs: WordHashSet = WordHashSet(
        ["issue", "issues", "issued", "issuing", "release", "releases", "released", "releasing", "publish", "published"].map(WordHash.of))
    /// Every verb of the two frames, searched by comparison: most words are none of them, and a
    /// dozen integer comparisons cost less than hashing for a set lookup.
    static let all: [UInt64] = Array(issueVerbs.union(citeVerbs))
    /// "a tweet by X", "a report citing X": the author of a document.
    static let authorWords: WordHashSet = WordHashSet(["by", "citing"].map(WordHash.of))
    /// "cited a source that …".
    static let citeVerbs: WordHashSet = WordHashSet(["cite", "cites", "cited", "citing"].map(WordHash.of))
}
