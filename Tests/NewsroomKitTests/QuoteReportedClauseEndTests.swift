import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Where reported speech ends: before the writer's "without elaborating".
final class QuoteReportedClauseEndTests: XCTestCase {
    func testWithoutElaboratingIsTheWritersNote() {
        let died = quotes("His sister Jane Smith said he died in Leeds without elaborating.")
        XCTAssertEqual(died.map(\.text), ["he died in Leeds"])
        // "without" with more words is still part of the clause.
        let help = quotes("Jane Smith said he died in Leeds without help from anyone.")
        XCTAssertEqual(help.map(\.text), ["he died in Leeds without help from anyone"])
    }
}
