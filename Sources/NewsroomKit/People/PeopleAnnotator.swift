/// Finds the named people of a text and links every mention to one person.
public struct PeopleAnnotator: Sendable {
    /// Creates an annotator with the bundled models.
    public init() {}

    /// The people named in `text`, in order of first mention, each with all mentions.
    public func people(in text: ScalarText) -> [Person] {
        []  // Placeholder: replaced by the people layer (issue 3).
    }
}
