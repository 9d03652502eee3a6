/// Scores extracted quotes against the hand-annotated newswire quote set (`WikinewsQuoteGold`).
///
/// Gold and predicted units are single spans; characters compared are those that are neither
/// white space nor quotation marks (as in `QuoteScoring`). At threshold t each quote is assigned
/// to the gold quotation sharing most of its characters if they share at least t of the quote;
/// a gold quotation is found when the quotes assigned to it and the gold share at least t of the
/// larger of the two. Per kind, recall counts the gold quotations of that kind found by any
/// quote and precision the quotes of that kind assigned to a found gold quotation, so a direct
/// quote found as mixed is not counted wrong twice.
///
/// Speaker: for each gold quotation found at the lowest threshold, the quote sharing most of
/// its characters gives the speaker, compared with `sameSpeaker`.
public enum NewswireQuoteScoring {
    /// Speaker agreement on the gold quotations found at the lowest threshold.
    public struct SpeakerCounts: Sendable, Hashable {
        /// Found gold quotations with a speaker, and those whose predicted speaker is right.
        public var named = 0, namedCorrect = 0
        /// … of which the speaker is a person.
        public var person = 0, personCorrect = 0
        /// … of which the speaker is an organisation, group or document.
        public var group = 0, groupCorrect = 0
        /// Found gold quotations without a speaker, and those predicted without one.
        public var unnamed = 0, unnamedCorrect = 0
        public init() {}

        /// Share of found quotations with a gold speaker whose speaker is right.
        public var accuracy: Double { named == 0 ? 0 : Double(namedCorrect) / Double(named) }

        static func + (a: SpeakerCounts, b: SpeakerCounts) -> SpeakerCounts {
            var c = a
            c.named += b.named; c.namedCorrect += b.namedCorrect
            c.person += b.person; c.personCorrect += b.personCorrect
            c.group += b.group; c.groupCorrect += b.groupCorrect
            c.unnamed += b.unnamed; c.unnamedCorrect += b.unnamedCorrect
            return c
        }
    }

    /// All figures of one or more documents; additive.
    public struct Score: Sendable, Hashable {
        /// Threshold → counts over all quotations.
        public var all: [Double: QuoteScoring.Counts] = [:]
        /// Kind → threshold → counts (see the type's documentation).
        public var byKind: [QuoteKind: [Double: QuoteScoring.Counts]] = [:]
        public var speaker = SpeakerCounts()
        public init() {}

        public static func + (a: Score, b: Score) -> Score {
            var c = Score()
            for t in Set(a.all.keys).union(b.all.keys) { c.all[t] = (a.all[t] ?? .init()) + (b.all[t] ?? .init()) }
            for kind in QuoteKind.allCases {
                let x = a.byKind[kind] ?? [:]
                let y = b.byKind[kind] ?? [:]
                for t in Set(x.keys).union(y.keys) { c.byKind[kind, default: [:]][t] = (x[t] ?? .init()) + (y[t] ?? .init()) }
            }
            c.speaker = a.speaker + b.speaker
            return c
        }
    }

    /// The outcome for one document at one threshold, for error listings.
    public struct Matching: Sendable {
        /// For each predicted quote, the gold quotation it is assigned to.
        public var assigned: [Int?]
        /// For each gold quotation, whether it is found.
        public var found: [Bool]
        /// For each gold quotation, the quote sharing most characters with it among those assigned.
        public var best: [Int?]
    }

    /// Matches `predicted` to `gold` at `threshold`.
    public static func match(text: ScalarText, gold: [NewswireGoldQuote], predicted: [Quote], threshold: Double) -> Matching {
        let g = gold.map { QuoteScoring.significant([$0.span], text.scalars) }
        let p = predicted.map { QuoteScoring.significant([$0.span], text.scalars) }
        let m = QuoteScoring.match(g, p, threshold: threshold)
        var best = [Int?](repeating: nil, count: gold.count)
        var bestShared = [Int](repeating: 0, count: gold.count)
        for (pi, gi) in m.assigned.enumerated() {
            guard let gi else { continue }
            let shared = p[pi].intersection(g[gi]).count
            if shared > bestShared[gi] { bestShared[gi] = shared; best[gi] = pi }
        }
        return Matching(assigned: m.assigned, found: m.found, best: best)
    }

