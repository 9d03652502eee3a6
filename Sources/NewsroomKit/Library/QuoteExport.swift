import Foundation

/// A quote with the article it comes from: what an export needs.
public struct ExportedQuote: Sendable, Hashable {
    /// The quote.
    public var quote: Quote
    /// Its article (headline, date, source, URL, id).
    public var article: Article

    /// Creates an item.
    public init(quote: Quote, article: Article) {
        self.quote = quote
        self.article = article
    }
}

extension Library {
    /// The export items for `refs` (selected quotes or search results), in the given order;
    /// references outside the library are skipped.
    public func exportItems(_ refs: [QuoteRef]) -> [ExportedQuote] {
        refs.compactMap { ref in
            guard ref.article >= 0, ref.article < articles.count,
                  ref.quote >= 0, ref.quote < articles[ref.article].quotes.count else { return nil }
            return ExportedQuote(quote: articles[ref.article].quotes[ref.quote], article: articles[ref.article].article)
        }
    }
}

/// Quotes as a writer takes them away: a Markdown pull-quote list or an RFC 4180 CSV table.
///
/// Control characters (escape sequences, C1 controls, DEL) and invisible ones (bidi overrides,
/// zero-width characters) never pass through raw: they are written visibly (`^[`, `\u{202E}`,
/// see `TerminalSafety`) so that printing the file cannot drive a terminal or disguise text.
public enum QuoteExport {
    /// An export format.
    public enum Format: String, Sendable, CaseIterable {
        case markdown, csv

        /// The usual file extension.
        public var fileExtension: String { self == .markdown ? "md" : "csv" }
    }

    /// The CSV columns, in order.
    public static let csvColumns = ["speaker", "quote", "headline", "date", "source", "url", "article_id"]

    /// `items` in `format`.
    public static func render(_ items: [ExportedQuote], as format: Format, title: String? = nil) -> String {
        switch format {
        case .markdown: return markdown(items, title: title)
        case .csv: return csv(items)
        }
    }

    /// A Markdown pull-quote list, one block quote per item:
    ///
    ///     > We will veto any resolution that threatens Syria.
    ///     >
    ///     > — Sergei Lavrov, *[Russia blocks Syria draft](https://…)*, The Moscow Times, 2012-01-31
    ///
    /// Missing fields are left out; an unattributed quote says "unattributed". Markdown syntax in
    /// the text is escaped so it reads as written. `title` becomes a level-1 heading.
    public static func markdown(_ items: [ExportedQuote], title: String? = nil) -> String {
        var out = ""
        if let title, !title.isEmpty { out += "# \(escapeMarkdown(visible(oneLine(title))))\n\n" }
        for (i, item) in items.enumerated() {
            if i > 0 { out += "\n" }
            let lines = visible(item.quote.text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for line in lines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                out += trimmed.isEmpty ? ">\n" : "> \(escapeMarkdown(trimmed))\n"
            }
            var credit: [String] = [escapeMarkdown(visible(oneLine(item.quote.speaker ?? "unattributed")))]
            let headline = escapeMarkdown(visible(oneLine(item.article.headline)))
            if !headline.isEmpty {
                if let url = item.article.url, let safe = markdownURL(url) {
                    credit.append("*[\(headline)](\(safe))*")
                } else {
                    credit.append("*\(headline)*")
                }
            }
            for field in [item.article.source, item.article.date] {
                if let field, !field.isEmpty { credit.append(escapeMarkdown(visible(oneLine(field)))) }
            }
            out += ">\n> — \(credit.joined(separator: ", "))\n"
        }
        return out
    }

    /// An RFC 4180 table with the header `speaker,quote,headline,date,source,url,article_id`:
    /// CRLF line ends, fields with a comma, quote or line break enclosed in double quotes and
    /// inner quotes doubled. With `spreadsheetSafe` (the default), a field starting with `=`, `+`,
    /// `-`, `@`, tab or carriage return gets a leading `'` so spreadsheets show it as text instead
    /// of running it as a formula (CSV injection).
    public static func csv(_ items: [ExportedQuote], spreadsheetSafe: Bool = true) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for item in items {
            let fields = [
                item.quote.speaker ?? "", item.quote.text, item.article.headline, item.article.date ?? "",
                item.article.source ?? "", item.article.url ?? "", item.article.id,
            ]
            out += fields.map { csvField(visible($0), spreadsheetSafe: spreadsheetSafe) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Writes `items` in `format` to `path` atomically (see `AtomicFile.write`).
    public static func write(
        _ items: [ExportedQuote], as format: Format, to path: String, title: String? = nil
    ) throws(FileProblem) {
        try AtomicFile.write(Data(render(items, as: format, title: title).utf8), to: path)
    }

    /// A file name for an export made on `date`: `newsroom-quotes-2026-11-26.md`.
    public static func suggestedFileName(for format: Format, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return "newsroom-quotes-\(formatter.string(from: date)).\(format.fileExtension)"
    }

    // MARK: - Escaping

    static func csvField(_ value: String, spreadsheetSafe: Bool) -> String {
        var value = value
        if spreadsheetSafe, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `s` with controls and invisible characters shown visibly (`TerminalSafety`); line
    /// breaks and tabs kept.
    static func visible(_ s: String) -> String { TerminalSafety.visible(s, keepNewlines: true) }

    /// `s` on one line (line breaks and tabs become spaces).
    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    /// Backslash-escapes the characters Markdown would interpret.
    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for (i, ch) in s.enumerated() {
            if "\\`*_[]<>|~".contains(ch) || (i == 0 && "#+-=".contains(ch)) {
                out.append("\\")
            }
            out.append(ch)
        }
        // "1. " at the start would become a list item.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")",
           out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// `url` if it is an http(s) URL safe inside `(…)` of a Markdown link.
    static func markdownURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || ($0.value >= 0x80 && $0.value <= 0x9F) })
        else { return nil }
        return url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
