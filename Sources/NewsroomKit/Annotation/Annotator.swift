/// The annotation pipeline: people, then quotes (which use people), then the Council tally.
public struct Annotator: Sendable {
    private let people = PeopleAnnotator()
    private let quotes = QuoteExtractor()
    private let tally = TallyBuilder()

    /// Creates a pipeline with the bundled models.
    public init() {}

    /// Annotates one article.
    public func annotate(_ article: Article) -> AnnotatedArticle {
        let text = ScalarText(article.text)
        let found = people.people(in: text)
        return AnnotatedArticle(
            article: article,
            people: found,
            quotes: quotes.quotes(in: text, people: found),
            tally: tally.tally(for: article, text: text)
        )
    }
}
