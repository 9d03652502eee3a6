/// Scores extracted quotes against gold attributions.
///
/// A gold unit is one attribution: its content fragments together (an interrupted or
/// multi-paragraph quotation is one attribution with several fragments). A predicted unit is one
/// quote. Characters compared are those of the content that are neither white space nor
/// quotation marks, and a leading "that" is ignored (gold content includes the marks and "that";
/// the extractor's does not).
///
/// At threshold t: each quote is assigned to the gold attribution sharing most of its
/// characters, if they share at least t of the quote; a gold attribution is found when the union
/// of the quotes assigned to it and the attribution share at least t of the larger of the two;
/// precision counts the quotes assigned to found attributions, recall the found attributions.
public enum QuoteScoring {
    /// Counts for one subset at one threshold; additive over documents.
    public struct Counts: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        /// Gold units found.
        public var matched = 0
        /// Predicted units assigned to a found gold unit.
        public var matchedPredicted = 0
        public init() {}
        public var precision: Double { predicted == 0 ? 0 : Double(matchedPredicted) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func + (a: Counts, b: Counts) -> Counts {
            var c = Counts()
            c.gold = a.gold + b.gold
            c.predicted = a.predicted + b.predicted
            c.matched = a.matched + b.matched
            c.matchedPredicted = a.matchedPredicted + b.matchedPredicted
            return c
        }
    }

    /// Speaker agreement on the pairs matched at the lower threshold.
    public struct SpeakerCounts: Sendable, Hashable {
        /// Matched pairs whose gold has a source.
        public var withSource = 0
        /// … of which the predicted speaker span overlaps the gold source.
        public var spanCorrect = 0
        /// Matched pairs whose gold source names someone (not a pronoun).
        public var named = 0
        /// … of which the predicted speaker name shares a word with the gold source.
        public var nameCorrect = 0
        public init() {}
        public var spanAccuracy: Double { withSource == 0 ? 0 : Double(spanCorrect) / Double(withSource) }
        public var nameAccuracy: Double { named == 0 ? 0 : Double(nameCorrect) / Double(named) }
        static func + (a: SpeakerCounts, b: SpeakerCounts) -> SpeakerCounts {
            var c = SpeakerCounts()
            c.withSource = a.withSource + b.withSource
            c.spanCorrect = a.spanCorrect + b.spanCorrect
            c.named = a.named + b.named
            c.nameCorrect = a.nameCorrect + b.nameCorrect
            return c
        }
    }

    /// All figures for one subset (direct quotes, or all attributions).
    public struct SubsetScore: Sendable, Hashable {
        /// Threshold → counts (0.3 and 0.8 by default).
        public var byThreshold: [Double: Counts] = [:]
        public var speaker = SpeakerCounts()
        public init() {}
        public static func + (a: SubsetScore, b: SubsetScore) -> SubsetScore {
            var c = SubsetScore()
            for key in Set(a.byThreshold.keys).union(b.byThreshold.keys) {
                c.byThreshold[key] = (a.byThreshold[key] ?? Counts()) + (b.byThreshold[key] ?? Counts())
            }
            c.speaker = a.speaker + b.speaker
            return c
        }
    }

    /// Scores of one or more documents.
    public struct Score: Sendable, Hashable {
        public var direct = SubsetScore()
        public var all = SubsetScore()
        public init() {}
        public static func + (a: Score, b: Score) -> Score {
            var c = Score()
            c.direct = a.direct + b.direct
            c.all = a.all + b.all
            return c
        }
    }

    /// The thresholds reported.
    public static let thresholds: [Double] = [0.3, 0.8]

    /// Scores `predicted` against `gold` for the text `text`.
    public static func score(
        text: ScalarText, gold: [GoldAttribution], predicted: [Quote], thresholds: [Double] = thresholds
    ) -> Score {
        let s = text.scalars
        let goldUnits = gold.map { g in
            Unit(chars: significant(g.content, s), direct: isDirect(g.content, s), source: g.source)
        }.filter { !$0.chars.isEmpty }
        let predUnits = predicted.map { q in
            PredictedUnit(chars: significant([q.span], s), direct: q.kind == .direct, quote: q)
        }.filter { !$0.chars.isEmpty }
        var score = Score()
        score.direct = subset(goldUnits.filter(\.direct), predUnits.filter(\.direct), s, thresholds)
        score.all = subset(goldUnits, predUnits, s, thresholds)
        return score
    }

