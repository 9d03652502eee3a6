/// Trains the tagger's averaged perceptron with the decoding it is used with: beam search over
/// whole sentences (`LabelBeam`), updated as a structured perceptron with early updates
/// (Collins and Roark 2004, restarting from the gold prefix as in LaSO): as soon as the gold
/// label sequence falls out of the beam, the features of the gold prefix gain one and those of
/// the best hypothesis lose one, from the last restart to that token, and decoding goes on from the gold
/// prefix; at the end of a sentence a wrong best hypothesis is updated against the gold the same way.
///
/// Reproducible: documents are visited in an order shuffled by a seeded generator (SplitMix64),
/// features are deterministic hashes, ties are broken by rank and label.
public struct BeamTrainer {
    /// Number of hash bits for rows.
    public let rowBits: Int
    /// Hypotheses kept by the beam.
    public let width: Int
    private let names: NameLists
    private var weights: AveragedWeights
    private var buffer: [UInt64] = []

    /// Creates a trainer with zero weights and a beam of `width` hypotheses.
    public init(rowBits: Int, width: Int, names: NameLists) {
        self.rowBits = rowBits
        self.width = max(1, width)
        self.names = names
        weights = AveragedWeights(size: (1 << rowBits) * EntityLabels.count)
    }

    /// Runs `epochs` passes over `documents`; `progress` is told (epoch, token accuracy of the
    /// decoded labels).
    public mutating func train(_ documents: [PerceptronTrainer.Document], epochs: Int, seed: UInt64,
                               progress: (Int, Double) -> Void = { _, _ in }) {
        var rng = SplitMix64(seed: seed)
        var order = Array(documents.indices)
        for epoch in 1...max(1, epochs) {
            if order.count > 1 {
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    let j = Int(rng.next() % UInt64(i + 1))
                    order.swapAt(i, j)
                }
            }
            var correct = 0, total = 0
            for d in order {
                let (c, n) = trainOne(documents[d])
                correct += c
                total += n
            }
            progress(epoch, total > 0 ? Double(correct) / Double(total) : 0)
        }
    }

    /// The averaged weights.
    public func averaged() -> [Float] { weights.averaged() }

    /// Gold labels the decoder can produce: entities that cross a sentence boundary or begin at a
    /// token that cannot open a name (`TaggerFeatures.cannotOpen`) are left out.
    static func reachable(_ labels: [Int], in t: TokenizedText, features: TaggerFeatures) -> [Int] {
        var sentenceOf = [Int](repeating: 0, count: t.count)
        for (k, r) in t.sentences.enumerated() { for i in r { sentenceOf[i] = k } }
        let kept = EntityLabels.entities(from: labels).filter { e in
            sentenceOf[e.tokens.lowerBound] == sentenceOf[e.tokens.upperBound - 1] && !features.cannotOpen(e.tokens.lowerBound)
        }
        return EntityLabels.labels(count: t.count, entities: kept)
    }

    private mutating func trainOne(_ doc: PerceptronTrainer.Document) -> (Int, Int) {
        var features = TaggerFeatures(doc.text, names: names)
        let gold = Self.reachable(doc.labels, in: doc.text, features: features)
        let mask = (1 << rowBits) - 1
        var beam = LabelBeam(width: width)
        var out = [Int](repeating: EntityLabels.outside, count: doc.text.count)
        for sentence in doc.text.sentences where !sentence.isEmpty {
            beam.start()
            var goldNode: Int32 = 0
            for i in sentence {
                let isLast = i == sentence.upperBound - 1
                weights.weights.withUnsafeBufferPointer { w in
                    beam.advance(i, isLast: isLast, features: features, scorer: FloatScorer(weights: w, mask: mask))
                }
                weights.step += 1
                let g = gold[i]
                // Nothing changed: every hypothesis, the gold one too, took `O` without scoring.
                if beam.unchanged { continue }
                if let n = beam.beam.first(where: { beam.nodes[Int($0)].parent == goldNode && beam.label($0) == g }) {
                    goldNode = n
                    continue
                }
                goldNode = beam.append(parent: goldNode, token: i, label: g, features: features)
                update(gold: goldNode, predicted: beam.beam[0], beam: beam, features: features)
                beam.reset(to: goldNode)
            }
            if beam.beam[0] != goldNode {
                update(gold: goldNode, predicted: beam.beam[0], beam: beam, features: features)
            }
            beam.finish(into: &out, features: &features)
        }
        var correct = 0
        for i in 0..<out.count where out[i] == doc.labels[i] { correct += 1 }
        return (correct, doc.text.count)
    }

    /// Gold features +1, predicted −1, along both hypotheses back to where they join.
    private mutating func update(gold: Int32, predicted: Int32, beam: LabelBeam, features: TaggerFeatures) {
        var a = gold, b = predicted
        while a != b && a > 0 && b > 0 {
            let ta = beam.nodes[Int(a)].token, tb = beam.nodes[Int(b)].token
            if ta >= tb {
                add(a, 1, beam: beam, features: features)
                a = beam.nodes[Int(a)].parent
            }
            if tb >= ta {
                add(b, -1, beam: beam, features: features)
                b = beam.nodes[Int(b)].parent
            }
        }
    }

    private mutating func add(_ n: Int32, _ delta: Float, beam: LabelBeam, features: TaggerFeatures) {
        let node = beam.nodes[Int(n)]
        guard node.scored else { return }
        let i = Int(node.token)
        buffer.removeAll(keepingCapacity: true)
        features.sharedFeatures(i, into: &buffer)
        features.historyFeatures(i, beam.history(i, after: node.parent, features: features), into: &buffer)
        let mask = (1 << rowBits) - 1
        for h in buffer {
            weights.update((Int(truncatingIfNeeded: h) & mask) * EntityLabels.count + Int(node.label), by: delta)
        }
    }

    /// Scores from the float weights being trained.
    private struct FloatScorer: LabelScorer {
        let weights: UnsafeBufferPointer<Float>
        let mask: Int

        func add(_ features: [UInt64], to scores: inout [Float]) {
            let labels = EntityLabels.count
            scores.withUnsafeMutableBufferPointer { s in
                for h in features {
                    let row = (Int(truncatingIfNeeded: h) & mask) * labels
                    for l in 0..<labels { s[l] += weights[row + l] }
                }
            }
        }
    }
}
