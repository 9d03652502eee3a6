import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 67–69: "the Ukrainian Soviet Republic", the Council of the European
/// Union, a draft "also circulated", "has not yet taken a decision", "has joined X in opposing" before
/// the vote, "has the support of", undecided members spelled out after a colon, "as well as by", and
/// opposition that stops short of a veto.
final class TallyPhrasingBlind67Tests: XCTestCase {
    func testTheUkrainianSovietRepublicIsTheUkraine() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union tonight vetoed a resolution of the Security Council on Berlin. The vote was 9 to 2. \
            Andrei Y. Vishinsky and Dmitri Z. Manuilsky of the Ukrainian Soviet Republic cast the only negative votes.
            """, date: "1948-10-25"))
        XCTAssertEqual(member(t, "Ukraine")?.stance, .against)
        XCTAssertEqual(member(t, "Ukraine")?.veto, Veto.none)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testTheCouncilOfTheEuropeanUnionIsAnotherBody() {
        let t = tally("""
            The Council of the European Union on Friday formally adopted a sixth package of sanctions against \
            Russia. UN-wide sanctions are out of reach because Russia holds a veto as one of the five permanent \
            members of the Security Council.
            """, date: "2022-06-03")
        XCTAssertNil(t)
    }

    func testADraftAlsoCirculatedIsAnotherText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote tomorrow on a British draft on the Middle East. Canada and Denmark \
            have said they will vote for it. A Soviet draft was also circulated this evening, but its sponsors \
            have not asked for a vote.
            """, date: "1967-11-21"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .unknown)
        XCTAssertEqual(member(t, "Canada")?.stance, .for)
    }

    func testHasNotYetTakenADecisionAfterAQuotationMark() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote tomorrow on a British draft on the Middle East. Canada and Denmark \
            have said they will vote for it. Vasily V. Kuznetsov told reporters that the Soviet Union "has not \
            yet taken a decision" and was studying the text.
            """, date: "1967-11-21"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .undecided)
    }

    func testJoinedInOpposingAfterAVoteStillToComeIsAPosition() throws {
        let t = try XCTUnwrap(tally("""
            France and Russia said on Monday they would veto a U.S.-British resolution on Iraq in the Security \
            Council. Germany and Syria have said they will vote against it. China has joined Paris and Moscow \
            in opposing the resolution.
            """, date: "2003-03-10"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "China")?.stance, .against)
        XCTAssertEqual(member(t, "France")?.veto, .threatened)
    }

    func testHasTheSupportOfAfterASponsorList() throws {
        let t = try XCTUnwrap(tally("""
            France and Russia said on Monday they would veto a resolution on Iraq in the Security Council. The \
            draft, co-sponsored by the United States, Britain and Spain, has the support of Bulgaria.
            """, date: "2003-03-10"))
        XCTAssertEqual(member(t, "Bulgaria")?.stance, .for)
        XCTAssertEqual(member(t, "Spain")?.stance, .for)
    }

    func testUndecidedMembersSpelledOutAfterARelativeClauseAndAColon() throws {
        let t = try XCTUnwrap(tally("""
            France and Russia said on Monday they would veto a resolution on Iraq in the Security Council. That \
            leaves six undecided members whose votes are being fiercely courted by Washington and London: Mexico, \
            Chile, Pakistan, Angola, Cameroon and Guinea.
            """, date: "2003-03-10"))
        for name in ["Mexico", "Chile", "Pakistan", "Angola", "Cameroon", "Guinea"] {
            XCTAssertEqual(member(t, name)?.stance, .undecided, name)
        }
    }

    func testAsWellAsByTakesTheStanceJustTold() throws {
        let t = try XCTUnwrap(tally("""
            The United States will call for a Security Council vote on Thursday on a draft on Venezuela. The U.S. \
            text is backed by Britain and France, diplomats said, as well as by Peru and the Dominican Republic.
            """, date: "2019-02-27"))
        XCTAssertEqual(member(t, "Peru")?.stance, .for)
        XCTAssertEqual(member(t, "Dominican Republic")?.stance, .for)
    }

    func testAQuestionOnlyAboutTheVetoKeepsTheOppositionWithoutAThreat() throws {
        let t = try XCTUnwrap(tally("""
            The United States will call for a Security Council vote on Thursday on a draft on Venezuela, but \
            Russia has said it will veto it. China also opposes the draft, but Beijing has not said whether it \
            would go as far as a veto.
            """, date: "2019-02-27"))
        XCTAssertEqual(member(t, "China")?.stance, .against)
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
        XCTAssertEqual(member(t, "Russia")?.veto, .threatened)
    }

    func testAQuestionOnlyAboutTheVetoWithNothingToldIsUndecided() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on a draft on Syria. Russia has not said whether it will \
            veto the text.
            """, date: "2013-02-27"))
        XCTAssertEqual(member(t, "Russia")?.stance, .undecided)
    }

    func testStoppingShortOfThreateningAVetoIsNoThreat() throws {
        let t = try XCTUnwrap(tally("""
            France and Russia said on Monday they would veto a resolution on Iraq in the Security Council. China \
            opposes the resolution but has stopped short of threatening a veto.
            """, date: "2003-03-10"))
        XCTAssertEqual(member(t, "China")?.stance, .against)
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
        XCTAssertEqual(member(t, "France")?.veto, .threatened)
    }
}
