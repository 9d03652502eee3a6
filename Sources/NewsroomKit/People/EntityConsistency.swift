/// Document-level consistency of the tagger's output: a single word tagged as a person where
/// the same word (folded, without a joined particle) is tagged as a place, organisation or other
/// name more often elsewhere in the document (counting occurrences that do not open a sentence,
/// where capitals tell nothing), and never inside a longer person name, takes the
/// majority type ("Hama is where…" after "in Hama"; a place after "at", "in" or "near" counts
/// twice, thirteenth round); "inside a longer name" counts names of two to
/// four words only. A title before the word keeps it a person. A country name tagged as a
/// person is a place.
public enum EntityConsistency {
    /// Prepositions that put a place after them.
    static let placePrepositions: WordSet = ["at", "in", "near"]

    /// `entities` with lone person words retyped where the document disagrees.
    public static func apply(_ entities: [EntitySpan], in t: TokenizedText) -> [EntitySpan] {
        var votes: [String: [Int]] = [:]   // per word: counts per type
        var inFullName: Set<String> = []
        for e in entities {
            if e.tokens.count == 1, !t.sentenceInitial[e.tokens.lowerBound] {
                let i = e.tokens.lowerBound
                let key = t.stripped(i)
                // A place right after "at", "in" or "near" counts twice: it breaks a tie with one
                // person reading ("at Abqaiq" … "In 2006, Abqaiq was the target").
                let afterPlaceWord = e.type == .location && i > 0 && placePrepositions.contains(t.folded[i - 1])
                votes[key, default: [0, 0, 0, 0]][e.type.rawValue] += afterPlaceWord ? 2 : 1
            } else if e.type == .person, e.tokens.count > 1, e.tokens.count <= 4 {
                for i in e.tokens { inFullName.insert(t.stripped(i)) }
            }
        }
        return entities.map { e in
            guard e.type == .person else { return e }
            if Countries.isCountry(t, e.tokens) { return EntitySpan(tokens: e.tokens, type: .location) }
            guard e.tokens.count == 1 else { return e }
            let i = e.tokens.lowerBound
            let key = t.stripped(i)
            guard !inFullName.contains(key), let v = votes[key] else { return e }
            if i > 0, NameVocabulary.titleHeads.contains(t.folded[i - 1]) || NameVocabulary.honorifics[t.folded[i - 1]] != nil {
                return e
            }
            var best = EntityType.person.rawValue
            for k in 1..<4 where v[k] > v[best] { best = k }
            guard best != EntityType.person.rawValue, let type = EntityType(rawValue: best) else { return e }
            return EntitySpan(tokens: e.tokens, type: type)
        }
    }
}