    /// Scores one document at `thresholds` (speaker agreement at the first).
    public static func score(
        text: ScalarText, gold: [NewswireGoldQuote], predicted: [Quote], thresholds: [Double] = QuoteScoring.thresholds
    ) -> Score {
        var score = Score()
        for (n, t) in thresholds.enumerated() {
            let m = match(text: text, gold: gold, predicted: predicted, threshold: t)
            score.all[t] = counts(m, Array(gold.indices), Array(predicted.indices))
            for kind in QuoteKind.allCases {
                score.byKind[kind, default: [:]][t] = counts(
                    m, gold.indices.filter { gold[$0].kind == kind }, predicted.indices.filter { predicted[$0].kind == kind })
            }
            guard n == 0 else { continue }
            for (gi, g) in gold.enumerated() where m.found[gi] {
                let predictedSpeaker = m.best[gi].flatMap { predicted[$0].speaker }
                let right = sameSpeaker(gold: g.speaker, predicted: predictedSpeaker, person: g.speakerType == .person)
                guard g.speaker != nil else {
                    score.speaker.unnamed += 1
                    if right { score.speaker.unnamedCorrect += 1 }
                    continue
                }
                score.speaker.named += 1
                if right { score.speaker.namedCorrect += 1 }
                if g.speakerType == .person {
                    score.speaker.person += 1
                    if right { score.speaker.personCorrect += 1 }
                } else {
                    score.speaker.group += 1
                    if right { score.speaker.groupCorrect += 1 }
                }
            }
        }
        return score
    }

    private static func counts(_ m: Matching, _ goldIndices: [Int], _ predictedIndices: [Int]) -> QuoteScoring.Counts {
        var c = QuoteScoring.Counts()
        c.gold = goldIndices.count
        c.predicted = predictedIndices.count
        c.matched = goldIndices.filter { m.found[$0] }.count
        c.matchedPredicted = predictedIndices.filter { m.assigned[$0].map { m.found[$0] } ?? false }.count
        return c
    }

    /// Whether a predicted speaker names the gold speaker: the words of one (folded, without
    /// determiners, "of", "and", possessive endings, honorifics and "Jr."/"Sr.") are all among the words of
    /// the other, and for a person the predicted name holds the gold name's last word ("Trump"
    /// for "Donald Trump", not "Donald"). Without a gold speaker, right when none is predicted.
    public static func sameSpeaker(gold: String?, predicted: String?, person: Bool) -> Bool {
        guard let gold else { return predicted == nil }
        guard let predicted else { return false }
        let g = nameWords(gold)
        let p = nameWords(predicted)
        guard !g.isEmpty, !p.isEmpty else { return false }
        let gs = Set(g)
        let ps = Set(p)
        guard gs.isSubset(of: ps) || ps.isSubset(of: gs) else { return false }
        if person, let last = g.last { return ps.contains(last) }
        return true
    }

    private static let ignoredWords: Set<String> = [
        "the", "a", "an", "of", "and", "in", "from", "by", "for", "mr", "mrs", "ms", "dr", "sen", "rep", "prof",
        "jr", "sr",
    ]

    /// Folded words of a name, without the words `sameSpeaker` ignores.
    static func nameWords(_ name: String) -> [String] {
        Folding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
            .map { w -> String in
                var s = String(w)
                if s.hasSuffix("'s") { s.removeLast(2) }
                while s.hasSuffix("'") || s.hasPrefix("'") { s = s.hasSuffix("'") ? String(s.dropLast()) : String(s.dropFirst()) }
                return s
            }
            .filter { !$0.isEmpty && !ignoredWords.contains($0) }
    }
}
