import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 47–49: "the sponsors" as a noun after a determiner, support
/// announced, an inverted line-up against a draft, totals "N to M against" a proposal, and a year
/// closing a full date breaking a tie among the years an undated story names.
final class TallyPhrasingBlind47Tests: XCTestCase {
    func testTheSponsorsAfterADeterminerAreTheNounNotTheVerb() throws {
        let t = try XCTUnwrap(tally("""
            China said on Monday it would veto a draft Security Council resolution on fishing rights in the South China \
            Sea, which Japan and the Philippines hope to put to a vote next week.

            Beijing accused the sponsors of staging a provocation, a Chinese diplomat said.
            """, date: "2025-05-12"))
        XCTAssertEqual(member(t, "China")?.stance, .against)
        XCTAssertEqual(member(t, "China")?.veto, .threatened)
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testAnnouncedTheirSupportIsAStanceFor() throws {
        let t = try XCTUnwrap(tally("""
            A Security Council draft resolution on the Sahel drafted by France is expected to come to a vote on \
            Thursday. Algeria and Mozambique have announced their support, diplomats said.
            """, date: "2024-06-03"))
        XCTAssertEqual(member(t, "Algeria")?.stance, .for)
        XCTAssertEqual(member(t, "Mozambique")?.stance, .for)
        XCTAssertEqual(member(t, "Japan")?.stance, .unknown)
    }

    func testAnInvertedLineUpAgainstTheDraftIsTheNoes() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Tuesday rejected a Soviet draft resolution on Korea. Lined up against the draft were \
            the United States, France and Cuba, while India voted for it.
            """, date: "1950-09-12"))
        for name in ["United States", "France", "Cuba"] { XCTAssertEqual(member(t, name)?.stance, .against, name) }
        XCTAssertEqual(member(t, "India")?.stance, .for)
    }

    func testTotalsToAgainstTheProposalCountTheNoesFirst() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today refused to put the Suez question on its agenda. Sir Gladwyn Jebb of Britain said \
            the matter was not urgent.

            The vote was 8 to 2 against the Egyptian proposal, with Pakistan and the Soviet Union voting for it and \
            Britain abstaining.
            """, date: "1952-04-14"))
        XCTAssertEqual(t.counts, TallyCounts(for: 2, against: 8, abstain: 1, undecided: 0, unknown: 0))
        XCTAssertEqual(member(t, "Chile")?.stance, .against)
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
    }

    func testAYearClosingAFullDateBreaksATieAmongNamedYears() throws {
        let t = try XCTUnwrap(tally("""
            UNITED NATIONS, N.Y. -- The Security Council today unanimously called on Israel and Syria to respect the \
            armistice.

            The resolution, submitted by Britain, was adopted 11 to 0. The clash on Dec. 11, 1955, was the gravest since \
            the armistice was signed in 1949.
            """, date: nil))
        XCTAssertEqual(t.year, 1955)
        XCTAssertEqual(member(t, "Peru")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 11, against: 0, abstain: 0, undecided: 0, unknown: 0))
    }
}
