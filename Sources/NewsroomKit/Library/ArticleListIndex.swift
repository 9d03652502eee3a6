#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Per article: the byte classes (`ByteClasses`) of its key. An article lacking one of a
    /// word's classes cannot contain the word; for a one-letter word the mask is the answer.
    let classMask: [UInt64]
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
        var headlines = HeadlineKeys()
        headlines.start.reserveCapacity(articles.count + 1)
        for annotated in articles {
            let a = annotated.article
            keyStart.append(Int32(bytes.count))
            let headlineStart = bytes.count
            folder.append(a.headline, to: &bytes)
            headlines.append(a.headline, folded: bytes[headlineStart...], folder: &folder)
            bytes.append(1)
            if let source = a.source { folder.append(source, to: &bytes) }
            bytes.append(1)
            if let date = a.date { folder.append(date, to: &bytes) }
            for person in annotated.people {
                bytes.append(1)
                folder.append(person.name, to: &bytes)
            }
            bytes.append(0)
        }
        keyStart.append(Int32(bytes.count))
        headlines.start.append(Int32(headlines.bytes.count))
        var frequency = [Int](repeating: 0, count: 256)
        for b in bytes { frequency[Int(b)] += 1 }
        var classMask = [UInt64](repeating: 0, count: articles.count)
        for a in classMask.indices {
            var mask: UInt64 = 0
            for i in Int(keyStart[a])..<Int(keyStart[a + 1]) { mask |= ByteClasses.bit[Int(bytes[i])] }
            classMask[a] = mask
        }
        self.classMask = classMask
        self.folder = folder
        self.bytes = bytes
        self.keyStart = keyStart
        self.frequency = frequency
        orders = Self.orders(articles, headlines: headlines)
    }

    /// The article indices of the library in `order`.
    public func order(_ order: ArticleOrder) -> [Int] { orders[order] ?? Array(0..<count) }

    /// Every order; ties keep load order.
    private static func orders(_ articles: [AnnotatedArticle], headlines: HeadlineKeys) -> [ArticleOrder: [Int]] {
        let n = articles.count
        let days = articles.map { ArticleOrder.dayKey($0.article.date) }
        let undated = 100_000_000  // after every YYYYMMDD: undated articles come last
        let most = Int(Int32.max)
        return [
            .loaded: Array(0..<n),
            .newest: sortedByKey(n) { days[$0].map { undated - 1 - $0 } ?? undated },
            .oldest: sortedByKey(n) { days[$0] ?? undated },
            .headline: headlines.sortedIndices(),
            .quotes: sortedByKey(n) { most - min(articles[$0].quotes.count, most) },
        ]
    }

    /// Indices `0..<n` sorted by `key` (0 ≤ key < 2³¹), ties by index: key and index packed in
    /// one integer, so the sort compares plain integers.
    private static func sortedByKey(_ n: Int, _ key: (Int) -> Int) -> [Int] {
        var packed = (0..<n).map { key($0) << 32 | $0 }
        packed.sort()
        return packed.map { $0 & 0xFFFF_FFFF }
    }
}

/// The A–Z keys of every headline, folded, in one buffer.
private struct HeadlineKeys {
    var bytes: [UInt8] = []
    /// Start of each headline's key (plus a final entry).
    var start: [Int32] = []

    /// Adds the key of `headline`, whose folded bytes are `folded`: leading punctuation and
    /// symbols are skipped ("“Alpha”" sorts as "alpha").
    mutating func append(_ headline: String, folded: ArraySlice<UInt8>, folder: inout SearchFolder) {
        start.append(Int32(bytes.count))
        if let first = folded.first, (first >= 0x61 && first <= 0x7A) || (first >= 0x30 && first <= 0x39) {
            bytes.append(contentsOf: folded)
            return
        }
        let scalars = headline.unicodeScalars
        let from = scalars.firstIndex { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? scalars.endIndex
        folder.append(String(scalars[from...]), to: &bytes)
    }

    /// Article indices by key, byte-wise; ties by index.
    func sortedIndices() -> [Int] {
        var order = Array(0..<(start.count - 1))
        bytes.withUnsafeBufferPointer { keys in
            start.withUnsafeBufferPointer { start in
                order.sort { a, b in
                    let sa = Int(start[a]), la = Int(start[a + 1]) - sa
                    let sb = Int(start[b]), lb = Int(start[b + 1]) - sb
                    let common = min(la, lb)
                    if common > 0, let base = keys.baseAddress {
                        let c = memcmp(base + sa, base + sb, common)
                        if c != 0 { return c < 0 }
                    }
                    return la != lb ? la < lb : a < b
                }
            }
        }
        return order
    }
}
