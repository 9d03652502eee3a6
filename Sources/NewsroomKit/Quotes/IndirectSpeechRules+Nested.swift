/// Whether words after a speech verb are a reported clause, and whether a reported clause opens
/// with an attribution of its own ("Reuters reported a source … said …"): then the inner speaker's
/// words are the quotation.
extension IndirectSpeechRules {
    /// Whether the words `start...end` after the speech verb at `cue` are a reported clause: not
    /// after a request, not a speech noun ("the report said"), a clause rather than an object.
    func isReportedClause(cue: Int, frame: SpeechLexicon.CueFrame, start: Int, end: Int) -> Bool {
        // "asking voters to vote …", "urged him to move forward": a request, not reported speech.
        if frame == .objectComplement, Words.requestVerbs.contains(tokens[cue].hash) { return false }
        // "The Reuters report said …": a speech word right after the cue makes the cue a noun.
        if start == cue + 1, tokens[start].isWord, !tokens[start].capitalized, scan.cueFrame(start) != nil { return false }
        // "The initial reports were of …", "protests since June": the speech word is a noun.
        if start == cue + 1, tokens[start].isWord, !tokens[start].capitalized, Words.nounCueFollowers.contains(tokens[start].hash) { return false }
        // "Leaders of member states met in Niamey": a word in "-s" before a past form is a noun.
        if start == cue + 1, scan.verbEnding(cue) == 1, tokens[start].isWord, !tokens[start].capitalized,
            scan.isPastForm(start) || SpeechLexicon.irregularPast.contains(tokens[start].hash)
        {
            return false
        }
        // "has claimed widespread voter fraud …, and made various legal challenges": the only verb
        // is the writer's, coordinated with the speech verb.
        if frame == .clause, !introducedExplicitly(start), start < end,
            let c = (start...end).first(where: { tokens[$0].isPunct(",") && scan.isWord($0 + 1, Words.and) && $0 + 2 <= end
                && (scan.isPastForm($0 + 2) || SpeechLexicon.irregularPast.contains(tokens[$0 + 2].hash)) }),
            !scan.hasFiniteVerb(start, c - 1)
        {
            return false
        }
        // "declare a national state of emergency", "mentioned a possible route": without "that"
        // the words after the verb must be a clause, not only its object.
        // "recalled going to conventions with her friends", "described seeing …": a gerund after
        // a verb of memory or report is what was said.
        if start == cue + 1, Words.gerundReportVerbs.contains(tokens[cue].hash), tokens[start].isWord, !tokens[start].capitalized,
            scan.isParticipleWord(start), scan.cueFrame(start) == nil
        {
            return true
        }
        if frame != .objectComplement, !introducedExplicitly(start), !scan.hasFiniteVerb(start, end) { return false }
        // "declared a state of emergency so he could fund …": an object and a purpose clause.
        if frame == .clause, !introducedExplicitly(start), opensWithAPurposeClause(start, end: end) { return false }
        // "announced a naval coalition to patrol the Gulf which was joined by …", "confirmed its
        // first infections and Zambia had …": an object phrase whose only verb is in a relative
        // clause, an infinitive or a coordinated clause is no reported clause.
        if frame == .clause, !introducedExplicitly(start), startsAnObjectPhrase(start) {
            var b = start + 1
            // "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped": a word inside
            // brackets breaks nothing.
            var bracketed = false
            // "an attack that day on …": "that" before a time word is a determiner, not a break.
            while b <= end, bracketed || !(tokens[b].isWord && Words.objectPhraseBreaks.contains(tokens[b].hash))
                || (tokens[b].hash == Words.that && b + 1 <= end && tokens[b + 1].isWord && SpeechLexicon.timeWords.contains(tokens[b + 1].hash))
            {
                if tokens[b].isPunct("(") { bracketed = true }
                if tokens[b].isPunct(")") { bracketed = false }
                b += 1
            }
            // "reported 1,051,635 confirmed cases": a participle right after a number is an adjective.
            let from = tokens[start].startsWithDigit && start + 1 < b
                && (scan.isPastForm(start + 1) || SpeechLexicon.irregularPast.contains(tokens[start + 1].hash)) ? start + 2 : start
            if !scan.hasFiniteVerb(from, b - 1), !closesASubjectsAside(at: b, end: end) { return false }
        }
        return true
    }

    /// Whether the words `a...b` open with a speaker — a name, a pronoun, a person or speaker noun,
    /// or a phrase opening with his/her/their — with a speech verb and a reported clause of its own
    /// ("a German government source, whom they did not name, said the ban …"); not "the virus
    /// claimed 6606 lives", nor "a manifesto posted online".
    func hasInnerSpeaker(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for j in (a + 1)...b {
            guard let frame = scan.cueFrame(j), frame != .cognition, !tokens[j].capitalized, !isNegated(j),
                let subject = scan.subject(before: j, floor: a), subject.lowerBound == a, isPlausibleSpeaker(subject),
                let start = contentStart(afterCue: j, frame: frame, limit: b + 1),
                isReportedClause(cue: j, frame: frame, start: start, end: clauseEnd(from: start, to: b))
            else { continue }
            if introducedExplicitly(start) || scan.hasFiniteVerb(start, b) { return true }
        }
        return false
    }

    /// Whether "not" or "never" stands among the auxiliaries before the verb at `k` ("never
    /// actually said", "did not say").
    func isNegated(_ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 4, tokens[j].isWord, !tokens[j].capitalized,
            SpeechLexicon.auxiliaries.contains(tokens[j].hash) || scan.isMannerAdverb(j, floor: 0)
        {
            if Words.negations.contains(tokens[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// A subject that can speak: its head capitalised, a pronoun, a person or speaker noun, or
    /// opened by a possessive pronoun ("his roommates").
    func isPlausibleSpeaker(_ subject: ClosedRange<Int>) -> Bool {
        let head = tokens[subject.upperBound]
        let opener = tokens[subject.lowerBound]
        return head.capitalized || SpeechLexicon.pronouns[head.hash] != nil || SpeechLexicon.speakerNouns.contains(head.hash)
            || SpeechLexicon.personNouns.contains(head.hash) || SpeechLexicon.possessivePronouns.contains(opener.hash)
            || (!head.capitalized && Self.reportingNouns.contains(head.hash))
    }

    /// Reports and the media as an inner speaker ("a reporter noted local news reports said she …").
    static let reportingNouns: WordHashSet = WordHashSet(["reports", "report", "media", "statement"].map(WordHash.of))
}
