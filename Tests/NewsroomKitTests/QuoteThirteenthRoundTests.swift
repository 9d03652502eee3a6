import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Speakers named by the thirteenth quotes round (sentences written for the project).
final class QuoteThirteenthRoundSpeakerTests: XCTestCase {
    func testTheResearchersAreTheGroupNamedInFullBefore() {
        let text = """
            On Monday, researchers from the University of Leeds and the Marine Trust published a paper in Ocean Letters on eels.

            The researchers noted the eels might travel further than thought.
            """
        XCTAssertEqual(quotes(text).map(\.speaker), ["researchers from the University of Leeds and the Marine Trust"])
        let authors = """
            Scientists said nothing at first. Later, scientists from Norway's Bergen University reported the ice was thinning.

            The authors proposed that the warm current was the cause.
            """
        XCTAssertEqual(quotes(authors).last?.speaker, "scientists from Norway's Bergen University")
        // Without a group named with its institution the phrase stays as written.
        XCTAssertEqual(quotes("The researchers noted the eels might travel further than thought.").map(\.speaker), ["The researchers"])
    }

    func testTheStudyIsTheStudyNamedWithItsJournal() {
        let text = """
            Divers from the Marine Trust published a study in Ocean Letters on Monday.

            The study itself outlined the link between the two: "The eels were only seen when the water was warm."
            """
        XCTAssertEqual(quotes(text).map(\.speaker), ["study in Ocean Letters"])
    }

    func testASourceCitedByTheSourceOfAccordingToSpeaks() {
        let found = quotes("According to the Harbour Times, which cited sources close to the inquiry, the captain had been warned twice.")
        XCTAssertEqual(found.map(\.text), ["the captain had been warned twice"])
        XCTAssertEqual(found.map(\.speaker), ["sources close to the inquiry"])
        let citing = quotes("According to the Harbour Times, citing port officials, the ferry left an hour late.")
        XCTAssertEqual(citing.map(\.speaker), ["port officials"])
        // An aside that cites nothing leaves the source of "according to".
        XCTAssertEqual(quotes("According to the Harbour Times, which is owned by the city, the ferry left late.").map(\.speaker), ["the Harbour Times"])
    }

    func testASpeakerIsNeverTheDashOfASourceLine() {
        // The source line of a block quotation names the speaker without its dash.
        let text = """
            The judge rejected this argument:

            The notion of a lasting harbour right is not supported by the record.

            — Judge Anna Berg, Decision and Order
            """
        let found = quotes(text)
        XCTAssertEqual(found.map(\.speaker), ["Anna Berg"])
        XCTAssertFalse(found.contains { $0.speakerText == "-" || $0.speakerText == "—" || $0.speaker == "-" || $0.speaker == "—" })
    }
}

/// Quotations attributed by the sentence before them in the thirteenth quotes round.
final class QuoteThirteenthRoundContinuationTests: XCTestCase {
    func testAQuotationAfterASentenceAboutOnePersonIsHers() {
        let text = """
            Jane Smith sang in the choir for years.

            Early in her career, Smith was cast in a musical. Then just 19 years old, she saw the role as a "chance to face my fears," having doubted herself for years. "I was in a very competitive program in high school, and the scars were still fresh when I started."
            """
        let found = quotes(text)
        XCTAssertEqual(found.last?.text, "I was in a very competitive program in high school, and the scars were still fresh when I started.")
        XCTAssertEqual(found.last?.speaker, "Jane Smith")
    }
}

/// Documents reading their words before a comma in the thirteenth quotes round.
final class QuoteThirteenthRoundDocumentTests: XCTestCase {
    func testItReadBeforeACommaIsTheDocumentNamedBefore() {
        let text = """
            The Harbour Rowing Federation released a statement about the race. It read, "We have always condemned any form of cheating and will wait for the inquiry."
            """
        let found = quotes(text)
        XCTAssertEqual(found.map(\.text), ["We have always condemned any form of cheating and will wait for the inquiry."])
        XCTAssertEqual(found.map(\.speakerText), ["It"])
        XCTAssertNotNil(found.first?.speaker)
        let ruling = quotes("The ruling of the court, released on Friday, read in part, \"The harbour lease is void from today.\"")
        XCTAssertEqual(ruling.map(\.text), ["The harbour lease is void from today."])
        XCTAssertEqual(ruling.first?.speakerText, "The ruling")
        // Someone who read a book before a comma is no speaker.
        XCTAssertNil(quotes("Jane Smith read, \"The harbour lease is void from today and the boats must leave.\"").first?.speakerText)
    }
}

extension QuoteThirteenthRoundDocumentTests {
    func testADocumentReadAfterAccordingToLeavesTheRelay() {
        let found = quotes("According to the Harbour Times, one harbour sign read, \"Keep calm and mind the tide, sailors.\"")
        XCTAssertNotEqual(found.first?.speakerText, "one harbour sign")
    }
}

extension QuoteThirteenthRoundSpeakerTests {
    func testThePersonOfAnOrganisationDescribedAfterItSpeaks() {
        let found = quotes("The bishop said he was sorry.  Calling it as \"just another apology\", Jane Smith of \"Harbour Watch\", an abuse victim support charity, told Reuters \"it almost appears as if the letter was prepared before the officials saw the film\".  ")
        XCTAssertEqual(found.last?.speaker, "Jane Smith")
        // A description of its own stays as written.
        XCTAssertEqual(quotes("In the harbour, a local charity told Reuters the letter was late.").map(\.speaker), ["a local charity"])
    }
}
