import XCTest
@testable import NewsroomKit

/// The Charter's voting rules, independent of any article.
final class Article27Tests: XCTestCase {
    private func recorded(_ yes: Int?, against: [String] = [], needed: Int = 9, procedural: Bool = false,
                          saysAdopted: Bool = false, saysNotAdopted: Bool = false) -> String {
        Article27.recordedOutcome(yes: yes, permanentAgainst: against, needed: needed, procedural: procedural,
                                  textSaysAdopted: saysAdopted, textSaysNotAdopted: saysNotAdopted)
    }

    func testExactlyNineIsEnough() {
        XCTAssertEqual(recorded(9), "adopted")
        XCTAssertEqual(recorded(8), "failed to obtain the required number of votes")
    }

    func testAPermanentMembersNegativeVoteVetoes() {
        XCTAssertEqual(recorded(13, against: ["Russia"]), "vetoed")
    }

    func testFewerThanNeededFailsEvenWithAPermanentNegativeVote() {
        XCTAssertEqual(recorded(8, against: ["United States"]), "failed to obtain the required number of votes")
    }

    func testProceduralVotesCannotBeVetoed() {
        XCTAssertEqual(recorded(11, against: ["China", "Russia"], procedural: true), "adopted")
        XCTAssertEqual(recorded(7, procedural: true), "failed to obtain the required number of votes")
    }

    func testSevenOfElevenBefore1966() {
        XCTAssertEqual(recorded(7, needed: 7), "adopted")
        XCTAssertEqual(recorded(6, needed: 7), "failed to obtain the required number of votes")
    }

    func testWithoutNumbersTheTextDecides() {
        XCTAssertEqual(recorded(nil, against: ["Russia"]), "vetoed")
        XCTAssertEqual(recorded(nil, saysAdopted: true), "adopted")
        XCTAssertEqual(recorded(nil, saysNotAdopted: true), "failed to obtain the required number of votes")
        XCTAssertEqual(recorded(nil), "undetermined")
    }

    func testBeforeTheVote() {
        func expected(_ threat: Bool, _ forCount: Int, _ possible: Int, short: Bool = false, votes: Int? = nil, likely: Bool = false) -> String {
            Article27.expectedOutcome(vetoThreatened: threat, forCount: forCount, possible: possible, needed: 9,
                                      shortSaid: (short, votes), likelySaid: likely)
        }
        XCTAssertEqual(expected(true, 12, 14), "blocked by a threatened veto")
        XCTAssertEqual(expected(false, 2, 15, short: true), "short of the 9 votes needed")
        XCTAssertEqual(expected(false, 2, 15, short: true, votes: 11), "undetermined", "short of the sponsors' 11 is not short of 9")
        XCTAssertEqual(expected(false, 1, 8), "short of the 9 votes needed")
        XCTAssertEqual(expected(false, 9, 15), "likely to pass")
        XCTAssertEqual(expected(false, 2, 15, likely: true), "likely to pass")
        XCTAssertEqual(expected(false, 2, 15), "undetermined")
    }
}
