import ArgumentParser
import NewsroomKit

/// `newsroom annotate`: the full annotation of every article, for scripts.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print the full annotation of every article as JSON Lines (one object per article).",
        discussion: "Each line is the object of `newsroom show --json` (see the JSON contract in README)."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(name: .long, help: "One JSON object per line (the default and only format; accepted for clarity).")
    var jsonl = false

    @Flag(name: .long, help: "A single JSON array instead of JSON Lines.")
    var json = false

    func run() throws {
        let loaded = try library.load()
        let annotated = Annotator().annotateAll(loaded.articles)
        if json {
            Output.json(.array(annotated.map(AnnotationJSON.article)), pretty: false)
        } else {
            for a in annotated { Output.json(AnnotationJSON.article(a), pretty: false) }
        }
        try ExitStatus.check(loaded.problems)
    }
}
