/// Reading speaker phrases: which words can belong to one, the phrase ending or starting at a
/// token, a name in apposition, and whether a phrase is a description or only time words.
extension QuoteScan {
    /// Whether token `k` is a word that can be part of a speaker phrase.
    func isPhraseWord(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].isWord else { return false }
        let t = tokens[k]
        if t.capitalized {
            // "In", "But", "When" open a clause, not a name — unless inside a name ("CBS This Morning").
            guard SpeechLexicon.phraseStoppers.contains(t.hash), SpeechLexicon.pronouns[t.hash] == nil else { return true }
            if k > 0 && tokens[k - 1].isWord && tokens[k - 1].capitalized && tokens[k - 1].sentence == t.sentence { return true }
            // "said Will Doyle": a first name that is also a stopper, inside a sentence and before a name.
            return k > 0 && k + 1 < tokens.count && tokens[k - 1].sentence == t.sentence && tokens[k - 1].isWord
                && !tokens[k - 1].capitalized && tokens[k + 1].isWord && tokens[k + 1].capitalized
                && tokens[k + 1].sentence == t.sentence && !SpeechLexicon.phraseStoppers.contains(tokens[k + 1].hash)
        }
        if t.cue == nil && !SpeechLexicon.phraseStoppers.contains(t.hash) { return true }
        // "Center for Biological Diversity", "Committee on Foreign Relations": a short word inside a name.
        return SpeechLexicon.nameJoiners.contains(t.hash) && k > 0 && k + 1 < tokens.count
            && tokens[k - 1].isWord && tokens[k - 1].capitalized && tokens[k + 1].isWord && tokens[k + 1].capitalized
            && tokens[k - 1].sentence == t.sentence && tokens[k + 1].sentence == t.sentence
            && SpeechLexicon.pronouns[tokens[k + 1].hash] == nil && !SpeechLexicon.timeWords.contains(tokens[k + 1].hash)
    }

    /// The speaker phrase ending at `k` (reading backwards), at most `limit` words, not before `floor`.
    func phraseEnding(at k: Int, floor: Int, limit: Int = 7) -> ClosedRange<Int>? {
        var j = k
        var count = 0
        while j >= floor, isPhraseWord(j) || continuesPhraseBackwards(j, floor: floor),
            count < limit || (count < limit + 4 && (tokens[j].capitalized || isParticleInName(j, floor: floor)))
        {
            count += 1
            if SpeechLexicon.determiners.contains(tokens[j].hash), !tokens[j].capitalized || j == floor {
                // "George Kimbrell of the Center for Food Safety": the name before "of the".
                // "A source within the ministry": a speaker noun before the preposition.
                if j - 2 >= floor, count < limit + 4, tokens[j - 1].isWord,
                    (tokens[j - 1].hash == Words.of && tokens[j - 2].isWord && tokens[j - 2].capitalized && isPhraseWord(j - 2))
                        || continuesPhraseBackwards(j - 1, floor: floor)
                {
                    j -= 2
                    count += 1
                    continue
                }
                j -= 1
                break
            }
            j -= 1
        }
        guard j < k else { return nil }
        let lo = j + 1
        return lo...k
    }

    /// Whether token `j` is a name particle between two capitalised words ("Arnel dela Vega").
    private func isParticleInName(_ j: Int, floor: Int) -> Bool {
        guard j - 1 >= floor, j + 1 < tokens.count, tokens[j].isWord, !tokens[j].capitalized,
            Words.nameParticles.contains(tokens[j].hash)
        else { return false }
        return tokens[j - 1].isWord && tokens[j - 1].capitalized && tokens[j + 1].isWord && tokens[j + 1].capitalized
    }

    /// A preposition joining a speaker noun to what it belongs to, read backwards: "a source
    /// within the ministry", "an official at the embassy".
    private func continuesPhraseBackwards(_ j: Int, floor: Int) -> Bool {
        guard j - 1 >= floor, tokens[j].isWord, !tokens[j].capitalized, SpeechLexicon.speakerPrepositions.contains(tokens[j].hash),
            tokens[j - 1].isWord
        else { return false }
        return SpeechLexicon.speakerNouns.contains(tokens[j - 1].hash)
    }

    /// The speaker phrase starting at `k` (reading forwards), stopping at punctuation, stopper
    /// words, or after `limit` words; an appositive name after a comma is not included.
    func phraseStarting(at k: Int, ceiling: Int, limit: Int = 7) -> ClosedRange<Int>? {
        // "she visited the port": a subject pronoun is the whole phrase ("he too" is read on).
        if k <= ceiling, k < tokens.count, tokens[k].isWord, !tokens[k].capitalized, SpeechLexicon.subjectPronouns.contains(tokens[k].hash),
            !(k + 1 <= ceiling && k + 1 < tokens.count && tokens[k + 1].isWord && SpeechLexicon.pronounTails.contains(tokens[k + 1].hash))
        {
            return k...k
        }
        var j = k
        var count = 0
        while j <= ceiling, j < tokens.count, count < limit {
            // "Windsor Locks' first selectman": a possessive apostrophe inside the phrase.
            if j > k, isPossessiveMark(j) {
                j += 1
                continue
            }
            guard tokens[j].isWord else { break }
            // "according to the foreign ministry he died …": a pronoun starts the next clause.
            if j > k, !tokens[j].capitalized, SpeechLexicon.pronouns[tokens[j].hash] != nil { break }
            if j > k || !SpeechLexicon.determiners.contains(tokens[j].hash) {
                guard isPhraseWord(j) else { break }
                // A lower-case word after a name ends the phrase ("said Juppe today").
                // A determiner or a past tense after the head ends the phrase ("the group opposed the …",
                // "Warren commended Biden").
                if j > k, !tokens[j].capitalized,
                    SpeechLexicon.determiners.contains(tokens[j].hash) || (verbEnding(j) == 2 && (j > k + 1 || tokens[k].capitalized))
                {
                    break
                }
                // "State prosecutors", "Pentagon officials": a speaker noun after a name goes on.
                if j > k, !tokens[j].capitalized, tokens[j - 1].capitalized, tokens[j].hash != Words.of,
                    !isPossessive(j - 1), !(SpeechLexicon.determiners.contains(tokens[k].hash) && j - k <= 3),
                    !capitalisedSoon(after: j, ceiling: ceiling), !isSpeakerNoun(j)
                {
                    break
                }
            }
            count += 1
            j += 1
        }
        guard j > k else { return nil }
        var hi = j - 1
        while hi > k, tokens[hi].hash == Words.of || SpeechLexicon.determiners.contains(tokens[hi].hash) { hi -= 1 }
        if SpeechLexicon.determiners.contains(tokens[hi].hash), hi == k { return nil }
        return k...hi
    }

    /// Whether a capitalised word follows within two lower-case phrase words ("Democratic
    /// presidential candidate Sen. Bernie Sanders").
    func capitalisedSoon(after j: Int, ceiling: Int) -> Bool {
        var k = j
        while k <= min(ceiling, j + 2), k < tokens.count, tokens[k].isWord {
            if tokens[k].capitalized { return true }
            if !isPhraseWord(k) { return false }
            k += 1
        }
        return false
    }
    /// "said his father, Abdullah Kurdi, following the ceremony": a name in apposition after a
    /// description is the better speaker.
    func appositiveName(after phrase: ClosedRange<Int>, ceiling: Int) -> ClosedRange<Int>? {
        let c = phrase.upperBound + 1
        guard c + 1 <= ceiling, tokens[c].isPunct(","), isDescription(phrase), tokens[c + 1].isWord, tokens[c + 1].capitalized,
            SpeechLexicon.pronouns[tokens[c + 1].hash] == nil,
            let name = phraseStarting(at: c + 1, ceiling: ceiling, limit: 5),
            name.allSatisfy({ tokens[$0].capitalized || tokens[$0].isPunct(".") || SpeechLexicon.nameParticles.contains(tokens[$0].hash) }),
            !name.contains(where: { SpeechLexicon.organisationWords.contains(tokens[$0].hash) || SpeechLexicon.roleWords.contains(tokens[$0].hash) })
        else { return nil }
        let after = name.upperBound + 1
        guard after > ceiling || after >= tokens.count || tokens[after].isPunct(",") || isTerminal(after)
            || tokens[after].paragraph != tokens[name.upperBound].paragraph
        else { return nil }
        return name
    }

    /// Whether a speaker phrase is a description rather than a name: it starts with a
    /// determiner ("The Vice President"), ends in lower case ("the finance minister") or with
    /// a role word ("Senate Minority Leader").
    func isDescription(_ phrase: ClosedRange<Int>) -> Bool {
        let last = tokens[phrase.upperBound]
        return !last.capitalized || SpeechLexicon.roleWords.contains(last.hash)
            || (SpeechLexicon.determiners.contains(tokens[phrase.lowerBound].hash) && phrase.count > 1)
    }
    /// Whether a phrase is only time words ("Tuesday night", "later").
    func isTimePhrase(_ phrase: ClosedRange<Int>) -> Bool {
        phrase.allSatisfy { tokens[$0].isWord && (SpeechLexicon.timeWords.contains(tokens[$0].hash) || SpeechLexicon.periodDeterminers.contains(tokens[$0].hash)) }
    }

    /// Whether word `k` is a noun for people who speak ("officials", "prosecutors", "spokesman"),
    /// singular or plural.
    func isSpeakerNoun(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord else { return false }
        if SpeechLexicon.speakerNouns.contains(t.hash) || SpeechLexicon.personNouns.contains(t.hash) { return true }
        guard t.end - t.start > 3, scalars[t.end - 1] == "s" else { return false }
        var h = WordHash.seed
        for i in t.start..<(t.end - 1) { h = WordHash.mix(h, scalars[i]) }
        return SpeechLexicon.personNouns.contains(h)
    }
}
