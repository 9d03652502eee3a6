/// What the reader's article list needs to sort and filter a library of any size without
/// touching the articles on a keystroke: every `ArticleOrder` as a ready permutation, and one
/// folded search key per article (headline, source, date and the names of its people).
///
/// Built once per library (`Library.articleList`); sorting is then a look-up and filtering a
/// scan of one byte buffer (see `filter(_:within:)` and `ArticleFilterSession`).
public struct ArticleListIndex: Sendable {
    /// Folds queries the way the keys were folded.
    let folder: SearchFolder
    /// Every article's folded key: `0x00` key `0x00` key … `0x00`; fields inside a key are
    /// separated by `0x01`, which no folded query word contains.
    let bytes: [UInt8]
    /// Start of each article's key in `bytes`, plus a final entry; article `a`'s key is
    /// `keyStart[a] ..< keyStart[a + 1] - 1`.
    let keyStart: [Int32]
    /// How often each byte value occurs in `bytes` (picks a needle's rarest bytes).
    let frequency: [Int]
    /// Article indices in each order.
    private let orders: [ArticleOrder: [Int]]

    /// Number of articles indexed.
    public var count: Int { keyStart.count - 1 }

    /// Builds the orders and the search keys of `articles`.
    public init(articles: [AnnotatedArticle]) {
        var folder = SearchFolder()
        var bytes: [UInt8] = [0]
        var keyStart: [Int32] = []
        keyStart.reserveCapacity(articles.count + 1)
        var headlineKeys: [[UInt8]] = []
        headlineKeys.reserveCapacity(articles.count)
        for annotated in articles {
            let a = annotated.article
            keyStart.append(Int32(bytes.count))
            folder.append(a.headline, to: &bytes)
            headlineKeys.append(Self.sortKey(a.headline, folder: &folder))
            for field in [a.source, a.date] {
                bytes.append(1)
                if let field { folder.append(field, to: &bytes) }
            }
            for person in annotated.people {
                bytes.append(1)
                folder.append(person.name, to: &bytes)
            }
            bytes.append(0)
        }
        keyStart.append(Int32(bytes.count))
        var frequency = [Int](repeating: 0, count: 256)
        for b in bytes { frequency[Int(b)] += 1 }
        self.folder = folder
        self.bytes = bytes
        self.keyStart = keyStart
        self.frequency = frequency
        orders = Self.orders(articles, headlineKeys: headlineKeys)
    }

    /// The article indices of the library in `order`.
    public func order(_ order: ArticleOrder) -> [Int] { orders[order] ?? Array(0..<count) }

    /// A folded headline without leading punctuation or symbols ("“Alpha”" sorts as "alpha"),
    /// for A–Z.
    private static func sortKey(_ headline: String, folder: inout SearchFolder) -> [UInt8] {
        let scalars = headline.unicodeScalars
        let start = scalars.firstIndex { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? scalars.endIndex
        var key: [UInt8] = []
        folder.append(String(scalars[start...]), to: &key)
        return key
    }

    /// Every order; ties keep load order (the index is the last key).
    private static func orders(_ articles: [AnnotatedArticle], headlineKeys: [[UInt8]]) -> [ArticleOrder: [Int]] {
        let loaded = Array(articles.indices)
        let days = articles.map { ArticleOrder.dayKey($0.article.date) }
        let quotes = articles.map(\.quotes.count)
        var result: [ArticleOrder: [Int]] = [.loaded: loaded]
        // Undated articles last: they sort as if dated after every real date.
        let undated = Int.max
        result[.newest] = loaded.sorted { a, b in
            let da = days[a] ?? -1, db = days[b] ?? -1
            return da != db ? da > db : a < b
        }
        result[.oldest] = loaded.sorted { a, b in
            let da = days[a] ?? undated, db = days[b] ?? undated
            return da != db ? da < db : a < b
        }
        result[.headline] = loaded.sorted { a, b in
            let c = compare(headlineKeys[a], headlineKeys[b])
            return c != 0 ? c < 0 : a < b
        }
        result[.quotes] = loaded.sorted { a, b in quotes[a] != quotes[b] ? quotes[a] > quotes[b] : a < b }
        return result
    }

    /// Byte-wise comparison: negative, zero or positive.
    private static func compare(_ x: [UInt8], _ y: [UInt8]) -> Int {
        let n = min(x.count, y.count)
        var i = 0
        while i < n {
            if x[i] != y[i] { return Int(x[i]) - Int(y[i]) }
            i += 1
        }
        return x.count - y.count
    }
}
