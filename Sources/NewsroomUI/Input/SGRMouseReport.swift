/// SGR (1006) extended mouse reports: `ESC [ < button ; column ; row M` (press) or `… m`
/// (release), with 1-based decimal coordinates, so clicks beyond column 223 are reported.
/// Terminal-free: the curses side collects the characters after `ESC [ <` and asks here.
public enum SGRMouseReport {
    /// The longest parameter text accepted ("button;column;row").
    public static let maximumLength = 24

    /// Whether `c` can continue the parameters of a report.
    public static func isParameter(_ c: Character) -> Bool { c == ";" || ("0"..."9").contains(c) }

    /// Whether `c` ends a report.
    public static func isFinal(_ c: Character) -> Bool { c == "M" || c == "m" }

    /// The event of a report with `parameters` ("0;241;10") ended by `final`; nil for reports
    /// the reader ignores (releases, motion, other buttons) or malformed ones.
    public static func event(parameters: String, final: Character) -> MouseEvent? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false)
        guard fields.count == 3, final == "M",
              let button = Int(fields[0]), let column = Int(fields[1]), let row = Int(fields[2]),
              column >= 1, row >= 1 else { return nil }
        if button & 32 != 0 { return nil }  // motion
        let x = column - 1, y = row - 1
        switch button & ~(4 | 8 | 16) {     // shift, meta, control do not matter
        case 0: return MouseEvent(.press, x: x, y: y)
        case 64: return MouseEvent(.wheelUp, x: x, y: y)
        case 65: return MouseEvent(.wheelDown, x: x, y: y)
        default: return nil
        }
    }
}
