import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 64–66: the year of an undated story from the elected members it
/// merely names, a year dating a relative clause rather than the position after it, "had \"the firm
/// support\" of …".
final class TallyPhrasingBlind64Tests: XCTestCase {
    func testUndatedStoryTakesItsYearFromTheElectedMembersItNames() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted 14-0 early on Thursday to set up a United Nations Emergency Force. China \
            did not take part in the vote. The resolution was drafted by the eight nonaligned members of the \
            Council, Guinea, India, Indonesia, Kenya, Panama, Peru, the Sudan and Yugoslavia.
            """, date: nil))
        XCTAssertEqual(t.year, 1973)
        XCTAssertTrue(t.yearInferred)
        XCTAssertEqual(member(t, "Guinea")?.stance, .for)
        XCTAssertEqual(member(t, "Australia")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
    }

    func testTwoNamedElectedMembersDoNotDecideTheYear() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council unanimously adopted a resolution on Wednesday. Canada and Denmark welcomed \
            the outcome.
            """, date: nil))
        XCTAssertNil(t.year)
    }

    func testAYearInARelativeClauseDatesOnlyTheClause() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on a draft on South Africa. China has said it will vote in \
            favour. France, which voted against a sanctions draft in 1981, is expected to back the resolution \
            this time.
            """, date: "1984-07-30"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }

    func testAYearInARelativeClauseStillDatesAPastResolution() throws {
        // The resolution of 1967 is no vote of the story's: nothing is read from it.
        let t = tally("""
            Resolution 242, which was adopted in 1967, remains the basis of every peace plan, the Egyptian \
            ambassador said on Monday.
            """, date: "1984-07-30")
        XCTAssertTrue(t == nil || t!.members.allSatisfy { $0.stance == .unknown })
    }

    func testQuotedSupportOfTheMembersAfterIt() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on an African draft. The Zimbabwean ambassador said it \
            already had "the firm support" of India, Nicaragua, Pakistan and Peru.
            """, date: "1984-07-30"))
        for name in ["India", "Nicaragua", "Pakistan", "Peru"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }
}
