import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Where reported speech starts: an opening phrase after "According to X," is part of what was
/// said, an apposition to the source is not; an adverb of the saying after the verb is not.
final class QuoteReportedClauseOpeningTests: XCTestCase {
    func testAnOpeningPhraseAfterAccordingToIsPartOfTheClause() {
        let year = quotes("According to the study, in 2014 in the northern states, about 1,600 deaths were caused by smog.")
        XCTAssertEqual(year.map(\.text), ["in 2014 in the northern states, about 1,600 deaths were caused by smog"])
        // A subject split by an aside: "Monday's storm, at its peak, was …".
        let aside = quotes("According to the Daily Post, Monday's storm, at its peak, was the strongest in a decade.")
        XCTAssertEqual(aside.map(\.text), ["Monday's storm, at its peak, was the strongest in a decade"])
    }

    func testAnAppositionToTheSourceIsNotPartOfTheClause() {
        let centre = quotes("According to Harbour Watch, an independent monitoring group, on Thursday, about 300 boats left the port.")
        XCTAssertEqual(centre.map(\.text), ["on Thursday, about 300 boats left the port"])
        let role = quotes("According to Jane Smith, formerly the director of the port, the pier is unsafe.")
        XCTAssertEqual(role.map(\.text), ["the pier is unsafe"])
    }

    func testABareRoleAfterTheSourcesNameIsAnApposition() {
        let director = quotes("According to a post by Jane Smith, director of the harbour trust, the old crane came from the pier.")
        XCTAssertEqual(director.map(\.text), ["the old crane came from the pier"])
    }

    func testAnAdverbOfTheSayingIsNotPartOfTheClause() {
        let publicly = quotes("Paul Brown said publicly the forest should be opened up to farming.")
        XCTAssertEqual(publicly.map(\.text), ["the forest should be opened up to farming"])
        let repeatedly = quotes("Jane Smith has stated repeatedly that the pier is unsafe.")
        XCTAssertEqual(repeatedly.map(\.text), ["the pier is unsafe"])
    }

    func testAccordingToAfterASemicolonOpensTheClause() {
        let found = quotes("There were four people on board; according to investigators, one was pronounced dead at the scene.")
        XCTAssertEqual(found.map(\.text), ["one was pronounced dead at the scene"])
        XCTAssertEqual(found.map(\.speakerText), ["investigators"])
    }
}
