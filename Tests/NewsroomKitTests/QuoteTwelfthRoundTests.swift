import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Where reported clauses end in the twelfth quotes round (sentences written for the project).
final class QuoteTwelfthRoundBoundaryTests: XCTestCase {
    func testAContrastAfterWhileIsPartOfWhatWasSaid() {
        let found = quotes("The fire service said on Monday the boy was badly hurt, while three adults were treated for smoke.")
        XCTAssertEqual(found.map(\.text), ["the boy was badly hurt, while three adults were treated for smoke"])
        // A contrast with a speech verb of its own is another attribution.
        let other = quotes("Paul Brown said the bridge was safe, while engineers say it needs repairs.")
        XCTAssertEqual(other.first?.text, "the bridge was safe")
        // "while" and a participle is the writer's setting.
        let setting = quotes("Jane Smith said the road was closed for the night, while speaking to reporters in the rain.")
        XCTAssertEqual(setting.map(\.text), ["the road was closed for the night"])
    }

    func testASemicolonEndsTheReportedClause() {
        let found = quotes("Officials said the ferry sank on Monday; the coast guard later reported all twelve passengers were rescued.")
        XCTAssertEqual(found.map(\.text), ["the ferry sank on Monday", "all twelve passengers were rescued"])
        XCTAssertEqual(found.map(\.speakerText), ["Officials", "the coast guard"])
    }

    func testASourceIntroducedByWithStartsTheNextAttribution() {
        let found = quotes("The pilot told investigators he lost power, with some witnesses claiming the engine was on fire.")
        XCTAssertEqual(found.map(\.text), ["he lost power", "the engine was on fire"])
        XCTAssertEqual(found.map(\.speakerText), ["The pilot", "some witnesses"])
    }
}

/// Verbs of saying added to the lexicon in the twelfth quotes round.
final class QuoteTwelfthRoundLexiconTests: XCTestCase {
    func testMoreVerbsOfSaying() {
        XCTAssertEqual(quotes("The engineers have speculated the crack may have grown for years.").map(\.text), ["the crack may have grown for years"])
        XCTAssertEqual(quotes("Jane Smith underlined they keep the door open for talks.").map(\.speaker), ["Jane Smith"])
        XCTAssertEqual(quotes("The mayor reaffirmed that the market will open in May.").map(\.text), ["the market will open in May"])
        XCTAssertEqual(quotes("The union criticised the plan, implying a strike would follow.").map(\.text), ["a strike would follow"])
        // "proposed" reports only a clause with "that", not a plan.
        XCTAssertEqual(quotes("The authors proposed that the tail helped the animal balance.").map(\.text), ["the tail helped the animal balance"])
        XCTAssertEqual(quotes("Paul Brown proposed a new tax on sugary drinks for the city.").count, 0)
        XCTAssertEqual(quotes("Jane Smith proposed a bill that would fund the schools through June.").count, 0)
    }
}

/// Clauses reported without a listed verb form or after an object of the twelfth quotes round.
final class QuoteTwelfthRoundClauseTests: XCTestCase {
    func testReportAfterAPluralSubjectIsAVerb() {
        let found = quotes("In a paper published on Friday, a team of geologists report the lake formed about 9,000 years ago.")
        XCTAssertEqual(found.map(\.text), ["the lake formed about 9,000 years ago"])
        XCTAssertEqual(found.map(\.speakerText), ["a team of geologists"])
        XCTAssertEqual(quotes("Witnesses report the gunman fled on foot.").map(\.speakerText), ["Witnesses"])
        // The noun: after a determiner, or before the verb of its own sentence.
        XCTAssertEqual(quotes("The weapons report will influence the vote in the council next week.").count, 0)
        XCTAssertEqual(quotes("A news report published Monday said the mine was closed.").map(\.text), ["the mine was closed"])
    }

    func testATellingVerbBeforeANumberOrAQuantifier() {
        XCTAssertEqual(quotes("A spokesperson told the Harbour Times three fishermen were missing.").map(\.text), ["three fishermen were missing"])
        XCTAssertEqual(quotes("Jane Smith told reporters only 10% of the seats were sold.").map(\.text), ["only 10% of the seats were sold"])
        XCTAssertEqual(quotes("The manager told the Courier only 10% of the staff at the depot were women.").map(\.text),
            ["only 10% of the staff at the depot were women"])
    }

