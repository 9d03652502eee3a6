import NewsroomKit

/// What a one-line prompt at the bottom is for.
public enum PromptKind: Hashable, Sendable {
    /// Quote search across the library (`/`).
    case quoteSearch
    /// Find in the body (`ctrl-f`, or `/` with the body focused).
    case find
    /// File name for an export (`e`).
    case export
    /// Filter of the article list (`f`).
    case listFilter
}

/// An open prompt and its text.
public struct Prompt: Hashable, Sendable {
    /// What the prompt is for.
    public var kind: PromptKind
    /// The text typed so far.
    public var text: String
    /// Position in the history while browsing it with ↑/↓ (nil: editing a new entry).
    public var historyIndex: Int?
    /// What was typed before browsing the history.
    public var draft: String = ""

    /// Creates a prompt.
    public init(kind: PromptKind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// The label drawn before the text.
    public var label: String {
        switch kind {
        case .quoteSearch: "Search quotes: "
        case .find: "Find in article: "
        case .export: "Export to (.md or .csv): "
        case .listFilter: "Filter articles: "
        }
    }
}

/// What the reader showed before a quote search began, restored by Esc.
public struct ViewSnapshot: Hashable, Sendable {
    var openArticle: Int?
    var bodyTop: Int
    var focus: PaneID
    var quotes: ListCursor
    var highlight: BodyHighlight?
}

/// The state of the quote search.
public struct QuoteSearchState: Sendable {
    /// The query the results are for.
    public var query: String = ""
    /// The results, in library order.
    public var results = QuoteResults.list([])
    /// The view before the search started.
    var before: ViewSnapshot?
}

/// The state of find-in-body.
public struct FindState: Hashable, Sendable {
    /// The query.
    public var query: String = ""
    /// Matches in the open article, in text order.
    public var matches: [TextSpan] = []
    /// Index of the current match.
    public var current: Int = 0
}

/// The help overlay.
public struct HelpState: Hashable, Sendable {
    /// Text typed to filter the key list.
    public var filter: String = ""
    /// First visible row.
    public var top: Int = 0
}

/// What is highlighted in the body and why.
public struct BodyHighlight: Hashable, Sendable {
    /// The highlighted characters of the article text.
    public var span: TextSpan
    /// Why it is highlighted.
    public var reason: Reason
    /// Why a span is highlighted.
    public enum Reason: Hashable, Sendable { case quote, evidence, find, mention }
}
