/// Many annotated articles with the indices the reader needs: people across articles and
/// quote search.
public struct Library: Sendable {
    /// The annotated articles, in load order.
    public let articles: [AnnotatedArticle]
    /// Problems met while loading (files skipped or loaded with warnings).
    public let problems: [LoadProblem]
    /// People across the whole library: the same person in two articles is one entry.
    public let people: PeopleIndex
    /// Quote search over every quote of every article.
    public let quoteIndex: QuoteSearchIndex

    /// Builds the indices over `articles`.
    public init(articles: [AnnotatedArticle], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
        self.people = PeopleIndex(articles: articles)
        self.quoteIndex = QuoteSearchIndex(articles: articles)
    }

    /// Number of quotes in the library.
    public var quoteCount: Int { articles.reduce(0) { $0 + $1.quotes.count } }

    /// The quote a reference points to.
    public func quote(_ ref: QuoteRef) -> Quote { articles[ref.article].quotes[ref.quote] }
}

/// Points at one quote of a library: `articles[article].quotes[quote]`.
public struct QuoteRef: Sendable, Hashable, Comparable {
    /// Index into `Library.articles`.
    public var article: Int
    /// Index into that article's `quotes`.
    public var quote: Int

    /// Creates a reference.
    public init(article: Int, quote: Int) {
        self.article = article
        self.quote = quote
    }

    public static func < (a: QuoteRef, b: QuoteRef) -> Bool { (a.article, a.quote) < (b.article, b.quote) }
}
