import CNcursesw
import Foundation
import NewsroomUI

/// The terminal in curses mode: opens and restores it, copies `Screen`s to it by diffing against
/// the previous frame, and reads events. All calls happen on the main actor.
@MainActor
final class CursesScreen {
    private var screen: OpaquePointer?
    private var previous: Screen?
    private var pairs: [TerminalStyle: Int16] = [:]
    private(set) var colorMode: ColorMode = .monochrome
    private var open = false
    /// Events read while looking for an SGR mouse report that turned out to be keys.
    private var pending: [TerminalEvent] = []
    /// True when ncurses does not decode SGR reports itself (its terminfo entry has no `XM`
    /// asking for 1006, as with TERM=screen or tmux-256color): the reader asks for them and
    /// decodes them from the key stream.
    private var decodesSGRMouse = false

    /// Opens the terminal; throws a readable message when it cannot be used.
    init(forceMonochrome: Bool) throws {
        if setlocale(LC_ALL, "") == nil || !Self.localeIsUTF8() {
            // Wide characters need a UTF-8 locale; fall back to C.UTF-8 when the environment has none.
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
        SignalGuard.install()
        var buffer = [CChar](repeating: 0, count: 512)
        guard let scr = nr_open_terminal(&buffer, Int32(buffer.count)) else {
            SignalGuard.uninstall()
            let message = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw TerminalError(message: message)
        }
        screen = scr
        open = true
        cbreak()
        noecho()
        nonl()
        keypad(nr_stdscr(), true)
        intrflush(nr_stdscr(), false)
        _ = nr_set_escdelay(25)
        curs_set(0)
        mousemask(mmask_t(nr_mouse_clicks()), nil)
        mouseinterval(0)
        decodesSGRMouse = nr_curses_decodes_sgr_mouse() == 0
        enableSGRMouse()
        if has_colors() {
            start_color()
            use_default_colors()
        }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
        colorMode = forceMonochrome ? .monochrome : ColorMode.choose(noColorEnv: noColor, hasColors: has_colors(), colors: Int(nr_colors()))
        SignalGuard.prepareCrashRestore()
    }

    private static func localeIsUTF8() -> Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Current terminal size (columns, rows).
    var size: (width: Int, height: Int) {
        var y: Int32 = 0, x: Int32 = 0
        nr_getmaxyx(nr_stdscr(), &y, &x)
        return (Int(x), Int(y))
    }

    /// Waits up to `timeout` ms (0: just poll) for an event.
    func read(timeout: Int32) -> TerminalEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let event = readRaw(timeout: timeout) else { return nil }
        guard decodesSGRMouse, event == .key(.escape) else { return event }
        switch sgrMouseReport() {
        case .notAReport: return event
        case .report(let mouse): return .mouse(mouse)
        case .ignoredReport: return read(timeout: 0)
        }
    }

    private func readRaw(timeout: Int32) -> TerminalEvent? {
        wtimeout(nr_stdscr(), timeout)
        var code: UInt32 = 0
        let r = nr_get_wch(nr_stdscr(), &code)
        if r == nr_err() { return nil }
        return KeyDecoder.decode(code: code, isFunctionKey: r == nr_key_code_yes())
    }

    /// After an Esc: reads `[ < params M|m` if that is what follows (a report arrives in one
    /// write, so the rest is already waiting); otherwise keeps what was read for later. A report
    /// the reader ignores (release, motion) is swallowed.
    private enum SGROutcome { case notAReport, ignoredReport, report(MouseEvent) }

    private func sgrMouseReport() -> SGROutcome {
        var consumed: [TerminalEvent] = []
        func next() -> Character? {
            guard let e = readRaw(timeout: 5) else { return nil }
            consumed.append(e)
            if case .key(.char(let c)) = e { return c }
            return nil
        }
        guard next() == "[", next() == "<" else { pending += consumed; return .notAReport }
        var parameters = ""
        while parameters.count <= SGRMouseReport.maximumLength, let c = next() {
            if SGRMouseReport.isFinal(c) {
                if let m = SGRMouseReport.event(parameters: parameters, final: c) { return .report(m) }
                return .ignoredReport
            }
            guard SGRMouseReport.isParameter(c) else { break }
            parameters.append(c)
        }
        pending += consumed
        return .notAReport
    }

