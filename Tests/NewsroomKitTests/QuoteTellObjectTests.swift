import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// A quoted sentence right after the object of a telling verb, with no colon or comma before
/// the mark: "Jane Smith told the BBC after the verdict “…”".
final class QuoteTellObjectTests: XCTestCase {
    func testAQuotedSentenceAfterTheObjectOfToldIsTheSubjectsQuotation() {
        let found = quotes("Jane Smith, a lawyer for the family, told the BBC after the verdict “My client is relieved that it is over.”")
        XCTAssertEqual(found.map(\.text), ["My client is relieved that it is over."])
        XCTAssertEqual(found.map(\.kind), [.direct])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
        let court = quotes("A police spokeswoman told the court “Basic checks weren't done.”")
        XCTAssertEqual(court.map(\.text), ["Basic checks weren't done."])
        XCTAssertEqual(court.map(\.speakerText), ["A police spokeswoman"])
    }

    func testATitleAfterTheObjectIsNoQuotation() {
        // The programme's name in marks, capitalised words only, is the object's, not speech.
        let title = quotes("Paul Brown told ABC's “Good Morning America.” He did not say more.")
        XCTAssertFalse(title.contains { $0.kind == .direct }, "\(title.map(\.text))")
        // Capitalised words and stop words only ("the") are a title too.
        let show = quotes("“China is concerned,” the senator told NBC's “Meet the Press.” “When you have a bomb, you are a threat.”")
        XCTAssertFalse(show.contains { $0.text == "Meet the Press." }, "\(show.map(\.text))")
    }
}
