import Foundation

#if !_endian(little)
#error("PerceptronTagger's scoring reads pairs of Int16 weights as little-endian Int32")
#endif

/// The statistical entity tagger: an averaged perceptron over BILOU labels for person, location,
/// organisation and other names, decoded greedily left to right within each sentence (only valid
/// BILOU sequences), with the features of `TaggerFeatures`.
public struct PerceptronTagger: Sendable {
    /// The weights.
    public let weights: PerceptronWeights
    /// Name lists used by the features.
    public let names: NameLists
    /// Word classes used by the features (nil: none; must match those the weights were trained with).
    public let clusters: WordClusters?

    /// Creates a tagger.
    public init(weights: PerceptronWeights, names: NameLists, clusters: WordClusters? = nil) {
        self.weights = weights
        self.names = names
        self.clusters = clusters
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
        var features = TaggerFeatures(t, names: names, clusters: clusters)
        let mask = (1 << weights.rowBits) - 1
        let labels = EntityLabels.count
        precondition(labels == 17, "the scoring below reads rows of 17 labels")
        return weights.rowIndex.withUnsafeBufferPointer { index in
            weights.keptRows.withUnsafeBufferPointer { w in
                let rows = UnsafeRawPointer(w.baseAddress!)
                return Self.decode(t, features: &features) { feats, scores in
                    // Labels 0-15 of a row in two vector loads of eight Int32 lanes, each lane
                    // holding two Int16 weights (the even label in its low half: shifting left then
                    // right sign-extends it, shifting right gives the odd one); rows are 17 wide,
                    // so the loads stay inside the table. Label 16 alone. Integer sums, so the
                    // order of the additions does not change the scores.
                    var even = SIMD8<Int32>(repeating: 0)
                    var odd = SIMD8<Int32>(repeating: 0)
                    var last: Int32 = 0
                    for h in feats {
                        let row = Int(index[Int(truncatingIfNeeded: h) & mask]) * labels
                        let pairs = rows.loadUnaligned(fromByteOffset: row * 2, as: SIMD8<Int32>.self)
                        even &+= (pairs &<< 16) &>> 16
                        odd &+= pairs &>> 16
                        last &+= Int32(w[row + 16])
                    }
                    for j in 0..<8 {
                        scores[2 * j] = Float(even[j])
                        scores[2 * j + 1] = Float(odd[j])
                    }
                    scores[16] = Float(last)
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
        let allowedAfter = Self.allowedAfter
        let endable = Self.endable
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
                let allowed = allowedAfter[prev + 1] & (i == sentence.upperBound - 1 ? endable : ~0)
                let label = best(scores, allowed: allowed)
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
        best(scores, allowed: allowedAfter[prev + 1] & (isLast ? endable : ~0))
    }

    /// The highest-scoring label among the `allowed` ones (bit per label; ties go to the lower
    /// label, `O` first).
    static func best(_ scores: [Float], allowed: UInt32) -> Int {
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
