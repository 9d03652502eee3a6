import Foundation

/// Folding used wherever names or search terms are compared: case- and diacritic-insensitive,
/// typographic apostrophes and dashes mapped to ASCII ("Juppé" → "juppe", "O’Neill" → "o'neill").
public enum Folding {
    /// Folds `s` for comparison.
    public static func fold(_ s: String) -> String {
        if let ascii = foldASCII(s) { return ascii }
        var out = String.UnicodeScalarView()
        for ch in s.unicodeScalars { appendFolded(ch, to: &out) }
        return String(out)
    }

    /// `fold` of a string made only of ASCII (the letters lower-cased, byte for byte, without
    /// building it scalar by scalar); nil for any other string.
    private static func foldASCII(_ s: String) -> String? {
        let utf8 = s.utf8
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 < 0x80 }) else { return utf8.isEmpty ? "" : nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var n = 0
            for b in utf8 {
                buffer[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
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
        case 0x2024: out.append("."); return  // one dot leader, written for an initial's full stop
        default: break
        }
        let props = ch.properties
        if props.generalCategory == .nonspacingMark { return }
        let folded = String(ch).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        out.append(contentsOf: folded.unicodeScalars)
    }
}
