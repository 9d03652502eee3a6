import NewsroomUI

/// How the executable wants the reader to run.
public struct ReaderOptions: Sendable {
    /// Keep read/unread and reading positions between runs (false for `--no-state`).
    public var persistState: Bool
    /// Draw without colour even when the terminal has colours (also implied by `NO_COLOR`).
    public var monochrome: Bool
    /// Where reading state is loaded from and saved to; nil keeps it in memory for this run.
    public var readingStore: (any ReadingStore)?

    /// Creates options.
    public init(persistState: Bool = true, monochrome: Bool = false, readingStore: (any ReadingStore)? = nil) {
        self.persistState = persistState
        self.monochrome = monochrome
        self.readingStore = readingStore
    }
}

/// Keeps read/unread and the last position of each article between runs. The reader calls it
/// on the main actor when an article is opened and on quit.
public protocol ReadingStore: Sendable {
    /// The saved state: ids of read articles and the text offset where each was left.
    func load() -> (read: Set<String>, positions: [String: Int], problem: String?)
    /// Saves the state; returns a message when it could not (the reader goes on).
    func save(read: Set<String>, positions: [String: Int]) -> String?
}
