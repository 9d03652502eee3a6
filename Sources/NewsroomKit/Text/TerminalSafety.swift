/// Makes text safe to print on a terminal: control characters that a terminal would interpret
/// (escape sequences, C0/C1 controls, BEL, backspace) and invisible characters that could
/// disguise text (bidirectional overrides, zero-width characters) are shown visibly instead.
public enum TerminalSafety {
    /// How one scalar must be shown, or nil when it can be printed as it is.
    ///
    /// C0 controls and DEL use caret notation (`^[`, `^G`, `^?`); C1 controls, bidirectional
    /// controls, zero-width and other invisible format characters use `\u{…}`.
    /// Newline and tab are left to the caller (see `visible(_:keepNewlines:)`).
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        if v >= 0x80 && v <= 0x9F { return escaped(v) }
        switch v {
        case 0x200B...0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
             0xFEFF, 0xFFF9...0xFFFB, 0x061C, 0x180E:
            return escaped(v)
        default:
            if scalar.properties.generalCategory == .format { return escaped(v) }
            if (0xE000...0xF8FF).contains(v) || v >= 0xF0000 { return nil }  // private use: harmless
            return nil
        }
    }

    /// `s` with every unsafe scalar replaced by its visible form. Newlines and tabs are kept
    /// when `keepNewlines` is true (plain-text output), otherwise shown as `^J`/`^I`.
    public static func visible(_ s: String, keepNewlines: Bool = true) -> String {
        var needs = false
        for scalar in s.unicodeScalars where replacement(for: scalar) != nil {
            if keepNewlines && (scalar == "\n" || scalar == "\t") { continue }
            needs = true
            break
        }
        if !needs { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if keepNewlines && (scalar == "\n" || scalar == "\t") {
                out.append(scalar)
            } else if let r = replacement(for: scalar) {
                out.append(contentsOf: r.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func escaped(_ v: UInt32) -> String {
        "\\u{" + String(v, radix: 16, uppercase: true) + "}"
    }
}
