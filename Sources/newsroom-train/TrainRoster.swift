import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-train roster`: derives `Resources/council/roster.tsv` from `../shared/unsc`.
struct TrainRoster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Derives the Security Council roster 1946–2026 (Resources/council/roster.tsv) from ../shared/unsc.",
        discussion: """
            Reads elected-members-by-year.csv (cleaned: trailing and non-breaking spaces, "2e3" for 2000), \
            cross-checks it against the UN's page of elected members' terms, adds the post-2019 years \
            and the permanent members, and prints every disagreement between the sources.
            """
    )

    @Option(help: "Where to write the table.")
    var output = "Resources/council/roster.tsv"

    func run() throws {
        let shared = try SharedData.required()
        let unsc = shared.appendingPathComponent("unsc")
        let csv = try String(contentsOf: unsc.appendingPathComponent("elected-members-by-year.csv"), encoding: .utf8)
        let html = try String(contentsOf: unsc.appendingPathComponent("un-countries-elected-members-2019.html"), encoding: .utf8)
        let result = RosterDerivation.derive(csv: csv, html: html)
        print("Disagreements between the sources (\(result.disagreements.count)):")
        for d in result.disagreements { print("  \(d)") }
        guard result.errors.isEmpty else {
            for e in result.errors { FileHandle.standardError.write(Data("error: \(e)\n".utf8)) }
            throw ExitCode.failure
        }
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try result.table.write(to: url, atomically: true, encoding: .utf8)
        print("Wrote \(output) (\(result.table.split(separator: "\n").count) lines).")
    }
}
