import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Quote boundaries set by the fifteenth quotes round (sentences written for the project).
final class QuoteFifteenthRoundBoundaryTests: XCTestCase {
    func testMarkedWordsAfterAnObjectAreADirectQuotation() {
        let manner = quotes("""
            The ministry announced the singer's death "with deep sadness for her family and her many fans."
            """)
        XCTAssertEqual(manner.map(\.text), ["with deep sadness for her family and her many fans."])
        XCTAssertEqual(manner.map(\.kind), [.direct])
        let infinitive = quotes("""
            Paul Brown also expressed a wish to work with the council to "build a harbour that serves every town on the coast."
            """)
        XCTAssertEqual(infinitive.map(\.text), ["build a harbour that serves every town on the coast."])
        XCTAssertEqual(infinitive.map(\.kind), [.direct])
        XCTAssertEqual(infinitive.map(\.speaker), ["Paul Brown"])
        // A reported clause with its verb stays one mixed quotation.
        let clause = quotes("""
            Jane Smith said the plan "was never going to work without the fishermen."
            """)
        XCTAssertEqual(clause.map(\.kind), [.mixed])
        XCTAssertEqual(clause.map(\.text), ["the plan \"was never going to work without the fishermen."])
    }
}
