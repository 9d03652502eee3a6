import Foundation

/// Many annotated articles with the indices the reader needs: people across articles, quote
/// search, and the article list's orders and filter.
public struct Library: Sendable {
    /// The annotated articles, in load order.
    public let articles: [AnnotatedArticle]
    /// Problems met while loading (files skipped or loaded with warnings).
    public let problems: [LoadProblem]
    /// People across the whole library: the same person in two articles is one entry.
    public let people: PeopleIndex
    /// Quote search over every quote of every article.
    public let quoteIndex: QuoteSearchIndex
    /// The article list's orders and filter keys.
    public let articleList: ArticleListIndex

    /// Builds the indices over `articles` (at once, on the cores there are, for a large library).
    public init(articles: [AnnotatedArticle], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
        if articles.reduce(0, { $0 + $1.quotes.count }) < 20_000 {
            self.people = PeopleIndex(articles: articles)
            self.quoteIndex = QuoteSearchIndex(articles: articles)
            self.articleList = ArticleListIndex(articles: articles)
            return
        }
        let people = IndexSlot<PeopleIndex>(), quotes = IndexSlot<QuoteSearchIndex>(), list = IndexSlot<ArticleListIndex>()
        DispatchQueue.concurrentPerform(iterations: 3) { task in
            switch task {
            case 0: people.set(PeopleIndex(articles: articles))
            case 1: quotes.set(QuoteSearchIndex(articles: articles))
            default: list.set(ArticleListIndex(articles: articles))
            }
        }
        self.people = people.get() ?? PeopleIndex(articles: articles)
        self.quoteIndex = quotes.get() ?? QuoteSearchIndex(articles: articles)
        self.articleList = list.get() ?? ArticleListIndex(articles: articles)
    }

    /// Number of quotes in the library.
    public var quoteCount: Int { articles.reduce(0) { $0 + $1.quotes.count } }

    /// The quote a reference points to.
    public func quote(_ ref: QuoteRef) -> Quote { articles[ref.article].quotes[ref.quote] }

    /// The state-store key of the article at `index`.
    public func articleKey(_ index: Int) -> ArticleKey { ArticleKey(articles[index].article) }
}

/// One index built on another thread.
private final class IndexSlot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func set(_ v: T) { lock.withLock { value = v } }
    func get() -> T? { lock.withLock { value } }
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
