import Foundation

/// Something the state store could not do. The reader shows `message` and goes on.
public struct ReaderStateProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// One line for the status bar: what happened and what it means for the user.
    public var message: String

    /// Creates a problem.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Remembers, across runs, which articles were read and where the reader was in each (scroll
/// offset, selected quote), keyed by article id and path, the recent quote searches (the
/// prompt's ↑/↓ history) and the article list's order.
///
/// The state lives in one JSON file, by default `$XDG_STATE_HOME/newsroom/state.json`
/// (`~/.local/state/newsroom/state.json` when `XDG_STATE_HOME` is unset or not absolute).
/// - Saving is atomic (temporary file in the same folder, `fsync`, rename) and merges: under an
///   advisory lock (`flock` on `state.json.lock`) the file is read again and only the articles
///   changed here are written over it, the newer change winning, so two readers open at once
///   never lose each other's work or corrupt the file.
/// - A corrupt or unreadable file is reported (`loadProblem`) and ignored, never fatal; the next
///   save moves a corrupt file aside to `state.json.corrupt` and starts afresh. A file written
///   by a newer version is left untouched.
/// - A folder that cannot be created or written, or a full disk, makes `save()` return a
///   problem; the changes stay in memory and the next `save()` tries again.
/// - `inMemory()` keeps everything in memory (`newsroom --no-state`).
public struct ReaderStateStore: Sendable {
    /// The state file, or nil for an in-memory store.
    public let path: String?
    /// The problem met while loading the file, if any (shown once by the reader).
    public let loadProblem: ReaderStateProblem?
    /// What is known about each article.
    public private(set) var states: [ArticleKey: ArticleReadingState]
    /// Articles changed since the last successful save.
    private var changed: Set<ArticleKey> = []
    /// Recent searches with their times, oldest first.
    private var searches: [ReaderStateFile.Search]
    /// Searches added since the last successful save.
    private var newSearches: [ReaderStateFile.Search] = []
    /// The article list's order.
    public private(set) var listOrder: ArticleOrder
    /// Whether `listOrder` changed since the last successful save.
    private var listOrderChanged = false
    /// True when the file must not be overwritten (it was written by a newer version).
    private let readOnly: Bool
    private let clock: @Sendable () -> Double

    /// At most this many articles are remembered; the least recently changed are forgotten.
    public static let maxArticles = 50_000
    /// A state file larger than this is not read.
    public static let maxFileBytes = 64 << 20
    /// At most this many searches are remembered.
    public static let maxSearches = 200
    /// Longer queries are not remembered.
    public static let maxSearchLength = 1_000

