/// Bridges between the store (keyed by article id and path) and a reader that keys its
/// in-memory state by article id.
extension ReaderStateStore {
    /// Ids of `library`'s articles marked read.
    public func readArticleIDs(in library: Library) -> Set<String> {
        Set(library.articles.map(\.article).filter { isRead(ArticleKey($0)) }.map(\.id))
    }

    /// Remembered scroll offsets of `library`'s articles, by article id.
    public func scrollOffsets(in library: Library) -> [String: Int] {
        var offsets: [String: Int] = [:]
        for annotated in library.articles {
            if let state = state(for: ArticleKey(annotated.article)), state.scrollOffset > 0 {
                offsets[annotated.article.id] = state.scrollOffset
            }
        }
        return offsets
    }

    /// Records the reader's view of `library`: which article ids are read and the scroll offset
    /// per article id (articles missing from `offsets` keep their remembered position). Only
    /// real changes are marked for saving.
    public mutating func record(readIDs: Set<String>, offsets: [String: Int], in library: Library) {
        for annotated in library.articles {
            let key = ArticleKey(annotated.article)
            let read = readIDs.contains(annotated.article.id)
            if read != isRead(key) { setRead(read, for: key) }
            if let offset = offsets[annotated.article.id], offset != state(for: key)?.scrollOffset ?? 0 {
                update(key) { $0.scrollOffset = max(0, offset) }
            }
        }
    }
}
