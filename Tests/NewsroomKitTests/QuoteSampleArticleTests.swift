import XCTest

@testable import NewsroomKit

/// The sample article of issue 2: five quoted passages by Alain Juppe and its reported speech.
final class QuoteSampleArticleTests: XCTestCase {
    private var text = ""
    private var people: [Person] = []
    private var quotes: [Quote] = []

    override func setUpWithError() throws {
        let raw = try String(decoding: BundledResources.data("articles/000_4b3660261e62ab7f.txt"), as: UTF8.self)
        // The cleaned body as the loader gives it: from the first sentence after the dateline
        // "PARIS — " to the end, without the trailing "Read more".
        let start = try XCTUnwrap(raw.range(of: "France's foreign minister"))
        let end = raw.range(of: "\n\nRead more")?.lowerBound ?? raw.endIndex
        text = String(raw[start.lowerBound..<end])
        people = [
            QuoteTestSupport.person("Bashar al-Assad", title: "President", sex: .male, forms: ["Bashar al-Assad", "Assad"], in: text),
            QuoteTestSupport.person("Alain Juppe", title: "Foreign Minister", sex: .male, forms: ["Alain Juppe", "Juppe"], in: text),
            QuoteTestSupport.person("Sergei Lavrov", sex: .male, forms: ["Sergei Lavrov", "Lavrov"], in: text),
        ]
        quotes = QuoteTestSupport.quotes(text, people: people)
    }

    func testEveryQuoteTextIsTheArticleTextAtItsSpan() {
        let scalars = ScalarText(text)
        for q in quotes {
            XCTAssertEqual(q.text, scalars[q.span])
            if let s = q.speakerSpan { XCTAssertEqual(q.speakerText, scalars[s]) }
        }
    }

    func testTheFiveQuotedPassagesAreDirectQuotesByJuppe() throws {
        let direct = quotes.filter { $0.kind == .direct }
        XCTAssertEqual(direct.count, 5, "\(direct.map(\.text))")
        for q in direct { XCTAssertEqual(q.speaker, "Alain Juppe", q.text) }
        let first = try QuoteTestSupport.quote(containing: "I pointed out", in: quotes)
        XCTAssertTrue(first.text.hasPrefix("I pointed out that there was nothing"))
        XCTAssertTrue(first.text.hasSuffix("convinced him,"), "content only, without the marks")
        XCTAssertEqual(first.cue, "told")
        XCTAssertEqual(first.speakerText, "Juppe")
    }

    func testContinuationAfterJuppeSaidKeepsTheSpeaker() throws {
        let before = try QuoteTestSupport.quote(containing: "point of no return", in: quotes)
        let after = try QuoteTestSupport.quote(containing: "facilitate the emergence", in: quotes)
        XCTAssertEqual(after.speaker, "Alain Juppe")
        XCTAssertEqual(after.speakerSpan, before.speakerSpan, "one attribution for both sentences")
    }

    func testHeSaidResolvesToJuppe() throws {
        let q = try QuoteTestSupport.quote(containing: "If we get 11 votes", in: quotes)
        XCTAssertEqual(q.speakerText, "he")
        XCTAssertEqual(q.speaker, "Alain Juppe")
        XCTAssertEqual(q.kind, .direct)
    }

    func testRoleBeforeTheNameResolvesToJuppe() throws {
        let q = try QuoteTestSupport.quote(containing: "there were signs that Russia", in: quotes)
        XCTAssertEqual(q.kind, .indirect)
        XCTAssertEqual(q.speakerText, "France's foreign minister")
        XCTAssertEqual(q.speaker, "Alain Juppe")
        XCTAssertEqual(q.cue, "said")
    }

    func testOrganisationAndGroupSpeakers() throws {
        let amnesty = try QuoteTestSupport.quote(containing: "Syria might have committed crimes", in: quotes)
        XCTAssertEqual(amnesty.speaker, "Amnesty International")
        XCTAssertEqual(amnesty.kind, .indirect)
        let activists = try QuoteTestSupport.quote(containing: "shooting dead up to 22 people", in: quotes)
        XCTAssertEqual(activists.speaker, "activists")
        XCTAssertTrue(activists.text.hasPrefix("Syrian forces rounded up"))
    }

    func testCoordinatedSaidAndCountrySpeaker() throws {
        let juppe = try QuoteTestSupport.quote(containing: "Russia was still threatening", in: quotes)
        XCTAssertEqual(juppe.speaker, "Alain Juppe", "\"Juppe attempted …, but said Tuesday that …\"")
        let france = try QuoteTestSupport.quote(containing: "Assad has lost legitimacy", in: quotes)
        XCTAssertEqual(france.speaker, "France")
        XCTAssertEqual(france.cue, "says")
    }

    func testWithThePeopleAnnotatorsPeople() throws {
        let scalars = ScalarText(text)
        let found = QuoteExtractor().quotes(in: scalars, people: PeopleAnnotator().people(in: scalars))
        let direct = found.filter { $0.kind == .direct }
        XCTAssertEqual(direct.count, 5)
        XCTAssertEqual(Set(direct.map(\.speaker)), ["Alain Juppe"])
        let role = try QuoteTestSupport.quote(containing: "there were signs that Russia", in: found)
        XCTAssertEqual(role.speaker, "Alain Juppe")
    }
}
