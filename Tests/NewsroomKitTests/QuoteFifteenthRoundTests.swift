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

/// Inverted attributions inside a sentence read by the fifteenth quotes round.
final class QuoteFifteenthRoundInvertedTests: XCTestCase {
    func testAnInvertedAttributionInsideTheSentenceKeepsTheWholeSentence() {
        let coordinated = quotes("The parcel was left at the station, said Paul Brown, and was found by a porter.")
        XCTAssertEqual(coordinated.map(\.text), ["The parcel was left at the station, said Paul Brown, and was found by a porter"])
        XCTAssertEqual(coordinated.map(\.speaker), ["Paul Brown"])
        let clause = quotes("Because the river is shallow, says the report, it freezes early in the winter.")
        XCTAssertEqual(clause.map(\.text), ["Because the river is shallow, says the report, it freezes early in the winter"])
        let mixed = quotes("""
            Because the river is shallow, says the report, it freezes early, forming what the authors call an "ice bridge" across the valley.
            """)
        XCTAssertEqual(mixed.map(\.kind), [.mixed])
        XCTAssertEqual(mixed.first?.text.hasPrefix("Because the river is shallow, says the report,"), true)
        XCTAssertEqual(mixed.map(\.speakerText), ["the report"])
        // The speaker's appositive is no part of what was said.
        let appositive = quotes("The ferry left an hour late, said Jane Smith, a harbour official.")
        XCTAssertEqual(appositive.map(\.text), ["The ferry left an hour late"])
    }
}

/// Where a reported clause ends at ", but" (fifteenth quotes round).
final class QuoteFifteenthRoundButTests: XCTestCase {
    func testTheReportedClauseGoesOnAcrossButWithALowerCaseWord() {
        let predicate = quotes("Jane Smith said she was not interested in the post, but would take it for a year.")
        XCTAssertEqual(predicate.map(\.text), ["she was not interested in the post, but would take it for a year"])
        let clause = quotes("Paul Brown said he had wanted to study medicine, but in his town there was no college.")
        XCTAssertEqual(clause.map(\.text), ["he had wanted to study medicine, but in his town there was no college"])
        // A name after "but" starts the writer's own clause, as does speech.
        let name = quotes("Jane Smith said the bridge would open in May, but Harbour Council has not agreed.")
        XCTAssertEqual(name.map(\.text), ["the bridge would open in May"])
        let speech = quotes("Paul Brown said the ferry would run again, but the company did not say when.")
        XCTAssertEqual(speech.map(\.text), ["the ferry would run again"])
    }
}
