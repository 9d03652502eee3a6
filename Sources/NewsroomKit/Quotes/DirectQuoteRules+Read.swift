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

/// Words of the inverted "read the statement" attribution.
enum ReadWords {
    static let read = WordHash.of("read")
    static let inWord = WordHash.of("in")
    /// Determiners before the document ("the statement", "a letter", "its post").
    static let determiners: WordHashSet = WordHashSet(["the", "a", "an", "his", "her", "its", "their"].map(WordHash.of))
}
