import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batch 76 and their neighbours: "joined France in sponsoring" before a vote, "likely to
/// win the backing of the other 14 members" and "expected to receive the votes of …", "the 14 other members" and
/// "every other council member", "has yet to state its position", votes named after a dash ("five \"yes\" votes —
/// from …"), "roll back" as no support, totals set off by a comma ("approved …, 10 to 0"), "with France not
/// taking part", "as will the United States", a rejection's noes-first totals against the members named, and
/// "the text failed".
final class TallyPhrasingBlind76Tests: XCTestCase {
    func testJoiningASponsorIsAPositionBeforeTheVote() throws {
        // (Without the rule "joined … in sponsoring", in a sentence that also speaks of a vote, was read as the
        // recorded vote, and the preview came out `undetermined`.)
        let t = try XCTUnwrap(tally("""
            The Security Council is due to vote on Tuesday on a British draft extending the mission in Somalia. Ireland \
            and Norway have joined Britain in co-sponsoring the text, and Kenya has said it will vote for it. Ghana, \
            Gabon, Mexico, Albania, Brazil and the United States are expected to support it too.
            """, date: "2022-03-28"))
        XCTAssertEqual(t.outcome, "likely to pass")
        XCTAssertEqual(member(t, "Ireland")?.stance, .for)
        XCTAssertEqual(member(t, "Kenya")?.stance, .for)
    }

    func testLikelyToWinTheBackingOfTheOtherMembersIsAForecast() throws {
        let t = try XCTUnwrap(tally("""
            Russia is expected to veto a draft resolution on the Kerch Strait when it comes to a vote on Wednesday. \
            Diplomats said the text was likely to win the backing of the other 14 members of the council.
            """, date: "2018-11-27"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "Peru")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.stance, .for)
    }

    func testExpectedToReceiveTheVotesOfIsAForecastButHopingIsAWish() throws {
        let t = try XCTUnwrap(tally("""
            Russia is expected to veto a draft resolution on the Kerch Strait when it comes to a vote on Wednesday. \
            The text is expected to receive the votes of every other council member.
            """, date: "2018-11-27"))
        XCTAssertEqual(member(t, "Kuwait")?.stance, .for)
        XCTAssertEqual(member(t, "Bolivia")?.stance, .for)
        let hoped = try XCTUnwrap(tally("""
            Russia is expected to veto a Security Council draft resolution on the Kerch Strait when it comes to a vote \
            on Wednesday. Sweden is hoping to receive the votes of the other 14 members.
            """, date: "2018-11-27"))
        XCTAssertEqual(member(hoped, "Kuwait")?.stance, .unknown)
    }

    func testTheNumberBeforeOtherOpensTheGroup() throws {
        let t = try XCTUnwrap(tally("""
            Britain has made clear it will block a Soviet draft on Rhodesia in a vote expected on Friday. The text is \
            likely to be backed by the 14 other council members, diplomats said.
            """, date: "1970-03-16"))
        XCTAssertEqual(member(t, "Zambia")?.stance, .for)
        XCTAssertEqual(member(t, "United Kingdom")?.veto, .threatened)
    }

    func testYetToStateItsPositionIsUndecided() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Friday on an American draft on North Korea. Japan and Britain back it. \
            Russia has yet to state its position, and China has not stated how it will vote.
            """, date: "2016-11-29"))
        XCTAssertEqual(member(t, "Russia")?.stance, .undecided)
        XCTAssertEqual(member(t, "China")?.stance, .undecided)
    }

    func testVotesNamedAfterADash() throws {
        let t = try XCTUnwrap(tally("""
            An Indian draft on Kashmir was defeated on Monday. It won only three \u{201C}yes\u{201D} votes \u{2014} from \
            India, Ghana and Kenya. The other 12 council members abstained.
            """, date: "2022-01-10"))
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
        XCTAssertEqual(member(t, "Ghana")?.stance, .for)
        XCTAssertEqual(member(t, "Norway")?.stance, .abstain)
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
    }

    func testRollBackIsNoSupport() throws {
        let t = try XCTUnwrap(tally("""
            Russia will put its draft on peacekeeping to a vote on Friday, although Western nations said it would roll \
            back hard-won gains. China and South Africa will vote for it.
            """, date: "2020-10-27"))
        XCTAssertEqual(member(t, "France")?.stance, .unknown)
        XCTAssertEqual(member(t, "China")?.stance, .for)
    }

    func testTotalsSetOffByACommaAfterTheDecisionVerb() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted a resolution on the Congo late tonight, 9 to 0, with France and the \
            Soviet Union abstaining.
            """, date: "1960-07-22"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Ceylon")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
    }

    func testNotTakingPartIsAbsence() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council called for a cease-fire in the Congo on Tuesday by 8 votes to 0, with France and \
            China not taking part in the vote and Turkey abstaining.
            """, date: "1961-02-21"))
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Liberia")?.stance, .for)
    }

    func testAsWillTheMembers() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes on Thursday on a Swiss draft on humanitarian access. Ecuador and Malta will \
            support it, as will the United States and Japan.
            """, date: "2023-06-12"))
        XCTAssertEqual(member(t, "United States")?.stance, .for)
        XCTAssertEqual(member(t, "Japan")?.stance, .for)
    }

    func testARejectionsNoesFirstReadingYieldsToTheMembersNamed() throws {
        // "rejected … The vote was 8 to 3": eight named for and three against make it a veto, not a defeat.
        let t = try XCTUnwrap(tally("""
            The Security Council rejected tonight a Western resolution on Hungary. The vote was 8 to 3. The United \
            States, Britain, France, Nationalist China, Cuba, Peru, Australia and Belgium voted for it. Yugoslavia and \
            Iran joined the Soviet Union in opposing it.
            """, date: "1956-11-04"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .cast)
    }

    func testTheTextFailed() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted on Thursday on a Chinese draft on sanctions relief. Only China, Russia and \
            Gabon voted for the text, which failed.
            """, date: "2022-05-26"))
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
    }

    func testVotingInItsFavour() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Monday on a Norwegian draft on Afghanistan. Ghana, Gabon and Kenya will \
            vote in its favour.
            """, date: "2022-03-14"))
        XCTAssertEqual(member(t, "Gabon")?.stance, .for)
    }

    func testUnclearPositionsAreUndecided() throws {
        for (sentence, name) in [("It was not clear how Brazil would vote.", "Brazil"),
                                 ("Brazil has given no indication of how it will vote.", "Brazil"),
                                 ("India's position remains unclear.", "India"),
                                 ("India's stance is not yet known.", "India"),
                                 ("Beijing has kept silent on how it will vote.", "China"),
                                 ("India has remained tight-lipped about the text.", "India")] {
            let t = try XCTUnwrap(tally("""
                The Security Council will vote on Thursday on a British draft on Libya. Germany and Portugal back it. \
                \(sentence)
                """, date: "2011-03-16"), sentence)
            XCTAssertEqual(member(t, name)?.stance, .undecided, sentence)
        }
    }

    func testAllTenOthers() throws {
        let t = try XCTUnwrap(tally("""
            A Chinese draft on sanctions relief was defeated on Thursday. China, Russia and Gabon voted in favour, \
            Albania and the United States voted against, and all ten others abstained.
            """, date: "2022-05-26"))
        XCTAssertEqual(member(t, "Mexico")?.stance, .abstain)
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
    }

    func testAMemberNotParticipatingInParentheses() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted the draft resolution by 13 votes in favour, none against and 1 abstention \
            (Sudan), with one member (China) not participating in the vote.
            """, date: "1973-06-15"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Kenya")?.stance, .for)
    }
}
