/// The coarse entity types of the tagger (CoNLL style).
public enum EntityType: Int, Sendable, Hashable, CaseIterable {
    case person = 0, location, organization, misc

    /// The CoNLL label ("PER", "LOC", "ORG", "MISC").
    public var label: String {
        switch self {
        case .person: return "PER"
        case .location: return "LOC"
        case .organization: return "ORG"
        case .misc: return "MISC"
        }
    }
}

/// A run of tokens tagged as one entity.
public struct EntitySpan: Sendable, Hashable {
    /// Token indices covered.
    public var tokens: Range<Int>
    /// Entity type.
    public var type: EntityType

    /// Creates a span.
    public init(tokens: Range<Int>, type: EntityType) {
        self.tokens = tokens
        self.type = type
    }
}

/// A mention of a person found in the text, before linking.
public struct NameMention: Sendable, Hashable {
    /// Tokens of the name itself (no title, no possessive).
    public var tokens: Range<Int>
    /// Title or role written before the name ("Foreign Minister"), if any.
    public var title: String?
    /// Sex told by an honorific or title next to this mention.
    public var sex: Person.Sex?

    /// Creates a mention.
    public init(tokens: Range<Int>, title: String? = nil, sex: Person.Sex? = nil) {
        self.tokens = tokens
        self.title = title
        self.sex = sex
    }
}
