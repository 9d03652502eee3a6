import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-bench search`: quote search latency per keystroke on a large synthetic library.
struct BenchSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Times quote search per keystroke (and index build) on a synthetic library.",
        discussion: """
            Builds a library of --quotes quotes from the sample article and the Wikinews corpus in \
            ../shared (sentences become quotes), then replays typing --query one keystroke at a time, \
            as the reader does: a QuoteSearchSession search plus the highlighted hits of the first \
            --visible rows. Also replays the same keystrokes with a fresh search each time, and deleting \
            the query again. Build in release mode to measure: swift build -c release.
            """)

    @Option(help: "Number of quotes in the synthetic library.")
    var quotes = 100_000

    @Option(help: "The query typed, one keystroke at a time.")
    var query = "russia veto"

    @Option(help: "Rounds of typing the query.")
    var rounds = 30

    @Option(help: "Rows of results highlighted per keystroke (a pane's height).")
    var visible = 60

    @Option(help: "Hits asked of search(_:limit:), each highlighted (what a reader keeping a result list asks).")
    var limit = 2001

    func run() throws {
        if let folder = BundledResources.articlesFolder {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            let loaded = ArticleLoader().load(paths: files.map { folder.appendingPathComponent($0).path })
            let annotated = Annotator().annotateAll(loaded.articles)
            var times: [Double] = []
            for _ in 0..<20 {
                let start = DispatchTime.now()
                _ = Library(articles: annotated)
                times.append(Self.milliseconds(since: start))
            }
            print("bundled articles: \(annotated.count) articles, \(annotated.reduce(0) { $0 + $1.quotes.count }) quotes, "
                  + "\(annotated.reduce(0) { $0 + $1.people.count }) people; Library.init (20 runs): " + Self.summary(times))
        }
        let shared = SharedData.root()
        if shared == nil { print("note: \(SharedData.missingMessage) — using the sample article only") }
        let articles = try SyntheticLibrary.articles(quoteCount: quotes, shared: shared)

        var buildTimes: [Double] = []
        var library: Library?
        for _ in 0..<5 {
            let start = DispatchTime.now()
            library = Library(articles: articles)
            buildTimes.append(Self.milliseconds(since: start))
        }
        guard let library else { return }
        let index = library.quoteIndex
        print("library: \(library.quoteCount) quotes in \(articles.count) articles, "
              + "\(articles.reduce(0) { $0 + $1.quotes.reduce(0) { $0 + $1.text.utf8.count } } / 1_000_000) MB of quote text")
        print("Library.init (people and quote indices, 5 runs): " + Self.summary(buildTimes))
        var quoteIndexTimes: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now()
            _ = QuoteSearchIndex(articles: articles)
            quoteIndexTimes.append(Self.milliseconds(since: start))
        }
        print("QuoteSearchIndex.init alone (5 runs):            " + Self.summary(quoteIndexTimes))

        let keystrokes = (1...query.count).map { String(query.prefix($0)) }
        var typed: [Double] = [], fresh: [Double] = [], deleting: [Double] = [], limited: [Double] = []
        var lastCounts: [Int] = []
        for _ in 0..<rounds {
            var session = QuoteSearchSession(index: index)
            lastCounts = []
            for prefix in keystrokes {
                let start = DispatchTime.now()
                let result = session.search(prefix)
                let rows = index.hits(result, in: 0..<visible)
                typed.append(Self.milliseconds(since: start))
                lastCounts.append(result.count)
                precondition(rows.count == min(visible, result.count))
            }
            for prefix in keystrokes.reversed().dropFirst() {
                let start = DispatchTime.now()
                let result = session.search(prefix)
                _ = index.hits(result, in: 0..<visible)
                deleting.append(Self.milliseconds(since: start))
            }
            for prefix in keystrokes {
                let start = DispatchTime.now()
                let result = index.search(prefix, within: nil)
                _ = index.hits(result, in: 0..<visible)
                fresh.append(Self.milliseconds(since: start))
            }
            for prefix in keystrokes {
                let start = DispatchTime.now()
                _ = index.search(prefix, limit: limit)
                limited.append(Self.milliseconds(since: start))
            }
        }
        print("hits per keystroke: " + zip(keystrokes, lastCounts).map { "\"\($0)\" \($1)" }.joined(separator: ", "))
        print("typing \"\(query)\" (\(keystrokes.count) keystrokes × \(rounds) rounds, session): " + Self.summary(typed))
        print("deleting it again (session, remembered results):            " + Self.summary(deleting))
        print("fresh search on every keystroke (no refinement):            " + Self.summary(fresh))
        print("search(_:limit: \(limit)) on every keystroke (all highlighted): " + Self.summary(limited))
    }

    static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }

    static func summary(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return "no samples" }
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))] }
        return String(format: "p50 %.3f ms, p99 %.3f ms, max %.3f ms", pct(0.5), pct(0.99), sorted[sorted.count - 1])
    }
}
