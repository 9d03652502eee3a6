import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 98–103 and their neighbours: an Assembly named in passing in a past-perfect relative
/// clause ("a settlement that the General Assembly had demanded"), "cast the two negative votes", "commitments from every
/// other member", "received only two votes, its own and Poland's", a vote dated by another ("came hours after the Soviet
/// Union vetoed …"), a rival text "also before the council", sponsors "weighing whether to present" a text, and an
/// Assembly session called "after British and French vetoes had paralyzed the Security Council".
final class TallyPhrasingBlind98Tests: XCTestCase {
    func testAnAssemblyInAPastPerfectRelativeClauseDoesNotTakeTheStory() throws {
        // (The Assembly had become the body of the sentences after it: the list of those voting in favour was unread.)
        let t = try XCTUnwrap(tally("""
            The Security Council tonight recommended the admission of Laos by eight votes, with three abstentions. \
            Britain's delegate said London would not stand in the way of a settlement that the General Assembly had so \
            plainly demanded.

            Voting in favor were Britain, the Soviet Union, Brazil, Iran, New Zealand, Peru, Turkey and Nationalist China.
            """, date: "1955-12-14"))
        XCTAssertEqual(member(t, "Brazil")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        let r = try XCTUnwrap(tally("""
            The Security Council on Monday approved the package by nine votes, with two abstentions. The French delegate \
            said Paris would accept the compromise which the Assembly had requested.

            Voting in favor were France, Britain, the Soviet Union, Brazil, Iran, New Zealand, Peru, Turkey and Nationalist China.
            """, date: "1955-12-12"))
        XCTAssertEqual(member(r, "Peru")?.stance, .for)
    }

    func testCastTheNNegativeVotes() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union tonight vetoed an Anglo-French resolution on the canal. The vote was 9 to 2. Russia and \
            Yugoslavia cast the two negative votes.
            """, date: "1956-10-13"))
        XCTAssertEqual(member(t, "Yugoslavia")?.stance, .against)
        // (A neighbour read before the rule as well, by the "dissenting" cue: kept so the two readings agree.)
        let r = try XCTUnwrap(tally("""
            The Soviet Union vetoed the Western draft in the Security Council on Tuesday. The vote was 8 to 3. Hungary and Algeria cast the \
            three dissenting votes with Moscow.
            """, date: "1968-08-22"))
        XCTAssertEqual(member(r, "Algeria")?.stance, .against)
    }

    func testCommitmentsFromEveryOtherMember() throws {
        // (Twelve members had been unknown in a preview of a threatened US veto.)
        let t = try XCTUnwrap(tally("""
            The United States is expected to veto a Security Council resolution on Jerusalem, diplomats said. Its sponsors \
            say they have commitments from every other member.
            """, date: "1995-05-17"))
        XCTAssertEqual(member(t, "Botswana")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.stance, .for)
        let r = try XCTUnwrap(tally("""
            The Security Council votes on Thursday on the Japanese draft. The sponsors have assurances from Brazil and \
            Nigeria.
            """, date: "2011-06-14"))
        XCTAssertEqual(member(r, "Nigeria")?.stance, .for)
    }

    func testItsOwnVoteAndAnothersAfterACount() throws {
        // (Poland had been read among the twelve abstaining and the United States, named only for another text, `for`.)
        let t = try XCTUnwrap(tally("""
            A Soviet resolution on East Pakistan was rejected by the Security Council today. The Soviet draft received \
            only two votes, its own and Poland's. China voted against it, and the other twelve members abstained.
            """, date: "1971-12-05"))
        XCTAssertEqual(member(t, "Poland")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.stance, .abstain)
        let r = try XCTUnwrap(tally("""
            A Chinese resolution on Myanmar was defeated on Friday. The Chinese text won only two votes, its own and Russia's. \
            The other thirteen members voted against it.
            """, date: "2007-01-12"))
        XCTAssertEqual(member(r, "Russia")?.stance, .for)
        XCTAssertEqual(member(r, "China")?.stance, .for)
    }

    func testAVoteDatedByAnotherIsNotRead() throws {
        // ("The vote came hours after the Soviet Union vetoed a United States resolution": the US draft's sponsor had
        // been `for`, so the twelve others could not be matched.)
        let t = try XCTUnwrap(tally("""
            A Soviet resolution on East Pakistan was rejected by the Security Council today. The Soviet draft received \
            only two votes, its own and Poland's. China voted against it, and the other twelve members abstained. The vote \
            came hours after the Soviet Union vetoed a United States resolution calling for a cease-fire.
            """, date: "1971-12-05"))
        XCTAssertEqual(member(t, "United States")?.stance, .abstain)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
    }

    func testARivalTextAlsoBeforeTheCouncilIsAnotherText() throws {
        // ("A Soviet resolution calling for Mr. Hammarskjold's removal is also before the council": the Soviet Union had
        // been `for` the Afro-Asian text.)
        let t = try XCTUnwrap(tally("""
            An Afro-Asian resolution on the Congo appeared tonight to have the votes it needs in the Security Council. The \
            United States would vote for it. A Soviet resolution calling for Mr. Hammarskjold's removal is also \
            before the council but is given no chance.
            """, date: "1961-02-20"))
        XCTAssertEqual(member(t, "United States")?.stance, .for)
        XCTAssertNotEqual(member(t, "Soviet Union")?.stance, .for)
    }

    func testWeighingWhetherToPresentATextIsNoStance() {
        // (The two had been `undecided` in an `undetermined` tally of a briefing.)
        XCTAssertNil(tally("""
            Chief UN weapons inspector Hans Blix told the Security Council on Friday that Iraq was cooperating more \
            actively. No vote was taken and no draft was formally tabled. Diplomats said the United States and Britain \
            were still weighing whether to present a new resolution in the coming weeks.
            """, date: "2003-02-14"))
        XCTAssertNil(tally("""
            Envoys briefed the Security Council on Tuesday on the fighting. No vote was taken. France was still considering \
            whether to introduce a draft, diplomats said.
            """, date: "2012-03-06"))
    }

    func testEarlierVetoesInAnAfterClauseAreNoDecision() {
        // (The Assembly's cease-fire vote had been `blocked by a threatened veto`.)
        XCTAssertNil(tally("""
            The General Assembly early this morning called for an immediate cease-fire in Egypt. The vote was 64 to 5, \
            with 6 abstentions. Britain, France, Israel, Australia and New Zealand voted against the American resolution. \
            The emergency session was summoned under the "Uniting for Peace" procedure after British and French vetoes had \
            paralyzed the Security Council earlier in the week. Secretary of State Dulles, who introduced the resolution \
            himself, said the United States found itself opposed to its oldest allies. Lester B. Pearson of Canada, who \
            abstained, proposed a plan for an international police force.
            """, date: "1956-11-02"))
        // (A neighbour that gave no tally before the rule either: kept so the rule does not make one.)
        XCTAssertNil(tally("""
            The General Assembly on Thursday demanded a halt to the fighting by 90 votes to 4. It met after two Soviet \
            vetoes had blocked the Security Council.
            """, date: "1980-01-14"))
    }
}
