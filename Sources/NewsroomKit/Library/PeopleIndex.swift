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
///
/// Merging rules:
/// - people whose names fold to the same string (`Folding.fold`, so "Alain Juppé" and
///   "alain juppe" agree) are one entry;
/// - a one-word name ("Lavrov") joins the multi-word entry whose last name folds the same
///   ("Sergei Lavrov") only when exactly one such entry exists in the library; otherwise it
///   stays an entry of its own, since guessing would merge two people;
/// - the entry's name is the fullest form seen (most words, then longest, then the one with
///   diacritics), its title the one of its most mentioned appearance that has a title;
/// - `quoteCount` counts the quotes whose `speaker` is the person's name in that article.
///
/// Entries are sorted by mention count (most first), then by folded name.
public struct PeopleIndex: Sendable {
    /// Every person, most mentioned first.
    public private(set) var entries: [LibraryPerson] = []
    private var entryOfRef: [PersonRef: Int] = [:]

    /// Builds the index.
    public init(articles: [AnnotatedArticle]) {
        var groups: [String: [Appearance]] = [:]
        var groupOrder: [String] = []
        for (a, annotated) in articles.enumerated() {
            let speakerQuotes = Self.quoteCountsBySpeaker(annotated.quotes)
            for (p, person) in annotated.people.enumerated() {
                let key = Folding.fold(person.name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                guard !key.isEmpty else { continue }
                let appearance = Appearance(
                    ref: PersonRef(article: a, person: p), person: person,
                    quotes: speakerQuotes[Folding.fold(person.name)] ?? 0)
                if groups[key] == nil { groupOrder.append(key) }
                groups[key, default: []].append(appearance)
            }
        }
        // One-word names join the only multi-word group with that last name.
        var multiWordBySurname: [String: [String]] = [:]
        for key in groupOrder {
            let words = Self.nameWords(key)
            if words.count > 1, let surname = words.last { multiWordBySurname[surname, default: []].append(key) }
        }
        for key in groupOrder {
            let words = Self.nameWords(key)
            guard words.count == 1, let targets = multiWordBySurname[key], targets.count == 1,
                  let moved = groups[key] else { continue }
            groups[targets[0], default: []].append(contentsOf: moved)
            groups[key] = nil
        }
        var entries: [LibraryPerson] = []
        for key in groupOrder {
            guard let members = groups[key] else { continue }
            entries.append(Self.entry(from: members))
        }
        entries.sort { x, y in
            if x.mentionCount != y.mentionCount { return x.mentionCount > y.mentionCount }
            let fx = Folding.fold(x.name), fy = Folding.fold(y.name)
            return fx != fy ? fx < fy : x.name < y.name
        }
        var entryOfRef: [PersonRef: Int] = [:]
        for (i, entry) in entries.enumerated() {
            for ref in entry.appearances { entryOfRef[ref] = i }
        }
        self.entries = entries
        self.entryOfRef = entryOfRef
    }

    /// The entry index of the library person for `ref`, if any.
    public func entry(for ref: PersonRef) -> Int? { entryOfRef[ref] }

    /// One article's person, with the quotes attributed to them there.
    private struct Appearance {
        var ref: PersonRef
        var person: Person
        var quotes: Int
    }

    /// Words of a folded name, with generational suffixes dropped so "Martin Luther King Jr."
    /// has the last name "king".
    private static func nameWords(_ folded: String) -> [String] {
        var words = folded.split(separator: " ").map(String.init)
        let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        return words
    }

    private static func quoteCountsBySpeaker(_ quotes: [Quote]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for quote in quotes {
            if let speaker = quote.speaker { counts[Folding.fold(speaker), default: 0] += 1 }
        }
        return counts
    }

    private static func entry(from members: [Appearance]) -> LibraryPerson {
        func fullness(_ name: String) -> (Int, Int, Int) {
            (name.split(whereSeparator: { $0.isWhitespace }).count, name.unicodeScalars.count,
             name.unicodeScalars.filter { !$0.isASCII }.count)
        }
        var best = members[0].person.name
        for member in members.dropFirst() where fullness(member.person.name) > fullness(best) {
            best = member.person.name
        }
        let titled = members.filter { $0.person.title?.isEmpty == false }
        let title = titled.max { $0.person.mentions.count < $1.person.mentions.count }?.person.title
        return LibraryPerson(
            name: best, title: title,
            appearances: members.map(\.ref).sorted { ($0.article, $0.person) < ($1.article, $1.person) },
            mentionCount: members.reduce(0) { $0 + $1.person.mentions.count },
            quoteCount: members.reduce(0) { $0 + $1.quotes })
    }
}
