/// A style as a terminal draws it: colour numbers (-1 = the terminal's default) and attributes.
public struct TerminalStyle: Hashable, Sendable {
    /// Foreground colour number, -1 for the default.
    public var foreground: Int
    /// Background colour number, -1 for the default.
    public var background: Int
    /// Attributes.
    public var attributes: TextAttributes

    /// Creates a terminal style.
    public init(foreground: Int = -1, background: Int = -1, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Turns semantic styles into colours for 256 or 8 colours, or into attributes alone for
/// monochrome. Meaning never rests on colour alone: stances carry symbols, selections reverse.
public enum Theme {
    /// The terminal style for `style` in `mode`.
    public static func resolve(_ style: Style, mode: ColorMode) -> TerminalStyle {
        switch mode {
        case .monochrome: return monochrome(style)
        case .colors8: return colored(style, palette: palette8)
        case .colors256: return colored(style, palette: palette256)
        }
    }

    struct Palette {
        var person: [Int]
        var dim: Int, title: Int, border: Int, focused: Int, quote: Int, control: Int, warning: Int, key: Int
        var stanceFor: Int, against: Int, abstain: Int, undecided: Int, unknown: Int, permanent: Int
        var selectionBg: Int, selectionDimBg: Int, matchBg: Int, matchFg: Int, currentBg: Int, currentFg: Int
        var barBg: Int, barFg: Int
        var dimAttribute: TextAttributes
    }

    static let palette256 = Palette(
        person: [39, 208, 170, 78, 220, 45, 203, 141, 114, 179],
        dim: 245, title: 255, border: 240, focused: 75, quote: 151, control: 203, warning: 214, key: 117,
        stanceFor: 71, against: 167, abstain: 179, undecided: 110, unknown: 244, permanent: 221,
        selectionBg: 24, selectionDimBg: 237, matchBg: 58, matchFg: 229, currentBg: 94, currentFg: 230,
        barBg: 236, barFg: 252, dimAttribute: [])

    static let palette8 = Palette(
        person: [4, 3, 5, 2, 6, 4, 3, 5, 2, 6],
        dim: -1, title: -1, border: -1, focused: 6, quote: 2, control: 1, warning: 3, key: 6,
        stanceFor: 2, against: 1, abstain: 3, undecided: 4, unknown: -1, permanent: 3,
        selectionBg: 4, selectionDimBg: -1, matchBg: 3, matchFg: 0, currentBg: 6, currentFg: 0,
        barBg: -1, barFg: -1, dimAttribute: [.dim])

    static func colored(_ style: Style, palette p: Palette) -> TerminalStyle {
        var t = TerminalStyle(attributes: style.attributes)
        switch style.role {
        case .text: break
        case .dim:
            t.foreground = p.dim
            t.attributes.formUnion(p.dimAttribute)
        case .title: t.foreground = p.title; t.attributes.insert(.bold)
        case .border: t.foreground = p.border; t.attributes.formUnion(p.dimAttribute)
        case .borderFocused: t.foreground = p.focused; t.attributes.insert(.bold)
        case .person(let i): t.foreground = p.person[i % p.person.count]; t.attributes.insert(.bold)
        case .quote: t.foreground = p.quote
        case .stance(let s):
            switch s {
            case .forVote: t.foreground = p.stanceFor
            case .against: t.foreground = p.against
            case .abstain: t.foreground = p.abstain
            case .undecided: t.foreground = p.undecided
            case .unknown: t.foreground = p.unknown; t.attributes.formUnion(p.dimAttribute)
            }
            if s != .unknown { t.attributes.insert(.bold) }
        case .permanent: t.foreground = p.permanent; t.attributes.insert(.bold)
        case .control: t.foreground = p.control
        case .warning: t.foreground = p.warning; t.attributes.insert(.bold)
        case .key: t.foreground = p.key; t.attributes.insert(.bold)
        case .status: break
        case .prompt: t.attributes.insert(.bold)
        }
        switch style.highlight {
        case .none: break
        case .selection:
            if p.selectionBg < 0 { t.attributes.insert(.reverse) } else { t.background = p.selectionBg }
            if p.selectionBg == 4 { t.foreground = 7 }
        case .selectionDim:
            if p.selectionDimBg < 0 { t.attributes.insert(.bold) } else { t.background = p.selectionDimBg }
        case .match: t.background = p.matchBg; t.foreground = p.matchFg; t.attributes.insert(.bold)
        case .current: t.background = p.currentBg; t.foreground = p.currentFg; t.attributes.insert(.bold)
        case .bar:
            if p.barBg < 0 { t.attributes.insert(.reverse) } else { t.background = p.barBg; if t.foreground < 0 { t.foreground = p.barFg } }
        }
        return t
    }

    static func monochrome(_ style: Style) -> TerminalStyle {
        var a = style.attributes
        switch style.role {
        case .text, .status: break
        case .dim, .border: a.insert(.dim)
        case .title, .borderFocused, .permanent, .warning, .key, .prompt: a.insert(.bold)
        case .person: a.formUnion([.bold, .underline])
        case .quote: a.insert(.underline)
        case .stance(let s): if s == .against || s == .forVote { a.insert(.bold) }
        case .control: a.formUnion([.bold])
        }
        switch style.highlight {
        case .none: break
        case .selection, .bar: a.insert(.reverse)
        case .selectionDim: a.insert(.bold)
        case .match, .current: a.formUnion([.reverse, .bold])
        }
        return TerminalStyle(attributes: a)
    }
}
