import ArgumentParser
import NewsroomKit

struct TrainRoster: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "roster", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
