import Foundation
import XCTest

/// A private tmux server (`tmux -L newsroom-test-<pid>-<random>`) running one command in a
/// detached session, for driving the real `newsroom` binary like a user: keys in, screen out.
final class TmuxSession {
    let socket: String
    private let tmux: String

    /// The tmux executable, if installed.
    static func find() -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Starts `command` (run by sh) in a `width`×`height` session.
    init(tmux: String, command: String, width: Int, height: Int) throws {
        self.tmux = tmux
        socket = "newsroom-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        run(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", command])
        let check = run(["has-session", "-t", "t"])
        guard check.status == 0 else {
            throw NSError(domain: "tmux", code: Int(check.status), userInfo: [NSLocalizedDescriptionKey: check.output])
        }
    }

    deinit { run(["kill-server"]) }

    /// Runs a tmux command on this server and returns its status and output.
    ///
    /// Spawned directly with its output in a temporary file, not through `Process` and a pipe:
    /// the command that starts the server leaves the daemon holding inherited descriptors, so
    /// waiting for a pipe's end (or Foundation's exit monitoring) can wait forever.
    @discardableResult
    func run(_ args: [String]) -> (status: Int32, output: String) {
        let outPath = NSTemporaryDirectory() + "newsroom-tmux-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([tmux, "-L", socket] + args).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { return (-1, "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : -1, output)
    }

    /// The visible screen as text (`escapes`: with colour and attribute escapes).
    func capture(escapes: Bool = false) -> String {
        run(["capture-pane", "-p", "-t", "t"] + (escapes ? ["-e"] : [])).output
    }

    /// Sends tmux key names ("q", "Enter", "Escape", "C-c", "Up").
    func keys(_ names: String...) { run(["send-keys", "-t", "t"] + names) }

    /// Types `text` literally, one key at a time.
    func type(_ text: String) { for ch in text { run(["send-keys", "-t", "t", "-l", String(ch)]) } }

    /// Sends raw bytes to the program (e.g. a mouse report).
    func raw(_ text: String) { run(["send-keys", "-t", "t", "-l", text]) }

    /// A left click at a 0-based cell, as an X10 mouse report (what ncurses reads under tmux).
    func click(x: Int, y: Int) {
        func enc(_ v: Int) -> String { String(Unicode.Scalar(UInt8(min(255, 32 + v)))) }
        raw("\u{1B}[M" + enc(0) + enc(x + 1) + enc(y + 1))
        raw("\u{1B}[M" + enc(3) + enc(x + 1) + enc(y + 1))
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) { run(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"]) }

    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}` …).
    func format(_ f: String) -> String {
        run(["display-message", "-p", "-t", "t", f]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls a format until it equals `value` (or `timeout` passes); returns its last value.
    func format(_ f: String, becomes value: String, timeout: TimeInterval = 3) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var v = format(f)
        while v != value, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.03)
            v = format(f)
        }
        return v
    }

    /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen.
    @discardableResult
    func wait(timeout: TimeInterval = 10, until predicate: (String) -> Bool) -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline { return (false, screen) }
            Thread.sleep(forTimeInterval: 0.03)
            screen = capture()
        }
        return (true, screen)
    }

    /// Waits until the screen contains every one of `texts`.
    @discardableResult
    func wait(for texts: String..., timeout: TimeInterval = 10) -> (ok: Bool, screen: String) {
        wait(timeout: timeout) { s in texts.allSatisfy { s.contains($0) } }
    }
}
