import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 53–55: "with China not participating", "the other nine members,
/// including the …", "… but are expected to abstain", "is counting on the votes of", "swung behind it",
/// a sponsors' target with its votes left out, "no chance of winning the nine votes", a vote in a
/// sentence opening "In <another month>", and "the Commons" as a parliament.
final class TallyPhrasingBlind53Tests: XCTestCase {
    func testWithAMemberNotParticipatingIsAbsenceAndTheTotalsFillTheRest() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed a Security Council resolution on Tuesday. The vote was 13-1, with China not \
            participating.
            """, date: "1976-06-23"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Sweden")?.stance, .for)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testTheOtherMembersIncludingTheNamedOnesAllVote() throws {
        let t = try XCTUnwrap(tally("""
            A Chinese draft on Myanmar won only three votes in the Security Council on Friday. Only Russia and \
            Venezuela joined China in voting for it. Egypt and Angola abstained, and the other ten members, \
            including the United States and France, voted against it.
            """, date: "2016-05-06"))
        for name in ["Japan", "Spain", "Senegal", "United States", "France"] { XCTAssertEqual(member(t, name)?.stance, .against, name) }
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
    }

    func testElidedSubjectAfterButAndACopula() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Friday on a British draft on Yemen. Russia and China dislike the \
            sanctions but are expected to abstain, diplomats said.
            """, date: "2011-03-17"))
        XCTAssertEqual(member(t, "Russia")?.stance, .abstain)
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
    }

    func testCountingOnTheVotesOfAndSwungBehindIt() throws {
        let t = try XCTUnwrap(tally("""
            France has called a Security Council vote on Tuesday on its draft on Mali. Paris is counting on the \
            votes of Peru, Kuwait and Poland, officials said. Germany swung behind it on Monday.
            """, date: "2019-02-25"))
        for name in ["Peru", "Kuwait", "Poland", "Germany"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }

    func testATargetWhoseVotesAreLeftOut() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on a French draft on Syria. Ten members are expected to vote \
            in favour, giving the sponsors the nine votes they need. They are hoping for at least 12.
            """, date: "2011-03-17"))
        XCTAssertEqual(t.sponsorTarget, 12)
    }

    func testNoChanceOfWinningTheVotesIsNoTotal() throws {
        let t = try XCTUnwrap(tally("""
            China will put its own draft on Myanmar to a vote in the Security Council on Friday, although the text has \
            almost no chance of winning the nine votes it needs. Britain, France and the United States will abstain.
            """, date: "2022-03-22"))
        XCTAssertNotEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
    }

    func testAVoteInAnotherMonthIsAnotherDecision() throws {
        let t = try XCTUnwrap(tally("""
            Britain has asked the Security Council to vote on Tuesday on its draft on Sudan. Japan, Malta and \
            Ecuador will vote for it. Russia has not said how it will vote. In February Russia vetoed a British \
            text on Sudan.
            """, date: "2024-06-09"))
        XCTAssertEqual(member(t, "Russia")?.stance, .undecided)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
    }

    func testAVoteInTheStorysOwnMonthIsStillRead() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council met on Sudan on Monday. In June Russia vetoed a British text on Sudan.
            """, date: "2024-06-09"))
        XCTAssertEqual(member(t, "Russia")?.veto, .cast)
    }

    func testTheCommonsOnItsOwnIsTheParliament() {
        XCTAssertNil(tally("""
            The House of Commons voted on Tuesday to back the government. The motion passed 400 to 150. The prime minister blamed \
            Russia for the collapse of talks on a Security Council resolution. He said Moscow would veto any text. \
            The sponsors withdrew their draft without a vote. A former minister resigned, telling the Commons \
            that the war was wrong. The opposition voted against the government.
            """, date: "2003-03-18"))
    }
}
