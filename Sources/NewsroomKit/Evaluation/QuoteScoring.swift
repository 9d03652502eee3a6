/// Scores extracted quotes against gold attributions.
///
/// Units: a gold unit is one attribution (its content fragments together); a predicted unit
/// is the set of quotes sharing one speaker span (an interrupted or multi-paragraph quotation
/// gives several quotes with the same speaker span, as one gold attribution), or a single quote
/// without speaker span. Characters compared are those of the content that are neither white
/// space nor quotation marks, and a leading "that" is ignored (gold content includes marks and
/// "that"; the extractor's does not). Overlap of a pair = shared characters / the larger unit's
/// characters; pairs at or above a threshold are matched one to one, best first.
public enum QuoteScoring {
    /// Counts for one subset at one threshold; additive over documents.
    public struct Counts: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        public var matched = 0
        public init() {}
        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func + (a: Counts, b: Counts) -> Counts {
            var c = Counts()
            c.gold = a.gold + b.gold
            c.predicted = a.predicted + b.predicted
            c.matched = a.matched + b.matched
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
            Unit(chars: significant(g.content, s), direct: isDirect(g.content, s), source: g.source, speakerSpan: nil, speaker: nil)
        }.filter { !$0.chars.isEmpty }
        var groups: [TextSpan: [Quote]] = [:]
        var predUnits: [Unit] = []
        for q in predicted {
            if let key = q.speakerSpan { groups[key, default: []].append(q) } else { predUnits.append(unit([q], s)) }
        }
        for (_, quotes) in groups.sorted(by: { $0.key < $1.key }) { predUnits.append(unit(quotes, s)) }
        predUnits = predUnits.filter { !$0.chars.isEmpty }

        var score = Score()
        score.direct = subset(goldUnits.filter(\.direct), predUnits.filter(\.direct), s, thresholds)
        score.all = subset(goldUnits, predUnits, s, thresholds)
        return score
    }

    struct Unit {
        var chars: Set<Int>
        var direct: Bool
        var source: [TextSpan]
        var speakerSpan: TextSpan?
        var speaker: String?
    }

    private static func unit(_ quotes: [Quote], _ s: [Unicode.Scalar]) -> Unit {
        Unit(
            chars: significant(quotes.map(\.span), s), direct: quotes.allSatisfy { $0.kind == .direct },
            source: [], speakerSpan: quotes.first?.speakerSpan, speaker: quotes.first?.speaker)
    }

    private static func subset(_ gold: [Unit], _ pred: [Unit], _ s: [Unicode.Scalar], _ thresholds: [Double]) -> SubsetScore {
        var result = SubsetScore()
        var pairs: [(overlap: Double, g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in pred.enumerated() {
                let shared = g.chars.count < p.chars.count ? g.chars.intersection(p.chars).count : p.chars.intersection(g.chars).count
                guard shared > 0 else { continue }
                pairs.append((Double(shared) / Double(max(g.chars.count, p.chars.count)), gi, pi))
            }
        }
        pairs.sort { ($0.overlap, -$0.g, -$0.p) > ($1.overlap, -$1.g, -$1.p) }
        for (n, threshold) in thresholds.enumerated() {
            var counts = Counts()
            counts.gold = gold.count
            counts.predicted = pred.count
            var goldUsed = Set<Int>()
            var predUsed = Set<Int>()
            for pair in pairs where pair.overlap >= threshold && !goldUsed.contains(pair.g) && !predUsed.contains(pair.p) {
                goldUsed.insert(pair.g)
                predUsed.insert(pair.p)
                counts.matched += 1
                if n == 0 { tallySpeaker(gold[pair.g], pred[pair.p], s, &result.speaker) }
            }
            result.byThreshold[threshold] = counts
        }
        return result
    }

    private static func tallySpeaker(_ g: Unit, _ p: Unit, _ s: [Unicode.Scalar], _ counts: inout SpeakerCounts) {
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
        for span in spans {
            var a = max(0, span.start)
            var b = min(s.count, span.end)
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

    /// Overlap of one gold attribution and one quote (shared significant characters over the larger).
    public static func overlap(_ g: GoldAttribution, _ q: Quote, _ text: ScalarText) -> Double {
        let a = significant(g.content, text.scalars)
        let b = significant([q.span], text.scalars)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(max(a.count, b.count))
    }
}
