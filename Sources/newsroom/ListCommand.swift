import ArgumentParser
import NewsroomKit

/// `newsroom list`: one line per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles: id, date, headline and source."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: JSONOptions

    func run() throws {
        let loaded = try library.load()
        Listing.print(loaded.articles, json: output.json, pretty: !output.compact)
        try ExitStatus.check(loaded.problems)
    }
}

/// The article list, shared by `list` and by the reader when standard output is not a terminal.
enum Listing {
    /// Prints `articles` as text lines or as a JSON array.
    static func print(_ articles: [Article], json: Bool, pretty: Bool) {
        if json {
            Output.json(.array(articles.map(entry)), pretty: pretty)
            return
        }
        let idWidth = min(40, articles.map(\.id.count).max() ?? 0)
        for a in articles {
            let date = a.date ?? "-"
            let source = a.source.map { "  [\($0)]" } ?? ""
            Output.line("\(Text.pad(a.id, idWidth))  \(Text.pad(date, 10))  \(a.headline)\(source)")
        }
    }

    private static func entry(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("path", .string(a.path)), ("headline", .string(a.headline)),
            ("dateline", .string(a.dateline)), ("date", .string(a.date)), ("source", .string(a.source)),
            ("url", .string(a.url)),
        ])
    }
}
