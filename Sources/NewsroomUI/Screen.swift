/// Placeholder.
public struct Screen: Sendable {}
