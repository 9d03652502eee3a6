/// Extracts quotations and speech attributions and resolves their speakers.
public struct QuoteExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The quotes of `text`, in text order. `people` are the people annotator's results for the
    /// same text, used to resolve speakers to `Person.name`.
    public func quotes(in text: ScalarText, people: [Person]) -> [Quote] {
        []  // Placeholder: replaced by the quotes layer (issue 4).
    }
}
