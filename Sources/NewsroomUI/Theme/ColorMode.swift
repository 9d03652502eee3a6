/// How many colours the terminal offers; chosen by the terminal layer (NO_COLOR, `has_colors`,
/// `COLORS`), used by the theme and shown nowhere else.
public enum ColorMode: String, Sendable, Hashable, CaseIterable {
    /// 256 colours.
    case colors256
    /// The 8 ANSI colours.
    case colors8
    /// No colour: bold, underline and reverse only (also `NO_COLOR`).
    case monochrome

    /// Picks the mode from what the terminal reports and the `NO_COLOR` convention.
    public static func choose(noColorEnv: String?, hasColors: Bool, colors: Int) -> ColorMode {
        if let n = noColorEnv, !n.isEmpty { return .monochrome }
        guard hasColors, colors >= 8 else { return .monochrome }
        return colors >= 256 ? .colors256 : .colors8
    }
}
