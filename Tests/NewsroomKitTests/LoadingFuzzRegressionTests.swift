import XCTest
import NewsroomKit

/// Inputs found by scripts/fuzz.sh that once broke a loader, kept in Fixtures/loading/fuzz/.
/// Each is loaded with the format its extension names and must keep the loader's invariants.
final class LoadingFuzzRegressionTests: XCTestCase {
    private func checkInvariants(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> LoadResult {
        let path = LoadingFixtures.path("fuzz/" + name)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = ArticleLoader().load(data: data, path: name)
        XCTAssertFalse(result.articles.isEmpty && result.problems.isEmpty, "nothing loaded, nothing reported", file: file, line: line)
        for article in result.articles {
            XCTAssertFalse(article.headline.isEmpty, file: file, line: line)
            XCTAssertFalse(article.text.contains("\r"), "carriage return in text", file: file, line: line)
            XCTAssertFalse(article.text.contains("\n\n\n"), "more than one blank line between paragraphs", file: file, line: line)
        }
        return result
    }

    func testEscapedCarriageReturnsInJSONAreNormalised() throws {
        let result = try checkInvariants("json-escaped-carriage-return.json")
        XCTAssertEqual(result.articles.map(\.id), ["0Lee"])
    }

    func testEveryFuzzFixtureKeepsTheInvariants() throws {
        let folder = LoadingFixtures.path("fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names { _ = try checkInvariants(name) }
    }
}
