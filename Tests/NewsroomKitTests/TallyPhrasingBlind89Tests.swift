import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 89–91 and their neighbours: another body's vote dated by a Council veto ("came
/// six days after … vetoed … in the Security Council"), "Ten members voted to put the issue on the agenda", "with the
/// bare minimum of nine votes needed" after an adopting verb, "the … system backed by" members (not the draft), and an
/// "Arab-backed" draft with "the council's Arab member, X".
final class TallyPhrasingBlind89Tests: XCTestCase {
    func testACouncilVetoDatingAnotherBodysVoteDoesNotCarryOn() {
        // (The Council named in the dating clause had carried on, so the Assembly's stances became a tally.)
        XCTAssertNil(tally("""
            The General Assembly voted 122-10 on Thursday to condemn the occupation, with 15 abstentions. The vote took \
            place three days after France vetoed a similar text in the Security Council. Italy abstained, and Russia and \
            Brazil voted in favour.
            """, date: "1989-12-30", headline: "Assembly condemns occupation"))
    }

    func testMembersVotingToDoWhatTheMotionDoesAreItsYesVotes() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Thursday held a meeting on Myanmar after a procedural vote. Eleven members voted to \
            hold the meeting, while China and Russia voted against and South Africa and Kuwait abstained. A procedural vote \
            cannot be vetoed.
            """, date: "2019-03-14"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Germany")?.stance, .for)
    }

    func testTheBareMinimumATextPassedWithIsItsYesTotal() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Tuesday renewed sanctions on Mali, passing a French-drafted text with the bare minimum \
            of nine votes needed. Russia, China, Gabon, Kenya, Ghana and Brazil abstained.
            """, date: "2022-08-30"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Albania")?.stance, .for)
    }

    func testAThingOtherThanTheTextBackedByAMember() throws {
        // ("a … mechanism backed by Britain" had given Britain `for` over its threatened veto.)
        let t = try XCTUnwrap(tally("""
            Britain is expected to veto a Security Council draft on the Falklands, diplomats said. London has said it \
            would vote no. Critics say the monitoring mechanism backed by Britain and Japan has failed the islanders.
            """, date: "1982-05-30"))
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .against)
        XCTAssertEqual(member(t, "United Kingdom")?.veto, .threatened)
    }

    func testAGroupBackedDraftHasTheSupportOfTheGroupTheStoryNames() throws {
        // ("the council's Arab member, Tunisia" had been left unknown beside an "Arab-backed draft".)
        let t = try XCTUnwrap(tally("""
            The United States said on Monday it would veto an Arab-backed draft resolution on Gaza in the Security \
            Council, after the council's Arab member, Algeria, declined to soften the text. Britain will abstain.
            """, date: "2024-02-19"))
        XCTAssertEqual(member(t, "Algeria")?.stance, .for)
        XCTAssertEqual(member(t, "United States")?.veto, .threatened)
    }
}
