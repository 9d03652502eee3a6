/// Small helpers for plain-text output.
enum Text {
    /// `s` padded with spaces (or cut with "…") to `width` characters.
    static func pad(_ s: String, _ width: Int) -> String {
        if s.count > width { return String(s.prefix(max(0, width - 1))) + "…" }
        return s + String(repeating: " ", count: width - s.count)
    }

    /// `s` wrapped to lines of at most `width` characters at spaces, each prefixed by `indent`.
    static func wrap(_ s: String, width: Int, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(indent + line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(indent + line)
        }
        return lines
    }
}
