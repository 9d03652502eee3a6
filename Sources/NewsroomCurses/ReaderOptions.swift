import NewsroomUI

/// How the executable wants the reader to run.
public struct ReaderOptions: Sendable {
    /// Keep read/unread, reading positions and search history between runs, in
    /// `ReaderStateStore`'s file under the XDG state directory (false for `--no-state`).
    public var persistState: Bool
    /// Draw without colour even when the terminal has colours (also implied by `NO_COLOR`).
    public var monochrome: Bool
    /// The state file; nil for `ReaderStateStore.defaultPath()`.
    public var statePath: String?

    /// Creates options.
    public init(persistState: Bool = true, monochrome: Bool = false, statePath: String? = nil) {
        self.persistState = persistState
        self.monochrome = monochrome
        self.statePath = statePath
    }
}
