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
        precondition(labels == 17, "the scoring below reads rows of 17 labels")
        return weights.table.withUnsafeBufferPointer { w in
            let rows = UnsafeRawPointer(w.baseAddress!)
            return Self.decode(t, features: &features) { feats, scores in
                // Labels 0-15 of a row in one vector load (rows are 17 wide, so it stays inside
                // the table), label 16 alone; integer sums, so the order of additions is irrelevant.
                var sums = SIMD16<Int32>(repeating: 0)
                var last: Int32 = 0
                for h in feats {
                    let row = (Int(truncatingIfNeeded: h) & mask) * labels
                    let v = rows.loadUnaligned(fromByteOffset: row * 2, as: SIMD16<Int16>.self)
                    sums &+= SIMD16<Int32>(truncatingIfNeeded: v)
                    last &+= Int32(w[row + 16])
                }
                for l in 0..<16 { scores[l] = Float(sums[l]) }
                scores[16] = Float(last)
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
        let allowed = allowedAfter[prev + 1] & (isLast ? endable : ~0)
        var best = -1
        var bestScore = -Float.infinity
        for l in 0..<scores.count where allowed & (1 << l) != 0 {
            if scores[l] > bestScore {
                best = l
                bestScore = scores[l]
            }
        }
        return max(best, 0)
    }

    /// Per previous label + 1 (0: sentence start): the labels allowed after it, as bits.
    private static let allowedAfter: [UInt32] = (-1..<EntityLabels.count).map { prev in
        (0..<EntityLabels.count).reduce(0) { EntityLabels.allowed($1, after: prev) ? $0 | 1 << $1 : $0 }
    }

    /// The labels that may end a sentence, as bits.
    private static let endable: UInt32 = (0..<EntityLabels.count).reduce(0) {
        EntityLabels.canEnd($1) ? $0 | 1 << $1 : $0
    }
}
