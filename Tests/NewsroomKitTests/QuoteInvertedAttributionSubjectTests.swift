import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// An inverted attribution inside a sentence ("…, reads the motion, the declaration violates
/// …") interrupts the clause when a definite subject and its verb follow; a speaker's appositive
/// after it does not.
final class QuoteInvertedAttributionSubjectTests: XCTestCase {
    func testADefiniteSubjectAndVerbAfterTheAttributionContinueTheClause() {
        let motion = quotes("Because only the council may raise taxes, says the complaint, the new levy breaks the city charter.")
        XCTAssertEqual(motion.map(\.text), ["Because only the council may raise taxes, says the complaint, the new levy breaks the city charter"])
    }

    func testTheSpeakersAppositiveIsNotTheClause() {
        let role = quotes("The pier is unsafe, said Tom Reed, the director of the port, on Monday.")
        XCTAssertEqual(role.map(\.text), ["The pier is unsafe"])
        let described = quotes("The pier will close before the summer, predicted Tom Reed, the harbour master appointed by the council in 2019.")
        XCTAssertEqual(described.map(\.text), ["The pier will close before the summer"])
    }
}
