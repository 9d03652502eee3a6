import XCTest
@testable import NewsroomKit

/// The fifteenth round's company cue (found on blind newswire set 8; `PersonCompanyCues`), on
/// small cases written for the project with the tagger's entities given by hand.
final class PeopleCompanyCueTests: XCTestCase {
    private let harness = PersonRulesHarness()

    func testNameIntroducedAsCompanyIsNoPersonAnywhere() throws {
        // "CEO of Marrowby", "Marrowby's Polish branch", "the Kestrel chain": no person, in any
        // mention and in a longer name led by the word ("Kestrel Polska").
        XCTAssertEqual(try harness.linkedMentions(
            "Dave Lewis, CEO of Marrowby, spoke on Monday. Marrowby's Polish branch lost money. "
                + "Marrowby stated its intention to sell. The Kestrel chain will grow. Kestrel Polska cut costs.",
            [("Dave Lewis", .person), ("Marrowby", .person), ("Marrowby", .person), ("Marrowby", .person),
             ("Kestrel", .person), ("Kestrel Polska", .person)]),
            ["Dave Lewis"])
    }

    func testPersonEvidenceKeepsTheName() throws {
        // A person introduced by a company's role stays a person.
        XCTAssertEqual(try harness.linkedMentions(
            "The retailer's CEO Dave Lewis said sales rose. Lewis thanked the staff.",
            [("Dave Lewis", .person), ("Lewis", .person)]),
            ["Dave Lewis", "Lewis"])
        // A surname that is also a company's name stays where the text names the person in full.
        XCTAssertEqual(try harness.linkedMentions(
            "Tallis's shares fell after Margaret Tallis resigned. Tallis said she would stay on the board.",
            [("Tallis", .person), ("Margaret Tallis", .person), ("Tallis", .person)]),
            ["Tallis", "Margaret Tallis", "Tallis"])
        // … or writes "he" or "she" right after the name.
        XCTAssertEqual(try harness.linkedMentions(
            "The shareholders of Pemberton met on Friday. Pemberton, he said, would not sell.",
            [("Pemberton", .person), ("Pemberton", .person)]),
            ["Pemberton", "Pemberton"])
    }
}
