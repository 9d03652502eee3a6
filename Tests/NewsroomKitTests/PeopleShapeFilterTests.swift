import XCTest
@testable import NewsroomKit

/// The eighth round's rules (`PersonShapeFilters.swift`; the generation suffix and the untyped
/// surname of `PersonRules.completedName`; titles alone in `PersonRules.firstNameMention`; definitions as things in
/// `PersonRules.removingThings`), each on a case written for the project with the tagger's person
/// spans given by hand, so the rules themselves are tested.
final class PeopleShapeFilterTests: XCTestCase {
    private let harness = PersonRulesHarness()

    private func mentions(_ s: String, _ spans: [(String, Int)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        try harness.mentions(s, spans, file: file, line: line)
    }

    func testJuniorAndSeniorBelongToTheName() throws {
        XCTAssertEqual(try mentions("The post went to Colonel Dale Morrow Jr., 3 March 1961, and then to Ann Pike Sr. in 1964.",
                                    [("Dale Morrow", 0), ("Ann Pike", 0)]),
                       ["Dale Morrow Jr.", "Ann Pike Sr."])
    }

    func testANameOpenedByAWellKnownPlaceIsNoPerson() throws {
        XCTAssertEqual(try mentions("The cup went to the Boston Ravens, coached by Karen Holt.",
                                    [("Boston Ravens", 0), ("Karen Holt", 0)]),
                       ["Karen Holt"])
    }

    func testAPlaceThatIsACommonFirstNameStillOpensAName() throws {
        XCTAssertEqual(try mentions("The prize went to Florence Hartley in 1990.", [("Florence Hartley", 0)]),
                       ["Florence Hartley"])
    }

    func testANameBeforeACommaAndAStateIsAPlace() throws {
        XCTAssertEqual(try mentions("The wing moved to Pellham Field, Oregon, 4 May 1950, under Mark Dunlow.",
                                    [("Pellham Field", 0), ("Mark Dunlow", 0)]),
                       ["Mark Dunlow"])
    }

    func testANameBeforeACommaAndAStateWordInALongerPhraseStays() throws {
        XCTAssertEqual(try mentions("The award went to Mark Dunlow, Oregon State's coach.", [("Mark Dunlow", 0)]),
                       ["Mark Dunlow"])
    }

    func testANameEndingInAPluralCommonNounIsAGroup() throws {
        XCTAssertEqual(try mentions("The Girl Guides met Tom Raske, who won two Golden Cups.",
                                    [("Girl Guides", 0), ("Tom Raske", 0), ("Golden Cups", 0)]),
                       ["Tom Raske"])
    }

    func testAPluralLookingSurnameStays() throws {
        XCTAssertEqual(try mentions("The guitar was built by Tom Harris in 1970.", [("Tom Harris", 0)]),
                       ["Tom Harris"])
    }

    func testALoneWordInQuotationMarksIsNoPerson() throws {
        XCTAssertEqual(try mentions("Her songs 'Zenobia' and \"Marlow\" were sung by Jane Kell.",
                                    [("Zenobia", 0), ("Marlow", 0), ("Jane Kell", 0)]),
                       ["Jane Kell"])
    }

    func testAQuotedSurnameOfSomeoneNamedInFullStays() throws {
        XCTAssertEqual(try mentions("Jane Kell wrote it. Critics called it \"Kell\" at her best.",
                                    [("Jane Kell", 0), ("Kell", 1)]),
                       ["Jane Kell", "Kell"])
    }

    func testAnUntypedSurnameAfterALoneFirstNameCompletesTheName() throws {
        XCTAssertEqual(try mentions("The board met Dr. Leona Brackwater-Hull on Tuesday.", [("Leona", 0)]),
                       ["Leona Brackwater-Hull"])
    }

    func testACommonWordAfterALoneFirstNameIsNoSurname() throws {
        XCTAssertEqual(try mentions("The board thanked Leona Cotton growers for the bales.", [("Leona", 0)]),
                       ["Leona"])
    }

    func testTitlesAloneAreNoPerson() throws {
        XCTAssertEqual(try mentions("The cup came from the Governor General of Canada in 1892.", []), [])
    }

    func testANameDefinedAsAThingIsNoPersonNorAreItsOtherMentions() throws {
        XCTAssertEqual(try mentions("Zentrix Vale was a glider manufacturer from Ohio. Zentrix Vale closed in 1990.",
                                    [("Zentrix Vale", 0), ("Zentrix Vale", 1)]),
                       [])
    }

    func testAPersonDefinedByARoleStays() throws {
        XCTAssertEqual(try mentions("Tom Raske was a band member from Leeds.", [("Tom Raske", 0)]), ["Tom Raske"])
    }
}
