import XCTest
@testable import NewsroomKit

/// The short description of the draft shown above the tally ("French-led draft resolution on Syria").
final class TallyDraftDescriptionTests: XCTestCase {
    private func draft(_ text: String, date: String) -> String? {
        let article = Article(id: "t", path: "t", headline: "", date: date, text: text)
        return TallyBuilder().tally(for: article, text: ScalarText(text))?.draft
    }

    /// A sponsor that abstained on the story's text sponsored another one.
    func testACountryThatAbstainedIsNotTheSponsor() throws {
        let text = """
            The Security Council on Tuesday adopted a resolution demanding a truce in Darfur, 14 votes to none, with the United States abstaining.

            All 14 other members backed the text, drafted by the elected members. On Friday, Russia and China vetoed a U.S.-drafted text that would have tied a truce to sanctions.
            """
        let d = try XCTUnwrap(draft(text, date: "2024-05-14"))
        XCTAssertFalse(d.contains("U.S.-drafted"), d)
        XCTAssertTrue(d.hasPrefix("resolution"), d)
    }

    /// The sponsor that voted for its text stays.
    func testASponsorThatVotedForItsTextStays() throws {
        let text = """
            The Security Council on Tuesday adopted a British-drafted resolution on Yemen by 13 votes to none, with Russia and China abstaining.
            """
        XCTAssertEqual(draft(text, date: "2024-05-14"), "British-drafted resolution on Yemen")
    }

    /// A passing "resolution on Libya" does not outweigh the country the story is about.
    func testTheMostMentionedCountryOutweighsAPassingResolutionOnAnother() throws {
        let text = """
            Russia and China on Tuesday vetoed a draft resolution that threatened Syria with sanctions. The vote was 9 to 2, with four abstentions.

            Moscow recalled how a resolution on Libya had been used to justify air strikes. Syria's envoy thanked Russia, and Syria's allies did too.
            """
        XCTAssertEqual(draft(text, date: "2011-10-04"), "draft resolution on Syria")
    }

    /// A text that failed is still a draft, even when the story calls it a resolution.
    func testAFailedTextIsADraftResolution() throws {
        let text = """
            The Security Council on Friday defeated a U.S. resolution to extend an arms embargo on Iran, with only two members voting yes. Russia and China voted no and the 11 other members abstained.
            """
        let d = try XCTUnwrap(draft(text, date: "2020-08-14"))
        XCTAssertTrue(d.hasPrefix("draft resolution"), d)
        XCTAssertTrue(d.hasSuffix("on Iran"), d)
    }
}
