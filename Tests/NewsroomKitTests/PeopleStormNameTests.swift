import XCTest
@testable import NewsroomKit

/// The fourteenth round's storm-name rule (found on blind newswire set 7; `PersonContextThingNames`),
/// on small cases written for the project with the tagger's entities given by hand.
final class PeopleStormNameTests: XCTestCase {
    private let harness = PersonRulesHarness()

    func testStormWordWithTheNameIsNoPerson() throws {
        // "Storm" after "Tropical" is no first name: "Storm Ferdinand" names the storm, and so does
        // every lone "Ferdinand"; a longer name after "Hurricane" too.
        XCTAssertEqual(try harness.linkedMentions(
            "Tropical Storm Ferdinand grew overnight. Ferdinand moved north. The Hurricane Ferdinand Advisory Number 9 was issued.",
            [("Storm Ferdinand", .person), ("Ferdinand", .person), ("Ferdinand Advisory Number", .person)]), [])
        // "Storm" alone counts when the text also writes "Hurricane" with the name.
        XCTAssertEqual(try harness.linkedMentions(
            "\"Storm Ottavio will bring swells,\" the agency said. Hurricane Ottavio reached Category 5.",
            [("Storm Ottavio", .person), ("Ottavio", .person)]), [])
        // "Storm" alone is a first name without that evidence.
        XCTAssertEqual(try harness.linkedMentions("Storm Calloway won the award. Calloway thanked her family.",
                                                  [("Storm Calloway", .person), ("Calloway", .person)]),
                       ["Storm Calloway", "Calloway"])
    }
}
