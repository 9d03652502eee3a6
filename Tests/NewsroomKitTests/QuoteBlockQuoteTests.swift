import XCTest

@testable import NewsroomKit

/// Block quotations without marks after a colon lead-in, closed by a dash and the source
/// (`QuoteExtractor+BlockQuotes.swift`; sentences written for the project).
final class QuoteBlockQuoteTests: XCTestCase {
    func testParagraphsBetweenAColonLeadInAndADashSourceAreDirectQuotes() {
        let text = """
            Judge Anna Berg dismissed the appeal on Friday. Berg rejected the argument:

             The claim that the harbour board may act without any review runs against every precedent this court has followed.

            For these reasons the appeal is dismissed.

             – Circuit Judge Anna Berg, "Order on Appeal"

            The board said it would consider its options.
            """
        let found = QuoteRoundCast.quotes(text)
        let block = found.filter { $0.kind == .direct }
        XCTAssertEqual(block.map(\.text), [
            "The claim that the harbour board may act without any review runs against every precedent this court has followed.",
            "For these reasons the appeal is dismissed.",
        ])
        XCTAssertEqual(block.map(\.speaker), ["Anna Berg", "Anna Berg"])
    }

    func testAnOrganisationOnTheDashLineSpeaks() throws {
        let text = """
            In its finding, the tribunal set out what a host must do:

             A host provider may be ordered to remove content identical to content already declared unlawful.

             – Zorblat Tribunal of Appeal

            Critics were unconvinced.
            """
        let q = try XCTUnwrap(QuoteRoundCast.quotes(text).first { $0.kind == .direct })
        XCTAssertEqual(q.text, "A host provider may be ordered to remove content identical to content already declared unlawful.")
        XCTAssertEqual(q.speakerText, "Zorblat Tribunal of Appeal")
    }

    func testWithoutAColonLeadInADashLineQuotesNothing() {
        let text = """
            The harbour reopened on Monday after repairs.

            Ships queued for most of the day.

             – Reporting by Zorblat Quennick
            """
        XCTAssertTrue(QuoteRoundCast.quotes(text).filter { $0.kind == .direct }.isEmpty)
    }
}
