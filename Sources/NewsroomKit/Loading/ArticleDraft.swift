/// The fields a format parser found for one article, before cleaning.
struct ArticleDraft: Sendable, Equatable {
    /// The article's own identifier (JSON `id`), if it has one.
    var id: String?
    var headline: String?
    var date: String?
    var source: String?
    var url: String?
    var author: String?
    var captions: [String] = []
    /// The body as text with paragraphs separated by blank lines; cleaned afterwards.
    var body: String = ""
    /// The 1-based row, item or line number within a multi-article file (nil for single-article files).
    var ordinal: Int?
    /// True for structured records (JSON, JSON Lines, CSV), whose body field is the author's text
    /// as is: it is not cleaned, so offsets into `text` are offsets into the record's own field.
    var bodyIsVerbatim = false
}

/// What a format parser made of one file: article drafts and problems with parts of the file.
struct ParsedFile: Sendable {
    var drafts: [ArticleDraft] = []
    /// Problems: a reason and whether that part was skipped (else it is a warning).
    var issues: [(reason: String, skipped: Bool)] = []

    mutating func skip(_ reason: String) { issues.append((reason, true)) }
    mutating func warn(_ reason: String) { issues.append((reason, false)) }
}

extension ArticleDraft {
    /// Builds the article: cleans the body, normalises the date, assigns the id.
    func article(path: String, baseName: String, cleaner: ArticleCleaner = ArticleCleaner()) -> Article {
        let givenHeadline = headline.map { HTMLPage.collapse($0) }.flatMap { $0.isEmpty ? nil : $0 }
        // Escapes in JSON (and entities in HTML) can carry "\r" that the file-level pass never saw.
        let normalisedBody = TextDecoding.normaliseLineEndings(body)
        let cleaned = bodyIsVerbatim
            ? CleanedBody.verbatim(normalisedBody)
            : cleaner.clean(normalisedBody, findHeadline: givenHeadline == nil, knownHeadline: givenHeadline)
        let rawDate = date.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        let normalisedDate = rawDate.map { DateNormalizer.normalize($0) ?? $0 } ?? cleaned.date
        let fallbackID = ordinal.map { "\(baseName)#\($0)" } ?? baseName
        let identifier = id.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackID
        return Article(
            id: identifier,
            path: path,
            headline: givenHeadline ?? cleaned.headline ?? identifier,
            dateline: cleaned.dateline,
            date: normalisedDate,
            source: nonEmpty(source) ?? cleaned.source,
            url: nonEmpty(url),
            author: nonEmpty(author) ?? cleaned.author,
            captions: captions + cleaned.captions,
            text: cleaned.text
        )
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension CleanedBody {
    /// A structured record's body kept as given (only trailing white space dropped); a leading
    /// date line still supplies the date, and a dateline the `dateline`, without being removed.
    static func verbatim(_ body: String) -> CleanedBody {
        var result = CleanedBody()
        var text = Substring(body)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        result.text = String(text)
        if let firstLine = text.split(separator: "\n", maxSplits: 1).first, firstLine.utf8.count <= 80 {
            let line = String(firstLine)
            if DateNormalizer.isDateOnly(line) { result.date = DateNormalizer.normalize(line) }
        }
        if let firstParagraph = text.split(separator: "\n", maxSplits: 1).first {
            let dateline = DatelineExtractor.extract(from: String(firstParagraph))
            result.dateline = dateline?.place
            if result.date == nil { result.date = dateline?.date }
        }
        return result
    }
}
