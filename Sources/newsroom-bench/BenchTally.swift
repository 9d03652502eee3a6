import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-bench tally`: throughput of the Security Council tally on Council stories (the gold
/// fixtures) and how its time grows with the size of one Council-dense article (it must grow linearly).
struct BenchTally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Tally throughput on Council stories (MB/s on one core) and scaling with article size.",
        discussion: """
            Reads the gold articles of DIR (default Tests/NewsroomKitTests/Fixtures/council and its \
            subfolders). Run a release build: swift run -c release newsroom-bench tally
            """
    )

    @Argument(help: "Folder of gold articles.")
    var dir = "Tests/NewsroomKitTests/Fixtures/council"

    @Option(help: "Repeat the articles until they hold at least this many megabytes of text.")
    var megabytes: Double = 5

    @Option(help: "Comma-separated article sizes in MB for the scaling run (empty: skip).")
    var scaling: String = "1,10,50"

    func run() throws {
        let articles = try TallyEvaluation.load(folder: URL(fileURLWithPath: dir)).map(\.article)
        guard !articles.isEmpty else { throw ValidationError("no gold articles in \(dir)") }
        let builder = TallyBuilder()
        var batch: [Article] = []
        var bytes = 0
        while Double(bytes) < megabytes * 1_000_000 {
            for a in articles {
                batch.append(a)
                bytes += a.text.utf8.count
            }
        }
        var tallies = 0
        let t = Clock.measure { for a in batch where builder.tally(for: a, text: ScalarText(a.text)) != nil { tallies += 1 } }
        print("council stories: \(articles.count) repeated to \(batch.count) articles, \(format(Double(bytes) / 1e6)) MB, \(tallies) tallies")
        print("tally: \(format(Double(bytes) / 1e6 / t)) MB/s, \(format(t / Double(batch.count) * 1e6)) µs per article")

        let sizes = scaling.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        if sizes.isEmpty { return }
        print("\nscaling (one Council-dense article of N MB, tally only):")
        for size in sizes {
            var body = ""
            var i = 0
            while Double(body.utf8.count) < size * 1_000_000 {
                body += articles[i % articles.count].text + "\n\n"
                i += 1
            }
            let article = Article(id: "scale", path: "-", headline: "Security Council vote", date: "2011-03-17", text: body)
            let text = ScalarText(body)
            let t = Clock.measure { _ = builder.tally(for: article, text: text) }
            print("  \(format(size)) MB: \(format(t)) s  (\(format(Double(body.utf8.count) / 1e6 / t)) MB/s)")
        }
    }

    private func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
