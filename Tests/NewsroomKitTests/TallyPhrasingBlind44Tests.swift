import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 44–46: a bare "council" after a parliament, the Assembly receiving a
/// recommendation, "all five" taking up a list, a count of members as its own subject, a veto not even
/// needed by a draft nowhere near the votes, and enough support asked about rather than claimed.
final class TallyPhrasingBlind44Tests: XCTestCase {
    func testABareCouncilAfterAParliamentIsTheLastCouncilNamed() throws {
        let t = try XCTUnwrap(tally("""
            The U.N. Security Council voted on Thursday to renew sanctions on gang leaders in Haiti, going around the \
            country's suspended parliament.

            The measure passed 12-0. Three members abstained: Russia, China and Pakistan, the council's only South Asian \
            member.

            Diplomats said the council had acted because the legislature could not meet to vote on the sanctions itself.
            """, date: "2025-06-12"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Pakistan")?.stance, .abstain)
        XCTAssertEqual(member(t, "Slovenia")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 12, against: 0, abstain: 3, undecided: 0, unknown: 0))
    }

    func testTheAssemblyReceivingARecommendationLeavesTheCouncilDeciding() throws {
        let t = try XCTUnwrap(tally("""
            China on Monday vetoed a second term for the secretary-general, standing alone against the rest of the \
            Security Council.

            The vote, on a text recommending the Austrian diplomat's reappointment to the General Assembly, was 14 to one.
            """, date: "1981-10-27"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "China")?.veto, .cast)
        XCTAssertEqual(member(t, "Ireland")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 14, against: 1, abstain: 0, undecided: 0, unknown: 0))
    }

    func testAllOfANumberTakesUpAListBeforeOrLaterInItsSentence() throws {
        let before = try XCTUnwrap(tally("""
            Britain, France and Germany have drawn up a Security Council draft on Libya's frozen assets. All three will \
            co-sponsor it when the council votes on Friday, diplomats said.
            """, date: "2020-02-04"))
        for name in ["United Kingdom", "France", "Germany"] { XCTAssertEqual(member(before, name)?.stance, .for, name) }
        XCTAssertEqual(member(before, "Russia")?.stance, .unknown)

        let later = try XCTUnwrap(tally("""
            The Security Council resolution on Yemen, which all five will sponsor, was negotiated for weeks among the \
            permanent members - China, France, Russia, Britain and the United States. A vote is expected on Tuesday.
            """, date: "2020-02-04"))
        for name in ["China", "France", "Russia", "United Kingdom", "United States"] {
            XCTAssertEqual(member(later, name)?.stance, .for, name)
        }
        XCTAssertEqual(member(later, "Belgium")?.stance, .unknown)
    }

    func testACountOfMembersIsItsOwnSubject() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Thursday adopted a resolution renewing its sanctions, with the French-drafted measure \
            winning just the nine votes it needed as six members abstained.
            """, date: "2013-04-25"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testAVetoNotEvenNeededByADraftNowhereNearTheVotes() throws {
        let text = """
            A Danish push for a Security Council statement of concern over Arctic shipping has stalled, with the draft \
            resolution nowhere near the nine votes it needs, diplomats said on Monday.

            Denmark and Greece wrote the text. Russia said it would vote against it.

            "Moscow will not even need its veto," said one envoy.
            """
        let t = try XCTUnwrap(tally(text, date: "2025-09-08"))
        XCTAssertEqual(t.outcome, "short of the 9 votes needed")
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
        // Without the remark, Russia's no is a threatened veto.
        let threatened = try XCTUnwrap(tally(text.replacingOccurrences(of: "\"Moscow will not even need its veto,\" said one envoy.", with: ""),
                                             date: "2025-09-08"))
        XCTAssertEqual(threatened.outcome, "blocked by a threatened veto")
    }

    func testEnoughSupportAskedAboutIsNoForecast() throws {
        let asked = try XCTUnwrap(tally("""
            Germany circulated a Security Council draft on the Sahel on Tuesday, but it was not clear whether the text had \
            enough votes to pass. Britain and France said they would vote for it.
            """, date: "2020-05-12"))
        XCTAssertEqual(asked.outcome, "undetermined")
        let claimed = try XCTUnwrap(tally("""
            Germany circulated a Security Council draft on the Sahel on Tuesday, and diplomats said the text had enough \
            votes to pass. Britain and France said they would vote for it.
            """, date: "2020-05-12"))
        XCTAssertEqual(claimed.outcome, "likely to pass")
    }
}
