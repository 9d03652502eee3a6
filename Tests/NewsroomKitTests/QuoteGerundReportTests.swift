import XCTest

@testable import NewsroomKit

/// A gerund phrase after "described", "admitted", "denied" or "reported" is what was said
/// (sentences written for the project).
final class QuoteGerundReportTests: XCTestCase {
    func testAGerundAfterAReportingVerbIsReportedSpeech() throws {
        let q = try QuoteRoundCast.only("Anna Berg described seeing dozens of boats leave the harbour before dawn.")
        XCTAssertEqual(q.text, "seeing dozens of boats leave the harbour before dawn")
        XCTAssertEqual(q.speaker, "Anna Berg")
        XCTAssertEqual(q.kind, .indirect)
        let denied = try QuoteRoundCast.only("Paul Brown denied taking any money from the harbour board.")
        XCTAssertEqual(denied.text, "taking any money from the harbour board")
    }

    func testANounAfterTheVerbIsStillNoReportedSpeech() {
        XCTAssertTrue(QuoteRoundCast.quotes("Anna Berg described the building as old.").isEmpty)
    }
}
