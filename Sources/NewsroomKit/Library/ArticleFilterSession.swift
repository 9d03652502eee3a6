/// Filter-as-you-type over an `ArticleListIndex`: remembers the last few results so that typing
/// (the new query narrows one of them) looks only at the articles still matching, and deleting
/// (the query was seen a moment ago) costs nothing.
public struct ArticleFilterSession: Sendable {
    /// The index filtered.
    public let index: ArticleListIndex
    /// How many recent results are kept.
    public let capacity: Int
    private var recent: [ArticleFilterResult] = []

    /// Creates a session remembering up to `capacity` results (at least one).
    public init(index: ArticleListIndex, capacity: Int = 16) {
        self.index = index
        self.capacity = max(1, capacity)
    }

    /// The articles matching `text`, refined from the smallest remembered result it narrows.
    public mutating func filter(_ text: String) -> ArticleFilterResult {
        let query = ArticleFilterQuery(text, folder: index.folder)
        let result: ArticleFilterResult
        if let same = recent.last(where: { $0.query.words == query.words }) {
            result = ArticleFilterResult(query: query, articles: same.articles)
        } else {
            let base = recent.filter { query.narrows($0.query) }.min { $0.count < $1.count }
            result = index.filter(text, within: base)
        }
        recent.removeAll { $0.query.words == query.words }
        recent.append(result)
        if recent.count > capacity { recent.removeFirst(recent.count - capacity) }
        return result
    }

    /// Forgets every remembered result.
    public mutating func reset() { recent.removeAll() }
}
