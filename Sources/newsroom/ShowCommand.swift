import ArgumentParser
import NewsroomKit

/// `newsroom show`: one article with its annotations.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show articles with their people, quotes and Security Council tally.",
        discussion: """
            With --json, prints the object of the JSON contract; when the paths hold more than \
            one article (and no --id picks one), a JSON array of such objects.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: JSONOptions

    @Option(help: "Show only the article with this id.")
    var id: String?

    func run() throws {
        var loaded = try library.load()
        if let id {
            loaded.articles = loaded.articles.filter { $0.id == id }
            if loaded.articles.isEmpty { throw CommandFailure("no article has the id \(id)") }
        }
        let annotated = Annotator().annotateAll(loaded.articles)
        if output.json {
            let values = annotated.map(AnnotationJSON.article)
            Output.json(values.count == 1 ? values[0] : .array(values), pretty: !output.compact)
        } else {
            for (i, a) in annotated.enumerated() {
                if i > 0 { Output.line(String(repeating: "─", count: 72)) }
                PlainReport.article(a)
            }
        }
        try ExitStatus.check(loaded.problems)
    }
}
