import XCTest
@testable import NewsroomKit

/// Inputs built to trip parsers: deep nesting, unterminated constructs, floods of markup characters.
/// Each must load or be reported, in time linear in its size.
final class LoadingHostileMarkupTests: XCTestCase {
    func testDeeplyNestedJSONIsReportedNotACrash() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = LoadingFixtures.load(text, as: "deep.json")
        XCTAssertEqual(result.articles.count, 0)
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.problems.first?.skipped, true)
    }

    func testFloodOfUnclosedTagsAndEntitiesInHTML() throws {
        let text = "<h1>Flood</h1><p>" + String(repeating: "<a &amp &#x110000; <!", count: 50_000)
        let result = LoadingFixtures.load(text, as: "flood.html")
        XCTAssertEqual(try XCTUnwrap(result.articles.first).headline, "Flood")
    }

    func testUnterminatedCommentScriptAndCDATA() throws {
        for tail in ["<!-- never closed <p>hidden</p>", "<script>var a = '<p>x</p>';", "<![CDATA[ open"] {
            let result = LoadingFixtures.load("<title>T</title><p>Visible text.</p>" + tail, as: "u.html")
            XCTAssertEqual(try XCTUnwrap(result.articles.first).text, "Visible text.", tail)
        }
    }

    func testUnclosedHeadAndDroppedElementsBeforeTheBody() throws {
        let text = "<html><head><title>Open Head</title><nav><p>Menu</p><body><p>Story text.</p></body></html>"
        let article = try XCTUnwrap(LoadingFixtures.load(text, as: "h.html").articles.first)
        XCTAssertEqual(article.headline, "Open Head")
        XCTAssertEqual(article.text, "Story text.")
    }

    func testManyThousandQuotesInCSV() {
        let text = "title,text\n" + String(repeating: "\"", count: 100_001)
        let result = LoadingFixtures.load(text, as: "q.csv")
        XCTAssertTrue(result.skippedAny)
    }

    func testFeedWithUnclosedItems() {
        let text = "<rss><channel>" + String(repeating: "<item><title>T</title><description>D", count: 5_000)
        let result = LoadingFixtures.load(text, as: "f.rss")
        XCTAssertEqual(result.articles.count, 5_000)
        XCTAssertEqual(result.articles.last?.id, "f#5000")
    }
}
