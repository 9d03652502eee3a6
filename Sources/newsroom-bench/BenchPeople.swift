import ArgumentParser
import NewsroomKit

/// Placeholder until the people layer's benchmark lands.
struct BenchPeople: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "people", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
