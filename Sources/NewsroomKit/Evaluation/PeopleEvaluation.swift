/// Scores the people annotator on gold documents: person mentions by exact span (CoNLL rules:
/// a mention is right only when both ends match), and, where the corpus has coreference,
/// linking of the named-person mentions found (share found, B-cubed precision/recall/F1).
public struct PeopleScores: Sendable, Hashable {
    /// Person mentions found with exactly the gold span.
    public var truePositives = 0
    /// Person mentions output that match no gold span.
    public var falsePositives = 0
    /// Gold person mentions not output.
    public var falseNegatives = 0
    /// Gold named-person mentions in documents with coreference chains.
    public var linkGold = 0
    /// Of those, how many the annotator output with the exact span.
    public var linkFound = 0
    /// Sum over found mentions of B-cubed precision and recall.
    public var b3PrecisionSum = 0.0
    public var b3RecallSum = 0.0
    /// Documents scored.
    public var documents = 0

    /// Creates empty scores.
    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { harmonic(precision, recall) }
    /// Share of gold named-person mentions found (linking).
    public var mentionsFound: Double { ratio(linkFound, linkGold) }
    public var b3Precision: Double { linkFound > 0 ? b3PrecisionSum / Double(linkFound) : 0 }
    public var b3Recall: Double { linkFound > 0 ? b3RecallSum / Double(linkFound) : 0 }
    public var b3F1: Double { harmonic(b3Precision, b3Recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
    private func harmonic(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    /// Adds another set of scores.
    public mutating func add(_ o: PeopleScores) {
        truePositives += o.truePositives
        falsePositives += o.falsePositives
        falseNegatives += o.falseNegatives
        linkGold += o.linkGold
        linkFound += o.linkFound
        b3PrecisionSum += o.b3PrecisionSum
        b3RecallSum += o.b3RecallSum
        documents += o.documents
    }
}

/// Runs the people annotator over gold documents and scores it.
public enum PeopleEvaluation {
    /// Scores of `people` (the annotator's output for `doc.text`) against `doc`.
    public static func score(_ people: [Person], against doc: PeopleGoldDocument) -> PeopleScores {
        var s = PeopleScores()
        s.documents = 1
        var system: [TextSpan: Int] = [:]
        for (k, p) in people.enumerated() { for m in p.mentions { system[m] = k } }
        let gold = doc.people
        let goldSpans = Set(gold.map(\.span))
        s.truePositives = system.keys.filter { goldSpans.contains($0) }.count
        s.falsePositives = system.count - s.truePositives
        s.falseNegatives = goldSpans.count - s.truePositives
        guard doc.hasChains else { return s }
        // Linking over the gold mentions found.
        let found = gold.filter { system[$0.span] != nil && $0.chain != nil }
        s.linkGold = gold.filter { $0.chain != nil }.count
        s.linkFound = found.count
        var bySystem: [Int: Int] = [:]
        var byGold: [String: Int] = [:]
        var byBoth: [String: Int] = [:]
        for m in found {
            guard let c = system[m.span], let g = m.chain else { continue }
            bySystem[c, default: 0] += 1
            byGold[g, default: 0] += 1
            byBoth["\(c)|\(g)", default: 0] += 1
        }
        for m in found {
            guard let c = system[m.span], let g = m.chain,
                  let both = byBoth["\(c)|\(g)"], let sys = bySystem[c], let gl = byGold[g] else { continue }
            s.b3PrecisionSum += Double(both) / Double(sys)
            s.b3RecallSum += Double(both) / Double(gl)
        }
        return s
    }

    /// Runs `annotator` over every document and sums the scores.
    public static func evaluate(_ docs: [PeopleGoldDocument], annotator: PeopleAnnotator) -> PeopleScores {
        var total = PeopleScores()
        for d in docs {
            total.add(score(annotator.people(in: ScalarText(d.text)), against: d))
        }
        return total
    }
}
