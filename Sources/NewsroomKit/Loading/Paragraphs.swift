/// Splits text into paragraphs: runs of non-blank lines separated by blank lines.
///
/// Inside a paragraph the lines and their inner whitespace are kept; trailing spaces, tabs and
/// no-break spaces at the end of each line are dropped, and so is the indentation of the first
/// line. A line of only whitespace (including no-break spaces) is blank. Linear in the input.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { split($0) }
    }

    static func split(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            paragraphs.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        let n = b.count
        var lineStart = 0
        while lineStart <= n {
            var lineEnd = lineStart
            while lineEnd < n, b[lineEnd] != 0x0A { lineEnd += 1 }
            var end = lineEnd
            while end > lineStart {
                let c = b[end - 1]
                if isSpace(c) { end -= 1; continue }
                if c == 0xA0, end - 2 >= lineStart, b[end - 2] == 0xC2 { end -= 2; continue }
                break
            }
            if end == lineStart {
                flush()
            } else if current.isEmpty {
                var start = lineStart
                while start < end {
                    if isSpace(b[start]) { start += 1; continue }
                    if b[start] == 0xC2, start + 1 < end, b[start + 1] == 0xA0 { start += 2; continue }
                    break
                }
                current.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
            } else {
                current.append(0x0A)
                current.append(contentsOf: UnsafeBufferPointer(rebasing: b[lineStart..<end]))
            }
            lineStart = lineEnd + 1
        }
        flush()
        return paragraphs
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C || c == 0x0B
    }

    /// Joins paragraphs with exactly one blank line.
    static func join(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n")
    }
}
