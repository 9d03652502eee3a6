/// Trains the averaged perceptron of `PerceptronTagger` on documents with gold labels.
///
/// Reproducible: documents are visited in an order shuffled by a seeded generator (SplitMix64),
/// the features are deterministic hashes, and the result does not depend on dictionary order.
public struct PerceptronTrainer {
    /// A training document: its tokenized text and one gold label per token.
    public struct Document {
        /// The tokenized text.
        public var text: TokenizedText
        /// Gold labels (`EntityLabels`), one per token.
        public var labels: [Int]

        /// Creates a document.
        public init(text: TokenizedText, labels: [Int]) {
            self.text = text
            self.labels = labels
        }
    }

    /// Number of hash bits for rows.
    public let rowBits: Int
    private let names: NameLists
    private let clusters: WordClusters?
    private var weights: AveragedWeights

    /// Creates a trainer with zero weights (`clusters`: word classes for the features, if any).
    public init(rowBits: Int, names: NameLists, clusters: WordClusters? = nil) {
        self.rowBits = rowBits
        self.names = names
        self.clusters = clusters
        weights = AveragedWeights(size: (1 << rowBits) * EntityLabels.count)
    }

    /// Runs `epochs` passes over `documents`; `progress` is told (epoch, token accuracy).
    public mutating func train(_ documents: [Document], epochs: Int, seed: UInt64,
                               progress: (Int, Double) -> Void = { _, _ in }) {
        var rng = SplitMix64(seed: seed)
        var order = Array(documents.indices)
        for epoch in 1...max(1, epochs) {
            // Fisher–Yates with the seeded generator.
            if order.count > 1 {
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    let j = Int(rng.next() % UInt64(i + 1))
                    order.swapAt(i, j)
                }
            }
            var correct = 0, total = 0
            for d in order {
                let doc = documents[d]
                let (c, n) = trainOne(doc)
                correct += c
                total += n
            }
            progress(epoch, total > 0 ? Double(correct) / Double(total) : 0)
        }
    }

    private mutating func trainOne(_ doc: Document) -> (Int, Int) {
        var features = TaggerFeatures(doc.text, names: names, clusters: clusters)
        let mask = (1 << rowBits) - 1
        let labels = EntityLabels.count
        var correct = 0
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: labels)
        for sentence in doc.text.sentences {
            var prev = -1, prev2 = -1
            for i in sentence {
                if features.mustBeOutside(i, prev: prev) {
                    // Decided without scoring, exactly as the tagger does.
                    if doc.labels[i] == EntityLabels.outside { correct += 1 }
                    prev2 = prev
                    prev = EntityLabels.outside
                    continue
                }
                buffer.removeAll(keepingCapacity: true)
                features.features(i, prev: prev, prev2: prev2, into: &buffer)
                for l in 0..<labels { scores[l] = 0 }
                for h in buffer {
                    let row = (Int(truncatingIfNeeded: h) & mask) * labels
                    for l in 0..<labels { scores[l] += weights.weights[row + l] }
                }
                let guess = PerceptronTagger.best(scores, after: prev, isLast: i == sentence.upperBound - 1)
                var gold = doc.labels[i]
                if !EntityLabels.allowed(gold, after: prev) {
                    // History went wrong earlier; learn the closest valid label instead.
                    gold = guess
                }
                if guess != gold {
                    for h in buffer {
                        let row = (Int(truncatingIfNeeded: h) & mask) * labels
                        weights.update(row + gold, by: 1)
                        weights.update(row + guess, by: -1)
                    }
                } else {
                    correct += 1
                }
                weights.step += 1
                features.remember(i, label: guess)
                prev2 = prev
                prev = guess
            }
        }
        return (correct, doc.text.count)
    }

    /// The averaged weights.
    public func averaged() -> [Float] { weights.averaged() }
}

/// A small seeded pseudo-random generator (SplitMix64), for reproducible shuffles.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