    /// Asks the terminal for SGR (1006) mouse reports; ncurses's own mouse mode (1000) stays.
    private func enableSGRMouse() {
        guard decodesSGRMouse else { return }
        nr_write_raw("\u{1B}[?1006h")
    }

    /// Stops SGR mouse reports (before leaving curses mode).
    private func disableSGRMouse() {
        guard decodesSGRMouse else { return }
        nr_write_raw("\u{1B}[?1006l")
    }

    /// Forgets the previous frame so the next `show` repaints everything.
    func invalidate() {
        previous = nil
        clearok(nr_stdscr(), true)
    }

    /// Copies `frame` to the terminal: only cells that changed since the last frame.
    func show(_ frame: Screen) {
        if let p = previous, p.width != frame.width || p.height != frame.height { previous = nil }
        if previous == nil { werase(nr_stdscr()) }
        var scalars: [UInt32] = []
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if let p = previous, p[x, y] == cell { continue }
                if cell.isContinuation { continue }
                scalars.removeAll(keepingCapacity: true)
                for s in cell.text.unicodeScalars { scalars.append(s.value) }
                if scalars.isEmpty { scalars.append(32) }
                let t = Theme.resolve(cell.style, mode: colorMode)
                let pair = pairNumber(t)
                _ = nr_put_cell32(Int32(y), Int32(x), scalars, Int32(scalars.count), attributes(t.attributes), pair)
            }
        }
        previous = frame
        wnoutrefresh(nr_stdscr())
        doupdate()
    }

    private func attributes(_ a: TextAttributes) -> UInt32 {
        var v = nr_a_normal()
        if a.contains(.bold) { v |= nr_a_bold() }
        if a.contains(.underline) { v |= nr_a_underline() }
        if a.contains(.reverse) { v |= nr_a_reverse() }
        if a.contains(.dim) { v |= nr_a_dim() }
        return v
    }

    private func pairNumber(_ t: TerminalStyle) -> Int16 {
        guard colorMode != .monochrome, t.foreground >= 0 || t.background >= 0 else { return 0 }
        let key = TerminalStyle(foreground: t.foreground, background: t.background)
        if let p = pairs[key] { return p }
        let n = pairs.count + 1
        guard n < Int(nr_color_pairs()), n < Int(Int16.max) else { return 0 }
        init_pair(Int16(n), Int16(t.foreground), Int16(t.background))
        pairs[key] = Int16(n)
        return Int16(n)
    }

    /// Leaves curses mode temporarily (suspend); `resume` comes back.
    func suspend() {
        disableSGRMouse()
        mousemask(0, nil)
        curs_set(1)
        endwin()
        fflush(nil)  // the bytes that leave the alternate screen must be out before the stop
    }

    /// Comes back after `suspend`.
    func resume() {
        // The shell may have changed the terminal modes while we were stopped: set ours again.
        reset_prog_mode()
        cbreak()
        noecho()
        nonl()
        keypad(nr_stdscr(), true)
        mousemask(mmask_t(nr_mouse_clicks()), nil)
        enableSGRMouse()
        clearok(nr_curscr(), true)
        refresh()
        curs_set(0)
        invalidate()
    }

    /// Puts the reader's terminal modes back if something changed them: after `fg`, a job-control
    /// shell may restore its own (echoing, line-buffered) modes just after the reader resumed.
    func ensureProgramModes() {
        var t = termios()
        guard tcgetattr(STDIN_FILENO, &t) == 0 else { return }
        let cooked = tcflag_t(ICANON) | tcflag_t(ECHO)
        if t.c_lflag & cooked != 0 {
            reset_prog_mode()
            cbreak()
            noecho()
            nonl()
        }
    }

    /// Restores the terminal for good: cursor visible, mouse off, alternate screen left.
    func close() {
        guard open else { return }
        open = false
        disableSGRMouse()
        mousemask(0, nil)
        curs_set(1)
        endwin()
        if let s = screen { delscreen(s) }
        screen = nil
        SignalGuard.uninstall()
    }
}

/// The terminal cannot run the reader; `message` says why.
public struct TerminalError: Error, CustomStringConvertible {
    /// What is wrong, for standard error.
    public let message: String
    public var description: String { message }
}
