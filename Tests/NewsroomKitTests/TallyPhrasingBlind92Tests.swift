import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 92–94 and their neighbours: voters deciding in a referendum (not the Council),
/// "the three are expected to abstain" after a list of three, "winning support only from Moscow and its ally
/// China", "Thirteen Security Council members voted in favor", "with Indonesia
/// the only member to abstain" and "it is studying the final draft".
final class TallyPhrasingBlind92Tests: XCTestCase {
    func testVotersDecidingAreAPopularVoteNotTheCouncil() {
        // (The voters' "approved" and "in favour" had made an adopted Council decision.)
        XCTAssertNil(tally("""
            Maltese voters on Saturday approved applying for membership of the United Nations. Final results showed 61 \
            percent of voters in favour. The application must be recommended by the Security Council and approved by the \
            General Assembly, probably in the autumn.
            """, date: "1964-05-02", headline: "Malta votes to seek UN seat"))
    }

    func testTheNumberedMembersTakeUpTheListBeforeThem() throws {
        // (The three had stayed `undecided` from "failed to persuade".)
        let t = try XCTUnwrap(tally("""
            A US draft resolution on Libya goes to the Security Council vote on Thursday. Washington has failed to \
            persuade Brazil, India and Nigeria to vote in favour; the three are expected to abstain, diplomats said. \
            Britain and France will back the draft.
            """, date: "2011-03-16"))
        XCTAssertEqual(member(t, "Brazil")?.stance, .abstain)
        XCTAssertEqual(member(t, "Nigeria")?.stance, .abstain)
    }

    func testSupportOnlyFromMembersIsTheYesVote() throws {
        // ("winning support only from Beijing and its ally Russia" had been unread, so the others had no list to follow.)
        let t = try XCTUnwrap(tally("""
            A Chinese resolution on the crisis in Myanmar was defeated on Friday in the U.N. Security Council, winning \
            support only from Beijing and its ally Russia. The other 13 council members abstained.
            """, date: "2021-05-14"))
        XCTAssertEqual(t.outcome, "failed to obtain the required number of votes")
        XCTAssertEqual(member(t, "Russia")?.stance, .for)
        XCTAssertEqual(member(t, "Ireland")?.stance, .abstain)
    }

    func testCouncilMembersCountedBeforeVotedIsTheYesTotal() throws {
        let t = try XCTUnwrap(tally("""
            Russia on Friday vetoed a resolution renewing the Syria chemical weapons inquiry. Eleven Security Council \
            members voted in favor of the U.S.-drafted text, while China and Bolivia voted against and Kazakhstan abstained.
            """, date: "2017-11-17"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "Sweden")?.stance, .for)
    }

    func testTheOnlyMemberToAbstainAfterTheMembersName() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted 14-0 on Friday to extend the mission in Darfur, with Malaysia the only member to \
            abstain.
            """, date: "2016-06-29"))
        XCTAssertEqual(member(t, "Malaysia")?.stance, .abstain)
    }

    func testStudyingTheLatestDraftIsUndecided() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Tuesday on a British draft on Yemen. France and the United States have said \
            they will vote for it. Russia has said it is studying the revised draft.
            """, date: "2018-12-18"))
        XCTAssertEqual(member(t, "Russia")?.stance, .undecided)
    }
}
