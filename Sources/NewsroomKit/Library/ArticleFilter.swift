/// A filter for the article list: words, ANDed, each found anywhere (as a substring, case- and
/// diacritic-insensitive: "juppé" finds "Juppe") in an article's headline, source, date or the
/// name of one of its people. An empty query matches every article.
public struct ArticleFilterQuery: Sendable, Hashable {
    /// The query as typed.
    public let text: String
    /// The folded words, each once.
    let words: [[UInt8]]

    /// Parses `text`, folding it with the index's folder.
    init(_ text: String, folder: SearchFolder) {
        self.text = text
        var words: [[UInt8]] = []
        for word in folder.folded(text).split(separator: 0x20) where !words.contains(Array(word)) {
            words.append(Array(word))
        }
        self.words = words
    }

    /// Whether the query has no word (it matches every article).
    public var isEmpty: Bool { words.isEmpty }

    /// Whether every article this query matches is matched by `other` too: each of `other`'s
    /// words lies inside one of this query's words (typing more letters narrows).
    func narrows(_ other: ArticleFilterQuery) -> Bool {
        other.words.allSatisfy { w in words.contains { $0.contains(subsequence: w) } }
    }
}

/// The articles a filter matched.
public struct ArticleFilterResult: Sendable {
    /// The query.
    public let query: ArticleFilterQuery
    /// Indices of the matching articles, ascending.
    public let articles: [Int32]

    /// Number of matching articles.
    public var count: Int { articles.count }

    /// A flag per article of a library of `total` articles: true where the filter matched.
    public func mask(total: Int) -> [Bool] {
        var mask = [Bool](repeating: false, count: total)
        for a in articles where Int(a) < total { mask[Int(a)] = true }
        return mask
    }
}

extension ArticleListIndex {
    /// The articles matching `text`. When `base` is the result of a query that `text` narrows
    /// (the same words with more letters or more words), only its articles are looked at.
    public func filter(_ text: String, within base: ArticleFilterResult? = nil) -> ArticleFilterResult {
        let query = ArticleFilterQuery(text, folder: folder)
        guard !query.isEmpty else { return ArticleFilterResult(query: query, articles: (0..<count).map { Int32($0) }) }
        let candidates = base.flatMap { query.narrows($0.query) ? $0.articles : nil }
        // The longest word is usually the most selective: scan for it, check the others.
        let words = query.words.sorted { $0.count > $1.count }
        let flat = words.flatMap { $0 }
        var ranges: [Range<Int>] = []
        var at = 0
        for w in words { ranges.append(at..<(at + w.count)); at += w.count }
        let prepared = words.map { PreparedNeedle($0, frequency: frequency) }
        let masks = words.map(ByteClasses.mask(of:))
        // A one-letter (or one-digit) word is answered by the class mask alone.
        let decided = words.map { $0.count == 1 && ByteClasses.isExact($0[0]) }
        var out: [Int32] = []
        flat.withUnsafeBufferPointer { all in
            let needles = ranges.map { UnsafeBufferPointer(rebasing: all[$0]) }
            bytes.withUnsafeBufferPointer { hay in
                func matches(_ article: Int, from first: Int) -> Bool {
                    let lo = Int(keyStart[article]), hi = Int(keyStart[article + 1]) - 1
                    let mask = classMask[article]
                    for k in first..<needles.count {
                        if mask & masks[k] != masks[k] { return false }
                        if decided[k] { continue }
                        if ByteSearch.first(prepared[k], needles[k], wholeWord: false, in: hay, from: lo, to: hi) == nil {
                            return false
                        }
                    }
                    return true
                }
                if let candidates {
                    for a in candidates where matches(Int(a), from: 0) { out.append(a) }
                    return
                }
                // Only one-letter words: no scan, every article's mask answers.
                if words[0].count == 1 {
                    for a in 0..<count where matches(a, from: 0) { out.append(Int32(a)) }
                    return
                }
                var p = 0
                while let s = ByteSearch.first(prepared[0], needles[0], wholeWord: false, in: hay, from: p, to: hay.count) {
                    let a = article(at: s)
                    if matches(a, from: 1) { out.append(Int32(a)) }
                    p = Int(keyStart[a + 1])
                }
            }
        }
        return ArticleFilterResult(query: query, articles: out)
    }

    /// The article whose key holds byte `offset`.
    private func article(at offset: Int) -> Int {
        var lo = 0, hi = keyStart.count - 2
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(keyStart[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
