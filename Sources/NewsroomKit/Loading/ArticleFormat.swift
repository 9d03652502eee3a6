/// The stored-article formats the loader reads, chosen by file extension.
enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText, markdown, json, jsonLines, csv, html, feed

    /// The format for a file extension (lower-cased, without the dot); nil when unknown.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        case "csv": self = .csv
        case "html", "htm", "xhtml": self = .html
        case "xml", "rss", "atom": self = .feed
        default: return nil
        }
    }

    /// Whether one file holds many articles (their ids get `#<n>`).
    var holdsManyArticles: Bool {
        switch self {
        case .plainText, .markdown, .html: return false
        case .json, .jsonLines, .csv, .feed: return true
        }
    }

    /// Parses decoded text in this format.
    func parse(_ text: String) -> ParsedFile {
        switch self {
        case .plainText: return ParsedFile(drafts: [ArticleDraft(body: text)])
        case .markdown: return MarkdownParser.parse(text)
        case .json: return JSONArticleParser.parseDocument(text)
        case .jsonLines: return JSONArticleParser.parseLines(text)
        case .csv: return CSVArticleParser.parse(text)
        case .html: return HTMLArticleParser.parse(text)
        case .feed: return FeedParser.parse(text)
        }
    }
}

/// File-name helpers (no Foundation path juggling needed).
enum PathName {
    /// The last path component.
    static func fileName(_ path: String) -> Substring {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") { return trimmed[trimmed.index(after: slash)...] }
        return trimmed
    }

    /// The extension of the file name, lower-cased ("" when none; a leading dot is not one).
    static func fileExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The file name without its extension.
    static func baseName(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }
}
