import XCTest
import NewsroomKit

/// Loads the Wikinews export in ../shared (CSV: url, date, title, text).
final class LoadingCorpusTests: XCTestCase {
    func testWikinewsCSVsLoadAllArticlesWithDatesAndTitles() throws {
        guard let shared = SharedData.root(packageRoot: SharedData.packageRoot(ofTestFile: #filePath)) else {
            throw XCTSkip(SharedData.missingMessage)
        }
        let folder = shared.appendingPathComponent("corpus/wikinews")
        let csvs = ["wikinews_2019.csv", "wikinews_2020.csv"].map { folder.appendingPathComponent($0).path }
        let result = ArticleLoader().load(paths: csvs)
        // One Wikinews entry (2020, row 104) holds nothing but its date line: it loads, with a warning.
        let empty = result.articles.filter { $0.text.isEmpty }.map(\.id)
        XCTAssertEqual(result.problems.map(\.reason), empty.map { "article \($0) has no body text" })
        XCTAssertLessThanOrEqual(empty.count, 1)
        XCTAssertEqual(result.articles.count, 295)
        let datePattern = try NSRegularExpression(pattern: "^20(19|20|21)-[01][0-9]-[0-3][0-9]$")
        for article in result.articles {
            let date = try XCTUnwrap(article.date, article.id)
            XCTAssertEqual(datePattern.numberOfMatches(in: date, range: NSRange(date.startIndex..., in: date)), 1, date)
            XCTAssertFalse(article.headline.isEmpty, article.id)
            XCTAssertNotEqual(article.headline, article.id, "a title from the CSV, not the fallback id")
            XCTAssertTrue(article.url?.hasPrefix("https://en.wikinews.org/") == true, article.id)
            XCTAssertFalse(article.text.last?.isWhitespace == true, article.id)
        }
        let first = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(first.id, "wikinews_2019#1")
        XCTAssertEqual(first.headline, "Magnitogorsk apartment building collapses after explosion, dozens dead")
        XCTAssertEqual(first.date, "2019-01-04")
        // CSV bodies are kept verbatim, so offsets index the CSV's own `text` field.
        XCTAssertTrue(first.text.hasPrefix("Friday, January 4, 2019"), first.text.prefix(40).description)
    }
}
