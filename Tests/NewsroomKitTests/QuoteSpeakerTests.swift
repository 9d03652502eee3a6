import XCTest

@testable import NewsroomKit

/// Speaker resolution faults found on real news, one small case each (sentences written for
/// the project).
final class QuoteSpeakerTests: XCTestCase {
    private func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Ms. Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Mr. Brown", "Brown"], in: text),
        ]
    }

    private func speaker(of fragment: String, in text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        return try QuoteTestSupport.quote(containing: fragment, in: quotes, file: file, line: line).speaker
    }

    func testRelativeClauseInOpeningPhraseKeepsTheSubject() throws {
        let text = "When asked whom she backed, Ms. Smith smiled and said, “I am waiting for the final list of names.”"
        XCTAssertEqual(try speaker(of: "waiting for the final", in: text), "Jane Smith")
    }

    func testTripleStraightMarkClosesSingleThenDouble() throws {
        let text = "''We hear all the time, 'this case is special,''' Mr. Brown said. ''It is not special at all, and they know it.''"
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        let first = try QuoteTestSupport.quote(containing: "this case is special", in: quotes)
        XCTAssertEqual(first.speaker, "Paul Brown")
        XCTAssertEqual(first.cue, "said")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "not special at all", in: quotes).speaker, "Paul Brown")
    }

    func testParticipleAfterQuotationTakesTheSentencesSubject() throws {
        let text = "In an interview on Monday, Smith said the vote would be “close,” adding, “Nobody can count on anything now.”"
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "close", in: quotes).speaker, "Jane Smith")
        let second = try QuoteTestSupport.quote(containing: "Nobody can count", in: quotes)
        XCTAssertEqual(second.speaker, "Jane Smith")
        XCTAssertEqual(second.kind, .direct)
    }

    func testOpeningTimePhraseIsNotTheSubject() throws {
        let text = "Hours later, Brown returned the favour to the mayor, telling reporters, “We have worked together for a long time.”"
        XCTAssertEqual(try speaker(of: "worked together", in: text), "Paul Brown")
    }

    func testDatelineIsNotTheSubject() throws {
        let text = "Paris (AFP) — Jane Smith has criticised the budget plan, saying that “cuts of this size do more harm than good.”"
        XCTAssertEqual(try speaker(of: "cuts of this size", in: text), "Jane Smith")
    }

    func testAdverbBeforeTheVerbIsSkipped() throws {
        let text = "Brown used to back the governor, but now said the party had “a duty to bring the state together again.”"
        XCTAssertEqual(try speaker(of: "duty to bring", in: text), "Paul Brown")
    }

    func testLowerCaseDescriptionBeforeTheName() throws {
        let text = "“The field is wide open this week,” former councillor Paul Brown said. “Nobody is safe.”"
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "wide open", in: quotes).speaker, "Paul Brown")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "Nobody is safe", in: quotes).speaker, "Paul Brown")
    }

    func testBracketedPartyAfterTheName() throws {
        let text = "“If they did nothing wrong, they have nothing to fear,” Sen. Jane Smith (D-Ore.) said Tuesday."
        let q = try QuoteTestSupport.quote(containing: "nothing to fear", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertEqual(q.speakerText, "Sen. Jane Smith (D-Ore.)")
    }

    func testInvertedSpeakerWithLowerCaseRoleInsideTheName() throws {
        let text = "“Turnout was the whole story of this election,” said Lake State University professor Paul Brown."
        let q = try QuoteTestSupport.quote(containing: "whole story", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.speakerText, "Lake State University professor Paul Brown")
    }

    func testInvertedAttributionEndingTheSentence() throws {
        let text = "“It seems very unlikely” that the council can still win, said Paul Brown, a former adviser."
        XCTAssertEqual(try speaker(of: "very unlikely", in: text), "Paul Brown")
    }

    func testAttributionEndingTheSentenceAfterAClause() throws {
        let text = "“There is a sense of calm now,” and donations began to rise again last week, Smith said."
        XCTAssertEqual(try speaker(of: "sense of calm", in: text), "Jane Smith")
    }

    func testMannerAdverbBeforeTheVerb() throws {
        let text = "Smith, clearly tired, famously answered: “What difference does any of it make now?”"
        XCTAssertEqual(try speaker(of: "What difference", in: text), "Jane Smith")
    }

    func testNounInLyAfterDeterminerIsTheSubject() throws {
        let text = "“We want answers about the crash,” the family said in a statement."
        let q = try QuoteTestSupport.quote(containing: "want answers", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speakerText, "the family")
    }

    func testRolePhraseEndingInAnotherNameIsNotTheRoleHolder() throws {
        let text = "President Paul Brown said the talks had failed.\n\nPresident of Ruritania Karl Ostrow said, “We expect a full and open investigation.”"
        let brown = QuoteTestSupport.person("Paul Brown", title: "President", sex: .male, forms: ["Paul Brown", "Brown"], in: text)
        let quotes = QuoteTestSupport.quotes(text, people: [brown])
        let q = try QuoteTestSupport.quote(containing: "full and open", in: quotes)
        XCTAssertEqual(q.speaker, "President of Ruritania Karl Ostrow")
    }

    func testPronounAfterANamedSpeakerThePeopleLayerMissed() throws {
        let text = "Brown opened the meeting.\n\n“We are deeply concerned,” said Karl Ostrow, the head of the agency. “The delays are serious.”\n\nHe added, “Nobody should wait any longer for this.”"
        let brown = QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Brown"], in: text)
        let quotes = QuoteTestSupport.quotes(text, people: [brown])
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "Nobody should wait", in: quotes).speaker, "Karl Ostrow")
    }

    func testParentheticalBetweenVerbAndQuotation() throws {
        let text = "Smith called the plan “unworkable.” She said, in remarks published by the council in May, “No other city has tried this.”"
        let q = try QuoteTestSupport.quote(containing: "No other city", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speaker, "Jane Smith")
        XCTAssertEqual(q.cue, "said")
    }

    func testNameBeforeOfTheOrganisation() throws {
        let text = "Paul Brown of the Center for Food Safety said “this count does not change what the law demands.”"
        XCTAssertEqual(try speaker(of: "this count", in: text), "Paul Brown")
    }

    func testOrganisationNameWithForInside() throws {
        let text = "Remarked Center for Coastal Studies scientist Jane Smith, “This good year is a thank-you from the birds to everyone.”"
        let q = try QuoteTestSupport.quote(containing: "This good year", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speaker, "Jane Smith")
    }

    func testSourceWithinAnOrganisation() throws {
        let text = "A source within the Interior Ministry reportedly said “I have been told not to publish the figures.”"
        let q = try QuoteTestSupport.quote(containing: "not to publish", in: QuoteTestSupport.quotes(text, people: []))
        XCTAssertEqual(q.speakerText, "A source within the Interior Ministry")
    }

    func testPronounWithToo() throws {
        let text = "Brown said the ship had vanished. He too suggested a scenario in which “the equipment had been tampered with.”"
        XCTAssertEqual(try speaker(of: "tampered", in: text), "Paul Brown")
    }

    func testPronounAfterSingleNameThePeopleLayerMissed() throws {
        let text = "“We were flabbergasted,” Ostrowski told the paper.\n\n“Our work calls for a complete revision of the model,” he told the paper."
        let quotes = QuoteTestSupport.quotes(text, people: [])
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "complete revision", in: quotes).speaker, "Ostrowski")
    }

    func testSentenceEndsAfterAbbreviationBeforeAPronoun() throws {
        let text = "Brown says the plan ignores the attacks in the U.S. He says the law needs no change at all."
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        let first = try QuoteTestSupport.quote(containing: "ignores the attacks", in: quotes)
        XCTAssertFalse(first.text.contains("He says"), first.text)
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "needs no change", in: quotes).speaker, "Paul Brown")
    }

    func testReportedClauseAfterQuotationIsNotAnInvertedSpeaker() throws {
        let text = "Brown, citing “the unique magic of the campaign,” said the candidate could win in several states."
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        XCTAssertFalse(quotes.contains { $0.speakerText == "the candidate" }, "\(quotes.map { ($0.text, $0.speakerText) })")
    }

    func testSurnameOfAnUnknownNamedSpeakerGivesTheFullName() throws {
        let text = "“All countries can still change course,” said Karl Ostrow.\n\nAccording to Paul Brown, the outbreak is serious.\n\nOstrow expressed a similar view, saying “we have never seen such a spread.” He continued, “And we have never seen it controlled.”"
        let brown = QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown"], in: text)
        let quotes = QuoteTestSupport.quotes(text, people: [brown])
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "never seen such", in: quotes).speaker, "Karl Ostrow")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "never seen it controlled", in: quotes).speaker, "Karl Ostrow")
    }

    func testFirstPersonPhraseIsNoName() throws {
        let text = "That's why I said “no federation is perfect, and none ever will be.”"
        let q = try QuoteTestSupport.quote(containing: "no federation", in: QuoteTestSupport.quotes(text, people: []))
        XCTAssertNil(q.speaker)
    }

    func testUnlistedVerbAfterQuotation() throws {
        let text = "“Smith wants to be a tough guy tonight,” Brown shot back. “Let me talk.”\n\n“France will always be France,” an angry Jane Smith retaliated."
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "tough guy", in: quotes).speaker, "Paul Brown")
        XCTAssertEqual(try QuoteTestSupport.quote(containing: "always be France", in: quotes).speaker, "Jane Smith")
    }

    func testDayAfterNameIsNotPartOfTheSpeaker() throws {
        let text = "“North Korea is a paranoid, isolated nation,” said Sen. Paul Brown on Wednesday."
        let q = try QuoteTestSupport.quote(containing: "paranoid", in: QuoteTestSupport.quotes(text, people: people(text)))
        XCTAssertEqual(q.speakerText, "Sen. Paul Brown")
    }
    func testInfinitiveCueAfterAThatClauseTakesTheNameBeforeTheVerbGroup() throws {
        let text = "But the meeting was so calm that Mr. Brown was prompted to say, ''I cannot believe how quiet it has been.''"
        XCTAssertEqual(try speaker(of: "how quiet it has been", in: text), "Paul Brown")
    }

    func testGerundAfterAPrepositionSharesTheSentencesSubject() throws {
        let text = "On Tuesday, Ms. Smith deflected questions about the budget before saying, “It is time to move on to the schools.”"
        XCTAssertEqual(try speaker(of: "move on to the schools", in: text), "Jane Smith")
    }

    func testUnlistedVerbBeforeAColonNamesTheSpeaker() throws {
        let text = "Asked whether the office should take the blame, Mr. Brown shot back: “That would be a fine idea.”"
        XCTAssertEqual(try speaker(of: "That would be a fine idea", in: text), "Paul Brown")
    }

    func testDashAndNameOnTheNextParagraphSignTheQuotation() throws {
        let text = "The rally ended late.\n\n“We have a plan for the town and it is a good one, and we will win.”\n- Smith.\n\nThe crowd left."
        XCTAssertEqual(try speaker(of: "a plan for the town", in: text), "Jane Smith")
    }

    func testDashOnTheNextParagraphBeforeASentenceIsNoSignature() throws {
        let text = "“We have a plan for the town and it is a good one, and we will win.”\n- Smith said later that the plan had changed."
        XCTAssertNotEqual(try speaker(of: "a plan for the town", in: text), "Jane Smith")
    }
    func testPossessiveApostropheInsideTheSpeakerPhrase() throws {
        let text = "“The numbers we have seen are good,” Paul Brown, Sanders’ campaign manager, said in a statement."
        XCTAssertEqual(try speaker(of: "numbers we have seen", in: text), "Paul Brown")
    }

    func testPartyAndStateAbbreviationAfterTheName() throws {
        let text = "\"That is not the view of the senators here,\" Paul Brown, R-Ky., said on Tuesday."
        XCTAssertEqual(try speaker(of: "not the view of the senators", in: text), "Paul Brown")
    }

    func testFirstNameThatIsAlsoAFunctionWordAfterAnInvertedVerb() throws {
        let text = "\"It's a pretty expensive business,\" said Will Doyle, a professor of education."
        let quote = try QuoteTestSupport.quote(containing: "expensive business", in: QuoteTestSupport.quotes(text))
        XCTAssertEqual(quote.speakerText, "Will Doyle")
    }

    func testPronounWithoutAKnownSexTakesTheFirstPersonOfTheNearestSentence() throws {
        let text = "Jane Smith thanked Paul Brown for the meeting. “We will meet again in May, and I expect a deal,” she said."
        let people = [
            QuoteTestSupport.person("Jane Smith", forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", forms: ["Paul Brown", "Brown"], in: text),
        ]
        let quote = try QuoteTestSupport.quote(containing: "meet again in May", in: QuoteTestSupport.quotes(text, people: people))
        XCTAssertEqual(quote.speaker, "Jane Smith")
    }
    func testParticipleAfterASaidClauseTakesThatSpeakerNotTheQuotationsFirstWord() throws {
        let text = "\"What you see is that people are turning out in numbers,\" Mr. Brown said, adding: \"They are going to help everybody down the ballot.\""
        XCTAssertEqual(try speaker(of: "help everybody down the ballot", in: text), "Paul Brown")
    }

    func testParticipleAfterAnInvertedSpeakerTakesThatSpeaker() throws {
        let text = "“It is a file and two people who understand it,” said Smith, explaining how she worked with the staff: “The staff is outstanding with data.”"
        XCTAssertEqual(try speaker(of: "outstanding with data", in: text), "Jane Smith")
    }

    func testOpeningAdverbialPhraseIsNotTheSubject() throws {
        let text = "Back in 1999, Mr. Brown praised the governor's skills, telling a reporter: ''I wish I could be like that. I just can't.''"
        XCTAssertEqual(try speaker(of: "I wish I could be like that", in: text), "Paul Brown")
        let asked = "Asked on Monday whether the plan would pass, Ms. Smith shook her head and said, ''Not this year, and not without a vote.''"
        XCTAssertEqual(try speaker(of: "Not this year", in: asked), "Jane Smith")
    }
    func testQuotationAfterASentenceOfReportedSpeechIsThatSpeakers() throws {
        let text = "Mr. Brown argues that his client never encouraged violence. \"His intent was to find the best possibility for a peaceful end.\""
        XCTAssertEqual(try speaker(of: "His intent was", in: text), "Paul Brown")
    }

    func testQuotationAfterASentenceWithoutSpeechHasNoSpeakerFromIt() throws {
        let text = "Mr. Brown walked to the podium at noon. \"His intent was to find the best possibility for a peaceful end.\""
        let quotes = QuoteTestSupport.quotes(text, people: people(text))
        XCTAssertNil(quotes.first(where: { $0.text.contains("His intent was") })?.speaker)
    }
    func testAsSomeonePutItBeforeAColon() throws {
        let text = "As Ms. Smith put it: ''The town does a better job at welcoming newcomers than the city.''"
        XCTAssertEqual(try speaker(of: "better job at welcoming", in: text), "Jane Smith")
    }

    func testUnlistedVerbBeforeACommaAndAQuotation() throws {
        let text = "During their first debate, Paul Brown cracked, ''I'm a progressive who likes to get things done.''"
        XCTAssertEqual(try speaker(of: "likes to get things done", in: text), "Paul Brown")
    }
    func testTwoOpeningPhrasesBeforeTheSubject() throws {
        let text = "In June 2009, after Ms. Smith fell ill, Mr. Brown wrote to her, telling her, “You are an all-star player and we need you.”"
        XCTAssertEqual(try speaker(of: "all-star player", in: text), "Paul Brown")
    }
}
