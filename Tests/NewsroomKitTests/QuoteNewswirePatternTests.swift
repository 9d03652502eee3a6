import XCTest

@testable import NewsroomKit

/// Newswire reporting patterns (fourth quotes round), one small case each (sentences written
/// for the project).
final class QuoteNewswirePatternTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
        ]
    }

    private func quotes(_ text: String) -> [Quote] { QuoteTestSupport.quotes(text, people: people(text)) }

    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        let found = quotes(text)
        XCTAssertEqual(found.count, 1, "\(found.map(\.text))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    func testSettingBetweenTheVerbAndTheReportedClause() throws {
        let q = try only("Smith said on Friday she would run for a second term next year.")
        XCTAssertEqual(q.text, "she would run for a second term next year")
        XCTAssertEqual(q.kind, .indirect)
        XCTAssertEqual(q.speaker, "Jane Smith")
        let r = try only("The ministry said in a statement the border crossings would reopen on Monday.")
        XCTAssertEqual(r.text, "the border crossings would reopen on Monday")
        XCTAssertEqual(r.speaker, "The ministry")
    }

    func testSettingBetweenTheVerbAndTheQuotation() throws {
        let q = try only("Brown said on Friday \"We are ready for the vote whenever it comes.\"")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.text, "We are ready for the vote whenever it comes.")
        XCTAssertEqual(q.speaker, "Paul Brown")
        let r = try only("The union wrote on Twitter “The strike goes on until the talks resume.”")
        XCTAssertEqual(r.speaker, "The union")
    }

    func testAVerbWithOnlyAnObjectIsNotReportedSpeech() {
        XCTAssertTrue(quotes("Smith announced a new plan for the city's parks on Monday.").isEmpty)
        XCTAssertTrue(quotes("The agency advises citizens to keep paying their taxes.").isEmpty)
        XCTAssertTrue(quotes("Brown mentioned a possible route through the mountains.").isEmpty)
        XCTAssertEqual(quotes("Smith announced the plan had been dropped.").map(\.text), ["the plan had been dropped"])
    }

    func testAClauseAfterTheVerbIsWhatWasSaid() throws {
        let q = try only("Asked which test was hardest, Smith said it was the written one.")
        XCTAssertEqual(q.text, "it was the written one")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testWordsBeforeATrailingAttributionMustBeAClause() {
        XCTAssertTrue(quotes("Earlier on Friday, the council confirmed him, but the senate did not.").isEmpty)
        XCTAssertEqual(quotes("The talks had failed, the council said.").map(\.text), ["The talks had failed"])
    }

    func testCallingAnObjectSomethingInMarks() throws {
        let q = try only("Brown called the proposal “a non-starter” on Tuesday.")
        XCTAssertEqual(q.kind, .direct, "the quoted words are the quotation; the object is the writer's")
        XCTAssertEqual(q.text, "a non-starter")
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.cue, "called")
        let r = try only("The ministry rejected the claims, describing them as “baseless and absurd”.")
        XCTAssertEqual(r.speaker, "The ministry")
        // A name, not a judgement: no object between the verb and the marks.
        XCTAssertTrue(quotes("Smith starred in a film called “Mister America” last year.").isEmpty)
    }

    func testRelativeWhoStandsForThePhraseBeforeIt() throws {
        let q = try only("Others broke ranks, such as Paul Brown, who denounced the plan as a “national embarrassment”.")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testSecondQuotationJoinedByAndSharesTheAttribution() throws {
        let found = quotes("Smith said on Friday \"We made a plea to the council once again\" and \"So we told them we needed the money. They refused.\"")
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith", "Jane Smith"], "\(found.map(\.text))")
        XCTAssertEqual(found.map(\.kind), [.direct, .direct])
    }
}

