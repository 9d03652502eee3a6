import ArgumentParser
import NewsroomKit

struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("not built yet")
    }
}
