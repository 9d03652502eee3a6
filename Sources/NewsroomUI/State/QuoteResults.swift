import NewsroomKit

/// A list of quotes the quotes pane shows: search results or an article's quotes. Results are
/// addressed by position and highlighted on demand, so 100,000 matches cost nothing until shown.
public struct QuoteResults: Sendable {
    /// Number of quotes.
    public let count: Int
    private let refAt: @Sendable (Int) -> QuoteRef
    private let hitsIn: @Sendable (Range<Int>) -> [QuoteHit]

    /// Creates results from accessors.
    public init(count: Int, ref: @escaping @Sendable (Int) -> QuoteRef, hits: @escaping @Sendable (Range<Int>) -> [QuoteHit]) {
        self.count = count
        refAt = ref
        hitsIn = hits
    }

    /// Results held in an array.
    public static func list(_ hits: [QuoteHit]) -> QuoteResults {
        QuoteResults(count: hits.count, ref: { hits[$0].ref }, hits: { Array(hits[$0.clamped(to: 0..<hits.count)]) })
    }

    /// A search result of the library's index, highlighted by the index when shown.
    public static func index(_ result: QuoteSearchResult, in index: QuoteSearchIndex) -> QuoteResults {
        QuoteResults(count: result.count, ref: { result.ref(at: $0) }, hits: { index.hits(result, in: $0) })
    }

    /// The quote at position `i` (0 ≤ i < count).
    public func ref(at i: Int) -> QuoteRef { refAt(i) }

    /// The quotes at `range` with their highlights.
    public func hits(in range: Range<Int>) -> [QuoteHit] { hitsIn(range.clamped(to: 0..<max(0, count))) }

    /// Every quote, in order.
    public var refs: [QuoteRef] { (0..<count).map(refAt) }

    /// Whether there is no quote.
    public var isEmpty: Bool { count == 0 }
}
