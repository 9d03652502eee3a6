import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 86–88 and their neighbours: "the Republic of Congo", "being procedural", "not subject
/// to a veto", "two Soviet vetoes in as many days", "threatened on Sunday to veto", "the other 14 members, with the
/// exception of …", "the other nine members" after "Only Poland supported the Soviet Union", "The nine votes in favour
/// came from …", "tonight vetoed four … resolutions", "Later in the evening … vetoed an American proposal", "A rival
/// … resolution … won only four votes" and a vote "against it" right after it.
final class TallyPhrasingBlind86Tests: XCTestCase {
    func testTheRepublicOfCongoIsCongo() throws {
        // ("the Republic of Congo" broke the list: Qatar and Congo were left out.)
        let t = try XCTUnwrap(tally("""
            The Security Council on Friday voted 11 to four to hold a meeting on Zimbabwe. South Africa, Russia, Qatar \
            and the Republic of Congo voted against.
            """, date: "2007-06-10"))
        XCTAssertEqual(member(t, "Qatar")?.stance, .against)
        XCTAssertEqual(member(t, "Congo")?.stance, .against)
    }

    func testBeingProceduralTheVoteCannotBeVetoed() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council tonight decided to call the General Assembly into emergency session. The motion, being \
            procedural, was carried by 9 votes to 2, with the Soviet Union and Poland against.
            """, date: "1961-02-20"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, Veto.none)
    }

    func testNotSubjectToAVetoMarksAProceduralVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted on Monday to hold a public meeting on North Korea's human rights record. The vote, \
            which was not subject to a veto, was 11 to 2, with China and Russia against and Chad and Nigeria abstaining.
            """, date: "2014-12-23"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
    }

    func testACountOfOneMembersVetoesIsEarlierVotes() throws {
        // ("stalemated by two Soviet vetoes" had given the Soviet Union `against` in a vote it abstained on.)
        let t = try XCTUnwrap(tally("""
            The Security Council, blocked by three Soviet vetoes in a week, voted tonight to refer the question to the \
            General Assembly. The procedural motion was carried by 10 votes to none, with the Soviet Union, Poland and \
            France abstaining.
            """, date: "1971-12-05"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .abstain)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testThreatenedOnADayToVeto() throws {
        let t = try XCTUnwrap(tally("""
            Russia threatened on Thursday to veto a Security Council resolution extending the mission in Syria. Britain, \
            France and Norway said they would back it.
            """, date: "2023-07-07"))
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, .threatened)
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testAnExceptionLeavesTheMemberOutOfTheGroup() throws {
        // (The group had taken the threatening member for its count, and the excepted one too.)
        let t = try XCTUnwrap(tally("""
            The United States threatened to veto a Security Council resolution renewing the mission in Lebanon. The other \
            14 council members, with the exception of Ireland, have said they will vote for the renewal, which expires on \
            Friday. Ireland, which wants stronger language, has not said how it will vote.
            """, date: "2001-07-28"))
        XCTAssertEqual(member(t, "United States")?.stance, .against)
        XCTAssertEqual(member(t, "Ireland")?.stance, .undecided)
        XCTAssertEqual(member(t, "Norway")?.stance, .for)
    }

    func testOtherLooksBackSoALaterStanceIsOpen() throws {
        // ("The other 14 …" with two members given a weak position only later in the story: "other" still covers them.)
        let t = try XCTUnwrap(tally("""
            The United States threatened to veto a Security Council resolution renewing the mission in Lebanon. The other \
            14 council members, with the exception of Ireland, have said they will vote for the renewal. Ireland has not \
            said how it will vote. Britain and France said they could not accept a blanket exemption.
            """, date: "2001-07-28"))
        XCTAssertEqual(member(t, "United States")?.stance, .against)
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "Mali")?.stance, .for)
    }

    func testTheOthersAfterAMemberSupportingTheDrafter() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today rejected a Soviet draft condemning the blockade. Only Romania supported the Soviet \
            Union. The other nine members, including Britain, France, Nationalist China and the United States, voted \
            against it. Later in the day the Soviet Union vetoed a Western proposal for an inquiry.
            """, date: "1962-10-26"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        XCTAssertEqual(member(t, "Romania")?.stance, .for)
        XCTAssertEqual(member(t, "Chile")?.stance, .against)
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
    }

    func testThatDraftAfterALaterVoteIsTheOtherText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council tonight adopted a resolution on Cyprus by 13 votes to none, with the Soviet Union and \
            Byelorussia abstaining. Later the council rejected a Soviet proposal for a new conference. That draft had two \
            votes; France and Britain voted against it.
            """, date: "1974-07-31"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
    }

    func testVotesInFavourCameFrom() throws {
        // (No totals give the members: the phrase alone does.)
        let t = try XCTUnwrap(tally("""
            The Security Council draft on Namibia was vetoed by the United States today. The votes in favor came from \
            Mexico, Niger and Panama, and the abstentions came from Ireland and Spain.
            """, date: "1981-05-01"))
        XCTAssertEqual(member(t, "Mexico")?.stance, .for)
        XCTAssertEqual(member(t, "Panama")?.stance, .for)
        XCTAssertEqual(member(t, "Spain")?.stance, .abstain)
    }

    func testSeveralTextsVetoedTonightAreTheStorysVote() throws {
        let t = try XCTUnwrap(tally("""
            UNITED NATIONS, Aug. 31 (Reuters) - Britain and the United States tonight vetoed two Security Council \
            resolutions on Rhodesia that would have imposed sanctions. Each received nine votes in favour.
            """, date: "1976-09-01"))
        XCTAssertEqual(member(t, "United Kingdom")?.veto, .cast)
        XCTAssertEqual(member(t, "United States")?.stance, .against)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testARivalResolutionAndAVoteAgainstItAreAnotherDecision() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Monday adopted a British resolution on Libya by 12 votes to none, with China, Russia \
            and Chad abstaining. A rival Russian resolution then won only three votes. Britain and France voted \
            against it, and the other members abstained.
            """, date: "2014-03-11"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }
}
