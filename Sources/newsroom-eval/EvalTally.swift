import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-eval tally [DIR]`: scores the Security Council tally on gold articles.
struct EvalTally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Scores the Security Council tally on gold articles (outcomes, determined stances, negatives).",
        discussion: """
            DIR holds NAME.json articles (id, headline, date, text) with NAME.expected.json gold \
            ({"tally": null} or {"tally": {"outcome", "stances", "vetoes", "year", …}}). \
            Default: Tests/NewsroomKitTests/Fixtures/council.
            """
    )

    @Argument(help: "Folder of gold articles.")
    var dir = "Tests/NewsroomKitTests/Fixtures/council"

    @Flag(name: .shortAndLong, help: "List every difference, not only the failing cases' names.")
    var verbose = false

    func run() throws {
        let cases = try TallyEvaluation.load(folder: URL(fileURLWithPath: dir))
        guard !cases.isEmpty else { throw ValidationError("no gold articles in \(dir)") }
        let builder = TallyBuilder()
        var results: [TallyEvaluation.CaseResult] = []
        for c in cases {
            let tally = builder.tally(for: c.article, text: ScalarText(c.article.text))
            let r = TallyEvaluation.score(c, tally: tally)
            results.append(r)
            if !r.problems.isEmpty {
                print("\(r.name):")
                for p in r.problems.prefix(verbose ? 100 : 4) { print("  \(p)") }
                if verbose, let tally {
                    print("  got: year \(tally.year.map(String.init) ?? "nil"), outcome \(tally.outcome), notes \(tally.notes)")
                    for m in tally.members where m.stance != .unknown {
                        let words = m.evidence.map { ScalarText(c.article.text)[$0] } ?? ""
                        print("    \(m.name): \(m.stance.rawValue) \(m.veto.rawValue) «\(words)»")
                    }
                }
            }
        }
        let score = TallyEvaluation.Score(cases: results)
        func pct(_ x: (right: Int, total: Int)) -> String {
            x.total == 0 ? "n/a" : String(format: "%.1f%% (%d/%d)", 100 * Double(x.right) / Double(x.total), x.right, x.total)
        }
        print("articles: \(cases.count)")
        print("outcome accuracy: \(pct(score.outcomes))")
        print("determined stances right: \(pct(score.stances))")
        print("members given a stance the gold leaves unknown: \(score.spurious)")
        print("negatives correctly null: \(pct(score.negatives))")
    }
}
