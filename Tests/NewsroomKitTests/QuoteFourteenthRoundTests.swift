import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Speakers named by the fourteenth quotes round (sentences written for the project).
final class QuoteFourteenthRoundSpeakerTests: XCTestCase {
    func testTheOneBeforeOfSpeaksWhenThePhraseEndsWithAPossessive() {
        let text = """
            "The ice is thinning from below," said co-author Tom Reed of Harbour University's Institute for Polar Studies.
            """
        XCTAssertEqual(quotes(text).map(\.speaker), ["Tom Reed"])
        let unknown = """
            "The eels were only seen when the water was warm," said researcher Ted Marsh of Leeds University's Marine Centre.
            """
        XCTAssertEqual(quotes(unknown).map(\.speaker), ["researcher Ted Marsh"])
        // A role before "of" keeps the whole phrase.
        XCTAssertEqual(quotes("The deputy head of Norway's delegation said the vote would be close.").map(\.speaker), ["The deputy head of Norway's delegation"])
    }

    func testTheCompanyIsTheBusinessNamedAsASubjectBefore() {
        let text = """
            Zentrix hosted a panel about its board games on Sunday. The firm showed a new chess set. Asked about packaging, the company noted that it had dropped plastic wrapping this year.

            A Zentrix spokesman declined to comment further.
            """
        XCTAssertEqual(quotes(text).map(\.speaker), ["Zentrix"])
        // A word capitalised only because it opens a sentence is no company's name.
        let workers = """
            Workers walked out on Monday. The company said the talks would resume, though workers were doubtful.
            """
        XCTAssertEqual(quotes(workers).map(\.speaker), ["The company"])
    }
}

/// Reported speech read by the fourteenth quotes round (sentences written for the project).
final class QuoteFourteenthRoundReportTests: XCTestCase {
    func testToldOfAndTalkedAboutReportWhatWasSaid() {
        let gerund = quotes("Jane Smith told of being forced to sell her farm after the flood.")
        XCTAssertEqual(gerund.map(\.text), ["being forced to sell her farm after the flood"])
        XCTAssertEqual(gerund.map(\.speaker), ["Jane Smith"])
        let how = quotes("Paul Brown talked about how the bridge had been neglected for years.")
        XCTAssertEqual(how.map(\.text), ["the bridge had been neglected for years"])
        XCTAssertEqual(how.map(\.speaker), ["Paul Brown"])
        let bracketed = quotes("Singer Anna Berg (Blue Harbour, Night Tide) spoke of growing up above her father's shop.")
        XCTAssertEqual(bracketed.map(\.speaker), ["Anna Berg"])
        // A topic, not what was said.
        XCTAssertEqual(quotes("Jane Smith spoke about the weather on Monday.").count, 0)
        XCTAssertEqual(quotes("Paul Brown talked of nothing else.").count, 0)
    }

    func testAConnectiveBeforeAnAttributionInsideTheSentenceIsTheWriters() {
        let found = quotes("Indeed, the Harbour Times reported, only the houses next to the dock were flooded.")
        XCTAssertEqual(found.map(\.text), ["only the houses next to the dock were flooded"])
        XCTAssertEqual(found.map(\.speaker), ["the Harbour Times"])
        // A clause before the attribution stays in the quotation.
        let clause = quotes("The ferry had, Jane Smith said, left an hour late.")
        XCTAssertEqual(clause.map(\.text), ["The ferry had, Jane Smith said, left an hour late"])
    }
}

/// Quotations attributed by the sentence before them in the fourteenth quotes round.
final class QuoteFourteenthRoundContinuationTests: XCTestCase {
    func testAQuotationAfterASentenceWhereSomeoneToldOfSomethingIsTheirs() {
        let text = """
            Singer Anna Berg (Blue Harbour, Night Tide) told of her first tour. "We slept in the van for three weeks and played to empty rooms most nights."
            """
        XCTAssertEqual(quotes(text).last?.speaker, "Anna Berg")
    }

    func testHeSpeakingInAClauseOfASentenceAboutOnePersonIsThatPerson() {
        let text = """
            Paul Brown broke news when he revealed that the old pier would be rebuilt. "We are talking to the council at the moment, and the basic problem is money." The harbour board had been looking into it for months. Jane Smith talked of her first season at the club. "It was a good day," she recalls.
            """
        let found = quotes(text)
        let direct = found.first { $0.kind == .direct }
        XCTAssertEqual(direct?.text, "We are talking to the council at the moment, and the basic problem is money.")
        XCTAssertEqual(direct?.speaker, "Paul Brown")
        XCTAssertEqual(found.last?.speaker, "Jane Smith")
    }

    func testAQuotationAfterAShortOpeningPhraseTakesTheSpeakerOfTheSentenceBefore() {
        let text = """
            Jane Smith talked about how the theatre had "changed everything." During the premiere, "I felt like a guest at my own party, and then everyone was cheering for us."
            """
        let found = quotes(text)
        XCTAssertEqual(found.last?.text, "I felt like a guest at my own party, and then everyone was cheering for us.")
        XCTAssertEqual(found.last?.speaker, "Jane Smith")
        // After a sentence without speech the quotation stays unattributed.
        let silent = """
            Jane Smith walked to the stage at noon. During the premiere, "I felt like a guest at my own party, and then everyone was cheering for us."
            """
        XCTAssertNotEqual(quotes(silent).last?.speaker, "Jane Smith")
    }
}

/// A person the people layer knows by one word, named in full by the speaker phrase.
final class QuoteFourteenthRoundFullerNameTests: XCTestCase {
    func testTheSpeakerPhraseGivesTheRestOfAOneWordName() {
        let text = "Comic artist Jenn Saint-Ives said she had drawn every day since she was six."
        let jenn = QuoteTestSupport.person("Jenn", forms: ["Jenn"], in: text)
        XCTAssertEqual(QuoteTestSupport.quotes(text, people: [jenn]).map(\.speaker), ["Jenn Saint-Ives"])
        // A role after the name is not part of it.
        let role = "Former Harbour Mayor Jenn said the ferry would run again."
        let mayor = QuoteTestSupport.person("Harbour", forms: ["Harbour"], in: role)
        XCTAssertEqual(QuoteTestSupport.quotes(role, people: [mayor]).map(\.speaker), ["Harbour"])
    }
}

/// A profession described by place or institution after a person has just spoken.
final class QuoteFourteenthRoundDescriptorTests: XCTestCase {
    func testTheInstitutionsProfessorIsThePersonWhoHasJustSpoken() {
        let text = """
            "The current is eating the shelf from below," said co-author Jane Smith. The Leeds professor added, "We do not yet know how fast."
            """
        XCTAssertEqual(quotes(text).map(\.speaker), ["Jane Smith", "Jane Smith"])
        // An office is left to the roles: no one holds it here, so it stays as written.
        let office = """
            "The current is eating the shelf from below," said co-author Jane Smith. The Leeds mayor added, "We do not yet know how fast."
            """
        XCTAssertEqual(quotes(office).last?.speaker, "The Leeds mayor")
    }
}
