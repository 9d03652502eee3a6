import ArgumentParser

@main
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom-train",
        abstract: "Derives the bundled models and fact tables from ../shared.",
        subcommands: [TrainPeople.self, TrainNames.self, TrainLexicon.self, TrainRoster.self, TrainClusters.self]
    )
}
