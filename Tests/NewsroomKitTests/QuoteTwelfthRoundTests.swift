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

/// Verbs of saying added to the lexicon in the twelfth quotes round.
final class QuoteTwelfthRoundLexiconTests: XCTestCase {
    func testMoreVerbsOfSaying() {
        XCTAssertEqual(quotes("The engineers have speculated the crack may have grown for years.").map(\.text), ["the crack may have grown for years"])
        XCTAssertEqual(quotes("Jane Smith underlined they keep the door open for talks.").map(\.speaker), ["Jane Smith"])
        XCTAssertEqual(quotes("The mayor reaffirmed that the market will open in May.").map(\.text), ["the market will open in May"])
        XCTAssertEqual(quotes("The union criticised the plan, implying a strike would follow.").map(\.text), ["a strike would follow"])
        // "proposed" reports only a clause with "that", not a plan.
        XCTAssertEqual(quotes("The authors proposed that the tail helped the animal balance.").map(\.text), ["the tail helped the animal balance"])
        XCTAssertEqual(quotes("Paul Brown proposed a new tax on sugary drinks for the city.").count, 0)
    }
}
