/// Reads an article about a UN Security Council decision into a vote tally.
public struct TallyBuilder: Sendable {
    /// Creates a builder with the bundled roster.
    public init() {}

    /// The tally for `article`, or nil when it is not about a Security Council decision.
    /// `text` is `article.text` as scalars.
    public func tally(for article: Article, text: ScalarText) -> Tally? {
        nil  // Placeholder: replaced by the council layer (issue 5).
    }
}
