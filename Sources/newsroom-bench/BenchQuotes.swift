import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-bench quotes`: throughput of quote extraction (MB/s on one core) over the Wikinews
/// corpus and the PolNeAR texts, compared with the people stage it adds to, and its growth with
/// the size of one article.
struct BenchQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quote extraction throughput (MB/s) on Wikinews and PolNeAR texts.",
        discussion: """
            Needs ../shared (corpus/wikinews, quotes/polnear-train). Run a release build:
            swift run -c release newsroom-bench quotes
            """
    )

    @Option(help: "Repeat each corpus until it holds at least this many megabytes of text.")
    var megabytes: Double = 5

    @Option(help: "Size in MB of one long article for the linearity check (0: skip).")
    var longArticle: Double = 20

    func run() throws {
        let shared = try SharedData.required()
        let wikinewsDir = shared.appendingPathComponent("corpus/wikinews")
        var wikinews = ArticleLoader().load(paths: [wikinewsDir.path]).articles.map(\.text)
        if wikinews.count < 10 {
            // A loader that does not split the CSV yet: measure the raw CSV text instead.
            wikinews = (try? FileManager.default.contentsOfDirectory(atPath: wikinewsDir.path))?.sorted()
                .filter { $0.hasSuffix(".csv") }
                .compactMap { try? String(contentsOf: wikinewsDir.appendingPathComponent($0), encoding: .utf8) } ?? []
        }
        let polnearDir = shared.appendingPathComponent("quotes/polnear-train/text")
        let polnear = try FileManager.default.contentsOfDirectory(atPath: polnearDir.path).sorted()
            .filter { $0.hasSuffix(".txt") }
            .compactMap { try? String(contentsOf: polnearDir.appendingPathComponent($0), encoding: .utf8) }
        _ = QuoteExtractor().quotes(in: ScalarText("“Warm up,” he said."), people: [])
        for (name, texts) in [("wikinews", wikinews), ("polnear", polnear)] where !texts.isEmpty {
            measure(name, texts)
        }
        if longArticle > 0, !wikinews.isEmpty {
            var body = ""
            var i = 0
            while Double(body.utf8.count) < longArticle * 1_000_000 {
                body += wikinews[i % wikinews.count] + "\n\n"
                i += 1
            }
            let text = ScalarText(body)
            let half = ScalarText(String(body.prefix(body.count / 2)))
            let tFull = Clock.measure { _ = QuoteExtractor().quotes(in: text, people: []) }
            let tHalf = Clock.measure { _ = QuoteExtractor().quotes(in: half, people: []) }
            print(String(format: "one article of %.1f MB: %.2f s (%.2f MB/s); half of it: %.2f s (ratio %.2f, 2.0 is linear)",
                         Double(body.utf8.count) / 1e6, tFull, Double(body.utf8.count) / 1e6 / tFull, tHalf, tFull / tHalf))
        }
    }

    private func measure(_ name: String, _ corpus: [String]) {
        var texts: [ScalarText] = []
        var bytes = 0
        while Double(bytes) < megabytes * 1_000_000 {
            for t in corpus {
                texts.append(ScalarText(t))
                bytes += t.utf8.count
            }
        }
        let people = PeopleAnnotator()
        var found: [[Person]] = []
        let tPeople = Clock.measure { found = texts.map { people.people(in: $0) } }
        var count = 0
        let extractor = QuoteExtractor()
        let tQuotes = Clock.measure { for (t, p) in zip(texts, found) { count += extractor.quotes(in: t, people: p).count } }
        let mb = Double(bytes) / 1e6
        print("\(name): \(texts.count) texts, \(String(format: "%.2f", mb)) MB, \(count) quotes")
        print(String(format: "  quotes + speakers: %.2f MB/s (%.3f s)", mb / tQuotes, tQuotes))
        print(String(format: "  people:            %.2f MB/s (%.3f s); quotes add %.0f%% to it", mb / tPeople, tPeople, 100 * tQuotes / tPeople))
    }
}
