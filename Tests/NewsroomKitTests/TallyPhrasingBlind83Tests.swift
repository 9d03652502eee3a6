import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 83–85 and their neighbours: "a three-member council commission", a bare "council" after
/// the OAS, "occupied since 1967" in an undated story, "which abstained last year when …", "which had vetoed each …",
/// "on October 13" in a story told as tonight's, "That paragraph was rejected 4 to 6", "amendments had been
/// incorporated", "had opposed", a wish of unanimity told of non-members, "A year ago …", "would join them" and "has
/// not decided whether to put the draft to a vote or to withdraw it".
final class TallyPhrasingBlind83Tests: XCTestCase {
    func testACouncilCommissionIsTheCouncilsOwn() throws {
        // ("council commission" had been read as another council, which the bare "council" after it then named.)
        let t = try XCTUnwrap(tally("""
            The Security Council today called on Israel to stop building settlements in the occupied territories. It also \
            set up a three-member council commission to watch the settlements. The resolution was adopted by 12 votes to \
            none, with the United States, Britain and Norway abstaining. Kuwait and Zambia said the council had voted too \
            late, and France voted for it.
            """, date: "1979-03-23"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Norway")?.stance, .abstain)
    }

    func testABareCouncilAfterTheOASIsTheSecurityCouncil() throws {
        // (The OAS, named deciding, had made every later "council" its own: no tally.)
        let t = try XCTUnwrap(tally("""
            UNITED NATIONS (AP) - The U.N. Security Council voted unanimously tonight to send an observer to Panama. The \
            Organization of American States, which has voted to send its own fact-finding team, asked to be kept \
            informed. Brazil's delegate said the council had acted quickly. Ghana and Norway also voted for the text.
            """, date: nil))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Norway")?.stance, .for)
    }

    func testAYearAfterSinceIsNotTheStorysYear() throws {
        // (An undated story had been read as 1967's Council.)
        let t = try XCTUnwrap(tally("""
            The Security Council on Friday condemned the occupation of the Golan Heights, held by Israel since 1967. The \
            resolution was adopted unanimously by the 15-member council. East Germany, Tunisia and Niger welcomed it, \
            and Spain, Panama and Japan said it was overdue.
            """, date: nil))
        XCTAssertEqual(t.year, 1981)
        XCTAssertEqual(t.yearInferred, true)
    }

    func testLastYearInTheCuesClauseIsAnEarlierVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today condemned Israel's air raid on the Iraqi reactor. The resolution was adopted by 14 \
            votes to none, with one abstention. France, which abstained last year when the council first took up the \
            question, voted for the text this time.
            """, date: "1981-06-19"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }

    func testARelativeClauseInThePastPerfectIsAnEarlierVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council tonight approved the agenda by 10 votes to none, with Yugoslavia abstaining. The Soviet \
            Union, which had vetoed each of the Western proposals, voted with the majority.
            """, date: "1950-01-13"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.veto, Veto.none)
    }

    func testAnotherDatesVoteInAStoryToldAsTonights() throws {
        // (A dateline cut off by "Oct." leaves "tonight" in the second sentence.)
        let t = try XCTUnwrap(tally("""
            UNITED NATIONS, N.Y., Oct. 30 - The Security Council tonight adopted a resolution calling for a cease-fire by \
            9 votes to none, with Belgium and Peru abstaining. The Council's debate on October 13 ended when the Soviet \
            Union cast a negative vote against the second part of a British text.
            """, date: "1956-10-31"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
    }

    func testAParagraphVotedAloneIsAnotherDecision() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today adopted a resolution on Rhodesia by 10 votes to none, with France, the Soviet \
            Union, Bulgaria, Mali and Uruguay abstaining. At Mali's request, the third paragraph was put to a separate \
            vote. That paragraph was rejected 4 to 6, with Britain and the United States voting against it.
            """, date: "1966-04-10"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .for)
        XCTAssertEqual(member(t, "United States")?.veto, Veto.none)
    }

    func testAmendmentsTakenIntoTheTextAreNotAnotherText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Wednesday on a Malaysian draft setting up a tribunal for the MH17 crash. \
            Russia's envoy said his government's amendments had been incorporated and that Russia would support the \
            draft. Britain and France will back it.
            """, date: "2015-07-28"))
        XCTAssertEqual(member(t, "Russia")?.stance, .for)
        // An amendment voted on is still another text.
        let other = try XCTUnwrap(tally("""
            The Security Council adopted the Malaysian draft by 13 votes to none, with Russia and China abstaining. A \
            Russian amendment was rejected, and Russia voted for it.
            """, date: "2015-07-29"))
        XCTAssertEqual(member(other, "Russia")?.stance, .abstain)
    }

    func testAPastPerfectPositionYieldsToOneToldWithoutIt() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Wednesday on a Jordanian draft on Gaza. China said it would vote for the \
            text. Last week China had opposed a clause on the blockade, diplomats said. Britain and France will back it.
            """, date: "2015-07-28"))
        XCTAssertEqual(member(t, "China")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
    }

    func testAUnanimityWishOfNonMembersIsNoSponsorsTarget() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Wednesday on a Jordanian draft on Gaza. Britain and France will back it, \
            and Chile will vote for it. Officials in Cairo said they hoped the vote would be unanimous.
            """, date: "2015-07-28"))
        XCTAssertNil(t.sponsorTarget)
        // The drafter's wish still is.
        let own = try XCTUnwrap(tally("""
            The Security Council will vote on Wednesday on a Jordanian draft on Gaza. Britain and France will back it. \
            Jordan's envoy said he hoped the vote would be unanimous.
            """, date: "2015-07-28"))
        XCTAssertEqual(own.sponsorTarget, 15)
    }

    func testASentenceOpeningAYearAgoTellsAnEarlierVote() throws {
        // (The earlier renewal's totals had made the preview a recorded vote.)
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on renewing a resolution that shields peacekeepers from the \
            International Criminal Court. A year ago the exemption was adopted with 12 votes and three abstentions. \
            Britain will vote for it, and France, Germany and Syria will abstain.
            """, date: "2003-06-10"))
        XCTAssertEqual(t.outcome, "undetermined")
        XCTAssertEqual(member(t, "Russia")?.stance, .unknown)
    }

    func testJoiningThemTakesTheirStance() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on an American draft on Liberia. France and Germany said they \
            would abstain, and Mexico's envoy said his country would join them. Britain will vote for it.
            """, date: "2003-06-10"))
        XCTAssertEqual(member(t, "Mexico")?.stance, .abstain)
    }

    func testAQuestionOnlyAboutTablingWithholdsNoStance() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on an American draft on Liberia. France and Germany said they \
            would abstain. Washington has not decided whether to put the draft to a vote or to withdraw it.
            """, date: "2003-06-10"))
        XCTAssertEqual(member(t, "United States")?.stance, .for)
        // A question about the vote itself still withholds it.
        let withheld = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on a French draft on Liberia. Washington has not decided whether \
            to support the draft.
            """, date: "2003-06-10"))
        XCTAssertEqual(member(withheld, "United States")?.stance, .undecided)
    }
}
