/// Markdown with optional YAML front matter (`title`, `date`, `source`, `url`, `id`, `author`).
///
/// Only the simple `key: value` form of YAML is read (quoted or plain scalars); other lines in the
/// front matter are reported and ignored. Without a `title`, a first `# Heading` is the headline.
/// Heading marks (`#`) are dropped from the body; other Markdown is kept as text.
enum MarkdownParser {
    static func parse(_ text: String) -> ParsedFile {
        var file = ParsedFile()
        var draft = ArticleDraft()
        var body = Substring(text)
        if let (fields, rest, issues) = frontMatter(text) {
            for issue in issues { file.warn(issue) }
            draft.id = fields["id"]
            draft.headline = fields["title"] ?? fields["headline"]
            draft.date = fields["date"] ?? fields["published"] ?? fields["pubdate"]
            draft.source = fields["source"] ?? fields["publisher"] ?? fields["publication"]
            draft.url = fields["url"] ?? fields["link"]
            draft.author = fields["author"] ?? fields["byline"]
            body = rest
        } else if text.hasPrefix("---\n") {
            file.warn("front matter opened with --- is never closed with --- ; the whole file was loaded as text")
        }
        var lines: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { lines.append(line); continue }
            let level = line.prefix { $0 == "#" }.count
            let title = line.dropFirst(level).trimmingWhitespaceSubstring()
            guard level <= 6, line.dropFirst(level).first == " " || title.isEmpty else { lines.append(line); continue }
            if draft.headline == nil, level == 1, !title.isEmpty {
                draft.headline = title
                lines.append("")
            } else {
                lines.append(Substring(title))
            }
        }
        draft.body = lines.joined(separator: "\n")
        file.drafts.append(draft)
        return file
    }

    /// The front matter's fields, the body after it and warnings; nil when there is none (or it is not closed).
    static func frontMatter(_ text: String) -> (fields: [String: String], body: Substring, issues: [String])? {
        guard text.hasPrefix("---\n") else { return nil }
        var fields: [String: String] = [:]
        var issues: [String] = []
        var position = text.index(text.startIndex, offsetBy: 4)
        var lineNumber = 1
        while position < text.endIndex {
            lineNumber += 1
            let lineEnd = text[position...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[position..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            let trimmed = line.trimmingWhitespaceSubstring()
            if trimmed == "---" || trimmed == "..." {
                return (fields, text[next...], issues)
            }
            position = next
            if trimmed.isEmpty || trimmed.hasPrefix("#") || line.first == " " || line.first == "\t" || trimmed.hasPrefix("- ") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                issues.append("front matter line \(lineNumber) is not `key: value` and was ignored: \(trimmed.prefix(40))")
                continue
            }
            let key = line[..<colon].trimmingWhitespaceSubstring().lowercased()
            let value = scalarValue(line[line.index(after: colon)...].trimmingWhitespaceSubstring())
            if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = value }
        }
        return nil
    }

    /// A YAML scalar: "double-quoted" (with \" \\ \n escapes), 'single-quoted' ('' is a quote) or plain.
    static func scalarValue(_ raw: String) -> String {
        if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") {
            var out = ""
            var escaped = false
            for c in raw.dropFirst().dropLast() {
                if escaped {
                    switch c {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(c)
                    }
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else {
                    out.append(c)
                }
            }
            return out
        }
        if raw.count >= 2, raw.hasPrefix("'"), raw.hasSuffix("'") {
            return raw.dropFirst().dropLast().replacingOccurrences(of: "''", with: "'")
        }
        if let comment = raw.range(of: " #") { return String(raw[..<comment.lowerBound]).trimmingWhitespace() }
        return raw
    }
}
