import XCTest

@testable import NewsroomKit

/// Descriptions in apposition to a name, "according to" with a possessive or a relative clause,
/// and quoted passages joined inside one reported clause (fifth quotes round; sentences written
/// for the project).
final class QuoteAppositionTests: XCTestCase {
    private func quotes(_ text: String) -> [Quote] {
        QuoteTestSupport.quotes(text, people: [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
        ])
    }

    func testADefiniteDescriptionNamesThePersonItWasInAppositionTo() throws {
        let found = quotes("Paul Brown, the company's lawyer, arrived on Monday. The company's lawyer said the contract was void.")
        let q = try QuoteTestSupport.quote(containing: "the contract was void", in: found)
        XCTAssertEqual(q.speaker, "Paul Brown")
        let father = quotes("The boy's father, Paul Brown, spoke at the funeral. His grieving father said the family had paid smugglers.")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "the family had paid", in: father).speaker, "Paul Brown")
    }

    func testIndefiniteDescriptionsAndThingsAreNotTiedToTheName() throws {
        let a = quotes("Paul Brown, the company's lawyer, arrived on Monday. A lawyer said the contract was void.")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "the contract was void", in: a).speaker, "A lawyer")
        let b = quotes("Paul Brown, the author of the book, arrived on Monday. The book says the contract was void.")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "the contract was void", in: b).speaker, "The book")
    }

    func testAccordingToAPossessiveDescriptionAndAnAppositiveName() throws {
        let q = try XCTUnwrap(quotes("According to Springfield Heights' first selectman, Paul Brown, there were ten people aboard the boat.").first)
        XCTAssertEqual(q.text, "there were ten people aboard the boat")
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.cue, "According to")
    }

    func testAccordingToSkipsARelativeClauseAboutTheSource() throws {
        let q = try XCTUnwrap(quotes("According to Jane Smith, who is the chair of the board, the school will close in June.").first)
        XCTAssertEqual(q.text, "the school will close in June")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testPassagesJoinedByAndInOneReportedClauseAreOneQuote() throws {
        let found = quotes("Smith said the agreement is “null and void” and “breaks the law of the sea”.")
        XCTAssertEqual(found.count, 1, "\(found.map(\.text))")
        let q = try XCTUnwrap(found.first)
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "the agreement is “null and void” and “breaks the law of the sea")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }
}
