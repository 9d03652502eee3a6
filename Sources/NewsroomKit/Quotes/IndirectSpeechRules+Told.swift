/// "A spokesperson told the Military Times the attack took place at 7:45 p.m.", "Brown told
/// reporters he would not resign": a verb of telling, its object, and the reported clause
/// without "that".
extension IndirectSpeechRules {
    /// Where the reported clause starts after the object of the telling verb at `cue`, or nil:
    /// the object is one to five words without punctuation, and the clause opens with a subject
    /// pronoun, a determiner or a capitalised word after a lower-case one, with a finite verb in
    /// its next seven words. Looks at most a dozen tokens past the verb.
    func bareClauseAfterObject(of cue: Int, last: Int) -> Int? {
        guard tokens[cue].isWord, !tokens[cue].capitalized, Words.tellVerbs.contains(tokens[cue].hash),
            cue + 3 <= last, tokens[cue + 1].isWord
        else { return nil }
        // "expects voters to tell him the banks …": not inside an infinitive.
        if cue > 0, scan.isWord(cue - 1, Words.to) { return nil }
        // "told supporters at a hotel in Baltimore that …": an explicit "that" further on.
        var w = cue + 1
        while w <= min(last, cue + 16), tokens[w].isWord {
            if tokens[w].hash == Words.that, !tokens[w].capitalized { return nil }
            w += 1
        }
        // "told him to leave", "told reporters to wait": a directive.
        var s = cue + 2
        while s <= min(last - 1, cue + 6) {
            let t = tokens[s]
            guard t.isWord, scan.cueFrame(s) == nil else { return nil }
            if t.hash == Words.to || t.hash == Words.that || t.hash == Words.about || t.hash == Words.of { return nil }
            let opensClause = (!t.capitalized && (SpeechLexicon.subjectPronouns.contains(t.hash) && t.hash != Words.youWord
                    || t.hash == SpeechLexicon.the || Words.indefiniteArticles.contains(t.hash)))
                || (t.capitalized && !tokens[s - 1].capitalized && s - 1 > cue + 1 && SpeechLexicon.pronouns[t.hash] == nil)
                // "told the Associated Press four victims were …", "told Wikinews only 10% of …":
                // a number or a quantifier.
                || (!t.capitalized && (t.startsWithDigit || Words.quantifierOpeners.contains(t.hash)))
                // "told the press his nephew needed a dose": a possessive opening the subject.
                || (!t.capitalized && Self.possessiveSubjectOpeners.contains(t.hash))
            if opensClause {
                // A subject opened by a number or a quantifier may run longer ("only 10% of the
                // employees in the division were …").
                let reach = tokens[s].capitalized || !(t.startsWithDigit || Words.quantifierOpeners.contains(t.hash)) ? 7 : 10
                var e = s + 1
                while e <= min(last, s + reach), tokens[e].isWord || tokens[e].isPunct("%") { e += 1 }
                return scan.hasFiniteVerb(s + 1, e - 1) ? s : nil
            }
            s += 1
        }
        return nil
    }

    /// Possessives that open the subject of a clause after the object of "told" (not "her",
    /// also an object pronoun).
    static let possessiveSubjectOpeners: WordHashSet = WordHashSet(["his", "their", "its", "our"].map(WordHash.of))

    /// "told Anadolu Agency, a local news outlet, that …": the object of a telling verb and one
    /// aside between commas before "that"; where the clause after "that" starts, or nil.
    func clauseAfterObjectAndAside(of cue: Int, last: Int) -> Int? {
        guard tokens[cue].isWord, !tokens[cue].capitalized, Words.tellVerbs.contains(tokens[cue].hash) else { return nil }
        var commas = 0
        var j = cue + 1
        while j < last, j - cue <= 16 {
            let t = tokens[j]
            if t.isPunct(",") {
                commas += 1
                if commas > 2 { return nil }
            } else if !t.isWord || scan.cueFrame(j) != nil {
                return nil
            } else if t.hash == Words.that, !t.capitalized {
                return commas == 2 && tokens[j - 1].isPunct(",") && j > cue + 2 ? j + 1 : nil
            }
            j += 1
        }
        return nil
    }
}