    struct Unit {
        var chars: Set<Int>
        var direct: Bool
        var source: [TextSpan]
    }

    struct PredictedUnit {
        var chars: Set<Int>
        var direct: Bool
        var quote: Quote
    }

    /// The outcome of matching at one threshold.
    struct Matching {
        /// For each predicted unit, the gold unit it is assigned to.
        var assigned: [Int?]
        /// For each gold unit, whether it is found.
        var found: [Bool]
    }

    static func match(_ gold: [Set<Int>], _ pred: [Set<Int>], threshold: Double) -> Matching {
        var assigned = [Int?](repeating: nil, count: pred.count)
        var unions = [Set<Int>](repeating: [], count: gold.count)
        for (pi, p) in pred.enumerated() {
            var best = 0
            for (gi, g) in gold.enumerated() {
                let shared = p.count < g.count ? p.intersection(g).count : g.intersection(p).count
                if shared > best { best = shared; assigned[pi] = gi }
            }
            if let gi = assigned[pi], Double(best) >= threshold * Double(p.count) {
                unions[gi].formUnion(p)
            } else {
                assigned[pi] = nil
            }
        }
        let found = gold.indices.map { gi -> Bool in
            let u = unions[gi]
            guard !u.isEmpty else { return false }
            let shared = u.intersection(gold[gi]).count
            return Double(shared) >= threshold * Double(max(u.count, gold[gi].count))
        }
        return Matching(assigned: assigned, found: found)
    }

    private static func subset(_ gold: [Unit], _ pred: [PredictedUnit], _ s: [Unicode.Scalar], _ thresholds: [Double]) -> SubsetScore {
        var result = SubsetScore()
        for (n, threshold) in thresholds.enumerated() {
            let m = match(gold.map(\.chars), pred.map(\.chars), threshold: threshold)
            var counts = Counts()
            counts.gold = gold.count
            counts.predicted = pred.count
            counts.matched = m.found.filter { $0 }.count
            counts.matchedPredicted = m.assigned.filter { $0.map { m.found[$0] } ?? false }.count
            result.byThreshold[threshold] = counts
            guard n == 0 else { continue }
            // Speaker: the quote sharing most characters with each found attribution.
            for gi in gold.indices where m.found[gi] {
                var best: PredictedUnit? = nil
                var bestShared = 0
                for (pi, p) in pred.enumerated() where m.assigned[pi] == gi {
                    let shared = p.chars.intersection(gold[gi].chars).count
                    if shared > bestShared { bestShared = shared; best = p }
                }
                if let best { tallySpeaker(gold[gi], best.quote, s, &result.speaker) }
            }
        }
        return result
    }

    private static func tallySpeaker(_ g: Unit, _ p: Quote, _ s: [Unicode.Scalar], _ counts: inout SpeakerCounts) {
        guard !g.source.isEmpty else { return }
        counts.withSource += 1
        if let span = p.speakerSpan, g.source.contains(where: { $0.overlaps(span) }) { counts.spanCorrect += 1 }
        let sourceWords = g.source.flatMap { capitalisedWords(ScalarText.slice(s, $0)) }
        guard !sourceWords.isEmpty else { return }
        counts.named += 1
        if let name = p.speaker {
            let predicted = Set(Folding.fold(name).split(whereSeparator: { !$0.isLetter }).map(String.init))
            if sourceWords.contains(where: { predicted.contains($0) }) { counts.nameCorrect += 1 }
        }
    }

