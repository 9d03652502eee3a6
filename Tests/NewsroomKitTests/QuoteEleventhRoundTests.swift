import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
    try QuoteRoundCast.only(text, file: file, line: line)
}

/// Patterns of the eleventh quotes round (sentences written for the project).
final class QuoteEleventhRoundTests: XCTestCase {
    func testAnAcronymSpellingAFunctionWordIsAName() throws {
        let q = try only("WHO said they are uncertain whether the virus spreads before symptoms show.")
        XCTAssertEqual(q.speakerText, "WHO")
        XCTAssertEqual(q.text, "they are uncertain whether the virus spreads before symptoms show")
        // In a line written in capitals the word stays a word.
        XCTAssertEqual(QuoteTokenizer.tokenize(Array("SHE ASKED WHO SAID IT".unicodeScalars))[2].hash, WordHash.of("who"))
    }

    func testAnAttributionAfterARelativePronoun() {
        let found = quotes("The council would also take over the old harbour which, the statement said, the port authority has refused to maintain.")
        XCTAssertEqual(found.map(\.text), ["the port authority has refused to maintain"])
        // After "whom" the quantifier before it is the clause's subject.
        let whom = quotes("She thanked the volunteers, all of whom, she explained, needed a rest after the storm.")
        XCTAssertEqual(whom.map(\.text), ["She thanked the volunteers, all of whom, she explained, needed a rest after the storm"])
    }

    func testASecondPredicateAfterAnInterruptingAttribution() {
        let found = quotes("The new bridge was not safe, engineers have said, and should not have been opened.")
        XCTAssertEqual(found.map(\.text), ["The new bridge was not safe, engineers have said, and should not have been opened"])
        // A predicate with a speech verb of its own is the writer's.
        let writer = quotes("The plan was dead, Paul Brown said, and would not say more.")
        XCTAssertEqual(writer.map(\.text), ["The plan was dead"])
    }

    func testARelativeAsideInsideTheReportedSubject() {
        let found = quotes("Preliminary checks suggest a fault in the pump, which had not failed before, was cutting the flow.")
        XCTAssertEqual(found.map(\.text), ["a fault in the pump, which had not failed before, was cutting the flow"])
        XCTAssertEqual(found.map(\.speakerText), ["Preliminary checks"])
        // An object with a relative clause and no verb after it is no reported clause.
        XCTAssertEqual(quotes("The mayor announced a new plan, which was drafted last year, for the harbour.").count, 0)
    }

    func testAGerundAfterAVerbOfMemory() throws {
        let q = try only("Jane Smith recalled going to football games with her father during primary school.")
        XCTAssertEqual(q.text, "going to football games with her father during primary school")
        XCTAssertEqual(q.speaker, "Jane Smith")
    }
}

/// Attributions to documents and telling verbs of the eleventh round.
final class QuoteEleventhRoundDocumentTests: XCTestCase {
    func testATellingVerbWithAnObjectAndABareClause() {
        let found = quotes("A spokesperson told the Harbour Times the fire started at about 9:15 p.m.")
        XCTAssertEqual(found.map(\.text), ["the fire started at about 9:15 p.m."])
        XCTAssertEqual(found.map(\.speakerText), ["A spokesperson"])
        let pronoun = quotes("Paul Brown told reporters he would not resign.")
        XCTAssertEqual(pronoun.map(\.text), ["he would not resign"])
        // A directive, and an object with no clause after it, are no reported speech.
        XCTAssertEqual(quotes("Paul Brown told the workers to leave the harbour.").count, 0)
        XCTAssertEqual(quotes("Paul Brown told the workers the news on Monday.").count, 0)
    }

    func testAnIssuedStatementBeforeAParticipleSpeaksForItsIssuer() {
        let found = quotes("On Friday, the Harbour Authority released a statement saying a fire at the port produced no injuries.")
        XCTAssertEqual(found.map(\.speakerText), ["the Harbour Authority"])
        XCTAssertEqual(found.map(\.text), ["a fire at the port produced no injuries"])
    }

    func testReadTheStatementAfterAQuotation() {
        let text = "The Harbour Authority released a statement on Friday. \"No workers were hurt. We thank the fire service;\" read the statement; \"we will not be deterred by this fire.\""
        let found = quotes(text)
        XCTAssertEqual(found.map(\.text), ["No workers were hurt. We thank the fire service;", "we will not be deterred by this fire."])
        XCTAssertEqual(found.map(\.speakerText), ["the statement", "the statement"])
        XCTAssertEqual(found.map(\.speaker), ["The Harbour Authority", "The Harbour Authority"])
    }

