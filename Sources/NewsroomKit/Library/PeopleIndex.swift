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
    /// Per article, per person of that article: the entry index, or -1.
    private var entryOfPerson: [[Int32]] = []

    /// Builds the index.
    public init(articles: [AnnotatedArticle]) {
        var keys = NameKeys()
        var groups: [[Appearance]] = []  // by key id
        for (a, annotated) in articles.enumerated() where !annotated.people.isEmpty {
            var quotesByKey: [Int: Int] = [:]
            for quote in annotated.quotes {
                if let speaker = quote.speaker, let key = keys.id(of: speaker) { quotesByKey[key, default: 0] += 1 }
            }
            for (p, person) in annotated.people.enumerated() {
                guard let key = keys.id(of: person.name) else { continue }
                if key >= groups.count { groups.append(contentsOf: repeatElement([], count: key - groups.count + 1)) }
                groups[key].append(Appearance(
                    ref: PersonRef(article: a, person: p), name: person.name, title: person.title,
                    mentions: person.mentions.count, quotes: quotesByKey[key] ?? 0))
            }
        }
        // One-word names join the only multi-word group with that last name.
        var multiWordBySurname: [String: [Int]] = [:]
        for key in groups.indices where !groups[key].isEmpty {
            let words = Self.nameWords(keys.folded[key])
            if words.count > 1, let surname = words.last { multiWordBySurname[surname, default: []].append(key) }
        }
        for key in groups.indices where !groups[key].isEmpty {
            let words = Self.nameWords(keys.folded[key])
            guard words.count == 1, let targets = multiWordBySurname[words[0]], targets.count == 1 else { continue }
            groups[targets[0]].append(contentsOf: groups[key])
            groups[key] = []
        }
        var keyed: [(key: String, person: LibraryPerson)] = []
        for key in groups.indices where !groups[key].isEmpty {
            keyed.append((keys.folded[key], Self.entry(from: groups[key])))
        }
        keyed.sort { x, y in
            if x.person.mentionCount != y.person.mentionCount { return x.person.mentionCount > y.person.mentionCount }
            return x.key != y.key ? x.key < y.key : x.person.name < y.person.name
        }
        var entryOfPerson = articles.map { [Int32](repeating: -1, count: $0.people.count) }
        for (i, item) in keyed.enumerated() {
            for ref in item.person.appearances { entryOfPerson[ref.article][ref.person] = Int32(i) }
        }
        self.entries = keyed.map(\.person)
        self.entryOfPerson = entryOfPerson
    }

    /// The entry index of the library person for `ref`, if any.
    public func entry(for ref: PersonRef) -> Int? {
        guard ref.article >= 0, ref.article < entryOfPerson.count, ref.person >= 0,
              ref.person < entryOfPerson[ref.article].count else { return nil }
        let i = entryOfPerson[ref.article][ref.person]
        return i < 0 ? nil : Int(i)
    }

    /// The entry indices of article `article`'s people, in the article's order (nil where a
    /// person has no entry, e.g. an empty name).
    public func entries(inArticle article: Int) -> [Int?] {
        guard article >= 0, article < entryOfPerson.count else { return [] }
        return entryOfPerson[article].map { $0 < 0 ? nil : Int($0) }
    }

    /// Where library person `entry` appears in article `article`, if they do.
    public func appearance(of entry: Int, inArticle article: Int) -> PersonRef? {
        guard entry >= 0, entry < entries.count else { return nil }
        return entries[entry].appearances.first { $0.article == article }
    }

    /// One article's person, with the quotes attributed to them there.
    private struct Appearance {
        var ref: PersonRef
        var name: String
        var title: String?
        var mentions: Int
        var quotes: Int
    }

    /// Ids of folded names (whitespace runs made one space); each distinct spelling is folded once.
    private struct NameKeys {
        /// Folded names, by id.
        private(set) var folded: [String] = []
        private var idOfFolded: [String: Int] = [:]
        private var idOfSpelling: [String: Int?] = [:]

        /// The id of `name`'s folded form; nil when it folds to nothing.
        mutating func id(of name: String) -> Int? {
            if let known = idOfSpelling[name] { return known }
            let key = Folding.fold(name).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            var id: Int?
            if !key.isEmpty {
                id = idOfFolded[key] ?? folded.count
                if id == folded.count {
                    idOfFolded[key] = folded.count
                    folded.append(key)
                }
            }
            idOfSpelling[name] = .some(id)
            return id
        }
    }

    /// Words of a folded name, with generational suffixes dropped so "Martin Luther King Jr."
    /// has the last name "king".
    private static func nameWords(_ folded: String) -> [String] {
        var words = folded.split(separator: " ").map(String.init)
        let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]
        while words.count > 1, let last = words.last, suffixes.contains(last) { words.removeLast() }
        return words
    }

    /// Words, then scalars, then non-ASCII scalars (diacritics): more is fuller.
    private static func fullness(_ name: String) -> (Int, Int, Int) {
        var words = 0, scalars = 0, nonASCII = 0
        var inWord = false
        for scalar in name.unicodeScalars {
            scalars += 1
            if !scalar.isASCII { nonASCII += 1 }
            let space = scalar.properties.isWhitespace
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return (words, scalars, nonASCII)
    }

    private static func entry(from members: [Appearance]) -> LibraryPerson {
        var spellings: [String] = []  // distinct names; a person has few
        for member in members where !spellings.contains(member.name) { spellings.append(member.name) }
        var best = spellings[0]
        var bestFullness = fullness(best)
        for name in spellings.dropFirst() {
            let candidate = fullness(name)
            if candidate > bestFullness { (best, bestFullness) = (name, candidate) }
        }
        var title: String?
        var titleMentions = -1
        for member in members where member.title?.isEmpty == false && member.mentions > titleMentions {
            (title, titleMentions) = (member.title, member.mentions)
        }
        return LibraryPerson(
            name: best, title: title,
            appearances: members.map(\.ref).sorted { ($0.article, $0.person) < ($1.article, $1.person) },
            mentionCount: members.reduce(0) { $0 + $1.mentions },
            quoteCount: members.reduce(0) { $0 + $1.quotes })
    }
}
