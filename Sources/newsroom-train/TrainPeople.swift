import ArgumentParser
import Foundation
import NewsroomKit

/// Trains the entity tagger on `../shared/ner` (minus the fixed dev split) and writes
/// `Resources/people/tagger.weights`.
struct TrainPeople: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Trains the person/location/organisation tagger; writes Resources/people/tagger.weights.",
        discussion: """
        Reads wikigold, GUM, the Broad Twitter Corpus and WNUT-17 from ../shared/ner, holds out the \
        fixed dev split (every 5th wikigold document, every 4th GUM file per genre), trains an \
        averaged perceptron with a fixed seed and prints dev scores. Same data, same weights.
        """
    )

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    @Option(help: "Output weight file.")
    var output = "Resources/people/tagger.weights"

    @Option(help: "Training passes.")
    var epochs = 8

    @Option(help: "Seed of the document shuffle.")
    var seed: UInt64 = 20_111_026

    @Option(help: "Hash bits of the weight table rows.")
    var rowBits = 19

    @Option(help: "Drop weights whose quantised magnitude is below this (keeps the file small).")
    var prune = 24

    @Flag(help: "Leave out the Twitter corpora (BTC, WNUT-17).")
    var noTwitter = false

    @Option(help: "Train on at most this many documents (quick experiments).")
    var limit: Int?

    func run() throws {
        guard let root = shared.map({ URL(fileURLWithPath: $0) }) ?? SharedData.root() else {
            throw ValidationError(SharedData.missingMessage)
        }
        let started = Date()
        let split = try PeopleDevSplit.load(shared: root, includeTwitter: !noTwitter)
        var train = split.train
        if let limit { train = Array(train.prefix(limit)) }
        let docs = train.map { d -> PerceptronTrainer.Document in
            let t = TokenizedText(ScalarText(d.text))
            return .init(text: t, labels: d.trainingLabels(for: t))
        }
        let tokens = docs.reduce(0) { $0 + $1.text.count }
        print("training on \(docs.count) documents, \(tokens) tokens; dev: \(split.devWikigold.count) wikigold, \(split.devGUM.count) GUM")
        var trainer = PerceptronTrainer(rowBits: rowBits, names: .shared)
        trainer.train(docs, epochs: epochs, seed: seed) { epoch, accuracy in
            print(String(format: "epoch %d: token accuracy %.4f (%.0f s)", epoch, accuracy, Date().timeIntervalSince(started)))
        }
        let weights = PerceptronWeights(rowBits: rowBits, floats: trainer.averaged(), minMagnitude: prune)
        let data = weights.serialized()
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        print("wrote \(url.path): \(data.count) bytes, \(weights.nonZeroCount) non-zero weights")
        let annotator = PeopleAnnotator(names: .shared, tagger: PerceptronTagger(weights: weights, names: .shared))
        for (name, dev) in [("wikigold dev", split.devWikigold), ("GUM dev", split.devGUM)] {
            let s = PeopleEvaluation.evaluate(dev, annotator: annotator)
            print(PeopleReport.line(name, s))
        }
    }
}
