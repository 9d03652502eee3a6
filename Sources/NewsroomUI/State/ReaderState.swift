import NewsroomKit

/// Everything the reader shows, as a value. Changed only by `reduce(_:)`; drawn by `render()`.
public struct ReaderState: Sendable {
    /// The library being read.
    public internal(set) var library: Library
    /// Terminal columns.
    public internal(set) var width: Int
    /// Terminal rows.
    public internal(set) var height: Int
    /// Colour mode of the terminal (only the theme and snapshot tests care).
    public var colorMode: ColorMode
    /// The focused pane.
    public internal(set) var focus: PaneID = .list
    /// The article shown in the body, quotes and tally panes.
    public internal(set) var openArticle: Int?
    /// Article list selection: `selected` and `top` are rows of `listRows`.
    public internal(set) var articles = ListCursor()
    /// The order of the article list (`o`).
    public internal(set) var listOrder: ArticleOrder = .loaded
    /// The article list's filter (`f`), while typed and once kept.
    public internal(set) var listFilter: ListFilterState?
    /// Library indices of the articles the list shows, in the list's order.
    public internal(set) var listRows: [Int] = []
    /// Past list filters, oldest first.
    public internal(set) var filterHistory: [String] = []
    /// The people view in the list pane, when open.
    public internal(set) var peopleScope: PeopleScope?
    /// People list selection.
    public internal(set) var peopleCursor = ListCursor()
    /// The selected person's name, which filters quotes and highlights mentions.
    public internal(set) var selectedPerson: String?
    /// Quotes pane selection.
    public internal(set) var quotesCursor = ListCursor()
    /// Tally pane selection (a member index) and scroll row.
    public internal(set) var tallyCursor = ListCursor()
    /// First visible body line.
    public internal(set) var bodyTop = 0
    /// The wrapped open article.
    public internal(set) var body: BodyLayout?
    /// What the body highlights.
    public internal(set) var highlight: BodyHighlight?
    /// The quote search, while its results are shown.
    public internal(set) var search: QuoteSearchState?
    /// Past quote searches, oldest first.
    public internal(set) var searchHistory: [String] = []
    /// Past finds, oldest first.
    public internal(set) var findHistory: [String] = []
    /// Find in body.
    public internal(set) var find: FindState?
    /// The open prompt.
    public internal(set) var prompt: Prompt?
    /// The help overlay, when open.
    public internal(set) var help: HelpState?
    /// Quotes marked for export.
    public internal(set) var marked: Set<QuoteRef> = []
    /// Which of n/N acts on: the last search kind used.
    public internal(set) var lastSearchKind: PromptKind = .quoteSearch
    /// Ids of articles opened at least once.
    public internal(set) var readArticles: Set<String> = []
    /// Last reading position (text offset of the first visible line) per article id.
    public internal(set) var positions: [String: Int] = [:]
    /// What the last key did.
    public internal(set) var message = ""
    /// Set when the reader should quit.
    public internal(set) var shouldQuit = false
    /// Runs a quote search when one was given instead of the library's index (tests).
    let searcher: QuoteSearcher?
    /// Search-as-you-type session over the library's index (remembers recent results).
    var searchSession: QuoteSearchSession
    /// Filter-as-you-type session over the library's article list index.
    var filterSession: ArticleFilterSession

    /// A quote search: the query and the most hits wanted.
    public typealias QuoteSearcher = @Sendable (String) -> QuoteResults

    /// Creates the reader for `library` on a `width`×`height` terminal, its list in `listOrder`,
    /// and opens the list's first article (at its remembered position, if any).
    public init(
        library: Library, width: Int, height: Int, colorMode: ColorMode = .colors256,
        readArticles: Set<String> = [], positions: [String: Int] = [:], searchHistory: [String] = [],
        listOrder: ArticleOrder = .loaded, searcher: QuoteSearcher? = nil
    ) {
        self.library = library
        self.searcher = searcher
        searchSession = QuoteSearchSession(index: library.quoteIndex)
        filterSession = ArticleFilterSession(index: library.articleList)
        self.width = width
        self.height = height
        self.colorMode = colorMode
        self.readArticles = readArticles
        self.positions = positions
        self.searchHistory = searchHistory
        self.listOrder = listOrder
        listRows = library.articleList.order(listOrder)
        if let first = listRows.first { open(article: first, focusBody: false) }
        let problems = library.problems.count
        message = library.articles.isEmpty
            ? "No articles loaded" + (problems > 0 ? " (\(problems) files had problems)" : "")
            : "Press ? for keys"
        normalize()
    }

    /// The open article, if any.
    public var currentArticle: AnnotatedArticle? {
        guard let i = openArticle, library.articles.indices.contains(i) else { return nil }
        return library.articles[i]
    }

    /// The current layout.
    public var layout: Layout { Layout(width: width, height: height, focus: focus) }
}
