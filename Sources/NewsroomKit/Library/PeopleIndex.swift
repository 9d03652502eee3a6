/// One person across the library.
public struct LibraryPerson: Sendable, Hashable {
    /// The fullest name seen for this person in any article.
    public var name: String
    /// A title seen with the name, if any.
    public var title: String?
    /// Where the person appears: (article index, index into that article's `people`).
    public var appearances: [PersonRef]
    /// Total mentions across the library.
    public var mentionCount: Int
    /// Total quotes attributed to the person across the library.
    public var quoteCount: Int

    /// Creates an entry.
    public init(name: String, title: String?, appearances: [PersonRef], mentionCount: Int, quoteCount: Int) {
        self.name = name
        self.title = title
        self.appearances = appearances
        self.mentionCount = mentionCount
        self.quoteCount = quoteCount
    }
}

/// Points at one person of one article: `articles[article].people[person]`.
public struct PersonRef: Sendable, Hashable {
    /// Index into `Library.articles`.
    public var article: Int
    /// Index into that article's `people`.
    public var person: Int

    /// Creates a reference.
    public init(article: Int, person: Int) {
        self.article = article
        self.person = person
    }
}

/// People across the library; the same person in two articles is one entry.
public struct PeopleIndex: Sendable {
    /// Every person, most mentioned first.
    public private(set) var entries: [LibraryPerson] = []

    /// Builds the index.
    public init(articles: [AnnotatedArticle]) {
        // Placeholder: the library layer merges people across articles.
    }

    /// The entry index of the library person for `ref`, if any.
    public func entry(for ref: PersonRef) -> Int? { nil }
}
