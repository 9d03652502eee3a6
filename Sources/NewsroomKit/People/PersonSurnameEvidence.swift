/// What the text says about a surname (tenth round, blind newswire set 2; moved here from the
/// per-round file unchanged):
///
/// - a surname that is also a common, calendar or place word ("Doris Day", "Rock Hudson") is a
///   person's when the text names someone by a first name and it, and elsewhere uses the surname
///   alone as a person: before a speech verb ("Day said"), before a possessive and a kinship
///   word ("Day's son") or after a lower-case person role ("co-star Hudson");
/// - a doubled name ("Sirhan Sirhan") that the tagger left untyped, where it types the word
///   alone as a person elsewhere;
/// - a word after "the" and before an affair noun ("the Lewinsky affair", "the Profumo
///   scandal") names the person the affair is named after: it does not make the word a thing.
extension PersonRules {
    /// Folded surnames the text uses as a person's (see the type's notes): the last word of a
    /// two-word span of the tagger's led by a first name, written elsewhere alone before a speech
    /// verb, before "'s" and a kinship word, or after a lower-case person role. Linear.
    func surnamesUsedAsPerson(_ t: TokenizedText, entities: [EntitySpan]) -> Set<String> {
        var candidates: Set<String> = []
        for e in entities where e.tokens.count == 2 {
            let lo = e.tokens.lowerBound, last = e.tokens.upperBound - 1
            guard t.tokens[lo].kind == .word, t.tokens[last].kind == .word, t.isCapitalized(lo), t.isCapitalized(last),
                  names.firstName(t.folded[lo]) != nil, !isNotName(t.folded[lo]), !Self.placePrefixes.contains(t.folded[lo]),
                  !Countries.isCountry(t, last..<(last + 1)) else { continue }
            candidates.insert(t.folded[last])
        }
        guard !candidates.isEmpty else { return [] }
        var out: Set<String> = []
        for i in 0..<t.count where t.tokens[i].kind == .word && t.isCapitalized(i) && candidates.contains(t.folded[i]) {
            // Alone: no capitalised word right after it, nor right before it within the sentence.
            if i + 1 < t.count, t.isCapitalized(i + 1), !t.tokens[i + 1].followsNewline { continue }
            if i > 0, t.isCapitalized(i - 1), !t.sentenceInitial[i], !t.tokens[i].followsNewline { continue }
            var used = false
            if i + 1 < t.count, Self.speechVerbs.contains(t.folded[i + 1]) { used = true }
            if i + 2 < t.count, t.tokens[i + 1].kind == .possessive, Self.kinshipWords.contains(t.folded[i + 2]) { used = true }
            if i > 0, !t.sentenceInitial[i], t.tokens[i - 1].kind == .word, CharClass.isLower(t.first(i - 1)),
               Self.personRoles.contains(t.folded[i - 1]) || Self.stageRoles.contains(t.folded[i - 1]) { used = true }
            if used { out.insert(t.folded[i]) }
        }
        return out
    }

    /// The mention of a first name and a surname the text uses as a person's (`personSurnames`)
    /// where the tagger typed the two words as a place or organisation ("Rock Hudson").
    func usedSurnameMention(_ t: TokenizedText, _ range: Range<Int>, personSurnames: Set<String>) -> NameMention? {
        guard range.count == 2, personSurnames.contains(t.folded[range.upperBound - 1]),
              names.firstName(t.folded[range.lowerBound]) != nil, !isNotName(t.folded[range.lowerBound]) else { return nil }
        return personMention(t, range, requireTitle: false, personSurnames: personSurnames)
    }

    /// Kinship and similar words after a person's possessive ("Day's son", "Day's husband").
    static let kinshipWords: WordSet = [
        "son", "sons", "daughter", "daughters", "wife", "husband", "mother", "father", "brother",
        "sister", "widow", "widower", "children", "parents", "family", "grandson", "granddaughter",
        "spouse", "fiancé", "fiancee", "fiancée", "funeral", "death", "biographer",
    ]

    /// Roles of stage and screen before a name ("co-star Hudson").
    static let stageRoles: WordSet = ["co-star", "costar", "co-host", "cohost", "actress", "actor", "comedian", "bandleader"]

    /// The mention of a doubled name that ends the untyped capitalised `run` ("on Saturday Sirhan
    /// Sirhan was"), when the tagger types the word alone as a person elsewhere (`personWords`)
    /// and it is no title, calendar, institution or sentence word.
    func doubledName(_ t: TokenizedText, _ run: Range<Int>, personWords: Set<String>) -> NameMention? {
        let hi = run.upperBound
        guard run.count >= 2, t.folded[hi - 1] == t.folded[hi - 2], personWords.contains(t.folded[hi - 1]),
              t.tokens[hi - 1].kind == .word, t.tokens[hi - 2].kind == .word, !isNotName(t.folded[hi - 1]),
              t.tokens[hi - 1].length >= 3 else { return nil }
        return NameMention(tokens: (hi - 2)..<hi, title: nil, sex: nil)
    }

    /// Nouns of affairs, cases and eras named after a person ("the Lewinsky affair").
    static let affairNouns: WordSet = [
        "affair", "scandal", "case", "trial", "era", "years", "presidency", "administration",
        "investigation", "inquiry", "impeachment", "doctrine", "verdict", "saga",
    ]
}
