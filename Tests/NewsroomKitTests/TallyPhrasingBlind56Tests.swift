import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 56–58: "refused to take part in the vote", "the other seven members,
/// including the …" after abstentions told in another sentence, "four earlier drafts" and "a second
/// draft" as other texts, "without a dissenting vote", a relative clause "which has joined Russia in
/// vetoing …" before its head's stance, and a specialized agency's vote (UNESCO, a General Conference).
final class TallyPhrasingBlind56Tests: XCTestCase {
    func testRefusingToTakePartInTheVoteIsAbsence() throws {
        let t = try XCTUnwrap(tally("""
            A Security Council draft on Cyprus was adopted on Friday by 13 votes to none. China refused to take \
            part in the vote, and Iraq abstained.
            """, date: "1974-08-16"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Iraq")?.stance, .abstain)
    }

    func testRefusingToTakePartInTheDebateIsNoStance() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Monday on a draft on Namibia. Britain and France are expected to \
            abstain. Tanzania refused to take part in the debate.
            """, date: "1976-06-04"))
        XCTAssertEqual(member(t, "Tanzania")?.stance, .unknown)
    }

    func testTheOtherMembersIncludingNamedOnesAfterAbstentionsInAnotherSentence() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council rejected a draft on Lebanon on Monday. The draft received only six votes, from \
            Britain, the United States, France, Italy, Japan and Sweden. Panama and Romania abstained. The other seven members, \
            including the Soviet Union and China, refused to take part in the vote.
            """, date: "1976-07-12"))
        for name in ["Soviet Union", "China", "Benin", "Guyana", "Libya", "Pakistan", "Tanzania", "Panama", "Romania"] {
            XCTAssertEqual(member(t, name)?.stance, .abstain, name)
        }
        XCTAssertEqual(member(t, "Sweden")?.stance, .for)
    }

    func testEarlierAndSecondDraftsAreOtherTexts() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council unanimously adopted a resolution on Namibia on Friday. Two earlier drafts were \
            vetoed on Monday by Britain and France. A second draft, sponsored by Benin and Libya, was not pressed \
            to a vote.
            """, date: "1977-11-04"))
        XCTAssertEqual(t.outcome, "adopted")
        for name in ["United Kingdom", "France", "Benin", "Libya", "Canada"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
    }

    func testWithoutADissentingVoteNamesNoDissenter() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council approved the resolution, drafted by Canada and West Germany, without a \
            dissenting vote on Tuesday; all 15 members voted in favour.
            """, date: "1978-09-29"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Canada")?.stance, .for)
        XCTAssertEqual(member(t, "West Germany")?.stance, .for)
    }

    func testARelativeClauseJoiningAnotherMemberLeavesItsHeadTheSubject() throws {
        let t = try XCTUnwrap(tally("""
            Russia will veto a Western draft on Syria in the Security Council on Tuesday, its envoy said. China, \
            which has joined Russia in vetoing several texts on Syria, has not said how it will vote.
            """, date: "2017-02-27"))
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, .threatened)
        XCTAssertEqual(member(t, "China")?.stance, .undecided)
    }

    func testASpecializedAgencysVoteGivesNoTally() {
        let t = tally("""
            The U.N. cultural agency UNESCO voted on Tuesday to admit Kosovo. The General Conference approved \
            the membership by 92 votes to 50, with 29 abstentions. Serbia and Russia voted against. Kosovo is \
            also seeking a seat at the United Nations, but that bid is blocked in the Security Council, where \
            Russia has said it will use its veto.
            """, date: "2015-11-10")
        XCTAssertNil(t)
    }
}
