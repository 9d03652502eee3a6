import ArgumentParser
import Foundation
import NewsroomKit

/// Derives a word-class file for the tagger's cluster features (`WordClusters`) by exchange
/// clustering (`ExchangeClustering`) of unlabeled text: the Wikinews articles of
/// `../shared/corpus/wikinews` (minus the rows of the hand-annotated newswire set), the news
/// articles of `../shared/quotes/polnear-train/text`, and the text of the NER training part of
/// `../shared/ner` (never its dev split). Words are the project's folded tokens; words seen fewer
/// than `--min-count` times share one "rare" word. Same data, same file.
struct TrainClusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Learns word classes from unlabeled text; writes Resources/people/clusters.tsv."
    )

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    @Option(help: "Output file.")
    var output = "Resources/people/clusters.tsv"

    @Option(help: "Numbers of classes, coarsest first (comma-separated).")
    var classes = "32,128,512"

    @Option(help: "Keep words seen at least this many times.")
    var minCount = 3

    @Option(help: "Passes of the exchange algorithm per granularity.")
    var iterations = 6

    @Flag(help: "Leave out the text of the tagger's training documents (wikigold and GUM).")
    var noTaggerTraining = false

    func run() throws {
        let root = try SharedData.required(shared)
        let started = Date()
        let ks = classes.split(separator: ",").compactMap { Int($0) }
        guard !ks.isEmpty, ks.allSatisfy({ $0 >= 2 && $0 < 65535 }) else { throw ValidationError("bad --classes") }
        var texts: [String] = []
        let held = Set(WikinewsGold.rows.map { "\($0.file)#\($0.row)" })
        for file in ["wikinews_2019.csv", "wikinews_2020.csv"] {
            let path = root.appendingPathComponent("corpus/wikinews/\(file)").path
            for (row, article) in ArticleLoader().load(paths: [path]).articles.enumerated() where !held.contains("\(file)#\(row)") {
                texts.append(article.text)
            }
        }
        let polnear = root.appendingPathComponent("quotes/polnear-train/text")
        let files = try FileManager.default.contentsOfDirectory(atPath: polnear.path).filter { $0.hasSuffix(".txt") }.sorted()
        for f in files { texts.append(try String(contentsOf: polnear.appendingPathComponent(f), encoding: .utf8)) }
        let split = try PeopleDevSplit.load(shared: root, includeTwitter: true)
        texts += split.train.filter { !noTaggerTraining || !($0.id.hasPrefix("wikigold") || $0.id.hasPrefix("GUM")) }.map(\.text)

        // Sentences of folded words.
        var counts: [String: Int] = [:]
        var sentences: [[String]] = []
        for text in texts {
            let t = TokenizedText(ScalarText(text))
            for r in t.sentences {
                let s = r.map { t.folded[$0] }
                for w in s { counts[w, default: 0] += 1 }
                sentences.append(s)
            }
        }
        let tokens = counts.values.reduce(0, +)
        // Ids: 0 sentence boundary, 1 rare word, then kept words in sorted order.
        let kept = counts.filter { $0.value >= minCount }.keys.sorted()
        var id: [String: Int32] = [:]
        for (k, w) in kept.enumerated() { id[w] = Int32(k + 2) }
        let sequences = sentences.map { s in [0] + s.map { id[$0] ?? 1 } + [0] }
        print("\(texts.count) texts, \(tokens) tokens, \(counts.count) word types, \(kept.count) kept (count ≥ \(minCount))")
        let model = ExchangeClustering(sequences: sequences, wordCount: kept.count + 2)
        var columns: [[Int32]] = []
        for k in ks {
            columns.append(model.classes(k: k, iterations: iterations))
            print(String(format: "k = %d done (%.0f s)", k, Date().timeIntervalSince(started)))
        }
        var lines = ["# Word classes (exchange clustering, k = \(classes), words seen ≥ \(minCount) times) of folded words of the Wikinews corpus (minus the annotated rows), the PolNeAr training articles and the NER training part. Derived by `swift run -c release newsroom-train clusters`."]
        for (k, w) in kept.enumerated() {
            lines.append(w + columns.map { "\t\($0[k + 2])" }.joined())
        }
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        print("wrote \(url.path): \(kept.count) words")
    }
}
