import ArgumentParser
import NewsroomKit

struct BenchAnnotate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annotate", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
