import NewsroomKit

/// A row of the people view.
public struct PersonRow: Hashable, Sendable {
    /// Full name.
    public var name: String
    /// Title, if known.
    public var title: String?
    /// Number of mentions (in the article or the library).
    public var mentions: Int
    /// Number of quotes attributed.
    public var quotes: Int
    /// Articles the person appears in (library scope), in library order.
    public var articles: [Int]
}

extension ReaderState {
    /// Rows per item in the quotes pane: the speaker line and two lines of text.
    static let quoteItemHeight = 3

    /// What the quotes pane lists: the search results while a search is shown, otherwise the
    /// open article's quotes (only the selected person's when one is selected).
    public var quoteList: QuoteResults {
        if let s = search { return s.results }
        guard let i = openArticle, let a = currentArticle else { return .list([]) }
        var out: [QuoteHit] = []
        let person = selectedPerson.map(Folding.fold)
        for (q, quote) in a.quotes.enumerated() {
            if let person, Folding.fold(quote.speaker ?? "") != person { continue }
            out.append(QuoteHit(ref: QuoteRef(article: i, quote: q), textMatches: []))
        }
        return .list(out)
    }

    /// The rows of the people view.
    public var personRows: [PersonRow] {
        switch peopleScope {
        case nil: return []
        case .article:
            guard let a = currentArticle, let i = openArticle else { return [] }
            return a.people.map { p in
                let f = Folding.fold(p.name)
                let q = a.quotes.filter { Folding.fold($0.speaker ?? "") == f }.count
                return PersonRow(name: p.name, title: p.title, mentions: p.mentions.count, quotes: q, articles: [i])
            }
        case .library:
            return library.people.entries.map { e in
                var arts: [Int] = []
                for r in e.appearances where arts.last != r.article { arts.append(r.article) }
                return PersonRow(name: e.name, title: e.title, mentions: e.mentionCount, quotes: e.quoteCount, articles: arts)
            }
        }
    }

    /// The selected person's mentions in the open article, in text order.
    public var selectedMentions: [TextSpan] {
        guard let name = selectedPerson, let a = currentArticle else { return [] }
        let f = Folding.fold(name)
        var spans: [TextSpan] = []
        for p in a.people where Folding.fold(p.name) == f { spans.append(contentsOf: p.mentions) }
        return spans.sorted()
    }

    /// Number of items in the list pane (articles or people).
    var listCount: Int { peopleScope == nil ? listRows.count : personRows.count }

    /// Inner size of a pane in the current layout (zero when hidden).
    func contentHeight(_ pane: PaneID) -> Int { layout.content(pane)?.height ?? 0 }

    /// The wrap width of the body: its pane's inner width, or the full width when it is hidden.
    var bodyWrapWidth: Int {
        if let r = layout.content(.body) { return max(1, r.width) }
        return max(10, width - 2)
    }
}
