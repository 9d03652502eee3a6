/// Splits text into paragraphs: runs of non-blank lines separated by blank lines.
///
/// Inside a paragraph the lines and their inner whitespace are kept; trailing spaces, tabs and
/// no-break spaces at the end of each line are dropped, and so is the indentation of the first
/// line. A line of only whitespace (including no-break spaces) is blank. Linear in the input.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        var line: [UInt8] = []
        func endLine() {
            let trimmed = trimTrailing(line)
            line.removeAll(keepingCapacity: true)
            if trimmed.isEmpty {
                if !current.isEmpty {
                    paragraphs.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                return
            }
            if current.isEmpty {
                current.append(contentsOf: trimmed[leadingWhitespaceEnd(trimmed)...])
            } else {
                current.append(0x0A)
                current.append(contentsOf: trimmed)
            }
        }
        for b in text.utf8 {
            if b == 0x0A { endLine() } else { line.append(b) }
        }
        endLine()
        if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
        return paragraphs
    }

    /// The line without trailing ASCII whitespace and no-break spaces (C2 A0).
    static func trimTrailing(_ line: [UInt8]) -> ArraySlice<UInt8> {
        var end = line.count
        while end > 0 {
            let b = line[end - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { end -= 1; continue }
            if b == 0xA0, end >= 2, line[end - 2] == 0xC2 { end -= 2; continue }
            break
        }
        return line[0..<end]
    }

    /// Index after the leading ASCII whitespace and no-break spaces.
    static func leadingWhitespaceEnd(_ line: ArraySlice<UInt8>) -> Int {
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B { i += 1; continue }
            if b == 0xC2, i + 1 < line.endIndex, line[i + 1] == 0xA0 { i += 2; continue }
            break
        }
        return i
    }

    /// Joins paragraphs with exactly one blank line.
    static func join(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n")
    }
}
