/// Names the people layer did not mark as mentions but the resolver still knows: a person's
/// surname written where the tagger missed it ("Later on Tuesday Mitsotakis met …"), and the
/// surname of a named speaker the people layer never found ("study co-author Tak-Sing Wong
/// said …" · "Wong and three of his co-authors have started a company.").
extension SpeakerResolver {
    /// The first person of sex `sex` (or unknown sex) named in tokens `first...last` outside
    /// quotations: by a mention, or by a capitalised word that is the surname of a person of the
    /// article.
    func firstCompatibleNamed(from first: Int, to last: Int, sex: Person.Sex) -> Int? {
        let tokens = scan.tokens
        for k in first...last where tokens[k].isWord && tokens[k].capitalized {
            let span = TextSpan(start: tokens[k].start, end: tokens[k].end)
            if isQuoted(span) { continue }
            if let p = personMentioned(in: span) {
                if compatible(p, sex) { return p }
                continue
            }
            if !surnames.isEmpty, let p = surnames[Folding.fold(scan.text(k...k))], compatible(p, sex) { return p }
        }
        return nil
    }

    /// The named speaker the people layer did not find whose surname opens `subject` (one
    /// capitalised word that is no mention): "Wong and three of his co-authors" after "study
    /// co-author Tak-Sing Wong said" → that speaker as written.
    func unknownSpeakerOpening(_ subject: ClosedRange<Int>) -> String? {
        let tokens = scan.tokens
        let k = subject.lowerBound
        guard !unknownPeople.isEmpty, tokens[k].isWord, tokens[k].capitalized,
            k == subject.upperBound || !tokens[k + 1].capitalized,
            personMentioned(in: scan.span(k...k)) == nil
        else { return nil }
        return unknownPeople[Folding.fold(scan.text(k...k))]
    }
}
