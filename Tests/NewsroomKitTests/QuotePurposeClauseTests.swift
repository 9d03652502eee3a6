import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// An object and a clause of purpose after a verb ("declared a state of emergency so he could …")
/// are an act, not reported speech; a clause after the verb still is.
final class QuotePurposeClauseTests: XCTestCase {
    func testAnObjectAndAPurposeClauseAreNotSpeech() {
        let emergency = quotes("On Monday, Governor Paul Brown declared a state of emergency so he could close the port.")
        XCTAssertEqual(emergency.map(\.text), [])
        let time = quotes("The order the governor declared last week so that the council would meet is still in force.")
        XCTAssertEqual(time.map(\.text), [])
    }

    func testAClauseAfterTheVerbIsStillSpeech() {
        let clause = quotes("Governor Paul Brown declared the port was closed so ships could not dock.")
        XCTAssertEqual(clause.map(\.text), ["the port was closed so ships could not dock"])
    }
}
