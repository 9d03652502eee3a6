import ArgumentParser
import NewsroomKit

struct EvalPeople: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