/// Speaker phrases and speakers of newswire reporting (fourth quotes round).
final class QuoteNewswireSpeakerTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
            QuoteTestSupport.person("Tom Green", sex: .male, forms: ["Tom Green", "Green"], in: text),
        ]
    }

    private func quotes(_ text: String) -> [Quote] { QuoteTestSupport.quotes(text, people: people(text)) }

    private func quote(_ fragment: String, in text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        try QuoteTestSupport.quote(containing: fragment, in: quotes(text), file: file, line: line)
    }

    func testNameInAppositionAfterAnInvertedDescription() throws {
        let q = try quote("very hard for me", in: "“This day is very hard for me,” said his father, Paul Brown, after the ceremony.")
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.speakerText, "Paul Brown")
    }

    func testNameInAppositionAfterADescriptionWithADeterminer() throws {
        let q = try quote("crisis on our border", in: "The Vice President, Paul Brown, said on Friday the country is “in a crisis on our border.”")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testViceIsNotThePresidentsRole() throws {
        let text = "President Tom Green spoke first. The Vice President said the talks would go on for weeks."
        let q = try quote("talks would go on", in: text)
        XCTAssertNotEqual(q.speaker, "Tom Green")
    }

    func testNameBeforeAPrepositionAndAnOrganisation() throws {
        let q = try quote("mass casualty alert", in: "Dr. Paul Brown at Saint Mary Hospital said, “We received a mass casualty alert this morning.”")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testNameBeforeAParticiplePhrase() throws {
        let q = try quote("not worth the paper", in: "On Tuesday, Paul Brown speaking to the Lake Council think tank called the deal “not worth the paper it is written on”.")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testAccordingToAtTheEndOfTheSentenceWithoutAComma() throws {
        let q = try quote("parliament was suspended", in: "In the wake of the death, the parliament was suspended indefinitely according to local media.")
        XCTAssertEqual(q.text, "In the wake of the death, the parliament was suspended indefinitely")
        XCTAssertEqual(q.speaker, "local media")
    }

    func testAccordingToADescriptionAndANameInApposition() throws {
        let q = try quote("ten passengers", in: "According to the town's first selectman, Paul Brown, there were ten passengers aboard the aircraft.")
        XCTAssertEqual(q.text, "there were ten passengers aboard the aircraft")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testAccordingToOverAnAttributionGivesTheInnerSpeaker() throws {
        let q = try quote("not interested", in: "Jane Smith has said she is not interested in the job, according to Reuters.")
        XCTAssertEqual(q.text, "she is not interested in the job")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testAttributionInsideTheSentence() throws {
        let q = try quote("came to support", in: "Tom Green won the prize last year. This year, he said, he came to support his friends.")
        XCTAssertEqual(q.text, "This year, he said, he came to support his friends")
        XCTAssertEqual(q.speaker, "Tom Green")
        let r = try quote("paid smugglers", in: "Three migrants died in the storm; they had, Brown says, paid smugglers to take them across.")
        XCTAssertEqual(r.text, "they had, Brown says, paid smugglers to take them across")
        XCTAssertEqual(r.speaker, "Paul Brown")
    }

    func testPronounBeforeTheVerbAfterASentenceEndingQuotation() throws {
        let text = "“We will fight on,” Green said. “We are trying to show some mercy.” The south, he said, was “where we have a chance.”"
        XCTAssertEqual(try quote("show some mercy", in: text).speaker, "Tom Green")
    }

    func testADocumentReadsItsWordsAndItsOwnerSpeaks() throws {
        let q = try quote("very sorry to report", in: "Stardom's official statement yesterday read “Fans, we are very sorry to report this news.”")
        XCTAssertEqual(q.speaker, "Stardom")
        XCTAssertEqual(q.cue, "read")
    }

    func testAParagraphIntroducingSomeoneElseGivesThePronoun() throws {
        let text = "“The test was hard,” Brown said.\n\nSeveral students came back this year. One is Tom Green, a student from the north. He said he was interested in surgery from the first year."
        XCTAssertEqual(try quote("interested in surgery", in: text).speaker, "Tom Green")
        let same = "“The test was hard,” Brown said.\n\nHe said he was interested in surgery from the first year."
        XCTAssertEqual(try quote("interested in surgery", in: same).speaker, "Paul Brown")
    }

    func testNameAfterASecondPersonWord() throws {
        let q = try quote("counterproductive move", in: "Are you aware the Open Rights Foundation said it was a “disappointing and counterproductive move”?")
        XCTAssertEqual(q.speaker, "the Open Rights Foundation")
    }
}

/// Speaker faults of the PolNeAR train split (fourth quotes round), one small case each.
final class QuoteTrainSpeakerTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
        ]
    }

    private func quote(_ fragment: String, in text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        try QuoteTestSupport.quote(containing: fragment, in: QuoteTestSupport.quotes(text, people: people(text)), file: file, line: line)
    }

    func testTitleWordAtTheEndOfThePreviousSentence() throws {
        let q = try quote("got bad", in: "Brown blamed the crisis of his second term. “My business, halfway through, it got bad,” Mr. Brown said.")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testNounAfterAPossessiveIsNotTheVerb() throws {
        let q = try quote("shows bias", in: "Paul Brown told reporters Tuesday that Smith's comments “shows bias to me and to the court.”")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testATimeIsNotTheSubjectOfAParticiple() throws {
        let q = try quote("step down", in: "Smith was not impressed with Brown’s comments Tuesday, telling reporters, “A lot of people said the governor should step down.”")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testParticipleAfterAnOpeningQuotationTakesItsSpeaker() throws {
        let q = try quote("electing people", in: "“It’s not new here,” said Paul Brown at the time, adding that “we’ve been electing people like us for a long time.”")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testColonLeadInWithoutASubject() throws {
        let text = "“We made a mistake,” Brown told reporters in October.\n\nThen, later that month on television: “I never said we made a mistake going in.”"
        XCTAssertNotEqual(try quote("never said", in: text).speaker, "later")
        let wait = "Wait, it gets better:\n\n“By law, the council sets the maximum number of permits every year.”"
        XCTAssertNil(try quote("By law", in: wait).speaker)
    }

    func testDatelineWithADateAndAnAgency() throws {
        let q = try quote("ready to stop", in: "WASHINGTON, Dec. 8 (UPI) — Jane Smith rallied supporters, saying: “We have to be ready to stop him.”")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testAdverbAfterThen() throws {
        let q = try quote("Really", in: "Co-anchor Jane Smith, who was off-screen, then loudly asked, “Really? Is that what you believe?”")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }
}
