/// A key press as the terminal layer decoded it.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character.
    case char(Character)
    /// Control plus a letter (`ctrl("f")`).
    case ctrl(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete
    /// A function key F1…F12.
    case function(Int)
}

/// A mouse event in screen cells.
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    /// What happened.
    public var kind: Kind
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int

    /// Creates a mouse event.
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
