/// Attributions inside the reported sentence ("…, he said, …"): where the content starts and
/// whether it runs on after the attribution.
extension IndirectSpeechRules {
    /// Whether the attribution ending at the comma `a` interrupts a relative clause whose
    /// pronoun comes right before it ("… fighters which, the statement said, European nations
    /// refused to take back"): what was said is the part after the attribution only. Not after
    /// "whom" ("all of whom, she explained, needed …": the quantifier is the clause's subject).
    func interruptsARelativeClause(comma: Int, first: Int) -> Bool {
        comma - 1 >= first && tokens[comma - 1].isWord && !tokens[comma - 1].capitalized
            && (tokens[comma - 1].hash == Words.which || tokens[comma - 1].hash == Words.who)
    }

    /// Whether the words from `k`, after "…, investigators have said,", are a second predicate
    /// of the reported clause's subject ("and should not have taken off", "and was never
    /// repaired"): "and" or "but", then an auxiliary, and no speech verb of the writer's own
    /// within four words ("and would not say more").
    func continuesWithACoordinatedPredicate(_ k: Int, last: Int) -> Bool {
        guard k + 2 <= last, tokens[k].isWord, !tokens[k].capitalized,
            tokens[k].hash == Words.and || tokens[k].hash == Words.but,
            tokens[k + 1].isWord, !tokens[k + 1].capitalized,
            SpeechLexicon.finiteAuxiliaries.contains(tokens[k + 1].hash),
            SpeechLexicon.pronouns[tokens[k + 1].hash] == nil
        else { return false }
        var v = k + 1
        while v <= min(last, k + 5) {
            if !tokens[v].isWord { return v > k + 2 }
            if scan.cueFrame(v) != nil { return false }
            v += 1
        }
        return true
    }
}

extension IndirectSpeechRules {
    /// Whether the relative clause opened by ", which"/", who" at `b` is an aside closed by a
    /// comma and followed by the verb of the phrase it interrupts ("suggest a new feature, which
    /// had not failed before, was forcing the nose down"): the phrase before it is then the
    /// reported clause's subject, not the speech verb's object. Looks at most 16 words ahead.
    func closesASubjectsAside(at b: Int, end: Int) -> Bool {
        guard b - 1 >= 0, tokens[b - 1].isPunct(","), tokens[b].isWord,
            tokens[b].hash == Words.which || tokens[b].hash == Words.who
        else { return false }
        var c = b + 1
        while c < end, c - b <= 16, !tokens[c].isPunct(","), tokens[c].mark == nil {
            if scan.isTerminal(c) { return false }
            c += 1
        }
        guard c < end, tokens[c].isPunct(","), c > b + 1, scan.hasFiniteVerb(b + 1, c - 1) else { return false }
        let v = c + 1
        guard tokens[v].isWord, !tokens[v].capitalized else { return false }
        return SpeechLexicon.finiteAuxiliaries.contains(tokens[v].hash) && SpeechLexicon.pronouns[tokens[v].hash] == nil
    }
}

extension IndirectSpeechRules {
    /// The first token of a relative clause set off by commas that ends right before the comma
    /// `comma` of "…, according to X," ("Women, who make up 16% of the enlisted, according to
    /// CNA, have served …": the source vouches for the relative clause only), or nil. Looks at
    /// most 24 tokens back; the relative clause holds no other comma.
    func relativeAsideEnding(atComma comma: Int, first: Int) -> Int? {
        guard comma - 1 > first, tokens[comma].isPunct(",") else { return nil }
        var r = comma - 1
        while r > first, comma - r <= 24, tokens[r].isWord || isPossessiveApostrophe(r) { r -= 1 }
        guard r > first, tokens[r].isPunct(","), r + 1 < comma - 1, tokens[r + 1].isWord, !tokens[r + 1].capitalized,
            tokens[r + 1].hash == Words.who || tokens[r + 1].hash == Words.which
        else { return nil }
        return r + 2
    }

