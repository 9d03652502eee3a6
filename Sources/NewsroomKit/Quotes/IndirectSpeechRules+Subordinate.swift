/// "While scientists say birds evolved from dinosaurs, there are several competing ideas …",
/// "Although police said the fire was contained, residents were …": a speech verb inside a
/// sentence-opening subordinate clause reports only up to the comma where the main clause starts.
extension IndirectSpeechRules {
    /// Subordinators that open a sentence before its main clause.
    static let openingSubordinators: WordHashSet = WordHashSet(
        ["while", "although", "though", "whereas", "because", "since", "if", "unless", "as", "when", "once"].map(WordHash.of))

    /// The last token of the reported clause `start...end` when the sentence (first token
    /// `first`) opens with a subordinator before the cue: the token before the first comma
    /// followed by the main clause's subject — "there", a pronoun, a determiner, a capitalised
    /// word or a bare lower-case noun — with a finite verb after it up to `last`. Nil when there is no such comma.
    func endBeforeMainClause(first: Int, cue: Int, start: Int, end: Int, last: Int) -> Int? {
        let opener = tokens[first]
        guard first < cue, opener.isWord, opener.capitalized, Self.openingSubordinators.contains(opener.hash),
            start < end
        else { return nil }
        // The subordinate clause must not have closed before the cue ("While in Paris, she said …").
        if (first..<cue).contains(where: { tokens[$0].isPunct(",") }) { return nil }
        for c in (start + 1)...end where tokens[c].isPunct(",") {
            guard c + 1 <= last, tokens[c + 1].isWord else { continue }
            let w = tokens[c + 1]
            // A bare lower-case subject ("residents were …") is no verb, auxiliary, preposition
            // or conjunction.
            let bareSubject = !w.capitalized && !w.startsWithDigit && !SpeechLexicon.phraseStoppers.contains(w.hash)
                && !SpeechLexicon.auxiliaries.contains(w.hash) && !SpeechLexicon.finiteAuxiliaries.contains(w.hash)
                && !SpeechLexicon.irregularPast.contains(w.hash) && !scan.isPastForm(c + 1) && !scan.isParticipleWord(c + 1)
                && scan.cueFrame(c + 1) == nil
            let opensMain = w.hash == Words.there || SpeechLexicon.pronouns[w.hash] != nil
                || (!w.capitalized && SpeechLexicon.determiners.contains(w.hash)) || (w.capitalized && !w.startsWithDigit) || bareSubject
            guard opensMain, !Words.relatives.contains(w.hash), scan.hasFiniteVerb(c + 1, last) else { continue }
            return c - 1 >= start ? c - 1 : nil
        }
        return nil
    }
}
