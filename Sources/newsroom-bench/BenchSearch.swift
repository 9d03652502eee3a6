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
            var times = Samples()
            for _ in 0..<20 { times.time { _ = Library(articles: annotated) } }
            print("bundled articles: \(annotated.count) articles, \(annotated.reduce(0) { $0 + $1.quotes.count }) quotes, "
                  + "\(annotated.reduce(0) { $0 + $1.people.count }) people; Library.init (20 runs):")
            print(times.report)
        }
        let shared = SharedData.root()
        if shared == nil { print("note: \(SharedData.missingMessage) — using the sample article only") }
        let articles = try SyntheticLibrary.articles(quoteCount: quotes, shared: shared)

        var build = Samples(), indexBuild = Samples()
        var library: Library?
        for _ in 0..<5 { build.time { library = Library(articles: articles) } }
        guard let library else { return }
        for _ in 0..<5 { indexBuild.time { _ = QuoteSearchIndex(articles: articles) } }
        let index = library.quoteIndex
        print("library: \(library.quoteCount) quotes in \(articles.count) articles, "
              + "\(articles.reduce(0) { $0 + $1.quotes.reduce(0) { $0 + $1.text.utf8.count } } / 1_000_000) MB of quote text")
        print("Library.init (people and quote indices, 5 runs):")
        print(build.report)
        print("QuoteSearchIndex.init alone (5 runs):")
        print(indexBuild.report)

        let keystrokes = (1...query.count).map { String(query.prefix($0)) }
        var typed = Samples(), fresh = Samples(), deleting = Samples(), limited = Samples()
        var lastCounts: [Int] = []
        for _ in 0..<rounds {
            var session = QuoteSearchSession(index: index)
            lastCounts = []
            for prefix in keystrokes {
                typed.time {
                    let result = session.search(prefix)
                    let rows = index.hits(result, in: 0..<visible)
                    lastCounts.append(result.count)
                    precondition(rows.count == min(visible, result.count))
                }
            }
            for prefix in keystrokes.reversed().dropFirst() {
                deleting.time { _ = index.hits(session.search(prefix), in: 0..<visible) }
            }
            for prefix in keystrokes {
                fresh.time { _ = index.hits(index.search(prefix, within: nil), in: 0..<visible) }
            }
            for prefix in keystrokes {
                limited.time { _ = index.search(prefix, limit: limit) }
            }
        }
        print("hits per keystroke: " + zip(keystrokes, lastCounts).map { "\"\($0)\" \($1)" }.joined(separator: ", "))
        print("typing \"\(query)\" (\(keystrokes.count) keystrokes × \(rounds) rounds), session + \(visible) highlighted rows:")
        print(typed.report)
        print("deleting it again, letter by letter (session):")
        print(deleting.report)
        print("fresh search on every keystroke (no refinement) + \(visible) highlighted rows:")
        print(fresh.report)
        print("search(_:limit: \(limit)) on every keystroke (all \(limit) highlighted):")
        print(limited.report)
    }

}

/// Wall-clock and process CPU times of repeated runs. CPU time (all threads) is the work done;
/// it stays meaningful when other processes load the machine, wall time does not.
struct Samples {
    private var wall: [Double] = []
    private var cpu: [Double] = []

    /// Runs `body` once and records its times.
    mutating func time(_ body: () -> Void) {
        let cpuStart = Self.processCPU(), start = DispatchTime.now()
        body()
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        cpu.append((Self.processCPU() - cpuStart) * 1_000)
    }

    /// Two lines: wall and CPU percentiles.
    var report: String {
        "  wall: " + Self.summary(wall) + "\n  cpu:  " + Self.summary(cpu)
    }

    private static func processCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func summary(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        guard let max = sorted.last else { return "no samples" }
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))] }
        return String(format: "p50 %.3f ms, p99 %.3f ms, max %.3f ms", pct(0.5), pct(0.99), max)
    }
}
