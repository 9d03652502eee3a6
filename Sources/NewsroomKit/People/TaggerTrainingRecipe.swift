/// How the bundled tagger is trained from gold documents: `models` averaged perceptrons with
/// seeds `seed`, `seed + 1`, …, each over `epochs` shuffled passes, their averaged weights summed
/// and quantised. `newsroom-train people` and the cross-validated evaluation
/// (`newsroom-eval people --train-part --folds K`) share it, so a fold model is trained exactly
/// as the bundled one. Reproducible: same documents, same weights.
public struct TaggerTrainingRecipe: Sendable {
    /// Training passes.
    public var epochs = 12
    /// Seed of the first model's document shuffle.
    public var seed: UInt64 = 20_111_026
    /// Number of models averaged.
    public var models = 3
    /// Hash bits of the weight table rows.
    public var rowBits = 19
    /// Weights whose quantised magnitude is below this are dropped.
    public var prune = 1
    /// Times each wikigold or GUM document is visited per pass (the others once).
    public var proseWeight = 3
    /// Word classes for the features (nil: none, as the bundled weights).
    public var clusters: WordClusters?

    /// The default recipe (the bundled weights').
    public init() {}

    /// Training documents for the perceptron: each gold document tokenized and labelled, prose
    /// documents (wikigold, GUM) repeated `proseWeight` times.
    public func documents(_ gold: [PeopleGoldDocument]) -> [PerceptronTrainer.Document] {
        var docs: [PerceptronTrainer.Document] = []
        for d in gold {
            let t = TokenizedText(ScalarText(d.text))
            let doc = PerceptronTrainer.Document(text: t, labels: d.trainingLabels(for: t))
            let isProse = d.id.hasPrefix("wikigold") || d.id.hasPrefix("GUM")
            for _ in 0..<(isProse ? max(1, proseWeight) : 1) { docs.append(doc) }
        }
        return docs
    }

    /// Trains on `docs`; `progress` is told (model, epoch, token accuracy).
    public func train(_ docs: [PerceptronTrainer.Document], names: NameLists,
                      progress: (Int, Int, Double) -> Void = { _, _, _ in }) -> PerceptronWeights {
        var sum = [Float](repeating: 0, count: (1 << rowBits) * EntityLabels.count)
        for k in 0..<max(1, models) {
            var trainer = PerceptronTrainer(rowBits: rowBits, names: names, clusters: clusters)
            trainer.train(docs, epochs: epochs, seed: seed &+ UInt64(k)) { epoch, accuracy in
                progress(k + 1, epoch, accuracy)
            }
            let w = trainer.averaged()
            for i in 0..<sum.count { sum[i] += w[i] }
        }
        return PerceptronWeights(rowBits: rowBits, floats: sum, minMagnitude: prune)
    }
}
