import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 41–43: denials and numbers of a group, votes that "came from" a
/// list, support for a text not yet seen, support sought rather than given, suspended hyphens and a
/// programme story that only mentions a vote it does not expect.
final class TallyPhrasingBlind41Tests: XCTestCase {
    func testANumberOfAGroupNamedInAnAsideNoneAgainstAndVotesThatCameFrom() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today adopted a resolution on the situation in the Congo by 7 votes to none. Three of the \
            five permanent members -- Britain, France and the Soviet Union -- abstained, together with Poland, and none voted \
            against. The seven votes came from China, the United States, Argentina, Ecuador, Italy, Ceylon and Tunisia.
            """, date: "1960-04-01"))
        XCTAssertEqual(t.outcome, "adopted")
        for name in ["United Kingdom", "France", "Soviet Union", "Poland"] { XCTAssertEqual(member(t, name)?.stance, .abstain, name) }
        // China is one of the five but not of the three: its vote is the one the story gives it.
        for name in ["China", "United States", "Ceylon", "Tunisia"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
        XCTAssertTrue(t.members.allSatisfy { $0.veto == Veto.none })
        XCTAssertEqual(t.counts, TallyCounts(for: 7, against: 0, abstain: 4, undecided: 0, unknown: 0))
    }

    func testNegativeVotesAndAbstentionsThatCameFrom() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed a Security Council resolution on the airliner, which received 9 votes to 2 with 4 \
            abstentions. The negative votes came from the Soviet Union and Poland. The abstentions came from China, Guyana, \
            Nicaragua and Zimbabwe.
            """, date: "1983-09-12"))
        XCTAssertEqual(member(t, "Poland")?.stance, .against)
        XCTAssertEqual(member(t, "Nicaragua")?.stance, .abstain)
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
    }

    func testNoneOfAGroupHasThreatenedAVeto() throws {
        let t = try XCTUnwrap(tally("""
            A Kuwaiti draft Security Council resolution on protection for Palestinian civilians is one vote short of adoption, \
            diplomats said. Kuwait is backed by Russia, China, Bolivia, France, Sweden, Peru and Kazakhstan. The United \
            States and Britain said they would abstain. None of the Western permanent members has threatened a veto.
            """, date: "2018-05-01"))
        XCTAssertEqual(member(t, "United States")?.stance, .abstain)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .abstain)
        XCTAssertEqual(member(t, "United States")?.veto, Veto.none)
        XCTAssertNotEqual(t.outcome, "blocked by a threatened veto")
    }

    func testAnIndefiniteCountOfOtherMembersOnlyWhenItFitsTheRest() throws {
        // Four members are left without a vote, but "two other members" abstained: nobody in particular;
        // the totals fill the rest.
        let recorded = try XCTUnwrap(tally("""
            The Security Council adopted a resolution on Darfur on Saturday with 11 votes in favour, as Russia, China and two \
            other members abstained. Algeria and Pakistan joined Moscow and Beijing in abstaining. The text was drafted by \
            the United States and co-sponsored by Britain, Germany, Romania and Spain. France, Brazil, Chile, Benin, Angola \
            and the Philippines also voted yes.
            """, date: "2004-09-18"))
        for name in ["United Kingdom", "Germany", "Romania", "Spain", "Philippines"] { XCTAssertEqual(member(recorded, name)?.stance, .for, name) }
        XCTAssertEqual(recorded.counts, TallyCounts(for: 11, against: 0, abstain: 4, undecided: 0, unknown: 0))
        // Exactly two members are left, and "two other council members" have not declared: those two.
        let before = try XCTUnwrap(tally("""
            A U.S.- and British-drafted Security Council resolution on Darfur has ten committed votes, diplomats said. Besides \
            the two sponsors, France, Germany, Spain, Romania, Chile, Brazil, Benin and Angola have said they will vote yes. \
            Russia and China have not said how they will vote, and Algeria was also still weighing its position. Two other \
            council members had yet to declare, a diplomat said.
            """, date: "2004-09-10"))
        XCTAssertEqual(member(before, "United States")?.stance, .for)
        XCTAssertEqual(member(before, "United Kingdom")?.stance, .for)
        XCTAssertEqual(member(before, "Pakistan")?.stance, .undecided)
        XCTAssertEqual(member(before, "Philippines")?.stance, .undecided)
    }

    func testSupportSoughtAUnanimousVoteExpectedAndATextNotSeen() throws {
        let t = try XCTUnwrap(tally("""
            The United States expects the Security Council to vote unanimously on Monday for a resolution deploring the \
            destruction of the Korean airliner. Washington was seeking the support of all 15 members. Britain, France, the \
            Netherlands and Pakistan have said they will vote for the text. Malta and Togo had privately indicated support \
            but had not seen the final language. Zaire and Jordan had not yet received instructions.
            """, date: "1983-09-10"))
        XCTAssertNotEqual(t.outcome, "adopted")
        XCTAssertEqual(t.sponsorTarget, 15)
        XCTAssertEqual(member(t, "Malta")?.stance, .unknown)
        XCTAssertEqual(member(t, "Togo")?.stance, .unknown)
        XCTAssertEqual(member(t, "Zaire")?.stance, .undecided)
        XCTAssertEqual(member(t, "Poland")?.stance, .unknown)
        XCTAssertEqual(member(t, "Pakistan")?.stance, .for)
    }

    func testAVoteNotExpectedAndAQuestionAboutTheVetoGiveNoTally() {
        XCTAssertNil(tally("""
            Japan, which holds the presidency of the Security Council this month, presented the programme of work on Tuesday. \
            The ambassador said he did not expect a vote on any new text on Ukraine during January. Asked about the veto, he \
            said Japan supported restraint.
            """, date: "2023-01-03"))
    }
}
