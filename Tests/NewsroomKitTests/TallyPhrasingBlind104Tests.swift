import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 104–109 and their neighbours: an earlier vote told in a relative clause ("which
/// abstained on the original sanctions in August"), "casting the only vote against", the noes in parentheses after
/// "9 votes to 1 (Egypt)", passives "opposed as well by" and "rejected by", and "decided not to use its veto and abstained".
final class TallyPhrasingBlind104Tests: XCTestCase {
    func testAnEarlierVoteOnTheOriginalTextInARelativeClause() throws {
        // (Yemen had been read as abstaining, against the reported 14-1.)
        let t = try XCTUnwrap(tally("""
            The Security Council voted 14-1 on Tuesday to extend the embargo. Yemen, the only Arab state on the Council, \
            which abstained on the original sanctions in August, voted in favour this time.
            """, date: "1990-09-25"))
        XCTAssertEqual(member(t, "Yemen")?.stance, .for)
        // ("one of the original sponsors" before the cue is not an earlier text.)
        let r = try XCTUnwrap(tally("""
            The Security Council adopted the resolution on Monday. France, one of the original sponsors, voted in favour.
            """, date: "1990-09-24"))
        XCTAssertEqual(member(r, "France")?.stance, .for)
    }

    func testCastingTheOnlyVoteAgainst() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted 14-1 on Tuesday to extend the embargo to air traffic, with Cuba casting the only \
            vote against.
            """, date: "1990-09-25"))
        XCTAssertEqual(member(t, "Cuba")?.stance, .against)
        XCTAssertEqual(member(t, "Finland")?.stance, .for)
    }

    func testNoesInParenthesesAfterVotesToOne() throws {
        // (The nine in favour had been unknown: only the abstention in parentheses was read.)
        let t = try XCTUnwrap(tally("""
            The Security Council today recommended the admission of Israel. The resolution was adopted by 9 votes to 1 \
            (Egypt), with 1 abstention (United Kingdom).
            """, date: "1949-03-04"))
        XCTAssertEqual(member(t, "Egypt")?.stance, .against)
        XCTAssertEqual(member(t, "Norway")?.stance, .for)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .abstain)
        // (No noes: nothing in parentheses after "to 0" is taken as noes.)
        let r = try XCTUnwrap(tally("""
            The resolution was adopted by 10 votes to 0, with 1 abstention (Soviet Union).
            """, date: "1949-03-04"))
        XCTAssertEqual(member(r, "Soviet Union")?.stance, .abstain)
        XCTAssertEqual(member(r, "Egypt")?.stance, .for)
    }

    func testOpposedAsWellByAndRejectedBy() throws {
        let t = try XCTUnwrap(tally("""
            China made clear it would veto any Security Council resolution forcing aid on Myanmar. The proposal was \
            opposed as well by Indonesia, Viet Nam, South Africa and Libya.
            """, date: "2008-05-08"))
        XCTAssertEqual(member(t, "Indonesia")?.stance, .against)
        XCTAssertEqual(member(t, "Libya")?.stance, .against)
        let r = try XCTUnwrap(tally("""
            A Russian draft resolution on Venezuela was defeated in the Security Council on Thursday, winning only four \
            votes. The draft was rejected by Britain, the United States and Peru.
            """, date: "2019-02-28"))
        XCTAssertEqual(member(r, "Peru")?.stance, .against)
        XCTAssertEqual(member(r, "United States")?.stance, .against)
    }

    func testAVoteVerbJoinedByAndAfterANegatedPhrase() throws {
        // (The United States had been left unknown, so "the other 14 members" could not be matched.)
        let t = try XCTUnwrap(tally("""
            The Security Council on Saturday condemned the violence, approving a resolution 14-0 after the United States \
            decided not to use its veto and abstained.
            """, date: "2000-10-07"))
        XCTAssertEqual(member(t, "United States")?.stance, .abstain)
        XCTAssertEqual(member(t, "Jamaica")?.stance, .for)
        // (A negation right before the cue still holds: "did not abstain".)
        let r = try XCTUnwrap(tally("""
            The Security Council approved the resolution 15-0 on Saturday. France did not abstain.
            """, date: "2000-10-07"))
        XCTAssertEqual(member(r, "France")?.stance, .for)
    }
}