    /// Folded capitalised words of at least three letters, other than sentence-opening
    /// determiners and pronouns ("The", "He").
    static func capitalisedWords(_ text: String) -> [String] {
        let skip: Set<String> = ["the", "he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "this", "that", "these", "those"]
        return text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            .filter { $0.count >= 3 && ($0.first?.isUppercase ?? false) }
            .map { Folding.fold(String($0)).replacingOccurrences(of: "'s", with: "") }
            .filter { !skip.contains($0) }
    }

    /// Offsets of the characters that count: no white space, no quotation marks, no leading "that".
    static func significant(_ spans: [TextSpan], _ s: [Unicode.Scalar]) -> Set<Int> {
        var out = Set<Int>()
        for (n, span) in spans.enumerated() {
            var start = max(0, span.start)
            let end = min(s.count, span.end)
            if n == 0 {
                var k = start
                while k < end, isIgnored(s[k]) { k += 1 }
                if k + 4 < end, String(String.UnicodeScalarView(s[k..<(k + 4)])).lowercased() == "that", isIgnored(s[k + 4]) {
                    start = k + 4
                }
            }
            guard start < end else { continue }
            for k in start..<end where !isIgnored(s[k]) { out.insert(k) }
        }
        return out
    }

    /// Whether every fragment lies wholly inside quotation marks (punctuation and a leading
    /// "that" outside the marks are allowed).
    static func isDirect(_ spans: [TextSpan], _ s: [Unicode.Scalar]) -> Bool {
        guard !spans.isEmpty else { return false }
        // Fragments separated only by white space form one block ("“A. | B.”").
        var blocks: [TextSpan] = []
        for span in spans.sorted() {
            let a = max(0, min(span.start, s.count))
            let b = max(a, min(span.end, s.count))
            if let last = blocks.last, last.end <= a, (last.end..<a).allSatisfy({ s[$0].properties.isWhitespace }) {
                blocks[blocks.count - 1] = TextSpan(start: last.start, end: b)
            } else {
                blocks.append(TextSpan(start: a, end: b))
            }
        }
        for span in blocks {
            var a = span.start
            var b = span.end
            while a < b, isEdge(s[a]) { a += 1 }
            if a + 5 <= b, String(String.UnicodeScalarView(s[a..<(a + 4)])).lowercased() == "that", s[a + 4] == " " {
                a += 5
            }
            while b > a, isEdge(s[b - 1]) { b -= 1 }
            guard a < b, isMark(s[a]), isMark(s[b - 1]) else { return false }
        }
        return true
    }

    static func isMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 34, 39, 96, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0xAB, 0xBB, 0x2039, 0x203A: return true
        default: return false
        }
    }

    private static func isIgnored(_ c: Unicode.Scalar) -> Bool { isMark(c) || c.properties.isWhitespace }

    private static func isEdge(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || ".,;:!?—–-()".unicodeScalars.contains(c)
    }
}

extension ScalarText {
    /// The text of `span` in `scalars` (clamped).
    static func slice(_ scalars: [Unicode.Scalar], _ span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }
}

extension QuoteScoring {
    /// Whether a gold attribution's content lies wholly in quotation marks.
    public static func isDirectGold(_ g: GoldAttribution, _ text: ScalarText) -> Bool {
        isDirect(g.content, text.scalars)
    }

    /// Whether `quote`'s resolved speaker names the source of `gold` (shares a capitalised word
    /// with it); nil when the gold source names no one.
    public static func speakerNameMatches(_ gold: GoldAttribution, _ quote: Quote, text: ScalarText) -> Bool? {
        let sourceWords = gold.source.flatMap { capitalisedWords(ScalarText.slice(text.scalars, $0)) }
        guard !sourceWords.isEmpty else { return nil }
        guard let name = quote.speaker else { return false }
        let predicted = Set(Folding.fold(name).split(whereSeparator: { !$0.isLetter }).map(String.init))
        return sourceWords.contains(where: { predicted.contains($0) })
    }

    /// Matches quotes to gold attributions at `threshold` (see the type's documentation): the
    /// gold attribution each quote is assigned to, and whether each attribution is found.
    public static func match(
        gold: [GoldAttribution], predicted: [Quote], text: ScalarText, threshold: Double
    ) -> (assigned: [Int?], found: [Bool]) {
        let m = match(
            gold.map { significant($0.content, text.scalars) }, predicted.map { significant([$0.span], text.scalars) },
            threshold: threshold)
        return (m.assigned, m.found)
    }

}
