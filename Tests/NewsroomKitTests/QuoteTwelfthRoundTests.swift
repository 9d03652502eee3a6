import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Where reported clauses end in the twelfth quotes round (sentences written for the project).
final class QuoteTwelfthRoundBoundaryTests: XCTestCase {
    func testAContrastAfterWhileIsPartOfWhatWasSaid() {
        let found = quotes("The fire service said on Monday the boy was badly hurt, while three adults were treated for smoke.")
        XCTAssertEqual(found.map(\.text), ["the boy was badly hurt, while three adults were treated for smoke"])
        // A contrast with a speech verb of its own is another attribution.
        let other = quotes("Paul Brown said the bridge was safe, while engineers say it needs repairs.")
        XCTAssertEqual(other.first?.text, "the bridge was safe")
        // "while" and a participle is the writer's setting.
        let setting = quotes("Jane Smith said the road was closed for the night, while speaking to reporters in the rain.")
        XCTAssertEqual(setting.map(\.text), ["the road was closed for the night"])
    }

    func testASemicolonEndsTheReportedClause() {
        let found = quotes("Officials said the ferry sank on Monday; the coast guard later reported all twelve passengers were rescued.")
        XCTAssertEqual(found.map(\.text), ["the ferry sank on Monday", "all twelve passengers were rescued"])
        XCTAssertEqual(found.map(\.speakerText), ["Officials", "the coast guard"])
    }

    func testASourceIntroducedByWithStartsTheNextAttribution() {
        let found = quotes("The pilot told investigators he lost power, with some witnesses claiming the engine was on fire.")
        XCTAssertEqual(found.map(\.text), ["he lost power", "the engine was on fire"])
        XCTAssertEqual(found.map(\.speakerText), ["The pilot", "some witnesses"])
    }
}
