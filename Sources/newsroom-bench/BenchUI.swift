import ArgumentParser
import NewsroomKit

struct BenchUI: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
