import NewsroomKit
import XCTest

final class QuoteSearchSessionTests: XCTestCase {
    private let library = Library(articles: [
        LibraryFixture.article(id: "a", quotes: [
            ("Russia will veto the draft.", "Sergei Lavrov"), ("France regrets the veto.", "Alain Juppé"),
            ("Russian officials were silent.", nil), ("No comment.", "Spokesman"),
        ]),
    ])

    func testTypingDeletingAndRetypingMatchFreshSearches() {
        var session = QuoteSearchSession(index: library.quoteIndex, capacity: 4)
        let keystrokes = ["r", "ru", "rus", "russia", "russia v", "russia ve", "russia v", "russia", "russia !v",
                          "russia !ve", "russia", "r", "", "n", "no", "!no", "speaker:s", "speaker:se"]
        for query in keystrokes {
            let result = session.search(query)
            XCTAssertEqual(result.refs, library.quoteIndex.search(query, within: nil).refs, "query \(query)")
            XCTAssertEqual(result.query, query)
            XCTAssertEqual(session.current?.query, query)
        }
        session.reset()
        XCTAssertNil(session.current)
    }

    func testQueryIsEmptyFlag() {
        var session = QuoteSearchSession(index: library.quoteIndex)
        XCTAssertTrue(session.search("speaker:").queryIsEmpty)
        XCTAssertTrue(session.search("speaker:").isEmpty)
        XCTAssertFalse(session.search("speaker:s").queryIsEmpty)
        XCTAssertEqual(session.search("speaker:s").count, 2)
    }
}
