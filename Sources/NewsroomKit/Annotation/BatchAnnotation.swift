extension Annotator {
    /// Annotates many articles on all cores, keeping their order.
    public func annotateAll(_ articles: [Article]) -> [AnnotatedArticle] {
        articles.parallelMap { annotate($0) }
    }
}
