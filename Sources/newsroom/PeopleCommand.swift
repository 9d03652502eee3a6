import ArgumentParser
import NewsroomKit

/// `newsroom people`: the people index of the library.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the people named across the articles, with mention and quote counts."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: JSONOptions

    func run() throws {
        let lib = try library.library()
        let entries = lib.people.entries
        if output.json {
            Output.json(.array(entries.map { entry(lib, $0) }), pretty: !output.compact)
        } else {
            for p in entries {
                let title = p.title.map { " — \($0)" } ?? ""
                Output.line("\(p.name)\(title)  \(p.mentionCount) mentions, \(p.quoteCount) quotes, \(p.appearances.count) article\(p.appearances.count == 1 ? "" : "s")")
            }
        }
        try ExitStatus.check(lib.problems)
    }

    private func entry(_ lib: Library, _ p: LibraryPerson) -> JSONValue {
        .object([
            ("name", .string(p.name)), ("title", .string(p.title)),
            ("mentions", .int(p.mentionCount)), ("quotes", .int(p.quoteCount)),
            ("articles", .array(p.appearances.map { .string(lib.articles[$0.article].article.id) })),
        ])
    }
}
