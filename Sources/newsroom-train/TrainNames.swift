import ArgumentParser
import NewsroomKit

struct TrainNames: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "names", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
