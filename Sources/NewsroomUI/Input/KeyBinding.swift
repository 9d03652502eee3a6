/// One documented key: the keys, the label shown in help, its group and what it does.
/// `Keymap.bindings` is the single source for the keymap, the help overlay and docs/keys.md.
public struct KeyBinding: Hashable, Sendable {
    /// Help groups, in display order.
    public enum Group: String, CaseIterable, Hashable, Sendable {
        case move = "Move"
        case panes = "Panes"
        case list = "Article list"
        case search = "Search"
        case people = "People"
        case quotes = "Quotes and export"
        case prompt = "In a prompt"
        case help = "In the help"
        case mouse = "Mouse"
        case general = "General"
    }

    /// The keys that trigger it (empty for documentation-only entries such as prompt keys).
    public var keys: [KeyEvent]
    /// How the keys are written in help ("j ↓").
    public var label: String
    /// The help group.
    public var group: Group
    /// What it does.
    public var summary: String
    /// The action in normal mode (nil for documentation-only entries).
    public var action: Action?

    /// Creates a binding.
    public init(_ keys: [KeyEvent], _ label: String, _ group: Group, _ summary: String, _ action: Action?) {
        self.keys = keys
        self.label = label
        self.group = group
        self.summary = summary
        self.action = action
    }
}
