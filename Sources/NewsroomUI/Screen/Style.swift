/// What a piece of text *is*, not what colour it has: the theme turns a role into colours or,
/// on monochrome terminals, into attributes.
public enum ColorRole: Hashable, Sendable {
    /// Ordinary text.
    case text
    /// Secondary text (dates, counts, hints).
    case dim
    /// Pane titles and headlines.
    case title
    /// Pane borders of unfocused panes.
    case border
    /// The border and title of the focused pane.
    case borderFocused
    /// A person's mentions and name; the index picks the person's stable colour.
    case person(Int)
    /// Quotation spans in the body and quote text in the quotes pane.
    case quote
    /// A council stance.
    case stance(StanceRole)
    /// The permanent-member mark.
    case permanent
    /// Control characters and invisible characters shown as escapes (`^[`, `<U+202E>`).
    case control
    /// Warnings and load problems.
    case warning
    /// Keys in the help screen and the status line.
    case key
    /// The status line.
    case status
    /// The input prompt.
    case prompt
}

/// Stances as colour roles (kept apart from the model's `Stance` so the UI owns its palette).
public enum StanceRole: Hashable, Sendable {
    case forVote, against, abstain, undecided, unknown
}

/// A background highlight laid over text.
public enum Highlight: Hashable, Sendable {
    /// No highlight.
    case none
    /// The selected row of the focused pane.
    case selection
    /// The selected row of an unfocused pane.
    case selectionDim
    /// Characters that matched a search.
    case match
    /// The current find match / the opened quote / the selected tally evidence.
    case current
    /// The status line and tab bar.
    case bar
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
}

/// The style of one cell: a semantic role, a highlight and explicit attributes.
public struct Style: Hashable, Sendable {
    /// Foreground role.
    public var role: ColorRole
    /// Background highlight.
    public var highlight: Highlight
    /// Attributes requested regardless of the colour mode.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(_ role: ColorRole = .text, highlight: Highlight = .none, attributes: TextAttributes = []) {
        self.role = role
        self.highlight = highlight
        self.attributes = attributes
    }

    /// Plain text.
    public static let plain = Style()

    /// This style with `highlight` laid over it (a stronger highlight wins).
    public func highlighted(_ h: Highlight) -> Style {
        var s = self
        if h.rank > highlight.rank { s.highlight = h }
        return s
    }

    /// This style with more attributes.
    public func adding(_ a: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(a)
        return s
    }
}

extension Highlight {
    /// Which highlight wins when two apply to one cell.
    var rank: Int {
        switch self {
        case .none: 0
        case .bar: 1
        case .selectionDim: 2
        case .selection: 3
        case .match: 4
        case .current: 5
        }
    }
}
