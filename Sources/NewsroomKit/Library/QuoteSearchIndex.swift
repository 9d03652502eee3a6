/// One search result: a quote and the characters of its text (and speaker) that matched.
public struct QuoteHit: Sendable, Hashable {
    /// The quote.
    public var ref: QuoteRef
    /// Code-point ranges within the quote's `text` to highlight.
    public var textMatches: [TextSpan]
    /// Code-point ranges within the quote's `speaker` to highlight.
    public var speakerMatches: [TextSpan]

    /// Creates a hit.
    public init(ref: QuoteRef, textMatches: [TextSpan], speakerMatches: [TextSpan] = []) {
        self.ref = ref
        self.textMatches = textMatches
        self.speakerMatches = speakerMatches
    }
}

/// Searches every quote of a library as the user types.
///
/// Query language (case- and diacritic-insensitive, "juppe" finds "Juppé"; terms are ANDed):
/// - `word` — occurs anywhere (as a substring) in the quote's text or its speaker;
/// - `'word` — the same, whole words only;
/// - `"a phrase"` — the phrase occurs (whitespace runs count as one space; an unclosed `"` runs
///   to the end of the query);
/// - `!term` — excludes quotes matching `term` (`!'word`, `!"a phrase"`, `!speaker:x` work);
/// - `speaker:lavrov` — the speaker only (`speaker:"sergei lavrov"` for a phrase);
/// - `headline:syria` — the headline of the quote's article.
///
/// Plain words do not look at the headline: every match of a plain word is visible as a
/// highlight in the quote text or the speaker. A query of only `!` terms shows every quote
/// except the excluded ones; an empty query matches nothing.
///
/// The folded text of every quote is computed once, here, into one byte buffer; a search is a
/// SIMD scan of that buffer for the most selective term (see `ByteSearch`) and, for each further
/// term, a check of the candidates only; large passes are split across cores.
/// `search(_:within:)` refines a previous result when the new query narrows it (typing more
/// letters), so each keystroke looks only at the last hits; highlights are computed only for
/// the hits asked for (`hits(_:in:)`).
public struct QuoteSearchIndex: Sendable {
    let folder: SearchFolder
    /// Every quote's folded record: `0x00` text `0x01` speaker `0x00` text `0x01` speaker …
    let bytes: [UInt8]
    /// Per quote ordinal (library order): start of the text, of the speaker, and the record's end.
    let textStart: [Int32]
    let speakerStart: [Int32]
    let recordEnd: [Int32]
    /// Per quote ordinal: its article, and the original strings (for highlighting).
    let articleOf: [Int32]
    let texts: [String]
    let speakers: [String?]
    /// Per quote ordinal: whether the folded text (speaker) maps byte `i` to scalar `i`, so that
    /// highlights come straight from `bytes` without refolding.
    let plainText: [Bool]
    let plainSpeaker: [Bool]
    /// Recent full results, shared by copies of the index: lets `search(_:limit:)` refine too.
    let recent = RecentResults()
    /// Per article: its first quote ordinal (plus a final entry, the quote count).
    let firstOrdinal: [Int32]
    /// Folded headlines, `0x00`-separated; article `a` spans `headlineStart[a] ..< headlineStart[a + 1] - 1`.
    let headlines: [UInt8]
    let headlineStart: [Int32]
    /// How often each byte value occurs in `bytes`: picks a needle's rarest byte to scan for.
    let frequency: [Int]
    /// Per quote ordinal: which byte classes (`ByteClasses`) occur in its text or speaker. A
    /// quote lacking one of a needle's classes cannot contain it, whatever its length.
    let classMask: [UInt64]

    /// Builds the index.
    public init(articles: [AnnotatedArticle]) {
        var folder = SearchFolder()
        var bytes: [UInt8] = [0]
        var textStart: [Int32] = [], speakerStart: [Int32] = [], recordEnd: [Int32] = []
        var articleOf: [Int32] = [], texts: [String] = [], speakers: [String?] = []
        var plainText: [Bool] = [], plainSpeaker: [Bool] = []
        var firstOrdinal: [Int32] = []
        var headlines: [UInt8] = [], headlineStart: [Int32] = []
        let quoteCount = articles.reduce(0) { $0 + $1.quotes.count }
        textStart.reserveCapacity(quoteCount)
        speakerStart.reserveCapacity(quoteCount)
        recordEnd.reserveCapacity(quoteCount)
        articleOf.reserveCapacity(quoteCount)
        texts.reserveCapacity(quoteCount)
        speakers.reserveCapacity(quoteCount)
        for (a, annotated) in articles.enumerated() {
            firstOrdinal.append(Int32(texts.count))
            headlineStart.append(Int32(headlines.count))
            folder.append(annotated.article.headline, to: &headlines)
            headlines.append(0)
            for quote in annotated.quotes {
                textStart.append(Int32(bytes.count))
                plainText.append(folder.append(quote.text, to: &bytes))
                bytes.append(1)
                speakerStart.append(Int32(bytes.count))
                plainSpeaker.append(quote.speaker.map { folder.append($0, to: &bytes) } ?? true)
                recordEnd.append(Int32(bytes.count))
                bytes.append(0)
                articleOf.append(Int32(a))
                texts.append(quote.text)
                speakers.append(quote.speaker)
            }
        }
        firstOrdinal.append(Int32(texts.count))
        headlineStart.append(Int32(headlines.count))
        var frequency = [Int](repeating: 0, count: 256)
        for b in bytes { frequency[Int(b)] += 1 }
        var classMask = [UInt64](repeating: 0, count: textStart.count)
        bytes.withUnsafeBufferPointer { all in
            for o in classMask.indices {
                var mask: UInt64 = 0
                for i in Int(textStart[o])..<(Int(speakerStart[o]) - 1) { mask |= ByteClasses.bit[Int(all[i])] }
                for i in Int(speakerStart[o])..<Int(recordEnd[o]) { mask |= ByteClasses.bit[Int(all[i])] }
                classMask[o] = mask
            }
        }
        self.folder = folder
        self.bytes = bytes
        self.textStart = textStart
        self.speakerStart = speakerStart
        self.recordEnd = recordEnd
        self.articleOf = articleOf
        self.texts = texts
        self.speakers = speakers
        self.plainText = plainText
        self.plainSpeaker = plainSpeaker
        self.firstOrdinal = firstOrdinal
        self.headlines = headlines
        self.headlineStart = headlineStart
        self.frequency = frequency
        self.classMask = classMask
    }

