import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
    try QuoteRoundCast.only(text, file: file, line: line)
}

/// Patterns of the eleventh quotes round (sentences written for the project).
final class QuoteEleventhRoundTests: XCTestCase {
    func testAnAcronymSpellingAFunctionWordIsAName() throws {
        let q = try only("WHO said they are uncertain whether the virus spreads before symptoms show.")
        XCTAssertEqual(q.speakerText, "WHO")
        XCTAssertEqual(q.text, "they are uncertain whether the virus spreads before symptoms show")
        // The relative pronoun still opens a relative clause.
        let relative = quotes("The nurse who treated him said the fever had gone down.")
        XCTAssertEqual(relative.map(\.speakerText), ["The nurse who treated him"])
    }

    func testAnAttributionAfterARelativePronoun() {
        let found = quotes("The council would also take over the old harbour which, the statement said, the port authority has refused to maintain.")
        XCTAssertEqual(found.map(\.text), ["the port authority has refused to maintain"])
        // After "whom" the quantifier before it is the clause's subject.
        let whom = quotes("She thanked the volunteers, all of whom, she explained, needed a rest after the storm.")
        XCTAssertEqual(whom.map(\.text), ["She thanked the volunteers, all of whom, she explained, needed a rest after the storm"])
    }

    func testASecondPredicateAfterAnInterruptingAttribution() {
        let found = quotes("The new bridge was not safe, engineers have said, and should not have been opened.")
        XCTAssertEqual(found.map(\.text), ["The new bridge was not safe, engineers have said, and should not have been opened"])
        // A predicate with a speech verb of its own is the writer's.
        let writer = quotes("The plan was dead, Paul Brown said, and would not say more.")
        XCTAssertEqual(writer.map(\.text), ["The plan was dead"])
    }

    func testARelativeAsideInsideTheReportedSubject() {
        let found = quotes("Preliminary checks suggest a fault in the pump, which had not failed before, was cutting the flow.")
        XCTAssertEqual(found.map(\.text), ["a fault in the pump, which had not failed before, was cutting the flow"])
        XCTAssertEqual(found.map(\.speakerText), ["Preliminary checks"])
        // An object with a relative clause and no verb after it is no reported clause.
        XCTAssertEqual(quotes("The mayor announced a new plan, which was drafted last year, for the harbour.").count, 0)
    }

    func testAGerundAfterAVerbOfMemory() throws {
        let q = try only("Jane Smith recalled going to football games with her father during primary school.")
        XCTAssertEqual(q.text, "going to football games with her father during primary school")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }
}
