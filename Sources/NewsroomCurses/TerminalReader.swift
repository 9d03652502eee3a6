import Foundation
import NewsroomKit
import NewsroomUI

/// The interactive reader on a real terminal. The one entry point of this module.
@MainActor
public enum TerminalReader {
    /// Runs the reader: shows a loading line while `loadLibrary` runs off the main actor, then
    /// the four panes until the user quits. Returns the process exit code: 0 after `q`,
    /// 128 + signal after SIGINT/SIGTERM/SIGHUP, 1 when the terminal cannot be used (the reason
    /// is printed on standard error). The terminal is restored on every path.
    public static func run(options: ReaderOptions, loadLibrary: @escaping @Sendable () async -> Library) async -> Int32 {
        let terminal: CursesScreen
        do {
            terminal = try CursesScreen(forceMonochrome: options.monochrome)
        } catch {
            FileHandle.standardError.write(Data("newsroom: cannot start the reader: \(error)\n".utf8))
            return 1
        }
        let loop = ReaderLoop(terminal: terminal, options: options)
        let code = await loop.run(loadLibrary: loadLibrary)
        terminal.close()
        if let message = loop.exitMessage {
            FileHandle.standardError.write(Data("newsroom: \(message)\n".utf8))
        }
        return code
    }
}

/// Holds the library once the background load finishes.
private final class LoadResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Library?
    func set(_ l: Library) { lock.lock(); value = l; lock.unlock() }
    func get() -> Library? { lock.lock(); defer { lock.unlock() }; return value }
}

/// The event loop: event → keymap → reduce → render → diff → flush.
@MainActor
final class ReaderLoop {
    private let terminal: CursesScreen
    private let options: ReaderOptions
    private(set) var exitMessage: String?
    /// Read marks, positions, search history and list order (in memory with `--no-state`).
    private var store = ReaderStateStore.inMemory()
    /// Saving fsyncs, so it stays off the key path: at most once per `saveInterval`, and always
    /// when the reader stops. `savePending` is set by a `.saveReading` effect not yet acted on.
    private var savePending = false
    private var lastSave: ContinuousClock.Instant?
    private static let saveInterval: Duration = .seconds(1)

    init(terminal: CursesScreen, options: ReaderOptions) {
        self.terminal = terminal
        self.options = options
    }

    func run(loadLibrary: @escaping @Sendable () async -> Library) async -> Int32 {
        let box = LoadResultBox()
        let task = Task.detached { box.set(await loadLibrary()) }
        // Loading: keep the screen alive (resize, signals, q) until the library is there.
        var spinner = 0
        while box.get() == nil {
            var none: ReaderState? = nil
            if let code = handleSignal(state: &none) { task.cancel(); return code }
            let (w, h) = terminal.size
            let dots = String(repeating: ".", count: spinner % 4)
            terminal.show(LoadingScreen.render(width: w, height: h, message: "Loading articles" + dots))
            spinner += 1
            if let e = terminal.read(timeout: 50), case .key(.char("q")) = e { task.cancel(); return 0 }
        }
        guard let library = box.get() else { return 1 }
        let path = options.statePath ?? ReaderStateStore.defaultPath()
        store = options.persistState ? (path.map { ReaderStateStore(path: $0) } ?? .inMemory()) : .inMemory()
        let (w, h) = terminal.size
        var state = ReaderState(
            library: library, width: w, height: h, colorMode: terminal.colorMode,
            readArticles: store.readArticleIDs(in: library), positions: store.scrollOffsets(in: library),
            searchHistory: store.searchHistory, listOrder: store.listOrder)
        if let p = store.loadProblem { state.reduce(.report(p.message)) }
        if options.persistState, path == nil { state.reduce(.report("Reading state not kept: neither XDG_STATE_HOME nor HOME is set")) }
        perform([.saveReading], state: &state)
        saveIfDue(&state, force: true)
        terminal.show(state.render())
        DebugHooks.crashAfterFirstPaintIfAsked()

        while true {
            if let code = handleSignal(state: &state) { return code }
            terminal.ensureProgramModes()
            guard let first = terminal.read(timeout: 100) else {
                if savePending {
                    saveIfDue(&state, force: false)
                    terminal.show(state.render())
                }
                continue
            }
            var events = [first]
            // Coalesce: take everything already waiting (key repeat, paste, resize storms).
            while events.count < 256, let more = terminal.read(timeout: 0) { events.append(more) }
            var resized = false
            for event in events {
                let action: Action?
                switch event {
                case .resize: resized = true; action = nil
                case .mouse(let m): action = .mouse(m)
                case .key(let k): action = Keymap.action(for: k, in: state)
                }
                guard let action else { continue }
                perform(state.reduce(action), state: &state)
                if state.shouldQuit {
                    saveIfDue(&state, force: true)
                    return 0
                }
            }
            saveIfDue(&state, force: false)
            if resized {
                let (nw, nh) = terminal.size
                state.reduce(.resize(width: nw, height: nh))
                terminal.invalidate()
            }
            terminal.show(state.render())
        }
    }

