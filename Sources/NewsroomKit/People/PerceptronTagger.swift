import Foundation

/// The statistical entity tagger: an averaged perceptron over BILOU labels for person, location,
/// organisation and other names, decoded greedily left to right within each sentence (only valid
/// BILOU sequences), with the features of `TaggerFeatures`.
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

    /// One label per token of `t`.
    public func labels(in t: TokenizedText) -> [Int] {
        var features = TaggerFeatures(t, names: names)
        let mask = (1 << weights.rowBits) - 1
        let labels = EntityLabels.count
        var acc = [Int32](repeating: 0, count: labels)
        return weights.table.withUnsafeBufferPointer { w in
            acc.withUnsafeMutableBufferPointer { a in
                Self.decode(t, features: &features) { feats, scores in
                    for l in 0..<labels { a[l] = 0 }
                    for h in feats {
                        let row = (Int(truncatingIfNeeded: h) & mask) * labels
                        for l in 0..<labels { a[l] &+= Int32(w[row + l]) }
                    }
                    for l in 0..<labels { scores[l] = Float(a[l]) }
                }
            }
        }
    }

    /// Greedy decoding with a scoring function filling `scores` (one per label) from features.
    static func decode(_ t: TokenizedText, features: inout TaggerFeatures,
                       score: ([UInt64], inout [Float]) -> Void) -> [Int] {
        var out = [Int](repeating: EntityLabels.outside, count: t.count)
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        var scores = [Float](repeating: 0, count: EntityLabels.count)
        for sentence in t.sentences {
            var prev = -1, prev2 = -1
            for i in sentence {
                if features.mustBeOutside(i, prev: prev) {
                    out[i] = EntityLabels.outside
                    prev2 = prev
                    prev = EntityLabels.outside
                    continue
                }
                buffer.removeAll(keepingCapacity: true)
                features.features(i, prev: prev, prev2: prev2, into: &buffer)
                for l in 0..<scores.count { scores[l] = 0 }
                score(buffer, &scores)
                let label = best(scores, after: prev, isLast: i == sentence.upperBound - 1)
                out[i] = label
                features.remember(i, label: label)
                prev2 = prev
                prev = label
            }
        }
        return out
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
