import CNcursesw

/// The reader's signal handling. The C handlers only record a signal; the loop acts on it:
/// SIGINT, SIGTERM and SIGHUP quit cleanly, SIGTSTP suspends (terminal restored first) and redraws
/// on resume. Fatal signals (SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP) restore the
/// terminal with async-signal-safe calls and re-raise. Only this file calls the shim's signal
/// functions, so their static state exists once.
enum SignalGuard {
    /// Saves the terminal modes and installs the handlers (before curses starts).
    static func install() {
        nr_save_tty()
        nr_install_signal_handlers()
    }

    /// Records what a crash must write to restore the terminal (after curses started).
    static func prepareCrashRestore() { nr_prepare_restore() }

    /// The signal received since the last call, if any.
    static func take() -> Int32? {
        let s = nr_take_signal()
        return s == 0 ? nil : s
    }

    /// Stops the process until SIGCONT (the caller has left curses mode).
    static func suspend() { nr_suspend_self() }

    /// Puts every handler back to the default.
    static func uninstall() { nr_restore_default_signal_handlers() }

    /// Re-raises `signal` with its default action.
    static func reraise(_ signal: Int32) { nr_reraise_default(signal) }
}
