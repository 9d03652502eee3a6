import ArgumentParser
import NewsroomKit

/// `newsroom tally`: the Security Council tally of each article that has one.
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Show the Security Council vote tally of articles about a Council decision."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: JSONOptions

    @Flag(help: "Also list articles without a tally.")
    var all = false

    func run() throws {
        let loaded = try library.load()
        let annotated = Annotator().annotateAll(loaded.articles).filter { all || $0.tally != nil }
        if output.json {
            Output.json(.array(annotated.map { a in
                .object([
                    ("id", .string(a.article.id)), ("headline", .string(a.article.headline)),
                    ("date", .string(a.article.date)),
                    ("tally", a.tally.map(AnnotationJSON.tally) ?? .null),
                ])
            }), pretty: !output.compact)
        } else {
            for (i, a) in annotated.enumerated() {
                if i > 0 { Output.line() }
                Output.line("\(a.article.headline) [\(a.article.id)]")
                PlainReport.tally(a.tally)
            }
            if annotated.isEmpty { Output.line("No article is about a Security Council decision.") }
        }
        try ExitStatus.check(loaded.problems)
    }
}
