import Foundation

/// Folding used wherever names or search terms are compared: case- and diacritic-insensitive,
/// typographic apostrophes and dashes mapped to ASCII ("Juppé" → "juppe", "O’Neill" → "o'neill").
public enum Folding {
    /// Folds `s` for comparison.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for ch in s.unicodeScalars { appendFolded(ch, to: &out) }
        return String(out)
    }

    /// Appends the folded form of one scalar (possibly nothing for a combining mark).
    public static func appendFolded(_ ch: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if ch.isASCII {
            let v = ch.value
            out.append((v >= 65 && v <= 90) ? Unicode.Scalar(v + 32)! : ch)
            return
        }
        switch ch.value {
        case 0x2018, 0x2019, 0x02BC, 0x2032: out.append("'"); return
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: out.append("-"); return
        case 0x00A0, 0x2007, 0x202F: out.append(" "); return
        default: break
        }
        let props = ch.properties
        if props.generalCategory == .nonspacingMark { return }
        let folded = String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        out.append(contentsOf: folded.unicodeScalars)
    }
}
