import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Settings between the speech verb and the reported clause (seventeenth quotes round).
final class QuoteSeventeenthRoundSettingTests: XCTestCase {
    func testLateOrEarlyBeforeASettingIsPartOfTheSetting() {
        let late = quotes("Jane Smith said late on Tuesday no boats would leave the harbour.")
        XCTAssertEqual(late.map(\.text), ["no boats would leave the harbour"])
        XCTAssertEqual(late.map(\.speaker), ["Jane Smith"])
        let early = quotes("The coastguard said early Monday the ferry had reached the island.")
        XCTAssertEqual(early.map(\.text), ["the ferry had reached the island"])
        // "late" that opens no setting stays in the clause.
        let payments = quotes("Jane Smith said late payments had cost the council a fortune.")
        XCTAssertEqual(payments.map(\.text), ["late payments had cost the council a fortune"])
    }

    func testASettingOpenedByAPrepositionRunsToACommaBeforeTheClause() {
        let via = quotes("The harbour board announced via its website on Monday evening, the pier had been closed for repairs.")
        XCTAssertEqual(via.map(\.text), ["the pier had been closed for repairs"])
        XCTAssertEqual(via.map(\.speaker), ["The harbour board"])
    }

    func testTheTimeOfDayAmIsNoVerb() {
        let found = quotes("Jane Smith announced via Twitter at 9:30 am (1430 UTC), the ferry had reached the island.")
        XCTAssertEqual(found.map(\.text), ["the ferry had reached the island"])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
    }
}

/// Group speakers named by the seventeenth quotes round.
final class QuoteSeventeenthRoundSpeakerTests: XCTestCase {
    func testAnAcronymWithAnAmpersandNamesTheCompanyItAbbreviates() {
        let found = quotes("""
            The utility Northern Water and Light Company (NW&L) cut the supply on Monday. NW&L stated it had warned its customers a week before.
            """)
        XCTAssertEqual(found.map(\.text), ["it had warned its customers a week before"])
        XCTAssertEqual(found.map(\.speakerText), ["NW&L"])
        XCTAssertEqual(found.map(\.speaker), ["Northern Water and Light Company (NW&L)"])
    }
}

/// A person's office, staff or team named with the person (seventeenth quotes round).
final class QuoteSeventeenthRoundOwnerTests: XCTestCase {
    func testAPersonsOfficeStaffOrTeamIsNamedWithThePerson() {
        let office = quotes("Paul Brown was taken to hospital on Monday. His office said he was recovering well.")
        XCTAssertEqual(office.map(\.text), ["he was recovering well"])
        XCTAssertEqual(office.map(\.speaker), ["Paul Brown's office"])
        let staff = quotes("Jane Smith was not at the meeting. Her staff said she was abroad.")
        XCTAssertEqual(staff.map(\.speaker), ["Jane Smith's staff"])
        let team = quotes("Paul Brown was charged in May. His legal team argued he had only done his job.")
        XCTAssertEqual(team.map(\.speaker), ["Paul Brown's legal team"])
    }
}

/// Objects of a speech verb that are no reported clause (seventeenth quotes round).
final class QuoteSeventeenthRoundObjectTests: XCTestCase {
    func testAnObjectWhoseOnlyVerbIsInARelativeClauseIsNoClause() {
        let found = quotes("The council announced new parking rules, which residents rejected after the vote.")
        XCTAssertEqual(found.map(\.text), [])
        // A clause with a verb of its own before the relative clause is still reported.
        let clause = quotes("The council announced parking fees would rise, which residents rejected.")
        XCTAssertEqual(clause.count, 1)
    }
}

/// Where a reported clause ends (seventeenth quotes round).
final class QuoteSeventeenthRoundClauseEndTests: XCTestCase {
    func testWhileBeforeARoleWithoutAVerbStaysInTheClause() {
        let role = quotes("Jane Smith recalled being cast in a stage play while a junior teacher at the village school.")
        XCTAssertEqual(role.map(\.text), ["being cast in a stage play while a junior teacher at the village school"])
        XCTAssertEqual(role.map(\.speaker), ["Jane Smith"])
        // "while" before a clause with a verb of its own still ends what was said.
        let clause = quotes("Jane Smith recalled being cast in a stage play while a storm was raging outside.")
        XCTAssertEqual(clause.map(\.text), ["being cast in a stage play"])
    }
}
