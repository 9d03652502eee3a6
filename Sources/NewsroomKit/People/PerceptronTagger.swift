import Foundation

/// The statistical entity tagger: an averaged perceptron over BILOU labels for person, location,
/// organisation and other names, decoded left to right within each sentence by a beam search
/// over valid BILOU sequences (`LabelBeam`; width 1 is greedy), with the features of `TaggerFeatures`.
public struct PerceptronTagger: Sendable {
    /// The weights.
    public let weights: PerceptronWeights
    /// Name lists used by the features.
    public let names: NameLists

    /// Creates a tagger.
    public init(weights: PerceptronWeights, names: NameLists) {
        self.weights = weights
        self.names = names
    }

    /// The bundled tagger (`Resources/people/tagger.weights`), loaded once; nil when missing.
    public static let shared: PerceptronTagger? = {
        guard let data = try? BundledResources.data("people/tagger.weights"),
              let weights = try? PerceptronWeights(data: data) else { return nil }
        return PerceptronTagger(weights: weights, names: .shared)
    }()

    /// Entity spans of `t`.
    public func entities(in t: TokenizedText) -> [EntitySpan] {
        EntityLabels.entities(from: labels(in: t))
    }

    /// One label per token of `t`: beam search over valid label sequences with the width the
    /// weights were trained for (1, greedy, for weights of the greedy trainer).
    public func labels(in t: TokenizedText) -> [Int] {
        var features = TaggerFeatures(t, names: names)
        var out = [Int](repeating: EntityLabels.outside, count: t.count)
        var beam = LabelBeam(width: weights.beamWidth)
        weights.table.withUnsafeBufferPointer { w in
            let scorer = TableScorer(table: w, mask: (1 << weights.rowBits) - 1)
            for sentence in t.sentences where !sentence.isEmpty {
                beam.start()
                for i in sentence {
                    beam.advance(i, isLast: i == sentence.upperBound - 1, features: features, scorer: scorer)
                }
                beam.finish(into: &out, features: &features)
            }
        }
        return out
    }

    /// Scores from the quantised table: sums of at most a few hundred 16-bit integers, exact in `Float`.
    private struct TableScorer: LabelScorer {
        let table: UnsafeBufferPointer<Int16>
        let mask: Int

        func add(_ features: [UInt64], to scores: inout [Float]) {
            let labels = EntityLabels.count
            scores.withUnsafeMutableBufferPointer { s in
                for h in features {
                    let row = (Int(truncatingIfNeeded: h) & mask) * labels
                    for l in 0..<labels { s[l] += Float(table[row + l]) }
                }
            }
        }
    }

    /// The highest-scoring label allowed after `prev` (ties go to the lower label, `O` first).
    static func best(_ scores: [Float], after prev: Int, isLast: Bool) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for l in 0..<scores.count where EntityLabels.allowed(l, after: prev) && (!isLast || EntityLabels.canEnd(l)) {
            if scores[l] > bestScore {
                best = l
                bestScore = scores[l]
            }
        }
        return max(best, 0)
    }
}
