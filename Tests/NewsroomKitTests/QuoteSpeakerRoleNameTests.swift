import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// A name in apposition to a description, itself after lower-case words of its role: "The
/// study's lead author, doctoral candidate Jane Smith, said …" — the name speaks.
final class QuoteSpeakerRoleNameTests: XCTestCase {
    func testTheNameClosingALowerCaseRoleAfterADescriptionSpeaks() {
        let lead = quotes("The study's lead author, doctoral candidate Jane Smith, said, “We looked at every power plant in the country.”")
        XCTAssertEqual(lead.map(\.speakerText), ["Jane Smith"])
        XCTAssertEqual(lead.map(\.speaker), ["Jane Smith"])
        let coauthor = quotes("Another co-author, civil and environmental engineering professor Paul Brown, said, “The results surprised all of us.”")
        XCTAssertEqual(coauthor.map(\.speaker), ["Paul Brown"])
    }

    func testAnAsideAboutSomeoneElseKeepsTheDescription() {
        // "a longtime ally of …": a determiner and a preposition; the name is not the speaker.
        let ally = quotes("The mayor, a longtime ally of Governor Paul Brown, said, “We will rebuild the bridge this year.”")
        XCTAssertEqual(ally.map(\.speakerText), ["The mayor"])
    }
}
