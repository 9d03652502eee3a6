import ArgumentParser

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom-bench",
        abstract: "Measures speed of annotation and of the reader.",
        subcommands: [BenchAnnotate.self, BenchPeople.self, BenchQuotes.self, BenchSearch.self, BenchUI.self, BenchTally.self]
    )
}
