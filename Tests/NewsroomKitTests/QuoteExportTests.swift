import Foundation
import NewsroomKit
import XCTest

final class QuoteExportTests: XCTestCase {
    private let library = Library(articles: [
        LibraryFixture.article(
            id: "000_sample", headline: "Russia blocks Syria draft", date: "2012-01-31", source: "The Moscow Times",
            url: "https://example.org/a_(b)", quotes: [
                ("We will veto any resolution that threatens Syria.", "Sergei Lavrov"),
                ("He said \"no\", twice,\nthen left.", nil),
            ]),
        LibraryFixture.article(id: "row-2", headline: "France *pushes* on", date: nil, source: nil, quotes: [
            ("=HYPERLINK(\"http://evil\") \u{1B}]0;owned\u{7}", "Alain Juppé"),
        ]),
    ])

    private var all: [ExportedQuote] {
        library.exportItems([QuoteRef(article: 0, quote: 0), QuoteRef(article: 0, quote: 1), QuoteRef(article: 1, quote: 0)])
    }

    func testMarkdownPullQuotes() {
        let md = QuoteExport.markdown(Array(all.prefix(1)), title: "Search: veto")
        XCTAssertEqual(md, """
            # Search: veto

            > We will veto any resolution that threatens Syria.
            >
            > — Sergei Lavrov, *[Russia blocks Syria draft](https://example.org/a_%28b%29)*, The Moscow Times, 2012-01-31

            """)
    }

    func testMarkdownMultilineUnattributedAndEscaped() {
        let md = QuoteExport.markdown(Array(all.dropFirst()))
        XCTAssertEqual(md, """
            > He said "no", twice,
            > then left.
            >
            > — unattributed, *[Russia blocks Syria draft](https://example.org/a_%28b%29)*, The Moscow Times, 2012-01-31

            > \\=HYPERLINK("http://evil") ^\\[\\]0;owned^G
            >
            > — Alain Juppé, *France \\*pushes\\* on*

            """)
    }

    func testCSVFollowsRFC4180() {
        let csv = QuoteExport.csv(all)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "speaker,quote,headline,date,source,url,article_id")
        XCTAssertEqual(lines[1], "Sergei Lavrov,We will veto any resolution that threatens Syria.,Russia blocks Syria draft,2012-01-31,The Moscow Times,https://example.org/a_(b),000_sample")
        XCTAssertEqual(lines[2], ",\"He said \"\"no\"\", twice,\nthen left.\",Russia blocks Syria draft,2012-01-31,The Moscow Times,https://example.org/a_(b),000_sample")
        XCTAssertEqual(lines[3], "Alain Juppé,\"'=HYPERLINK(\"\"http://evil\"\") ^[]0;owned^G\",France *pushes* on,,,,row-2")
        XCTAssertEqual(lines[4], "", "every record ends with CRLF")
        XCTAssertEqual(lines.count, 5)
    }

    func testCSVRoundTripsThroughAParser() {
        let csv = QuoteExport.csv(all, spreadsheetSafe: false)
        let rows = Self.parseCSV(csv)
        XCTAssertEqual(rows.count, 4)
        XCTAssertTrue(rows.allSatisfy { $0.count == 7 })
        XCTAssertEqual(rows[2][1], "He said \"no\", twice,\nthen left.")
        XCTAssertEqual(rows[3][1], "=HYPERLINK(\"http://evil\") ^[]0;owned^G")
        XCTAssertEqual(rows[3][0], "Alain Juppé")
    }

    func testNoControlCharacterSurvives() {
        for format in QuoteExport.Format.allCases {
            let text = QuoteExport.render(all, as: format)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(format)")
        }
    }

    func testEmptySelection() {
        XCTAssertEqual(QuoteExport.markdown([]), "")
        XCTAssertEqual(QuoteExport.csv([]), "speaker,quote,headline,date,source,url,article_id\r\n")
        XCTAssertEqual(library.exportItems([QuoteRef(article: 9, quote: 0), QuoteRef(article: 0, quote: 7)]), [])
    }

    func testWriteToFileAndReportFailure() throws {
        let folder = NSTemporaryDirectory() + "newsroom-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + QuoteExport.suggestedFileName(for: .csv, date: Date(timeIntervalSince1970: 0))
        XCTAssertTrue(path.hasSuffix("/newsroom-quotes-1970-01-01.csv"))
        try QuoteExport.write(all, as: .csv, to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), QuoteExport.csv(all))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o644)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try QuoteExport.write(Array(all.prefix(1)), as: .markdown, to: path)
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o640,
                       "a replaced file keeps its permissions")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), QuoteExport.markdown(Array(all.prefix(1))),
                       "an existing file is replaced")

        XCTAssertThrowsError(try QuoteExport.write(all, as: .markdown, to: path + "/inside-a-file.md")) { error in
            XCTAssertTrue("\(error)".contains("inside-a-file.md"), "\(error)")
        }
        XCTAssertThrowsError(try QuoteExport.write(all, as: .markdown, to: folder)) { error in
            XCTAssertTrue("\(error)".contains("cannot replace"), "\(error)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp") }
        XCTAssertEqual(leftovers, [])
    }

    /// A strict RFC 4180 reader for checking the output.
    private static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var inQuotes = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }
}
