import XCTest

@testable import NewsroomKit

/// One small case per quotation pattern of issue 4.
final class QuotePatternTests: XCTestCase {
    private func smith(_ text: String) -> [Person] {
        [QuoteTestSupport.person("Jane Smith", title: "Commissioner", sex: .female, forms: ["Jane Smith", "Smith"], in: text)]
    }

    private func only(_ text: String, people: [Person]? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        let quotes = QuoteTestSupport.quotes(text, people: people ?? smith(text))
        XCTAssertEqual(quotes.count, 1, "\(quotes.map(\.text))", file: file, line: line)
        return try XCTUnwrap(quotes.first, file: file, line: line)
    }

    func testStraightMarksSpeakerAfter() throws {
        let q = try only("\"We will win the vote,\" Smith said.")
        XCTAssertEqual(q.text, "We will win the vote,")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertEqual(q.speakerText, "Smith")
        XCTAssertEqual(q.cue, "said")
    }

    func testCurlyMarksInvertedSpeaker() throws {
        let q = try only("“We will win the vote,” said Jane Smith.")
        XCTAssertEqual(q.text, "We will win the vote,")
        XCTAssertEqual(q.speakerText, "Jane Smith")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testSpeakerAfterWithObject() throws {
        let q = try only("“We will win the vote,” Smith told the commission on Monday.")
        XCTAssertEqual(q.cue, "told")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testGuillemetsAndLowNineMarks() throws {
        let a = try only("«We will not give in to pressure,» Smith told reporters.")
        XCTAssertEqual(a.text, "We will not give in to pressure,")
        XCTAssertEqual(a.speaker, "Jane Smith")
        let b = try only("„We will not give in to pressure“, Smith said.")
        XCTAssertEqual(b.text, "We will not give in to pressure")
        XCTAssertEqual(b.speaker, "Jane Smith")
    }

    func testSingleMarksInsideDoubleStayInTheQuote() throws {
        let q = try only("“He told me, ‘never again,’ and I believed him,” Smith said.")
        XCTAssertEqual(q.text, "He told me, ‘never again,’ and I believed him,")
        XCTAssertEqual(q.kind, .direct)
    }

    func testSpeakerBeforeWithColonAndThat() throws {
        let a = try only("Smith said: “We will win the vote next week.”")
        XCTAssertEqual(a.text, "We will win the vote next week.")
        XCTAssertEqual(a.speaker, "Jane Smith")
        XCTAssertEqual(a.kind, .direct)
        let b = try only("Smith said that “the plan is dead and buried.”")
        XCTAssertEqual(b.text, "the plan is dead and buried.")
        XCTAssertEqual(b.speaker, "Jane Smith")
    }

    func testDashAttribution() throws {
        let text = "“We will act before the end of the year.” — Commissioner Starks"
        let starks = QuoteTestSupport.person("Geoffrey Starks", title: "Commissioner", forms: ["Starks"], in: text)
        let q = try only(text, people: [starks])
        XCTAssertEqual(q.text, "We will act before the end of the year.")
        XCTAssertEqual(q.speakerText, "Commissioner Starks")
        XCTAssertEqual(q.speaker, "Geoffrey Starks")
    }

    func testColonLeadInIntroducesTheNextParagraph() throws {
        let text = "Smith told the commission:\n\n“We will not accept this plan. It is dead on arrival.”"
        let q = try only(text)
        XCTAssertEqual(q.text, "We will not accept this plan. It is dead on arrival.")
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertEqual(q.cue, "told")
    }

    func testAccordingTo() throws {
        let q = try only("The economy will shrink by two percent next year, according to the central bank.", people: [])
        XCTAssertEqual(q.text, "The economy will shrink by two percent next year")
        XCTAssertEqual(q.cue, "according to")
        XCTAssertEqual(q.speakerText, "the central bank")
        XCTAssertEqual(q.speaker, "the central bank")
        XCTAssertEqual(q.kind, .indirect)
    }

    func testQuoteOverSeveralParagraphs() throws {
        let text = "“The first part of the statement runs on here.\n\n“The second part of the statement ends here,” Smith said."
        let quotes = QuoteTestSupport.quotes(text, people: smith(text))
        XCTAssertEqual(quotes.map(\.text), [
            "The first part of the statement runs on here.", "The second part of the statement ends here,",
        ])
        XCTAssertEqual(quotes.map(\.speaker), ["Jane Smith", "Jane Smith"])
        XCTAssertEqual(quotes[0].speakerSpan, quotes[1].speakerSpan)
        XCTAssertEqual(quotes.map(\.kind), [.direct, .direct])
    }

    func testInterruptedQuote() throws {
        let text = "Jane Smith spoke last. “We will win,” she said, “and we will win by a wide margin.”"
        let quotes = QuoteTestSupport.quotes(text, people: smith(text))
        XCTAssertEqual(quotes.map(\.text), ["We will win,", "and we will win by a wide margin."])
        XCTAssertEqual(quotes.map(\.speaker), ["Jane Smith", "Jane Smith"])
        XCTAssertEqual(quotes.map(\.speakerText), ["she", "she"])
    }

    func testUnbalancedMarkStaysInItsParagraph() throws {
        let text = "The report was called “a mess by everyone involved\n\nNothing here is quoted at all.\n\n“We are ready for the vote,” Smith said."
        let quotes = QuoteTestSupport.quotes(text, people: smith(text))
        XCTAssertEqual(quotes.map(\.text), ["We are ready for the vote,"])
        XCTAssertEqual(quotes.first?.speaker, "Jane Smith")
    }

    func testMixedQuote() throws {
        let q = try only("Smith said the plan was “dead on arrival” and would be withdrawn.")
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "the plan was “dead on arrival” and would be withdrawn")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testQuotedEndOfASentenceIsMixed() throws {
        let q = try only("The plan “is dead and will be withdrawn,” Smith said.")
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "The plan “is dead and will be withdrawn,")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testIndirectSpeech() throws {
        let a = try only("Smith told reporters that the talks had failed again.")
        XCTAssertEqual(a.kind, .indirect)
        XCTAssertEqual(a.text, "the talks had failed again")
        XCTAssertEqual(a.cue, "told")
        XCTAssertEqual(a.speaker, "Jane Smith")
        let b = try only("The ministry warned that prices would rise sharply.", people: [])
        XCTAssertEqual(b.text, "prices would rise sharply")
        XCTAssertEqual(b.speaker, "The ministry")
        XCTAssertEqual(b.cue, "warned")
    }

    func testTrailingAttributionOfAGroup() throws {
        let q = try only("Police fired tear gas at the crowd, witnesses said.", people: [])
        XCTAssertEqual(q.text, "Police fired tear gas at the crowd")
        XCTAssertEqual(q.speaker, "witnesses")
        XCTAssertEqual(q.kind, .indirect)
    }

    func testScareQuotesTitlesAndNicknamesAreNotQuotes() {
        let texts = [
            "Relations improved after the so-called “reset” with Russia in 2009.",
            "The film “The Hurt Locker” won six awards that year.",
            "Dwayne “The Rock” Johnson attended the ceremony.",
            "The “Gang of Eight” proposal stalled in the House.",
            "Critics dubbed the bill “a giveaway to the rich and famous” within days.",
        ]
        for text in texts {
            XCTAssertEqual(QuoteTestSupport.quotes(text).map(\.text), [], text)
        }
    }

    func testPronounTakesTheNearestCompatiblePerson() throws {
        let text = "Jane Smith met John Brown on Monday. “We agreed on the budget,” she said."
        let people = [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("John Brown", sex: .male, forms: ["John Brown", "Brown"], in: text),
        ]
        let q = try only(text, people: people)
        XCTAssertEqual(q.speaker, "Jane Smith")
        let he = try only(text.replacingOccurrences(of: "she said", with: "he said"), people: people)
        XCTAssertEqual(he.speaker, "John Brown")
    }

    func testPronounPrefersThePreviousSpeaker() throws {
        let text = "“We will win,” Smith said after meeting John Brown.\n\n“We will win again,” she said."
        let people = [
            QuoteTestSupport.person("Jane Smith", forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("John Brown", forms: ["John Brown", "Brown"], in: text),
        ]
        let quotes = QuoteTestSupport.quotes(text, people: people)
        XCTAssertEqual(quotes.map(\.speaker), ["Jane Smith", "Jane Smith"])
    }

    func testUnattributedParagraphContinuesThePreviousQuote() throws {
        let text = "“We will win the vote,” Smith said.\n\n“And we will keep winning after that.”"
        let quotes = QuoteTestSupport.quotes(text, people: smith(text))
        XCTAssertEqual(quotes.map(\.speaker), ["Jane Smith", "Jane Smith"])
    }

    func testEmptyAndHostileInputDoNotCrash() {
        for text in ["", "“", "”", "\"\"", "said", ", said", "“”", "\n\n\n“a\n\n”", "according to", String(repeating: "“", count: 1000)] {
            for q in QuoteTestSupport.quotes(text) {
                XCTAssertEqual(q.text, ScalarText(text)[q.span])
            }
        }
    }

    func testAppositionAfterTheQuoteNamesTheSpeaker() throws {
        let q = try only("“We will win the vote,” Jane Smith, chair of the Ways and Means Committee, said in a statement.")
        XCTAssertEqual(q.speakerText, "Jane Smith")
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertEqual(q.cue, "said")
    }

    func testParticipleLeadInTakesTheSentencesSubject() throws {
        let q = try only("Jane Smith criticised the accord on Saturday, saying: “It goes nowhere near far enough.”")
        XCTAssertEqual(q.speakerText, "Jane Smith")
        XCTAssertEqual(q.cue, "saying")
        XCTAssertEqual(q.kind, .direct)
    }

    func testQuotedParagraphAfterAParagraphAboutAPerson() throws {
        let text = "Jane Smith is upbeat about the vote.\n\n“Not only can we win in November, we can win big.”"
        let q = try only(text)
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertNil(q.cue, "no speech verb: the speaker comes from the context")
    }

    func testPassiveAndAdjectivalVerbsAreNotSpeech() {
        XCTAssertEqual(QuoteTestSupport.quotes("Avenatti was charged with attempted extortion and wire fraud.", people: []).count, 0)
        XCTAssertEqual(QuoteTestSupport.quotes("The number of confirmed cases passed one million on Tuesday.", people: []).count, 0)
    }

    func testAbbreviationsDoNotEndTheSentence() throws {
        let q = try only("Lead author Jane Smith, a Ph.D. candidate at the University of Florida, said, “Frogs may look similar.”")
        XCTAssertEqual(q.speakerText, "Lead author Jane Smith")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testAVerbIntroducingTheNextQuoteIsNotTheAttributionOfThePrevious() {
        let text = "Smith said, \"Acts of violence will not be tolerated.\" She further stated, \"The city cannot move on like this.\""
        let quotes = QuoteTestSupport.quotes(text, people: smith(text))
        XCTAssertEqual(quotes.map(\.speakerText), ["Smith", "She"])
        XCTAssertEqual(quotes.map(\.speaker), ["Jane Smith", "Jane Smith"])
        XCTAssertEqual(quotes.map(\.cue), ["said", "stated"])
    }

    func testRelativeClauseBetweenQuoteAndVerb() throws {
        let q = try only("“We will have to come to terms with it,” Jane Smith, who was majority leader under Bush, told lawmakers.")
        XCTAssertEqual(q.speakerText, "Jane Smith")
        XCTAssertEqual(q.cue, "told")
    }

    func testSentenceInitialSaid() throws {
        let q = try only("Said Jane Smith, who grew up nearby, “We were all so proud of him.”")
        XCTAssertEqual(q.speakerText, "Jane Smith")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testColonLeadInWithoutASpeechVerb() throws {
        let q = try only("A familiar voice greeted the attacks on Twitter: “California, we have already arrived.”", people: [])
        XCTAssertEqual(q.speakerText, "A familiar voice")
        XCTAssertEqual(q.cue, ":")
    }

    func testReportedClauseStopsAtACommaClause() throws {
        // ", but …" starts the writer's clause; a relative clause (", who was …") stays in what was
        // said (QuoteReportedClauseTests).
        let q = try only("Smith said the emails were exchanges between two officials, but the office did not say when.")
        XCTAssertEqual(q.text, "the emails were exchanges between two officials")
    }

    func testVerbRightBeforeTheMark() throws {
        let q = try only("Smith then tweeted “We are going to win this state by a landslide!”")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.cue, "tweeted")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }
}
