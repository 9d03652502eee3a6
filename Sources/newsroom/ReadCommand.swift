import ArgumentParser
import Foundation
import NewsroomCurses
import NewsroomKit

/// `newsroom [PATH…]`: the interactive reader (or the article list when not on a terminal).
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default command).",
        discussion: """
            When standard output is not a terminal, prints the article list instead. Files that \
            could not be loaded are counted in the reader's status line and listed on standard \
            error when the reader closes.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Don't read or write the reader's state (read/unread, positions, list order).")
    var noState = false

    @Flag(help: "Draw without colours (also when the NO_COLOR environment variable is set).")
    var monochrome = false

    func run() async throws {
        guard Output.stdoutIsTerminal else {
            let loaded = try library.load()
            Listing.print(loaded.articles, json: false, pretty: false)
            try ExitStatus.check(loaded.problems)
            return
        }
        let paths = try library.resolvedPaths()
        let problems = ProblemsBox()
        let options = ReaderOptions(persistState: !noState, monochrome: monochrome)
        let code = await TerminalReader.run(options: options) {
            let loaded = ArticleLoader().load(paths: paths)
            problems.set(loaded.problems)
            return Library(articles: Annotator().annotateAll(loaded.articles), problems: loaded.problems)
        }
        for problem in problems.get() { Output.error(problem.description) }
        if code != 0 { throw ExitCode(code) }
        try ExitStatus.check(problems.get())
    }
}

/// Carries the load problems out of the background load, to print after the reader closes.
private final class ProblemsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [LoadProblem] = []
    func set(_ p: [LoadProblem]) { lock.withLock { problems = p } }
    func get() -> [LoadProblem] { lock.withLock { problems } }
}