    func testARelayedSpeakerWithThatKeepsTheWords() {
        let found = quotes("In May, a city official said that the new bridge, which opened last year, needs repairs, the Courier reported.")
        XCTAssertEqual(found.map(\.speakerText), ["a city official"])
        XCTAssertEqual(found.map(\.text), ["the new bridge, which opened last year, needs repairs"])
    }

    func testAStatementToTheEffect() {
        let found = quotes("Soon after, the palace issued a statement to the effect the prince would not stand for election.")
        XCTAssertEqual(found.map(\.text), ["the prince would not stand for election"])
        XCTAssertEqual(found.map(\.speakerText), ["the palace"])
    }
}

/// Speakers of the twelfth quotes round.
final class QuoteTwelfthRoundSpeakerTests: XCTestCase {
    func testAGroupsDocumentStaysTheDocument() throws {
        let text = "The Food Safety Authority (FSA) recalled the cheese. According to the FSA's weekly report, the bacteria were found in two batches."
        let q = try XCTUnwrap(quotes(text).first)
        XCTAssertEqual(q.speaker, "the Food Safety Authority (FSA)'s weekly report")
        // Without a determiner the owner speaks.
        let owner = try XCTUnwrap(quotes("The Food Safety Authority (FSA) acted quickly. FSA's notice said the cheese was unsafe to eat.").first)
        XCTAssertEqual(owner.speaker, "Food Safety Authority (FSA)")
    }

    func testAPersonsDocumentIsThePersons() throws {
        let q = try XCTUnwrap(quotes("Brown's statement said the factory would stay open until June.").first)
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testAPersonsOfficeIsWrittenWithTheFullName() throws {
        let q = try XCTUnwrap(quotes("Senator Smith's office said the meeting would take place on Friday.").first)
        XCTAssertEqual(q.speaker, "Jane Smith's office")
        XCTAssertEqual(q.speakerText, "Senator Smith's office")
    }
}

/// Couples and parents named together (twelfth quotes round).
final class QuoteTwelfthRoundFamilyTests: XCTestCase {
    func testACoupleAndAFirstNameOfTheCouple() throws {
        let text = "The guests of honour were Maria and Tom Reed, who build boats. The couple said that every boat teaches them something new. Maria recalled building her first canoe at the age of ten."
        let people = [
            QuoteTestSupport.person("Tom Reed", sex: .male, forms: ["Tom Reed"], in: text),
            QuoteTestSupport.person("Maria", forms: ["Maria"], in: text),
        ]
        let found = QuoteTestSupport.quotes(text, people: people)
        XCTAssertEqual(found.map(\.speaker), ["Maria and Tom Reed", "Maria Reed"])
    }

    func testASurnameBeforeAndIsNoCouple() throws {
        let text = "Obama and Vladimir Putin met on Monday. Obama said the talks had been useful."
        let people = [
            QuoteTestSupport.person("Vladimir Putin", sex: .male, forms: ["Vladimir Putin"], in: text),
            QuoteTestSupport.person("Obama", sex: .male, forms: ["Obama"], in: text),
        ]
        XCTAssertEqual(QuoteTestSupport.quotes(text, people: people).map(\.speaker), ["Obama"])
    }

    func testAParentNamedByKinAlone() throws {
        let text = "Judge Ann Lee sentenced Mark Hale and Rita Hale to ten years. The father said \u{201C}I never meant to hurt anyone.\u{201D} The mother said \u{201C}I am sorry for everything.\u{201D}"
        let people = [
            QuoteTestSupport.person("Ann Lee", sex: .female, forms: ["Ann Lee"], in: text),
            QuoteTestSupport.person("Mark Hale", sex: .male, forms: ["Mark Hale"], in: text),
            QuoteTestSupport.person("Rita Hale", sex: .female, forms: ["Rita Hale"], in: text),
        ]
        XCTAssertEqual(QuoteTestSupport.quotes(text, people: people).map(\.speaker), ["Mark Hale", "Rita Hale"])
        // Without a family of that surname the kin word stays as written.
        let alone = "Ann Lee met the family of the boy. The father said \u{201C}We only want the truth about that night.\u{201D}"
        let one = [QuoteTestSupport.person("Ann Lee", sex: .female, forms: ["Ann Lee"], in: alone)]
        XCTAssertEqual(QuoteTestSupport.quotes(alone, people: one).map(\.speaker), ["The father"])
    }
}
