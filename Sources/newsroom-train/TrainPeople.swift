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
        Reads wikigold and GUM from ../shared/ner (with --twitter also the Broad Twitter Corpus and \
        WNUT-17), holds out the fixed dev split (every 5th wikigold document, every 4th GUM file per \
        genre), trains averaged perceptrons with fixed seeds, averages them and prints dev scores. \
        Same data, same weights.
        """
    )

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    @Option(help: "Output weight file.")
    var output = "Resources/people/tagger.weights"

    @Option(help: "Training passes.")
    var epochs = 12

    @Option(help: "Seed of the document shuffle.")
    var seed: UInt64 = 20_111_026

    @Option(help: "Train this many models (seeds seed, seed+1, …) and average their weights; lowers the variance that one shuffle order leaves.")
    var models = 3

    @Option(help: "Hash bits of the weight table rows.")
    var rowBits = 19

    @Option(help: "Drop weights whose quantised magnitude is below this (keeps the file small).")
    var prune = 1

    @Flag(help: "Also train on the Twitter corpora (Broad Twitter Corpus, WNUT-17). Off by default: on the held-out prose they lower person F1 (wikigold dev 0.737 with them, 0.768 without).")
    var twitter = false

    @Flag(help: "With --twitter, leave out WNUT-17.")
    var noWnut = false

    @Option(help: "Train on at most this many documents (quick experiments).")
    var limit: Int?

    @Option(help: "Visit each wikigold and GUM training document this many times per pass (with --twitter: they are closer to news than tweets).")
    var proseWeight = 3

    @Option(help: "Word classes for the tagger's features (a file written by newsroom-train clusters). Off by default: the bundled weights use none (see docs/people.md, \"Word clusters\").")
    var clusters: String?

    func run() throws {
        let root = try SharedData.required(shared)
        let started = Date()
        let split = try PeopleDevSplit.load(shared: root, includeTwitter: twitter, includeWNUT: !noWnut)
        var train = split.train
        if let limit { train = Array(train.prefix(limit)) }
        var recipe = TaggerTrainingRecipe()
        recipe.epochs = epochs
        recipe.seed = seed
        recipe.models = models
        recipe.rowBits = rowBits
        recipe.prune = prune
        recipe.proseWeight = proseWeight
        recipe.clusters = try clusters.map { try WordClusters(tsv: String(contentsOf: URL(fileURLWithPath: $0), encoding: .utf8)) }
        let docs = recipe.documents(train)
        let tokens = docs.reduce(0) { $0 + $1.text.count }
        print("training on \(docs.count) documents, \(tokens) tokens; dev: \(split.devWikigold.count) wikigold, \(split.devGUM.count) GUM")
        let weights = recipe.train(docs, names: .shared) { model, epoch, accuracy in
            print(String(format: "model %d epoch %d: token accuracy %.4f (%.0f s)", model, epoch, accuracy,
                         Date().timeIntervalSince(started)))
        }
        let data = weights.serialized()
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        print("wrote \(url.path): \(data.count) bytes, \(weights.nonZeroCount) non-zero weights")
        let tagger = PerceptronTagger(weights: weights, names: .shared, clusters: recipe.clusters)
        let annotator = PeopleAnnotator(names: .shared, tagger: tagger)
        for (name, dev) in [("train (first 40)", Array(train.prefix(40))), ("wikigold dev", split.devWikigold), ("GUM dev", split.devGUM)] {
            print(taggerScores(name, dev, tagger))
            let s = PeopleEvaluation.evaluate(dev, annotator: annotator)
            print(PeopleReport.line(name, s))
        }
    }

    /// Entity F1 of the tagger alone, per type, on the project's tokens (diagnostics).
    private func taggerScores(_ name: String, _ docs: [PeopleGoldDocument], _ tagger: PerceptronTagger) -> String {
        var scores = TaggerScores()
        for d in docs { scores.add(d, tagger: tagger) }
        return "\(name) tagger alone F1: " + scores.line
    }
}
