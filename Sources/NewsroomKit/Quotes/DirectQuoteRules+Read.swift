/// "“…;” read the statement; “…”": a document after "read" names the source of the quotation it
/// follows. "read" is not in the speech lexicon (it is mostly a verb of reading); after a
/// quotation and before a determiner and a document noun it is an inverted attribution.
extension DirectQuoteRules {
    /// Whether token `j` is "read" followed by a determiner and, within three words, a document
    /// noun ("read the statement", "read a note from the family").
    func isInvertedDocumentRead(_ j: Int) -> Bool {
        guard j + 2 < tokens.count, tokens[j].isWord, !tokens[j].capitalized, tokens[j].hash == ReadWords.read,
            tokens[j + 1].isWord, ReadWords.determiners.contains(tokens[j + 1].hash)
        else { return false }
        var d = j + 2
        while d < tokens.count, d - j <= 4, tokens[d].isWord {
            if SpeechLexicon.documentNouns.contains(tokens[d].hash) { return true }
            d += 1
        }
        return false
    }
}

extension DirectQuoteRules {
    /// "It read, “…”", "The opinion of the Court, released on Wednesday, read in part, “…”": a
    /// document (or "it", a document named before) reading its words before a comma or colon at
    /// `k`; the subject is the speaker, as for "the statement read “…”".
    func documentReadBefore(_ k: Int, floor: Int) -> Attribution? {
        var v = k - 1
        // "read in part"
        if v - 2 >= floor, scan.isWord(v, ReadWords.part), scan.isWord(v - 1, ReadWords.inWord) { v -= 2 }
        guard v > floor, tokens[v].isWord, !tokens[v].capitalized,
            tokens[v].hash == ReadWords.read || tokens[v].hash == ReadWords.reads
        else { return nil }
        // "According to AZCentral, one sign read, “…”": the source relaying the document speaks.
        if (floor..<v).contains(where: { scan.isAccordingTo($0) }) { return nil }
        func isDocument(_ subject: ClosedRange<Int>) -> Bool {
            let head = tokens[subject.lowerBound]
            if subject.count == 1 && head.isWord && head.hash == Words.it { return true }
            return subject.contains(where: { tokens[$0].isWord && !tokens[$0].capitalized
                && (SpeechLexicon.documentNouns.contains(tokens[$0].hash) || ReadWords.rulings.contains(tokens[$0].hash)) })
        }
        // The subject next to the verb, else the sentence's ("The opinion of the Court, released
        // on Wednesday, read").
        guard let subject = [scan.subject(before: v, floor: floor), scan.sentenceSubject(from: floor, before: v)]
            .compactMap({ $0 }).first(where: isDocument)
        else { return nil }
        return Attribution(cue: v...v, speaker: subject)
    }
}

/// Words of the inverted "read the statement" attribution.
enum ReadWords {
    static let read = WordHash.of("read")
    static let inWord = WordHash.of("in")
    static let reads = WordHash.of("reads")
    static let part = WordHash.of("part")
    /// Decisions of courts that read their words ("the opinion of the Court read").
    static let rulings: WordHashSet = WordHashSet(["opinion", "ruling", "decision", "judgment", "judgement", "verdict"].map(WordHash.of))
    /// Determiners before the document ("the statement", "a letter", "its post").
    static let determiners: WordHashSet = WordHashSet(["the", "a", "an", "his", "her", "its", "their"].map(WordHash.of))
}