    private func perform(_ effects: [Effect], state: inout ReaderState) {
        for effect in effects {
            switch effect {
            case .export(let request):
                state.reduce(.report(QuoteFileWriter.perform(request, library: state.library)))
            case .saveReading:
                savePending = true
            case .rememberSearch(let query):
                store.addSearch(query)
            case .rememberOrder(let order):
                // Only a change made here is written: another reader's order is not overwritten
                // by this one's unchanged order at its next save.
                store.setListOrder(order)
                savePending = true
            case .redraw:
                terminal.invalidate()
            }
        }
    }

    /// Saves the reading state when a save is pending and the last one is at least
    /// `saveInterval` old (or `force`: start and quit); reports a failure in the status line.
    private func saveIfDue(_ state: inout ReaderState, force: Bool) {
        guard savePending || force else { return }
        let now = ContinuousClock.now
        if !force, let last = lastSave, now - last < Self.saveInterval { return }
        savePending = false
        lastSave = now
        if let problem = saveReading(state) { state.reduce(.report(Self.sentence(problem))) }
    }

    /// The store's message ("reading state not saved: …") as a status-line sentence.
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        return first.uppercased() + message.dropFirst()
    }

    /// Records the state's read marks and positions in the store and saves it (atomically).
    private func saveReading(_ state: ReaderState) -> String? {
        store.record(readIDs: state.readArticles, offsets: state.positions, in: state.library)
        guard store.hasUnsavedChanges else { return nil }
        return store.save()?.message
    }

    /// Acts on a pending signal; returns an exit code when the reader must stop. `state` is nil
    /// while the library is still loading.
    private func handleSignal(state: inout ReaderState?) -> Int32? {
        guard let sig = SignalGuard.take() else { return nil }
        if sig == SIGTSTP {
            terminal.suspend()
            SignalGuard.suspend()
            terminal.resume()
            if var s = state {
                let (w, h) = terminal.size
                s.reduce(.resize(width: w, height: h))
                terminal.show(s.render())
                state = s
            }
            return nil
        }
        if var s = state {
            s.reduce(.quit)
            _ = saveReading(s)
            state = s
        }
        return 128 + sig
    }

    private func handleSignal(state: inout ReaderState) -> Int32? {
        var optional: ReaderState? = state
        let code = handleSignal(state: &optional)
        if let s = optional { state = s }
        return code
    }
}

/// Hooks for the end-to-end tests, documented in docs/reader-terminal.md.
enum DebugHooks {
    /// `NEWSROOM_DEBUG_CRASH=1` makes the reader trap right after its first paint, so a test can
    /// check that the crash handler restores the terminal (alternate screen left, cursor on).
    static func crashAfterFirstPaintIfAsked() {
        guard ProcessInfo.processInfo.environment["NEWSROOM_DEBUG_CRASH"] == "1" else { return }
        fatalError("NEWSROOM_DEBUG_CRASH=1: crashing after the first paint, as asked")
    }
}
