/// "the statement said", "the report said" with no owner written: the document stands for the
/// one who issued it ("Trump, in a statement, announced … . The statement also said …" → Trump;
/// "The task force released a statement … . “…” read the statement" → the task force; "the
/// Bavarian health ministry confirmed a case. The man is isolated, the report said." → the
/// ministry). The speaker span stays on the document's words.
extension SpeakerResolver {
    /// The issuer of a definite document with no owner ("the statement"), or nil. Where the
    /// same noun was introduced within the last 150 tokens: the subject of the verb that issued
    /// it ("released a statement") or of the sentence it is an aside of ("in a statement"), and
    /// nil for any other introduction ("According to a 1989 report from the NTSB": the words
    /// as written say which document it is). Else the subject of the previous sentence when it
    /// is a name that speaks (a speech verb right after it).
    mutating func issuerOfDefiniteDocument(_ phrase: ClosedRange<Int>, paragraph: Int) -> String? {
        let tokens = scan.tokens
        guard phrase.count == 2, tokens[phrase.lowerBound].isWord, tokens[phrase.lowerBound].hash == SpeechLexicon.the,
            tokens[phrase.upperBound].isWord, !tokens[phrase.upperBound].capitalized,
            SpeechLexicon.documentNouns.contains(tokens[phrase.upperBound].hash)
        else { return nil }
        let noun = tokens[phrase.upperBound].hash
        var d = phrase.lowerBound - 1
        while d >= max(1, phrase.lowerBound - 150) {
            if tokens[d].isWord, tokens[d].hash == noun, !scan.isWord(d - 1, SpeechLexicon.the) {
                return issuer(introducing: d, paragraph: paragraph)
            }
            d -= 1
        }
        let sentence = tokens[phrase.lowerBound].sentence
        guard sentence > 0 else { return nil }
        let first = scan.sentenceFirst[sentence - 1]
        let last = scan.sentenceLast[sentence - 1]
        // Not a sentence inside a quotation ("“No workers were hurt.” read the statement").
        guard let subject = scan.sentenceSubject(from: first, before: last + 1), subject.upperBound < last,
            !quoted.contains(where: { $0.start <= tokens[subject.lowerBound].start && tokens[subject.upperBound].end <= $0.end }),
            ((subject.upperBound + 1)...min(last, subject.upperBound + 3)).contains(where: { scan.cueFrame($0) != nil })
        else { return nil }
        return named(subject, paragraph: paragraph)
    }

    /// The issuer of the document whose noun, introduced without "the", is token `d`.
    private mutating func issuer(introducing d: Int, paragraph: Int) -> String? {
        let tokens = scan.tokens
        let first = scan.sentenceFirst[tokens[d].sentence]
        guard d - 1 >= first, tokens[d - 1].isWord else { return nil }
        if let v = (max(first, d - 3)..<d).last(where: { tokens[$0].isWord && !tokens[$0].capitalized
            && DocumentFrameWords.issueVerbs.contains(tokens[$0].hash) }),
            let subject = scan.subject(before: v, floor: first)
        {
            return named(subject, paragraph: paragraph)
        }
        // "Trump, in a statement delivered via the press secretary, announced …".
        if d - 2 >= first, Words.indefiniteArticles.contains(tokens[d - 1].hash), scan.isWord(d - 2, ReadWords.inWord),
            let subject = scan.sentenceSubject(from: first, before: d - 2)
        {
            return named(subject, paragraph: paragraph)
        }
        return nil
    }

    /// The name `subject` gives: a person's, or a group's as written; nil for anything else.
    private mutating func named(_ subject: ClosedRange<Int>, paragraph: Int) -> String? {
        let tokens = scan.tokens
        guard SpeechLexicon.pronouns[tokens[subject.lowerBound].hash] == nil,
            subject.contains(where: { tokens[$0].capitalized && !SpeechLexicon.determiners.contains(tokens[$0].hash) })
        else { return nil }
        if let p = personMentioned(in: scan.span(subject)) {
            lastPerson = (p, paragraph, scan.span(subject).start)
            return people[p].name
        }
        guard isGroupName(subject), !SpeechLexicon.documentNouns.contains(tokens[subject.upperBound].hash) else { return nil }
        let name = expandingAcronyms(subject)
        lastOther = (name, paragraph)
        return name
    }
}
