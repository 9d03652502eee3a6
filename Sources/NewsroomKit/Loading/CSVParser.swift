/// A tolerant RFC 4180 CSV reader: comma-separated fields, fields in double quotes may hold commas,
/// newlines and doubled quotes (`""`). A quote inside an unquoted field is kept as a character.
/// Linear in the input.
struct CSVParser {
    /// One record with the line it started on (1-based).
    struct Record {
        var fields: [String]
        var line: Int
    }

    /// The records, and the line of an unterminated quoted field (the rest of the file), if any.
    static func records(_ text: String) -> (records: [Record], unterminatedQuoteLine: Int?) {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, quoteLine = 0, fieldWasQuoted = false
        let bytes = Array(text.utf8)
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case 0x2C: endField()
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            case 0x22 where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            default: field.append(b)
            }
            i += 1
        }
        if inQuotes {
            fields.removeAll()
            return (records, quoteLine)
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return (records, nil)
    }
}

/// CSV files of articles: a header row names the columns (`id`, `headline`/`title`, `date`,
/// `source`, `url`, `author`, `text`/`body`), any order, case-insensitive; other columns are ignored.
enum CSVArticleParser {
    private static var columns: [(field: WritableKeyPath<ArticleDraft, String?>, names: [String])] { [
        (\.id, ["id"]),
        (\.headline, ["headline", "title"]),
        (\.date, ["date", "published", "pubdate"]),
        (\.source, ["source", "publisher", "publication"]),
        (\.url, ["url", "link"]),
        (\.author, ["author", "byline"]),
    ] }

    static func parse(_ text: String) -> ParsedFile {
        var file = ParsedFile()
        let (records, unterminated) = CSVParser.records(text)
        guard let header = records.first else {
            file.skip("CSV file has no header row")
            return file
        }
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        guard let bodyColumn = names.firstIndex(where: { ["text", "body", "content"].contains($0) }) else {
            file.skip("CSV header has no `text` or `body` column (found: \(names.joined(separator: ", ").prefix(120)))")
            return file
        }
        let mapped = columns.compactMap { column -> (WritableKeyPath<ArticleDraft, String?>, Int)? in
            guard let index = names.firstIndex(where: { column.names.contains($0) }) else { return nil }
            return (column.field, index)
        }
        for (number, record) in records.dropFirst().enumerated() {
            let row = number + 1
            if record.fields.count != names.count {
                file.warn("row \(row) (line \(record.line)) has \(record.fields.count) fields, the header has \(names.count)")
            }
            guard bodyColumn < record.fields.count else {
                file.skip("row \(row) (line \(record.line)) has no `\(names[bodyColumn])` field; row skipped")
                continue
            }
            var draft = ArticleDraft(body: record.fields[bodyColumn], ordinal: row)
            draft.bodyIsVerbatim = true
            for (field, index) in mapped where index < record.fields.count {
                draft[keyPath: field] = record.fields[index]
            }
            file.drafts.append(draft)
        }
        if let unterminated {
            file.skip("quoted field opened on line \(unterminated) is never closed; the rest of the file was skipped")
        }
        if records.count == 1 { file.skip("CSV file has a header but no rows") }
        return file
    }
}
