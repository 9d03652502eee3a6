import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-bench annotate`: throughput of each annotation stage on one core, and how time
/// grows with the size of one article (it must grow linearly).
struct BenchAnnotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotation throughput per stage (MB/s on one core) and scaling with article size.",
        discussion: """
            Reads PATHs, or the Wikinews corpus in ../shared (or the bundled articles when that \
            is missing). Run a release build: swift run -c release newsroom-bench annotate
            """
    )

    @Argument(help: "Article files or folders.")
    var paths: [String] = []

    @Option(help: "Repeat the corpus until it holds at least this many megabytes of text.")
    var megabytes: Double = 5

    @Option(help: "Comma-separated article sizes in MB for the scaling run (empty: skip).")
    var scaling: String = "1,10,50"

    func run() throws {
        let articles = try corpus()
        var texts: [ScalarText] = []
        var bytes = 0
        while Double(bytes) < megabytes * 1_000_000 {
            for a in articles {
                texts.append(ScalarText(a.text))
                bytes += a.text.utf8.count
            }
        }
        print("corpus: \(articles.count) articles repeated to \(texts.count) texts, \(format(Double(bytes) / 1e6)) MB")
        let people = PeopleAnnotator(), quotes = QuoteExtractor(), tally = TallyBuilder()
        let warm = Clock.measure { _ = people.people(in: ScalarText("Warm up, said Alain Juppe.")) }
        print("first call (loads models): \(format(warm * 1000)) ms")

        var found: [[Person]] = []
        // Stages are timed in CPU seconds of this thread: a busy machine does not distort them.
        let tPeople = Clock.measureCPU { found = texts.map { people.people(in: $0) } }
        let tQuotes = Clock.measureCPU { for (t, p) in zip(texts, found) { _ = quotes.quotes(in: t, people: p) } }
        let sampleArticles = Array(repeating: articles, count: max(1, texts.count / max(1, articles.count))).joined()
        let tTally = Clock.measureCPU { for a in sampleArticles { _ = tally.tally(for: a, text: ScalarText(a.text)) } }
        let mb = Double(bytes) / 1e6
        print("MB/s per CPU-second of one thread:")
        print("people (tag + link): \(format(mb / tPeople)) MB/s")
        print("quotes + speakers:   \(format(mb / tQuotes)) MB/s  (+\(format(100 * tQuotes / tPeople))% over people)")
        print("tally:               \(format(mb / tTally)) MB/s")
        print("whole pipeline:      \(format(mb / (tPeople + tQuotes + tTally))) MB/s")

        let sizes = scaling.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        if sizes.isEmpty { return }
        print("\nscaling (one article of N MB, whole pipeline):")
        let annotator = Annotator()
        for size in sizes {
            var body = ""
            var i = 0
            while Double(body.utf8.count) < size * 1_000_000 {
                body += articles[i % articles.count].text + "\n\n"
                i += 1
            }
            let article = Article(id: "scale", path: "-", headline: "scale", text: body)
            let t = Clock.measure { _ = annotator.annotate(article) }
            print("  \(format(size)) MB: \(format(t)) s  (\(format(Double(body.utf8.count) / 1e6 / t)) MB/s)")
        }
    }

    private func corpus() throws -> [Article] {
        var sources = paths
        if sources.isEmpty {
            if let shared = SharedData.root() {
                sources = [shared.appendingPathComponent("corpus/wikinews").path]
            } else if let bundled = BundledResources.articlesFolder {
                print("note: \(SharedData.missingMessage); using the bundled articles")
                sources = [bundled.path]
            }
        }
        let loaded = ArticleLoader().load(paths: sources)
        for p in loaded.problems { FileHandle.standardError.write(Data("\(p)\n".utf8)) }
        guard !loaded.articles.isEmpty else { throw ValidationError("no articles to measure") }
        return loaded.articles
    }

    private func format(_ x: Double) -> String { String(format: "%.2f", x) }
}

/// Wall-clock timing.
enum Clock {
    /// Seconds taken by `body`.
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU seconds of the calling thread taken by `body`.
    static func measureCPU(_ body: () -> Void) -> Double {
        let start = BenchPeople.threadCPUSeconds()
        body()
        return BenchPeople.threadCPUSeconds() - start
    }
}
