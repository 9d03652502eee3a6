/// Research named in full once and then by a short definite description: "scientists from the
/// University of Miami and Apex Shark Expeditions published a study in Scientific Reports" ¶
/// "The researchers noted …", "The study itself outlined …: “…”". News writes the group (or the
/// study) in full where it first names it; the later "the researchers", "the authors", "the
/// study" refer back to it, and the full description names the speaker.
extension SpeakerResolver {
    /// "the researchers", "The authors", "the scientists themselves" → the first research group
    /// written with its institution before the phrase ("scientists from China's Tsinghua
    /// University and the Chinese Academy of Sciences"); "the study", "The study itself" → the
    /// first study written with its journal ("study in Scientific Reports"). Nil when the phrase
    /// is not such a description or no such group or study was named before it.
    mutating func researchGroup(_ phrase: ClosedRange<Int>) -> String? {
        let tokens = scan.tokens
        guard phrase.count == 2 || phrase.count == 3, tokens[phrase.lowerBound].isWord, tokens[phrase.lowerBound].hash == Words.the
        else { return nil }
        let noun = tokens[phrase.lowerBound + 1]
        guard noun.isWord, !noun.capitalized else { return nil }
        let study: Bool
        if ResearchWords.groups.contains(noun.hash) { study = false } else if ResearchWords.studies.contains(noun.hash) { study = true } else { return nil }
        if phrase.count == 3 {
            let tail = tokens[phrase.upperBound]
            guard tail.isWord, ResearchWords.reflexives.contains(tail.hash) else { return nil }
        }
        if researchNamed == nil { researchNamed = buildResearchNamed(before: tokens[phrase.lowerBound].start) }
        let start = tokens[phrase.lowerBound].start
        return researchNamed?.first(where: { $0.study == study && $0.position < start })?.name
    }

    /// Research groups and studies written with their institution or journal, in text order.
    /// Built once, on the first "the researchers" / "the study" of an article, from the tokens
    /// before it (one hash comparison per token; articles without such a phrase never pay it).
    private func buildResearchNamed(before end: Int) -> [(position: Int, name: String, study: Bool)] {
        let tokens = scan.tokens
        var out: [(position: Int, name: String, study: Bool)] = []
        var k = 0
        while k + 2 < tokens.count, tokens[k].start < end {
            defer { k += 1 }
            let t = tokens[k]
            guard t.isWord, !t.capitalized else { continue }
            let study: Bool
            if ResearchWords.groups.contains(t.hash) {
                guard tokens[k + 1].isWord, ResearchWords.groupPrepositions.contains(tokens[k + 1].hash) else { continue }
                study = false
            } else if ResearchWords.studies.contains(t.hash) {
                guard scan.isWord(k + 1, ResearchWords.inWord) else { continue }
                study = true
            } else {
                continue
            }
            guard let last = institutionEnd(from: k + 2) else { continue }
            out.append((t.start, scan.text(k...last), study))
        }
        return out
    }

    /// The last word of a run of capitalised names joined by "the", "and", "of", "for" (and
    /// possessives: "China's Tsinghua University and the Chinese Academy of Sciences") starting
    /// at `k`; nil when the run holds no capitalised word.
    private func institutionEnd(from k: Int) -> Int? {
        let tokens = scan.tokens
        var j = k
        var last: Int? = nil
        while j < tokens.count, j - k <= 16, tokens[j].isWord, tokens[j].paragraph == tokens[k].paragraph {
            let t = tokens[j]
            if t.capitalized {
                last = j
                if scan.isPossessive(j) { j += 1; continue }
            } else if ResearchWords.joiners.contains(t.hash), j + 1 < tokens.count, tokens[j + 1].isWord,
                tokens[j + 1].capitalized || (tokens[j + 1].hash == Words.the && j + 2 < tokens.count && tokens[j + 2].capitalized)
            {
                // "and the Chinese Academy", "of Sciences"
            } else {
                break
            }
            j += 1
        }
        return last
    }
}

/// Words of research groups and studies.
enum ResearchWords {
    static let groups: WordHashSet = WordHashSet(["researchers", "scientists", "authors"].map(WordHash.of))
    static let studies: WordHashSet = WordHashSet(["study", "paper"].map(WordHash.of))
    static let reflexives: WordHashSet = WordHashSet(["itself", "themselves"].map(WordHash.of))
    static let groupPrepositions: WordHashSet = WordHashSet(["from", "at"].map(WordHash.of))
    static let inWord = WordHash.of("in")
    static let joiners: WordHashSet = WordHashSet(["the", "and", "of", "for"].map(WordHash.of))
}