    /// The default state file: `$XDG_STATE_HOME/newsroom/state.json`, else
    /// `$HOME/.local/state/newsroom/state.json`; nil when neither variable gives an absolute path.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("newsroom/state.json")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return (home as NSString).appendingPathComponent(".local/state/newsroom/state.json")
        }
        return nil
    }

    /// A store that keeps everything in memory and never touches the disk.
    public static func inMemory() -> ReaderStateStore {
        ReaderStateStore(path: nil, states: [:], searches: [], listOrder: .loaded, loadProblem: nil, readOnly: false,
                         clock: { Date().timeIntervalSince1970 })
    }

    /// Opens the state file at `path` (it need not exist yet). Never fails: problems are in
    /// `loadProblem` and the store starts empty. `clock` gives the time of changes (for tests).
    public init(path: String, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        var problem: ReaderStateProblem?
        var states: [ArticleKey: ArticleReadingState] = [:]
        var searches: [ReaderStateFile.Search] = []
        var listOrder = ArticleOrder.loaded
        var readOnly = false
        switch Self.readFile(path) {
        case .success(.some(let file)) where file.version > ReaderStateFile.currentVersion:
            problem = ReaderStateProblem(
                "state file \(path) was written by a newer newsroom (version \(file.version)); "
                + "reading positions will not be kept this time")
            readOnly = true
        case .success(.some(let file)):
            states = file.states
            searches = Self.mergedSearches(file.searches ?? [], [])
            listOrder = file.listOrder
        case .success(.none):
            break
        case .failure(let failure):
            problem = ReaderStateProblem("state file ignored: \(failure.message)")
        }
        self.init(path: path, states: states, searches: searches, listOrder: listOrder, loadProblem: problem,
                  readOnly: readOnly, clock: clock)
    }

    private init(
        path: String?, states: [ArticleKey: ArticleReadingState], searches: [ReaderStateFile.Search],
        listOrder: ArticleOrder, loadProblem: ReaderStateProblem?, readOnly: Bool, clock: @escaping @Sendable () -> Double
    ) {
        self.path = path
        self.states = states
        self.searches = searches
        self.listOrder = listOrder
        self.loadProblem = loadProblem
        self.readOnly = readOnly
        self.clock = clock
    }

    /// Whether some change has not been saved yet.
    public var hasUnsavedChanges: Bool { !changed.isEmpty || !newSearches.isEmpty || listOrderChanged }

    /// Remembers the article list's order (saved by the next `save()`; no-op when unchanged).
    public mutating func setListOrder(_ order: ArticleOrder) {
        guard order != listOrder else { return }
        listOrder = order
        listOrderChanged = true
    }

    /// Recent quote searches, oldest first, each once (its latest use counts).
    public var searchHistory: [String] { searches.map(\.query) }

    /// Remembers a search the user ran (blank and overlong queries are ignored).
    public mutating func addSearch(_ query: String) {
        guard !query.allSatisfy(\.isWhitespace), query.unicodeScalars.count <= Self.maxSearchLength else { return }
        let search = ReaderStateFile.Search(query: query, at: clock())
        searches = Self.mergedSearches(searches, [search])
        newSearches.append(search)
    }

    /// What is known about `key`'s article, if anything.
    public func state(for key: ArticleKey) -> ArticleReadingState? { states[key] }

    /// Whether `key`'s article has been read.
    public func isRead(_ key: ArticleKey) -> Bool { states[key]?.read ?? false }

    /// Marks `key`'s article read or unread.
    public mutating func setRead(_ read: Bool, for key: ArticleKey) {
        update(key) { $0.read = read }
    }

    /// Remembers where the reader is in `key`'s article.
    public mutating func setPosition(scrollOffset: Int, selectedQuote: Int?, for key: ArticleKey) {
        update(key) {
            $0.scrollOffset = max(0, scrollOffset)
            $0.selectedQuote = selectedQuote.flatMap { $0 >= 0 ? $0 : nil }
        }
    }

    /// Changes `key`'s state in memory (saved by the next `save()`); no-op when nothing changes.
    public mutating func update(_ key: ArticleKey, _ change: (inout ArticleReadingState) -> Void) {
        var state = states[key] ?? ArticleReadingState()
        let before = state
        change(&state)
        state.updatedAt = before.updatedAt
        guard state != before || states[key] == nil else { return }
        state.updatedAt = max(clock(), before.updatedAt)
        states[key] = state
        changed.insert(key)
    }

    /// Writes the changes since the last save, merged with what other readers saved meanwhile.
    /// Returns nil on success (or when there is nothing to do), else the problem; the changes
    /// are then kept for the next try.
    @discardableResult
    public mutating func save() -> ReaderStateProblem? {
        guard let path, hasUnsavedChanges else { return nil }
        guard !readOnly else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return ReaderStateProblem("reading state not saved: cannot create \(folder): \(Self.reason(error))")
        }
        do {
            let merged = try AtomicFile.withLock(path + ".lock") {
                () throws(FileProblem) -> ([ArticleKey: ArticleReadingState], [ReaderStateFile.Search], ArticleOrder) in
                var merged: [ArticleKey: ArticleReadingState] = [:]
                var mergedSearches: [ReaderStateFile.Search] = []
                // Another reader's order stands unless this one changed it since its last save.
                var order = listOrder
                switch Self.readFile(path) {
                case .success(let file):
                    merged = file?.states ?? [:]
                    mergedSearches = file?.searches ?? []
                    if !listOrderChanged, let file { order = file.listOrder }
                case .failure(let failure):
                    guard failure.corrupt, rename(path, path + ".corrupt") == 0 else {
                        throw FileProblem(path: path, reason: failure.message)
                    }
                }
                for key in changed {
                    guard let mine = states[key] else { continue }
                    if let theirs = merged[key], theirs.updatedAt > mine.updatedAt { continue }
                    merged[key] = mine
                }
                merged = Self.pruned(merged)
                mergedSearches = Self.mergedSearches(mergedSearches, newSearches)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                let data: Data
                let file = ReaderStateFile(states: merged, searches: mergedSearches, order: order)
                do { data = try encoder.encode(file) } catch {
                    throw FileProblem(path: path, reason: "cannot encode: \(error)")
                }
                try AtomicFile.write(data, to: path, permissions: 0o600)
                return (merged, mergedSearches, order)
            }
            (states, searches, listOrder) = merged
            changed.removeAll()
            newSearches.removeAll()
            listOrderChanged = false
            return nil
        } catch {
            return ReaderStateProblem("reading state not saved: \(error)")
        }
    }

    /// `a` and `b` as one history: each query once at its latest time, oldest first, the most
    /// recent `maxSearches` kept.
    private static func mergedSearches(
        _ a: [ReaderStateFile.Search], _ b: [ReaderStateFile.Search]
    ) -> [ReaderStateFile.Search] {
        var latest: [String: Double] = [:]
        for s in a + b where s.query.unicodeScalars.count <= maxSearchLength && s.at.isFinite {
            latest[s.query] = max(latest[s.query] ?? -.infinity, s.at)
        }
        let sorted = latest.map { ReaderStateFile.Search(query: $0.key, at: $0.value) }
            .sorted { $0.at != $1.at ? $0.at < $1.at : $0.query < $1.query }
        return Array(sorted.suffix(maxSearches))
    }

    /// Keeps the `maxArticles` most recently changed articles.
    private static func pruned(_ states: [ArticleKey: ArticleReadingState]) -> [ArticleKey: ArticleReadingState] {
        guard states.count > maxArticles else { return states }
        let kept = states.sorted { $0.value.updatedAt > $1.value.updatedAt }.prefix(maxArticles)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    /// Why reading the file failed; `corrupt` when it was read but is not a valid state file.
    private struct ReadFailure: Error {
        var message: String
        var corrupt: Bool
    }

    private static func readFile(_ path: String) -> Result<ReaderStateFile?, ReadFailure> {
        let data: Data
        do {
            guard let read = try AtomicFile.readRegularFile(path, limit: maxFileBytes) else { return .success(nil) }
            data = read
        } catch {
            return .failure(ReadFailure(message: error.description, corrupt: false))
        }
        do {
            return .success(try JSONDecoder().decode(ReaderStateFile.self, from: data))
        } catch {
            return .failure(ReadFailure(message: "\(path): not a valid state file (\(reason(error)))", corrupt: true))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        case DecodingError.valueNotFound(_, let context): return context.debugDescription
        case let error as CocoaError:
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
               underlying.domain == NSPOSIXErrorDomain {
                return String(cString: strerror(Int32(underlying.code)))
            }
            return error.localizedDescription
        default: return "\(error)"
        }
    }
}
