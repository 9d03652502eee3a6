/// "Schiff called it “a non-starter”", "described the attacks as a “dastardly act”",
/// "denounced the claims as a “national embarrassment”": a verb of calling with an object before
/// a quotation — the subject's own words, not a title ("a film called “…”" has no object). The
/// object and the quotation form a small clause ("it [is] “a non-starter”"): a mixed quote
/// ending with the quotation.
extension DirectQuoteRules {
    /// The attribution of a quotation opening at `open` after a verb of calling or describing
    /// and its object, when the verb has a subject (or shares one as a participle), with the
    /// token where the object starts.
    func evaluativeAttribution(open: Int, floor: Int) -> (Attribution, objectStart: Int)? {
        let tokens = scan.tokens
        // One word in marks ("called it a “giveaway”") is a label more often than a quotation.
        var words = 0
        var w = open + 1
        while w < tokens.count, words < 2, tokens[w].mark == nil, tokens[w].paragraph == tokens[open].paragraph {
            if tokens[w].isWord { words += 1 }
            w += 1
        }
        guard words >= 2 else { return nil }
        var j = open - 1
        guard j > floor, tokens[j].isWord else { return nil }
        if SpeechLexicon.determiners.contains(tokens[j].hash), !tokens[j].capitalized { j -= 1 }
        let hasAs = scan.isWord(j, EvaluativeWords.as)
        if hasAs { j -= 1 }
        // "Gutierrez was described by the CBCP as “…”": the agent after "by" is the speaker.
        if hasAs, let passive = passiveAgent(endingAt: j, floor: floor) { return passive }
        var objectWords = 0
        while j > floor, tokens[j].isWord || isPossessiveApostrophe(j), objectWords < 8 {
            let h = tokens[j].hash
            if !tokens[j].capitalized, hasAs ? EvaluativeWords.asVerbs.contains(h) : EvaluativeWords.callVerbs.contains(h) {
                guard objectWords > 0 else { return nil }
                var subject = scan.subject(before: j, floor: floor)
                if subject == nil, scan.isParticipleWord(j), j - 1 >= floor, tokens[j - 1].isPunct(",") {
                    subject = scan.participleSubject(comma: j - 1, floor: floor)
                }
                guard let subject else { return nil }
                return (Attribution(cue: j...j, speaker: subject), j + 1)
            }
            // "the legal team's claims as a “…”": a speech word after a possessive or a
            // determiner is a noun of the object.
            if scan.cueFrame(j) != nil,
                !(j - 1 > floor && tokens[j - 1].isWord && (SpeechLexicon.determiners.contains(tokens[j - 1].hash) || scan.isPossessive(j - 1)))
            {
                return nil
            }
            if tokens[j].isWord { objectWords += 1 }
            j -= 1
        }
        return nil
    }
}

extension DirectQuoteRules {
    /// "… was described by the CBCP as": the verb, "by" and its agent ending at token `end`.
    fileprivate func passiveAgent(endingAt end: Int, floor: Int) -> (Attribution, objectStart: Int)? {
        let tokens = scan.tokens
        var b = end
        while b > floor, end - b < 8, !(scan.isWord(b, EvaluativeWords.by) && !tokens[b].capitalized) {
            guard tokens[b].isWord || isPossessiveApostrophe(b) else { return nil }
            b -= 1
        }
        guard b > floor, b < end, scan.isWord(b, EvaluativeWords.by), tokens[b - 1].isWord, !tokens[b - 1].capitalized,
            EvaluativeWords.asVerbs.contains(tokens[b - 1].hash), b - 2 >= floor, SpeechLexicon.be.contains(tokens[b - 2].hash),
            let agent = scan.phraseStarting(at: b + 1, ceiling: end)
        else { return nil }
        return (Attribution(cue: (b - 1)...(b - 1), speaker: agent), b + 1)
    }
}

/// Verbs whose object is named or judged by a quotation.
enum EvaluativeWords {
    static let `as` = WordHash.of("as")
    static let by = WordHash.of("by")

    /// Whether `t` is a lower-case verb of calling or describing.
    static func isEvaluativeVerb(_ t: QuoteToken) -> Bool {
        t.isWord && !t.capitalized && (callVerbs.contains(t.hash) || asVerbs.contains(t.hash))
    }
    /// "called it “…”" (no "as").
    static let callVerbs: WordHashSet = WordHashSet(["call", "calls", "called", "calling"].map(WordHash.of))
    /// "described it as “…”".
    static let asVerbs: WordHashSet = WordHashSet("""
        describe describes described describing denounce denounces denounced denouncing dismiss \
        dismisses dismissed dismissing characterize characterizes characterized characterizing \
        characterise characterises characterised characterising criticized criticised condemned \
        praised hailed branded labeled labelled portrayed cited citing attacked attacking \
        slammed blasted decried derided lambasted rejected rejects welcomed welcomes
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })
}
