import XCTest
@testable import NewsroomKit

/// The ninth round's newswire rules (`PersonNewswireRules.swift`, the news organisations and
/// vessel prefixes of `PersonThingFilters.swift`, the one-dot-leader initial of the tokenizer),
/// each on a small case written for the project with the tagger's entities given by hand.
final class PeopleNinthRoundTests: XCTestCase {
    private let harness = PersonRulesHarness()

    /// The mention texts after rules, linker extension and linking for `s` when the tagger typed
    /// `spans` (words, type; a repeated span is found after the previous one).
    private func mentions(_ s: String, _ spans: [(String, EntityType)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        try harness.linkedMentions(s, spans, file: file, line: line)
    }

    func testATitleInsideARunTypedAsAnOrganisationLeadsToThePersonAndTheSurnameLinks() throws {
        XCTAssertEqual(try mentions("It came days before Ruritanian President Joko Pramudit's second term. Pramudit named a minister.",
                                    [("Ruritanian President Joko Pramudit", .organization)]),
                       ["Joko Pramudit", "Pramudit"])
    }

    func testACommonWordAfterATitleInsideATypedRunIsNoPerson() throws {
        XCTAssertEqual(try mentions("It was decided at the Extraordinary General Meeting in Madrid.",
                                    [("Extraordinary General Meeting", .organization)]), [])
    }

    func testANameAfterAPersonRoleAndBeforeASpeechVerbIsAPerson() throws {
        XCTAssertEqual(try mentions("City University political scientist Ma Ngok said the turnout was high.",
                                    [("Ma Ngok", .organization)]),
                       ["Ma Ngok"])
    }

    func testAnOrganisationAfterARoleWithoutASpeechVerbStays() throws {
        XCTAssertEqual(try mentions("She worked as an analyst Morgan Stanley hired in 2010.", [("Morgan Stanley", .organization)]), [])
    }

    func testAnAppositionWithAPersonRoleMarksAPerson() throws {
        XCTAssertEqual(try mentions("Dedi Prasetyo, a spokesperson for the national police, said his condition was stable.",
                                    [("Prasetyo", .organization)]),
                       ["Dedi Prasetyo"])
    }

    func testAnAppositionWithAnOrganisationRoleIsNoPerson() throws {
        XCTAssertEqual(try mentions("Acme Holdings, a member of the index, fell.", [("Acme Holdings", .organization)]), [])
    }

    func testALoneWordWrittenAfterTheIsNoPerson() throws {
        XCTAssertEqual(try mentions("Olympiad participants met. The head of the Olympiad spoke. He flipped the Mack truck.",
                                    [("Olympiad", .person), ("Olympiad", .person), ("Mack", .person)]),
                       [])
    }

    func testTheSurnameOfSomeoneNamedInFullStaysAfterThe() throws {
        XCTAssertEqual(try mentions("Joe Biden spoke. The Biden campaign said Biden would win.",
                                    [("Joe Biden", .person), ("Biden", .person)]),
                       ["Joe Biden", "Biden", "Biden"])
    }

    func testAPlaceNamedAfterASaintIsNoPerson() throws {
        XCTAssertEqual(try mentions("The mayor of San Juan spoke. Dr. Steven Wolf at Saint Francis said they were ready.",
                                    [("San Juan", .person), ("Steven Wolf", .person), ("Saint Francis", .person)]),
                       ["Steven Wolf"])
    }

    func testANewsOrganisationIsNoPerson() throws {
        XCTAssertEqual(try mentions("Al Jazeera reported that Xinhua had the news first.",
                                    [("Al Jazeera", .person), ("Xinhua", .person)]), [])
    }

    func testAShipsNameIsNoPersonButThePersonItHonoursStays() throws {
        XCTAssertEqual(try mentions("They renamed the ship after Alan Kurdi. Their ship, MV Alan Kurdi, sailed.",
                                    [("Alan Kurdi", .person), ("MV Alan Kurdi", .organization)]),
                       ["Alan Kurdi"])
    }

    func testAnInitialWrittenWithAOneDotLeaderKeepsIt() throws {
        let t = TokenizedText(ScalarText("We wrote to Sergey M\u{2024}, one of the maintainers."))
        let k = try XCTUnwrap(harness.range(t, "Sergey", occurrence: 0))
        XCTAssertEqual(t.string(k.upperBound), "M\u{2024}")
        XCTAssertEqual(t.folded[k.upperBound], "m.")
        XCTAssertEqual(try mentions("We wrote to Sergey M\u{2024}, one of the maintainers.", [("Sergey M\u{2024}", .person)]),
                       ["Sergey M\u{2024}"])
    }
}
