import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// A plural speech noun as the subject of a speech verb ("reports said") after an opening
/// phrase and its comma.
final class QuoteSpeechNounSubjectTests: XCTestCase {
    func testReportsAfterAnOpeningPhraseSpeak() {
        let found = quotes("On Saturday, reports said the storm had cut power to 3,000 homes.")
        XCTAssertEqual(found.map(\.text), ["the storm had cut power to 3,000 homes"])
        XCTAssertEqual(found.map(\.speakerText), ["reports"])
    }
}