    func testADefiniteDocumentNamesItsIssuer() {
        let ministry = quotes("Yesterday evening, the Harbour Authority of Lund confirmed a fire at the port. Nobody was hurt, the report said.")
        XCTAssertEqual(ministry.map(\.speaker), ["the Harbour Authority of Lund"])
        XCTAssertEqual(ministry.map(\.speakerText), ["the report"])
        let aside = quotes("On Sunday, Paul Brown, in a statement read by his spokesman, announced the port would close. The meeting was long. The statement also said the workers would be paid.")
        XCTAssertEqual(aside.map(\.speaker), ["Paul Brown", "Paul Brown"])
        // A document the writer named in full stays as written.
        let named = quotes("According to a 1989 report from the Harbour Board, the ship had sunk once before. The report said two sailors were hurt.")
        XCTAssertEqual(named.last?.speaker, "The report")
    }

    func testAQuotationAfterATimeAbbreviationStartsASentence() {
        let found = quotes("Jane Smith said the fire started at about 9:15 p.m. \"Nobody was hurt. We are grateful,\" she added.")
        XCTAssertEqual(found.map(\.text), ["the fire started at about 9:15 p.m.", "Nobody was hurt. We are grateful,"])
    }
}

/// Boundaries and lexicon of the eleventh round.
final class QuoteEleventhRoundBoundaryTests: XCTestCase {
    func testASourceAfterARelativeClauseVouchesForThatClause() throws {
        let q = try only("Women, who make up 16% of the port's workers, according to the Harbour Union, have been working night shifts since 2015.")
        XCTAssertEqual(q.text, "make up 16% of the port's workers")
        XCTAssertEqual(q.speakerText, "the Harbour Union")
        // Set off inside a main clause the source still vouches for the whole sentence.
        let whole = quotes("The ferry, according to the Harbour Union, will stop running in May.")
        XCTAssertEqual(whole.map(\.text), ["The ferry, according to the Harbour Union, will stop running in May"])
    }

    func testThatBeforeATimeWordIsADeterminer() throws {
        let q = try only("The task force released a statement saying an attack that day on the air base produced no casualties.")
        XCTAssertEqual(q.text, "an attack that day on the air base produced no casualties")
    }

    func testPassagesInsideOneReportedClauseAreOneMixedQuote() throws {
        let q = try only("Paul Brown said masks would be \"a condition of travel\" so the public should use \"the kind of covering you can make at home.\"")
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "masks would be \"a condition of travel\" so the public should use \"the kind of covering you can make at home.")
        // A participle between the passages starts a new attribution.
        let adding = quotes("Paul Brown said the plan was \"messy and slow,\" adding \"we will fix it within a week.\"")
        XCTAssertEqual(adding.count, 2)
    }

    func testAQuotationOpeningAReportedClauseThatGoesOn() throws {
        let q = try only("According to the Harbour Union, \"keeping the night ferry running\" is an aim of the strike.")
        XCTAssertEqual(q.kind, .mixed)
        XCTAssertEqual(q.text, "keeping the night ferry running\" is an aim of the strike")
        // A quotation ending with its own punctuation stays direct.
        let direct = try only("According to the Harbour Union, \"the night ferry must keep running.\" The strike goes on.")
        XCTAssertEqual(direct.kind, .direct)
    }

    func testAFirstNameAloneNamesThePerson() {
        let text = "Anna Berg builds costumes in Oslo. Anna recalled sewing her first costume at the age of ten."
        let people = [QuoteTestSupport.person("Anna Berg", sex: .female, forms: ["Anna Berg", "Berg"], in: text)]
        let found = QuoteTestSupport.quotes(text, people: people)
        XCTAssertEqual(found.map(\.speaker), ["Anna Berg"])
        // Two people with the first name: the word stays as written.
        let two = "Anna Berg and Anna Lind build costumes. Anna recalled sewing her first costume at the age of ten."
        let both = [QuoteTestSupport.person("Anna Berg", sex: .female, forms: ["Anna Berg"], in: two),
                    QuoteTestSupport.person("Anna Lind", sex: .female, forms: ["Anna Lind"], in: two)]
        XCTAssertEqual(QuoteTestSupport.quotes(two, people: both).map(\.speaker), ["Anna"])
    }

    func testRulesIsANoun() {
        XCTAssertEqual(quotes("The convention rules will not be finalized until just before the event opens.").count, 0)
        // "ruled" still reports a court's finding.
        XCTAssertEqual(quotes("The judge ruled the practice of fining drivers was unconstitutional.").map(\.text),
                       ["the practice of fining drivers was unconstitutional"])
    }
}
