/// Entity scores of the statistical tagger alone (before rules and linking), per entity type,
/// by exact token span against a gold document's labels under the project's tokenizer.
public struct TaggerScores: Sendable, Hashable {
    /// True positives, false positives and false negatives per `EntityType.rawValue`.
    public var truePositives = [0, 0, 0, 0]
    public var falsePositives = [0, 0, 0, 0]
    public var falseNegatives = [0, 0, 0, 0]

    /// Creates empty scores.
    public init() {}

    /// Adds the tagger's entities of `doc` compared with its gold entities.
    public mutating func add(_ doc: PeopleGoldDocument, tagger: PerceptronTagger) {
        let t = TokenizedText(ScalarText(doc.text))
        let gold = Set(EntityLabels.entities(from: doc.trainingLabels(for: t)))
        let system = Set(tagger.entities(in: t))
        for e in system {
            if gold.contains(e) { truePositives[e.type.rawValue] += 1 } else { falsePositives[e.type.rawValue] += 1 }
        }
        for e in gold where !system.contains(e) { falseNegatives[e.type.rawValue] += 1 }
    }

    /// F1 of one type.
    public func f1(_ type: EntityType) -> Double {
        let k = type.rawValue
        let p = Double(truePositives[k]) / Double(max(1, truePositives[k] + falsePositives[k]))
        let r = Double(truePositives[k]) / Double(max(1, truePositives[k] + falseNegatives[k]))
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// One line: "PER 0.712 (tp …, fp …, fn …), LOC …".
    public var line: String {
        EntityType.allCases.map { type in
            let k = type.rawValue
            return "\(type.label) \(PeopleReport.f3(f1(type))) (tp \(truePositives[k]), fp \(falsePositives[k]), fn \(falseNegatives[k]))"
        }.joined(separator: ", ")
    }
}
