import XCTest
@testable import NewsroomKit

/// The twelfth round's newswire rules (now in `PersonIntroductionRules.swift` and
/// `PersonGivenNameRules.swift`, and the changes it brought to the thing filters), each on a
/// small case written for the project with the tagger's entities given by hand.
final class PeopleTwelfthRoundTests: XCTestCase {
    private let harness = PersonRulesHarness()

    // MARK: Names after a role, an office or an office of a place

    func testNameInRoleAppositionWithDiacriticAndItsSurname() throws {
        XCTAssertEqual(try harness.linkedMentions(
            "Marine biologist Zorana Kovačević of the Oceanic Institute led the study. Later, Kovačević et al found more.", []),
                       ["Zorana Kovačević", "Kovačević"])
    }

    func testNameAfterRoleOpeningTheSentence() throws {
        XCTAssertEqual(try harness.linkedMentions("The crowd cheered. Broadcaster Piers Holloway commented on the video.", []),
                       ["Piers Holloway"])
    }

    func testNameAfterOfficeOfPlace() throws {
        XCTAssertEqual(try harness.linkedMentions("The motion was backed by Mayor of Leeds Tomas Whitby on Monday.",
                                                  [("Leeds Tomas Whitby", .organization)]), ["Tomas Whitby"])
        XCTAssertEqual(try harness.linkedMentions("It was opposed by First Minister of Wales Gareth Pryce, who spoke first.", []),
                       ["Gareth Pryce"])
    }

    func testNamesOfOfficeHolders() throws {
        XCTAssertEqual(try harness.linkedMentions("The move was the Garner administration's latest step.", [("Garner", .location)]),
                       ["Garner"])
        XCTAssertEqual(try harness.linkedMentions("Ties improved during the presidency of Walter Brandt.", [("Walter Brandt", .location)]),
                       ["Walter Brandt"])
    }

    // MARK: Lone names introduced as names

    func testLoneNameAfterNamedOrKinship() throws {
        XCTAssertEqual(try harness.linkedMentions("Another man, a Polish chef named Tobiasz, chased him.", [("Tobiasz", .location)]),
                       ["Tobiasz"])
        XCTAssertEqual(try harness.linkedMentions("She spoke about her husband Uladzimir, who was arrested in May.", []),
                       ["Uladzimir"])
        XCTAssertEqual(try harness.linkedMentions("Her father was Brazilian and her mother Thai.", []), [])
    }

    // MARK: Arabic names with "bin"

    func testGivenNameBeforeBinJoinsTheName() throws {
        XCTAssertEqual(try harness.linkedMentions("On Friday, Faisal bin Mansur, the emir, died. His cousin Rashid bin Hamad Al Mansur spoke.",
                                                  [("Rashid", .location), ("Hamad Al Mansur", .person)]),
                       ["Faisal bin Mansur", "Rashid bin Hamad Al Mansur"])
    }

    // MARK: Things the context names

    func testStormNameIsNoPerson() throws {
        XCTAssertEqual(try harness.linkedMentions("Hurricane Odell grew stronger on Sunday. Odell reached the islands.",
                                                  [("Odell", .misc), ("Odell", .person)]), [])
    }

    func testCoastGuardIsNoPerson() throws {
        XCTAssertEqual(try harness.linkedMentions("One member of the Coast Guard died, the Coast Guard said.", [("Coast Guard", .person)]), [])
    }

    func testNameBeforeAreaIsNoPerson() throws {
        XCTAssertEqual(try harness.linkedMentions("The hotel in the Karol Bagh area of the capital burned.", [("Karol Bagh", .person)]), [])
    }

    func testNameGlossedAsAgencyIsNoPerson() throws {
        XCTAssertEqual(try harness.linkedMentions("Yesterday, Roscosmos, the Russian space agency, announced the launch.",
                                                  [("Roscosmos", .person)]), [])
    }
}