    /// Number of quotes indexed.
    public var quoteCount: Int { texts.count }

    /// Quotes matching `query`, in library order; an empty query matches nothing. With `limit`,
    /// only the first `limit` hits are returned (and highlighted).
    ///
    /// Successive calls refine each other as `search(_:within:)` does: the index remembers its
    /// last few results, so typing (or deleting) a query letter by letter stays fast.
    public func search(_ query: String, limit: Int? = nil) -> [QuoteHit] {
        let parsed = QuoteQuery(query, folder: folder)
        let result = search(query, within: recent.best(for: parsed))
        recent.remember(result)
        let end = min(result.count, max(0, limit ?? result.count))
        return hits(result, in: 0..<end)
    }

    /// Quotes matching `query`. When `previous` is given and `query` narrows it (every quote
    /// `query` accepts is accepted by `previous.query` — typically the user typed more letters),
    /// only `previous`'s matches are examined; otherwise the whole library is searched. Either way
    /// the answer is the same as a fresh search.
    public func search(_ query: String, within previous: QuoteSearchResult?) -> QuoteSearchResult {
        let parsed = QuoteQuery(query, folder: folder)
        if let previous, previous.parsed == parsed {
            return QuoteSearchResult(query: query, parsed: parsed, ordinals: previous.ordinals, index: self)
        }
        let base = previous.flatMap { parsed.narrows($0.parsed) ? $0.ordinals : nil }
        return QuoteSearchResult(query: query, parsed: parsed, ordinals: matches(parsed, among: base), index: self)
    }

    /// The hits of `result` at positions `range` (clamped), with their highlights. Highlights
    /// are computed here, on demand, so a pane shows its visible rows without paying for all.
    public func hits(_ result: QuoteSearchResult, in range: Range<Int>) -> [QuoteHit] {
        let lo = max(0, min(range.lowerBound, result.count))
        let hi = max(lo, min(range.upperBound, result.count))
        guard lo < hi else { return [] }
        let h = highlighter(for: result.parsed)
        return (lo..<hi).map { hit(ordinal: Int(result.ordinals[$0]), using: h) }
    }

    /// The hit at position `i` of `result`, with highlights; nil when out of range.
    public func hit(at i: Int, of result: QuoteSearchResult) -> QuoteHit? {
        guard i >= 0, i < result.count else { return nil }
        return hit(ordinal: Int(result.ordinals[i]), using: highlighter(for: result.parsed))
    }

    /// The reference of the quote with library ordinal `ordinal`.
    func ref(ordinal: Int) -> QuoteRef {
        let a = Int(articleOf[ordinal])
        return QuoteRef(article: a, quote: ordinal - Int(firstOrdinal[a]))
    }
}

/// The answer to one search: the query and every matching quote in library order. Keep it to
/// pass as `within:` to the next keystroke's search.
public struct QuoteSearchResult: Sendable {
    /// The query as typed.
    public let query: String
    let parsed: QuoteQuery
    /// Library ordinals of the matching quotes, ascending.
    let ordinals: [Int32]
    /// Per article, its first quote ordinal (shared with the index), to turn ordinals into refs.
    private let firstOrdinal: [Int32]
    private let articleOf: [Int32]

    init(query: String, parsed: QuoteQuery, ordinals: [Int32], index: QuoteSearchIndex) {
        self.query = query
        self.parsed = parsed
        self.ordinals = ordinals
        self.firstOrdinal = index.firstOrdinal
        self.articleOf = index.articleOf
    }

    /// Number of matching quotes.
    public var count: Int { ordinals.count }

    /// Whether nothing matched (also true for an empty query).
    public var isEmpty: Bool { ordinals.isEmpty }

    /// Whether the query had no usable term (blank, or only `'`, `!`, `speaker:` so far).
    public var queryIsEmpty: Bool { parsed.isEmpty }

    /// The `i`-th matching quote (0 ≤ i < count).
    public func ref(at i: Int) -> QuoteRef {
        let ordinal = Int(ordinals[i])
        let a = Int(articleOf[ordinal])
        return QuoteRef(article: a, quote: ordinal - Int(firstOrdinal[a]))
    }

    /// Every matching quote, in library order (built on each call: O(count)).
    public var refs: [QuoteRef] { (0..<count).map(ref(at:)) }
}