    private func isPossessiveApostrophe(_ k: Int) -> Bool {
        if case .punct(let p) = tokens[k].kind { return p == "'" || p == "’" || p == "%" || p == "." && k + 1 < tokens.count && tokens[k + 1].isWord }
        return false
    }

    /// Whether the words at `k`, after an inverted attribution inside a sentence ("…, says the
    /// study, it rises …", "…, stated the minister, and was left …"), go on with the reported
    /// clause: a coordinated predicate, or a word that is no determiner with a finite verb
    /// within three words — not the speaker's appositive ("…, said Tom Reed, a professor …").
    func continuesAfterAnInvertedAttribution(_ k: Int, last: Int) -> Bool {
        if continuesWithACoordinatedPredicate(k, last: last) { return true }
        if opensADefiniteSubjectWithItsVerb(k, last: last) { return true }
        guard k <= last, tokens[k].isWord, !SpeechLexicon.determiners.contains(tokens[k].hash) else { return false }
        var e = k
        while e < min(last, k + 2), tokens[e + 1].isWord { e += 1 }
        return scan.hasFiniteVerb(k, e) || SpeechLexicon.irregularPast.contains(tokens[k].hash) || scan.isPastForm(k)
    }

    /// Whether the words at `k`, after an inverted attribution ("Because only Congress may
    /// allocate funds, reads the motion, the declaration violates …"), are a definite subject
    /// and its verb: "the", "this", "these", "its" or "their", then up to eight words, no comma, no
    /// relative pronoun, and a finite verb among them that is no "-ed" participle — the main
    /// clause the attribution interrupts. An appositive to the speaker ("…, said Tom Reed, the
    /// director of the port,", "…, the former governor challenged by …") has no such verb; one
    /// opening with "a"/"an" is never taken.
    func opensADefiniteSubjectWithItsVerb(_ k: Int, last: Int) -> Bool {
        guard k + 1 <= last, tokens[k].isWord, !tokens[k].capitalized || k == 0, Words.definiteOpeners.contains(tokens[k].hash) else { return false }
        var e = k + 1
        while e <= min(last, k + 8), tokens[e].isWord {
            if Words.relatives.contains(tokens[e].hash) || scan.cueFrame(e) != nil { return false }
            e += 1
        }
        // "…, predicted Madeleine Kunin, the former governor challenged by Sanders …": a participle
        // describing the speaker is no verb of a clause.
        guard let v = ((k + 2)..<max(k + 2, e)).first(where: { scan.hasFiniteVerb(k + 2, $0) }) else { return false }
        return !scan.isPastForm(v)
    }

    /// Whether the reported clause from `start` (a clause before the comma) goes on across ", but"
    /// at `k`: a lower-case word that is neither a participle nor a subject pronoun follows
    /// ("…, but in his home region there are no …", "…, but would fill the post as needed"; not
    /// "…, but she has bristled at …"), and the sentence ends in words alone, without a
    /// speech verb or another comma ("…, but for them, it is …" is the writer's). A name after "but"
    /// starts the writer's own clause ("…, but Congress has not passed …", "…, but Reuters
    /// reported …"), as does speech ("…, but the ministry did not say when").
    func continuesAcrossBut(_ k: Int, from start: Int, last: Int) -> Bool {
        guard k + 1 <= last, tokens[k + 1].isWord, !tokens[k + 1].capitalized, scan.hasFiniteVerb(start, k - 2),
            !SpeechLexicon.subjectPronouns.contains(tokens[k + 1].hash)
        else { return false }
        // Words only up to the end of the sentence: no other attribution can start in them.
        for v in (k + 1)...last {
            guard tokens[v].isWord else {
                if scan.isTerminal(v) { break }
                return false
            }
            // "…, but also recommending …": a participle of the speaker's.
            if scan.cueFrame(v) != nil || (v <= k + 2 && scan.isParticipleWord(v)) { return false }
        }
        return true
    }
}
