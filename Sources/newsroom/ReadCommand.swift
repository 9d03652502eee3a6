import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom [PATH…]`: the interactive reader (or the article list when not on a terminal).
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default command).",
        discussion: "When standard output is not a terminal, prints the article list instead."
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "Don't read or write the reader's state (read/unread, positions).")
    var noState = false

    func run() async throws {
        guard Output.stdoutIsTerminal else {
            let loaded = try library.load()
            Listing.print(loaded.articles, json: false, pretty: false)
            try ExitStatus.check(loaded.problems)
            return
        }
        let lib = try library.library()
        Listing.print(lib.articles.map(\.article), json: false, pretty: false)
    }
}
