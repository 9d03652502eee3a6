import ArgumentParser

/// `newsroom`: the terminal newsroom reader and its scripting commands.
@main
struct Newsroom: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "Read, annotate and search stored news articles.",
        discussion: """
            With no command, opens the reader on PATHs (files or folders), or on the bundled \
            articles when none is given. When standard output is not a terminal, prints the \
            article list instead.

            Exit status: 0 success; 1 nothing could be loaded or another error; 2 some files \
            were skipped (each is reported on standard error; the rest were processed); \
            64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, QuotesCommand.self,
            PeopleCommand.self, TallyCommand.self, AnnotateCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
