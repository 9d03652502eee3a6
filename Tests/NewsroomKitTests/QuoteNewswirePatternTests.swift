import XCTest

@testable import NewsroomKit

/// Newswire reporting patterns (fourth quotes round), one small case each (sentences written
/// for the project).
final class QuoteNewswirePatternTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
        ]
    }

    private func quotes(_ text: String) -> [Quote] { QuoteTestSupport.quotes(text, people: people(text)) }

    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        let found = quotes(text)
        XCTAssertEqual(found.count, 1, "\(found.map(\.text))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    func testSettingBetweenTheVerbAndTheReportedClause() throws {
        let q = try only("Smith said on Friday she would run for a second term next year.")
        XCTAssertEqual(q.text, "she would run for a second term next year")
        XCTAssertEqual(q.kind, .indirect)
        XCTAssertEqual(q.speaker, "Jane Smith")
        let r = try only("The ministry said in a statement the border crossings would reopen on Monday.")
        XCTAssertEqual(r.text, "the border crossings would reopen on Monday")
        XCTAssertEqual(r.speaker, "The ministry")
    }

    func testSettingBetweenTheVerbAndTheQuotation() throws {
        let q = try only("Brown said on Friday \"We are ready for the vote whenever it comes.\"")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.text, "We are ready for the vote whenever it comes.")
        XCTAssertEqual(q.speaker, "Paul Brown")
        let r = try only("The union wrote on Twitter “The strike goes on until the talks resume.”")
        XCTAssertEqual(r.speaker, "The union")
    }

    func testAVerbWithOnlyAnObjectIsNotReportedSpeech() {
        XCTAssertTrue(quotes("Smith announced a new plan for the city's parks on Monday.").isEmpty)
        XCTAssertTrue(quotes("The agency advises citizens to keep paying their taxes.").isEmpty)
        XCTAssertTrue(quotes("Brown mentioned a possible route through the mountains.").isEmpty)
        XCTAssertEqual(quotes("Smith announced the plan had been dropped.").map(\.text), ["the plan had been dropped"])
    }

    func testAClauseAfterTheVerbIsWhatWasSaid() throws {
        let q = try only("Asked which test was hardest, Smith said it was the written one.")
        XCTAssertEqual(q.text, "it was the written one")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testWordsBeforeATrailingAttributionMustBeAClause() {
        XCTAssertTrue(quotes("Earlier on Friday, the council confirmed him, but the senate did not.").isEmpty)
        XCTAssertEqual(quotes("The talks had failed, the council said.").map(\.text), ["The talks had failed"])
    }

    func testCallingAnObjectSomethingInMarks() throws {
        let q = try only("Brown called the proposal “a non-starter” on Tuesday.")
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "the proposal “a non-starter", "content only, as for every mixed quote: no closing mark")
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.cue, "called")
        let r = try only("The ministry rejected the claims, describing them as “baseless and absurd”.")
        XCTAssertEqual(r.speaker, "The ministry")
        // A name, not a judgement: no object between the verb and the marks.
        XCTAssertTrue(quotes("Smith starred in a film called “Mister America” last year.").isEmpty)
    }

    func testRelativeWhoStandsForThePhraseBeforeIt() throws {
        let q = try only("Others broke ranks, such as Paul Brown, who denounced the plan as a “national embarrassment”.")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testSecondQuotationJoinedByAndSharesTheAttribution() throws {
        let found = quotes("Smith said on Friday \"We made a plea to the council once again\" and \"So we told them we needed the money. They refused.\"")
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith", "Jane Smith"], "\(found.map(\.text))")
        XCTAssertEqual(found.map(\.kind), [.direct, .direct])
    }
}
