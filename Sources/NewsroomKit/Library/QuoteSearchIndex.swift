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
/// Query language (case- and diacritic-insensitive): words are ANDed and match anywhere
/// (fuzzy-prefix), `'word` matches exactly (whole word), `!word` excludes, `"a phrase"` matches
/// the phrase, `speaker:lavrov` restricts to speakers.
public struct QuoteSearchIndex: Sendable {
    /// Builds the index.
    public init(articles: [AnnotatedArticle]) {
        // Placeholder: the library layer builds the index.
    }

    /// Quotes matching `query`, in library order; an empty query matches nothing.
    public func search(_ query: String, limit: Int? = nil) -> [QuoteHit] { [] }
}
