/// "The study's lead author, doctoral candidate Maninder Thind, said": a name in apposition to a
/// description of its role, itself preceded by lower-case words describing the person.
extension QuoteScan {
    /// The capitalised name closing the aside `inner` when the aside is lower-case describing
    /// words ("doctoral candidate", "civil and environmental engineering professor") followed by
    /// two to four capitalised words; nil for an aside with a determiner, a preposition or any
    /// other stop word ("a longtime ally of Governor Jim Smith" is about someone else).
    func nameAfterLowercaseRole(_ inner: ClosedRange<Int>) -> ClosedRange<Int>? {
        var n = inner.upperBound
        while n > inner.lowerBound, tokens[n - 1].isWord, tokens[n - 1].capitalized { n -= 1 }
        let nameCount = inner.upperBound - n + 1
        guard n > inner.lowerBound, (2...4).contains(nameCount), tokens[n].capitalized, n - inner.lowerBound <= 6 else { return nil }
        for k in inner.lowerBound..<n {
            let t = tokens[k]
            guard t.isWord, !t.capitalized, cueFrame(k) == nil, !SpeechLexicon.determiners.contains(t.hash),
                t.hash == Words.and || !SpeechLexicon.phraseStoppers.contains(t.hash)
            else { return nil }
        }
        for k in n...inner.upperBound where !tokens[k].isWord || SpeechLexicon.pronouns[tokens[k].hash] != nil { return nil }
        return n...inner.upperBound
    }
}
