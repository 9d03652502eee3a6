import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Reported clauses found by the sixteenth quotes round (sentences written for the project).
final class QuoteSixteenthRoundClauseTests: XCTestCase {
    func testAVerbAfterABracketedAsideIsFinite() {
        let aside = quotes("The coastguard said two fishermen (both from Harbour Bay) drowned near the pier.")
        XCTAssertEqual(aside.map(\.text), ["two fishermen (both from Harbour Bay) drowned near the pier"])
        XCTAssertEqual(aside.map(\.speaker), ["The coastguard"])
        let present = quotes("The council says the ferry (the only one left) sails twice a day.")
        XCTAssertEqual(present.map(\.text), ["the ferry (the only one left) sails twice a day"])
    }
}
