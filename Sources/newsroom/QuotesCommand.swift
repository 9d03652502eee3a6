import ArgumentParser
import NewsroomKit

/// `newsroom quotes`: every quote of the library, or those matching a search.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotes with their speakers, optionally filtered by a search query.",
        discussion: """
            The query uses the reader's search syntax: words are ANDed, 'word matches a whole \
            word, !word excludes, "a phrase" matches a phrase, speaker:name restricts to speakers. \
            Case and accents are ignored.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: JSONOptions

    @Option(name: [.customShort("s"), .long], help: "Only quotes matching this query.")
    var search: String?

    func run() throws {
        let lib = try library.library()
        let refs: [QuoteRef]
        if let search {
            refs = lib.quoteIndex.search(search).map(\.ref)
        } else {
            refs = lib.articles.indices.flatMap { a in lib.articles[a].quotes.indices.map { QuoteRef(article: a, quote: $0) } }
        }
        if output.json {
            Output.json(.array(refs.map { entry(lib, $0) }), pretty: !output.compact)
        } else {
            for ref in refs {
                let article = lib.articles[ref.article].article
                let q = lib.quote(ref)
                Output.line("\(q.speaker ?? "(unknown speaker)") — \(article.headline) [\(article.id)]")
                for line in Text.wrap("“\(q.text)”", width: 76, indent: "  ") { Output.line(line) }
            }
        }
        try ExitStatus.check(lib.problems)
    }

    private func entry(_ lib: Library, _ ref: QuoteRef) -> JSONValue {
        let article = lib.articles[ref.article].article
        guard case .object(let fields) = AnnotationJSON.quote(lib.quote(ref)) else { return .null }
        return .object([
            ("articleId", .string(article.id)), ("headline", .string(article.headline)),
            ("date", .string(article.date)), ("source", .string(article.source)),
        ] + fields)
    }
}
