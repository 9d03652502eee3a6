import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 50–52: idioms of the recorded vote ("killed with her veto", "did not
/// cast a vote", "made up the seven", "stood with", "followed the Russian lead"), positions before the
/// vote ("in the French camp", "put their names to", "are behind the text", "denounced the draft",
/// "awaiting word", "asked for more time"), group and list shapes, totals, another day's vote, and the
/// body of sentences that name none.
final class TallyPhrasingBlind50Tests: XCTestCase {
    func testKilledWithHerVetoAndMadeUpTheSeven() throws {
        let t = try XCTUnwrap(tally("""
            LAKE SUCCESS, N.Y. -- Russia killed with her veto tonight a French resolution on Greece in the Security \
            Council. The vote was seven to two. Poland voted with Russia. Syria and Belgium abstained. Australia, \
            Brazil, China, Colombia, France, Britain and the United States made up the seven.
            """, date: "1947-07-29"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .against)
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .cast)
        for name in ["Australia", "Brazil", "Colombia", "United States"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testMadeUpANumberThatIsNotTheVotesInFavourTellsNothing() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted on the British draft on Greece. The vote was seven to two. Poland and the Soviet \
            Union made up the two.
            """, date: "1947-07-29"))
        XCTAssertNotEqual(member(t, "Poland")?.stance, .for)
    }

    func testDidNotCastAVoteIsAnAbstention() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted the resolution by 14 votes in favour, none against. China did not cast a vote.
            """, date: "1973-10-22"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Peru")?.stance, .for)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testDeclinedToBackOrOpposeIsAnAbstentionOfAListSplitByARelativeClause() throws {
        let t = try XCTUnwrap(tally("""
            Russia and China vetoed the Security Council draft on Tuesday. The count was nine to two, with four \
            abstentions. India, Brazil and South Africa, which had coordinated their positions, and Lebanon declined \
            to back the text or to oppose it.
            """, date: "2011-10-04"))
        for name in ["India", "Brazil", "South Africa", "Lebanon"] { XCTAssertEqual(member(t, name)?.stance, .abstain, name) }
        XCTAssertEqual(member(t, "Colombia")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 9, against: 2, abstain: 4, undecided: 0, unknown: 0))
    }

    func testStoodWithCopiesAndTheOtherMembersAreNotTheCopier() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed a Security Council resolution on Afghanistan on Monday. Only East Germany stood \
            with Moscow. The council's 13 other members voted yes.
            """, date: "1980-01-07"))
        XCTAssertEqual(member(t, "East Germany")?.stance, .against)
        XCTAssertEqual(member(t, "Norway")?.stance, .for)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testFollowedTheRussianLeadCopiesTheFirstReportedVote() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed tonight a United States proposal in the Security Council. Poland alone followed the \
            Russian lead. The nine other members of the Council favored the plan. Earlier a Soviet resolution was voted \
            down, Poland and the Soviet Union voting for it.
            """, date: "1960-07-26"))
        XCTAssertEqual(member(t, "Poland")?.stance, .against)
        XCTAssertEqual(member(t, "Italy")?.stance, .for)
    }

    func testInTheFrenchCampIsTheCampsPositionBeforeTheVote() throws {
        let t = try XCTUnwrap(tally("""
            France will vote against the draft Security Council resolution, President Jacques Chirac said on Monday. \
            Germany and Syria are firmly in the French camp, diplomats said.
            """, date: "2003-03-10"))
        XCTAssertEqual(member(t, "Germany")?.stance, .against)
        XCTAssertEqual(member(t, "Syria")?.stance, .against)
        XCTAssertEqual(member(t, "France")?.veto, .threatened)
    }

    func testPutTheirNamesToAndBehindTheTextAreSupport() throws {
        let t = try XCTUnwrap(tally("""
            Britain circulated a Security Council draft on Sudan. France and Denmark have put their names to the draft. \
            Greece and Latvia are behind the text.
            """, date: "2026-03-03"))
        for name in ["France", "Denmark", "Greece", "Latvia"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }

    func testDenouncedTheDraftAndAwaitingWord() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union said it would veto the Security Council draft. Morocco, the Council's only Arab member, \
            denounced the draft as one-sided. The Ghanaian delegate said he was still awaiting word from Accra.
            """, date: "1963-08-30"))
        XCTAssertEqual(member(t, "Morocco")?.stance, .against)
        XCTAssertEqual(member(t, "Morocco")?.veto, Veto.none)
        XCTAssertEqual(member(t, "Ghana")?.stance, .undecided)
    }

    func testWaitingForThePositionAndAskedForMoreTimeAreUndecided() throws {
        let t = try XCTUnwrap(tally("""
            The United States is pressing for a vote on its Security Council draft. Somalia is waiting for the position \
            of the Arab League, and China has asked for more time to study the text.
            """, date: "2025-11-14"))
        XCTAssertEqual(member(t, "Somalia")?.stance, .undecided)
        XCTAssertEqual(member(t, "China")?.stance, .undecided)
    }

    func testAQuotationOpeningAfterTheyGoesOnWithTheSubject() throws {
        let t = try XCTUnwrap(tally("""
            The United States, Qatar and Pakistan said in a joint statement that they "express our joint support" for \
            the Security Council resolution.
            """, date: "2025-11-14"))
        XCTAssertEqual(member(t, "Pakistan")?.stance, .for)
        XCTAssertEqual(member(t, "United States")?.stance, .for)
    }

    func testCoordinatedRegionalAdjectivesNameTheirMembers() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted a U.S. text on Ukraine by 10 votes to nil, with the council's five European \
            members abstaining. Russia, China and the council's African, Latin American and Asian members were among \
            the ten that supported it. Russia vetoed the amendments.
            """, date: "2025-02-24"))
        for name in ["Russia", "China", "Algeria", "Guyana", "Pakistan"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
        XCTAssertEqual(member(t, "Denmark")?.stance, .abstain)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testAmongThemBeforeTheVerbAndAMemberInAppositionToACount() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council rejected a U.S. resolution on Iran on Friday. The American text drew support from only \
            one other member, the Dominican Republic. Russia and China opposed it, and the other eleven council \
            members, among them Britain, France and Germany, abstained. Russian President Vladimir Putin proposed an \
            online summit.
            """, date: "2020-08-14"))
        XCTAssertEqual(member(t, "Dominican Republic")?.stance, .for)
        XCTAssertEqual(member(t, "Estonia")?.stance, .abstain)
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
    }

    func testTheMemberNotFollowedIsNoSubject() throws {
        let t = try XCTUnwrap(tally("""
            Russia vetoed a Security Council draft on Crimea on Saturday, while its usual ally China declined to follow \
            Moscow and abstained. Thirteen council members voted for the text.
            """, date: "2014-03-15"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Chad")?.stance, .for)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testAVoteOnAnotherWeekdayThanTheLedesIsAnotherVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Monday demanded a ceasefire in Gaza after the United States abstained. All 14 \
            remaining council members supported the text. On Friday, Russia and China vetoed a U.S.-drafted text, and \
            Algeria also voted against that draft.
            """, date: "2024-03-25"))
        XCTAssertEqual(member(t, "Russia")?.stance, .for)
        XCTAssertEqual(member(t, "Algeria")?.stance, .for)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testAFuturePositionIsNotDatedByAnotherVerbsYear() throws {
        let t = try XCTUnwrap(tally("""
            A Russian Security Council draft cannot reach the nine votes it needs, diplomats said. Denmark, in whose \
            waters the blasts took place, closed its own inquiry in 2024 and will also abstain. Britain will abstain, \
            as it did in March 2023.
            """, date: "2026-02-24"))
        XCTAssertEqual(member(t, "Denmark")?.stance, .abstain)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .abstain)
    }

    func testTotalsEightToNothingAndPutForwardJointlyBy() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council called on Egypt today to end its restrictions on Suez shipping. The vote was eight to \
            nothing. Nationalist China, India and Russia abstained. The resolution was put forward jointly by Britain, \
            France and the United States.
            """, date: "1951-09-01"))
        XCTAssertEqual(t.counts, TallyCounts(for: 8, against: 0, abstain: 3, undecided: 0, unknown: 0))
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testFavoredByTenMembersIsTheVotesInFavour() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union tonight vetoed a Security Council proposal on Guatemala. The resolution was favored by ten \
            members.
            """, date: "1954-06-20"))
        XCTAssertEqual(member(t, "Turkey")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 10, against: 1, abstain: 0, undecided: 0, unknown: 0))
    }

    func testDecisionsBeforeAParliamentIsNamedAreTheCouncils() throws {
        let t = try XCTUnwrap(tally("""
            France will vote against a U.S.-British draft resolution on Iraq, President Jacques Chirac said on Monday. \
            Russia would also vote no on the draft. Bulgaria has pledged its vote to Washington. Turkey's parliament \
            voted on March 1 against allowing U.S. troops to use its territory. Hans Blix will report to the council \
            later this week.
            """, date: "2003-03-10"))
        XCTAssertEqual(member(t, "France")?.veto, .threatened)
        XCTAssertEqual(member(t, "Bulgaria")?.stance, .for)
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testACountLargerThanTheCouncilKeepsUnnamedDecisionsFromIt() {
        XCTAssertNil(tally("""
            Member states of the chemical weapons watchdog voted on Wednesday to suspend Syria's rights. The measure, \
            proposed by France, was adopted by 87 votes to 15. Russia and China were among those voting against. Syria \
            can no longer vote at the OPCW's Executive Council. Russia called the vote a dangerous precedent, as it has \
            at the U.N. Security Council.
            """, date: "2021-04-21"))
    }

    func testAHyphenatedParticipleIsNoVerb() throws {
        let t = try XCTUnwrap(tally("""
            Russia and China opposed a European-drafted Security Council resolution on Syria on Monday.
            """, date: "2011-10-03"))
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "China")?.veto, .threatened)
    }
}
