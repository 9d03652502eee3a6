/// A document of gold named-entity data, reconstructed as plain text with entity spans in
/// code-point offsets, so the whole annotator can run on it and be scored by exact span.
public struct PeopleGoldDocument: Sendable {
    /// A gold entity mention.
    public struct Entity: Sendable, Hashable {
        /// Where it is in `text`.
        public var span: TextSpan
        /// Its type.
        public var type: EntityType
        /// The coreference chain it belongs to, when the corpus has coreference (GUM).
        public var chain: String?

        /// Creates an entity.
        public init(span: TextSpan, type: EntityType, chain: String? = nil) {
            self.span = span
            self.type = type
            self.chain = chain
        }
    }

    /// Document id (file name and number or `# newdoc id`).
    public var id: String
    /// The reconstructed text.
    public var text: String
    /// Gold entities in text order.
    public var entities: [Entity]
    /// Whether the corpus gives coreference chains for person mentions.
    public var hasChains: Bool

    /// Creates a document.
    public init(id: String, text: String, entities: [Entity], hasChains: Bool = false) {
        self.id = id
        self.text = text
        self.entities = entities
        self.hasChains = hasChains
    }

    /// Gold person mentions.
    public var people: [Entity] { entities.filter { $0.type == .person } }

    /// Token labels of this document under the project's own tokenizer: a token is inside an
    /// entity when it lies wholly within the entity's span.
    public func trainingLabels(for t: TokenizedText) -> [Int] {
        var spans: [EntitySpan] = []
        var k = 0
        let tokens = t.tokens
        for e in entities.sorted(by: { $0.span < $1.span }) {
            while k < tokens.count, tokens[k].start < e.span.start { k += 1 }
            var end = k
            while end < tokens.count, tokens[end].end <= e.span.end { end += 1 }
            if end > k { spans.append(EntitySpan(tokens: k..<end, type: e.type)) }
        }
        return EntityLabels.labels(count: t.count, entities: spans)
    }
}

/// Builds a text from tokens with the spacing of ordinary prose.
struct Detokenizer {
    private(set) var text = String.UnicodeScalarView()
    private(set) var length = 0
    private var previous = ""
    private var quoteOpen = false
    private var pendingSpace = false

    private static let noSpaceBefore: Set<String> = [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'S", "’s", "'", "n't", "%", "'re", "'ve",
        "'ll", "'d", "'m", "...", "…",
    ]
    private static let noSpaceAfter: Set<String> = ["(", "[", "{", "$", "#", "@", "“", "‘"]

    /// Appends `token` and returns its span.
    mutating func append(_ token: String, spaceBefore: Bool? = nil) -> TextSpan {
        var space: Bool
        if let spaceBefore {
            space = spaceBefore
        } else {
            space = length > 0 && !Self.noSpaceBefore.contains(token) && !Self.noSpaceAfter.contains(previous)
            if token == "\"" {
                if quoteOpen { space = false }
                quoteOpen.toggle()
            } else if previous == "\"" && quoteOpen {
                space = false
            }
        }
        if space && length > 0 { appendRaw(" ") }
        let start = length
        appendRaw(token)
        previous = token
        return TextSpan(start: start, end: length)
    }

    /// Appends raw text (a separator).
    mutating func appendRaw(_ s: String) {
        for c in s.unicodeScalars {
            text.append(c)
            length += 1
        }
    }

    /// Starts a new paragraph (blank line) unless at the start.
    mutating func paragraph() {
        if length > 0 { appendRaw("\n\n") }
        previous = ""
        quoteOpen = false
    }

    /// The text.
    var string: String { String(text) }
}
