import ArgumentParser
import NewsroomKit

struct EvalTally: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tally", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
