import ArgumentParser

@main
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom-eval",
        abstract: "Scores the annotators against gold data.",
        subcommands: [EvalPeople.self, EvalQuotes.self, EvalTally.self]
    )
}
