import NewsroomKit

/// Small hand-made articles for the library tests.
enum LibraryFixture {
    /// An annotated article whose quotes are `quotes` (text, speaker); the body is the quotes
    /// joined, so spans are real.
    static func article(
        id: String, headline: String = "Headline", date: String? = "2012-01-31", source: String? = "The Paper",
        url: String? = nil, quotes: [(String, String?)] = [], people: [Person] = []
    ) -> AnnotatedArticle {
        var text = ""
        var made: [Quote] = []
        for (quoteText, speaker) in quotes {
            let start = text.unicodeScalars.count
            text += quoteText
            made.append(Quote(
                text: quoteText, span: TextSpan(start: start, end: text.unicodeScalars.count),
                speaker: speaker, cue: "said", kind: .direct))
            text += "\n\n"
        }
        let article = Article(id: id, path: "/articles/\(id).txt", headline: headline, date: date, source: source,
                              url: url, text: text)
        return AnnotatedArticle(article: article, people: people, quotes: made, tally: nil)
    }

    /// A person with `mentions` dummy mention spans.
    static func person(_ name: String, title: String? = nil, mentions: Int = 1) -> Person {
        Person(name: name, title: title, mentions: (0..<mentions).map { TextSpan(start: $0 * 10, end: $0 * 10 + 5) })
    }

    /// The scalars of `string` covered by `span`.
    static func slice(_ string: String, _ span: TextSpan) -> String {
        ScalarText(string)[span]
    }
}
