import Foundation
import NewsroomKit

/// Standard output and error. Plain text bound for a terminal has its control characters
/// made visible (`TerminalSafety`), so article content can never drive the terminal.
enum Output {
    /// Whether standard output is a terminal.
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    /// Whether standard error is a terminal.
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    /// Prints a line of plain text.
    static func line(_ s: String = "") {
        write(stdoutIsTerminal ? TerminalSafety.visible(s) : s, newline: true, to: FileHandle.standardOutput)
    }

    /// Prints JSON (already escaped; never sanitised further).
    static func json(_ value: JSONValue, pretty: Bool) {
        write(value.serialized(pretty: pretty), newline: true, to: FileHandle.standardOutput)
    }

    /// Prints `newsroom: message` on standard error.
    static func error(_ s: String) {
        write("newsroom: " + TerminalSafety.visible(s, keepNewlines: false), newline: true, to: FileHandle.standardError)
    }

    private static func write(_ s: String, newline: Bool, to handle: FileHandle) {
        var data = Data(s.utf8)
        if newline { data.append(0x0A) }
        handle.write(data)
    }
}
