/// A piece of HTML or XML markup.
enum MarkupToken {
    /// Character data (entities not yet decoded), as a byte range of the input.
    case text(Range<Int>)
    /// A CDATA section's raw content.
    case cdata(Range<Int>)
    /// A start tag: lower-cased name, attributes (lower-cased names, decoded values), `/>`.
    case open(name: String, attributes: [String: String], selfClosing: Bool)
    /// An end tag with its lower-cased name.
    case close(name: String)
}

/// A tolerant, linear scanner for HTML and XML (RSS, Atom). It never fails: a `<` that does not
/// start a tag is text, an unterminated tag or comment ends the input. The content of `script`
/// and `style` is skipped. Tag ends are found at the first `>` (quoted `>` in attributes is rare).
struct MarkupScanner {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func scan(_ visit: (MarkupToken) -> Void) {
        let n = bytes.count
        var i = 0, textStart = 0
        func flushText(_ end: Int) { if end > textStart { visit(.text(textStart..<end)) } }
        while i < n {
            guard bytes[i] == 0x3C, i + 1 < n else { i += 1; continue }
            let next = bytes[i + 1]
            if next == 0x21 { // <!
                flushText(i)
                if starts(with: "<!--", at: i) {
                    guard let end = find("-->", from: i + 4) else { return }
                    i = end + 3
                } else if starts(with: "<![CDATA[", at: i) {
                    let contentStart = i + 9
                    let end = find("]]>", from: contentStart) ?? n
                    visit(.cdata(contentStart..<end))
                    i = min(n, end + 3)
                } else {
                    guard let end = find(">", from: i) else { return }
                    i = end + 1
                }
                textStart = i
                continue
            }
            if next == 0x3F { // <? … ?>
                flushText(i)
                guard let end = find(">", from: i) else { return }
                i = end + 1
                textStart = i
                continue
            }
            let isClose = next == 0x2F
            let nameStart = isClose ? i + 2 : i + 1
            guard nameStart < n, isNameStart(bytes[nameStart]) else { i += 1; continue }
            flushText(i)
            guard let end = find(">", from: nameStart) else { textStart = n; return }
            var nameEnd = nameStart
            while nameEnd < end, isNameChar(bytes[nameEnd]) { nameEnd += 1 }
            let name = lowercased(nameStart..<nameEnd)
            i = end + 1
            textStart = i
            if isClose {
                visit(.close(name: name))
                continue
            }
            let selfClosing = end > nameEnd && bytes[end - 1] == 0x2F
            visit(.open(name: name, attributes: attributes(nameEnd..<(selfClosing ? end - 1 : end)), selfClosing: selfClosing))
            if !selfClosing, name == "script" || name == "style" {
                if let found = findCaseInsensitive("</" + name, from: i), let tagEnd = find(">", from: found) {
                    visit(.close(name: name))
                    i = tagEnd + 1
                } else {
                    i = n
                }
                textStart = i
            }
        }
        flushText(n)
    }

    /// Decodes the entities of a text range.
    func text(_ range: Range<Int>) -> String { HTMLEntities.decode(bytes[range]) }

    /// The raw text of a range (CDATA).
    func raw(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func isNameStart(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F }

    private func isNameChar(_ b: UInt8) -> Bool {
        isNameStart(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x3A || b == 0x2E
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    private func starts(with literal: StaticString, at i: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let p = literal.utf8Start
        guard count > 0, start >= 0 else { return nil }
        var i = start
        while i + count <= bytes.count {
            if bytes[i] == p[0] {
                var k = 1
                while k < count, bytes[i + k] == p[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    private func findCaseInsensitive(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var i = start
        while i + pattern.count <= bytes.count {
            var k = 0
            while k < pattern.count {
                var b = bytes[i + k]
                if (0x41...0x5A).contains(b) { b += 32 }
                if b != pattern[k] { break }
                k += 1
            }
            if k == pattern.count { return i }
            i += 1
        }
        return nil
    }

    /// Attributes `name="value"`, `name='value'`, `name=value` or `name`.
    private func attributes(_ range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        var i = range.lowerBound
        let end = range.upperBound
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F }
        while i < end {
            while i < end, isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end, !isSpace(bytes[i]), bytes[i] != 0x3D { i += 1 }
            guard i > nameStart else { i += 1; continue }
            let name = lowercased(nameStart..<i)
            while i < end, bytes[i] == 0x20 { i += 1 }
            var value = ""
            if i < end, bytes[i] == 0x3D {
                i += 1
                while i < end, bytes[i] == 0x20 { i += 1 }
                if i < end, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    let valueStart = i + 1
                    var j = valueStart
                    while j < end, bytes[j] != quote { j += 1 }
                    value = HTMLEntities.decode(bytes[valueStart..<j])
                    i = j + 1
                } else {
                    let valueStart = i
                    while i < end, !isSpace(bytes[i]) || bytes[i] == 0x2F { i += 1 }
                    value = HTMLEntities.decode(bytes[valueStart..<i])
                }
            }
            if result[name] == nil { result[name] = value }
        }
        return result
    }
}
