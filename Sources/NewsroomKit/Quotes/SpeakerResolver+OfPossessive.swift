/// A speaker phrase running into an institution's possessive: "said study co-author Ted Scambos
/// of CU Boulder's Institute for …". The words from "of" on name the institution, not the
/// speaker; the one named before "of" speaks (a name: an office such as "the deputy head of
/// China's delegation" keeps the whole phrase).
extension SpeakerResolver {
    /// The words before "of" of a phrase "X of Y's …" ("Ted Scambos of CU Boulder's" → "Ted
    /// Scambos"), or nil when the phrase is not so.
    func speakerBeforeOfPossessive(_ phrase: ClosedRange<Int>) -> ClosedRange<Int>? {
        let tokens = scan.tokens
        guard phrase.count >= 3,
            let of = phrase.first(where: { $0 > phrase.lowerBound && tokens[$0].isWord && tokens[$0].hash == Words.of }),
            of < phrase.upperBound, tokens[of - 1].isWord, tokens[of - 1].capitalized, tokens[of + 1].isWord, tokens[of + 1].capitalized
        else { return nil }
        // A name before "of" (two capitalised words or a person's mention), not a quantifier or a
        // role ("One of Trump's", "The deputy head of China's delegation").
        let before = phrase.lowerBound...(of - 1)
        guard (of - 2 >= phrase.lowerBound && tokens[of - 2].isWord && tokens[of - 2].capitalized
            && !SpeechLexicon.determiners.contains(tokens[of - 2].hash)) || personMentioned(in: scan.span(before)) != nil
        else { return nil }
        // The owner: a capitalised word ending with "'s", or followed by a possessive mark.
        let owned = ((of + 1)...phrase.upperBound).contains { k in
            tokens[k].isWord ? tokens[k].capitalized && scan.isPossessive(k) : k > of + 1 && scan.isPossessiveMark(k)
        }
        return owned ? before : nil
    }
}
