import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

/// Reported clauses found by the sixteenth quotes round (sentences written for the project).
final class QuoteSixteenthRoundClauseTests: XCTestCase {
    func testAVerbAfterABracketedAsideIsFinite() {
        let aside = quotes("The coastguard said two fishermen (both from Harbour Bay) drowned near the pier.")
        XCTAssertEqual(aside.map(\.text), ["two fishermen (both from Harbour Bay) drowned near the pier"])
        XCTAssertEqual(aside.map(\.speaker), ["The coastguard"])
        let present = quotes("The council says the ferry (the only one left) sails twice a day.")
        XCTAssertEqual(present.map(\.text), ["the ferry (the only one left) sails twice a day"])
    }

    func testTheParticipleOfAClauseVerbReportsAClause() {
        let statement = quotes("The harbour board issued a statement announcing the pier had been closed for repairs.")
        XCTAssertEqual(statement.map(\.text), ["the pier had been closed for repairs"])
        XCTAssertEqual(statement.map(\.speaker), ["The harbour board"])
        let agreeing = quotes("The town council issued a statement agreeing the decision should be left to the voters.")
        XCTAssertEqual(agreeing.map(\.text), ["the decision should be left to the voters"])
        let comma = quotes("Jane Smith wrote to the council on Monday, confirming the school would close in June.")
        XCTAssertEqual(comma.map(\.text), ["the school would close in June"])
        XCTAssertEqual(comma.map(\.speaker), ["Jane Smith"])
    }

    func testAParticipleBeforeAnObjectAfterAQuotationIsNoInvertedAttribution() {
        let found = quotes("""
            Paul Brown wrote of his teacher, "I knew then that she was a rare person", recalling their first lesson.
            """)
        XCTAssertEqual(found.map(\.text), ["I knew then that she was a rare person"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"])
    }
}

/// Where a reported clause inside an opening subordinate clause ends (sixteenth quotes round).
final class QuoteSixteenthRoundSubordinateTests: XCTestCase {
    func testAReportedClauseInAnOpeningSubordinateClauseEndsAtTheMainClause() {
        let whileClause = quotes("While most historians say the castle was built in 1200, there are several competing dates for its tower.")
        XCTAssertEqual(whileClause.map(\.text), ["the castle was built in 1200"])
        XCTAssertEqual(whileClause.map(\.speakerText), ["most historians"])
        let although = quotes("Although the police said the fire was under control, residents were kept away from the street.")
        XCTAssertEqual(although.map(\.text), ["the fire was under control"])
        // Without an opening subordinator the sentence is all what was said.
        let plain = quotes("Jane Smith said the castle was built in 1200, and its tower was added much later.")
        XCTAssertEqual(plain.map(\.text), ["the castle was built in 1200, and its tower was added much later"])
    }
}

/// Group speakers named by the sixteenth quotes round.
final class QuoteSixteenthRoundSpeakerTests: XCTestCase {
    func testASyllabicAcronymNamesTheGroupItAbbreviates() {
        let found = quotes("""
            The tremor was recorded by the Northern Institute of Volcanology and Seismology (Norvolcs) on Monday.

            Norvolcs reported the tremor was the strongest in ten years.
            """)
        XCTAssertEqual(found.map(\.text), ["the tremor was the strongest in ten years"])
        XCTAssertEqual(found.map(\.speaker), ["Northern Institute of Volcanology and Seismology (Norvolcs)"])
        // A bracketed word that does not abbreviate the name before it is no acronym.
        let other = quotes("""
            The tremor was recorded by the Northern Institute of Volcanology and Seismology (Harbour) on Monday.

            Harbour reported the tremor was the strongest in ten years.
            """)
        XCTAssertEqual(other.map(\.speaker), ["Harbour"])
    }
}

/// Group speakers written with "Their"/"Its" opening a sentence (sixteenth quotes round).
final class QuoteSixteenthRoundOwnerTests: XCTestCase {
    func testAnOwnersDocumentOpeningASentenceIsTheOwners() {
        let found = quotes("""
            The fishermen said on Monday the pier would reopen in May. Their statement also read "the ferry will run again in June."
            """)
        XCTAssertEqual(found.map(\.text), ["the pier would reopen in May", "the ferry will run again in June."])
        XCTAssertEqual(found.map(\.speaker), ["The fishermen", "The fishermen"])
    }
}

/// Object phrases after a speech verb read by the sixteenth quotes round.
final class QuoteSixteenthRoundObjectTests: XCTestCase {
    func testAConjunctionInsideBracketsDoesNotEndTheSubject() {
        let found = quotes("The coastguard said hundreds of fishermen (from Harbour Bay and Northport) returned to the port.")
        XCTAssertEqual(found.map(\.text), ["hundreds of fishermen (from Harbour Bay and Northport) returned to the port"])
    }

    func testAnIrregularParticipleAfterANumberIsAnAdjective() {
        XCTAssertEqual(quotes("The company reported 22 sold units in the last quarter and a small loss.").map(\.text), [])
        XCTAssertEqual(quotes("The company reported 22 sold houses in the last quarter, all of them in the north.").map(\.text), [])
    }

    func testAPluralAfterANumberIsANoun() {
        XCTAssertEqual(quotes("The government declared seven days of national mourning.").map(\.text), [])
        XCTAssertEqual(quotes("The ministry confirmed five new deaths due to the virus on Monday.").map(\.text), [])
        // A verb in "-s" after a subject still makes a clause.
        XCTAssertEqual(quotes("The council says the ferry sails twice a day.").map(\.text), ["the ferry sails twice a day"])
    }
}

/// "according to" without a comma before it (sixteenth quotes round).
final class QuoteSixteenthRoundAccordingToTests: XCTestCase {
    func testASourceFollowedByTheWritersDescriptionEndsTheReportedClause() {
        let posted = quotes("The singer died at home on Friday according to a statement posted to his official website.")
        XCTAssertEqual(posted.map(\.text), ["The singer died at home on Friday"])
        XCTAssertEqual(posted.map(\.speakerText), ["a statement"])
        let participle = quotes("Ten people were injured on Sunday according to health officials, ranging in age from 11 to 75.")
        XCTAssertEqual(participle.map(\.text), ["Ten people were injured on Sunday"])
        XCTAssertEqual(participle.map(\.speaker), ["health officials"])
    }
}

/// Reports as the inner speaker of a reported clause (sixteenth quotes round).
final class QuoteSixteenthRoundInnerReportTests: XCTestCase {
    func testReportsSayingSomethingInsideAReportedClauseAreTheSpeaker() {
        let found = quotes("A reporter in Kenya noted local news reports said the singer was taken to hospital.")
        XCTAssertEqual(found.map(\.text), ["the singer was taken to hospital"])
        XCTAssertEqual(found.map(\.speaker), ["local news reports"])
    }
}

/// Organisations written with "U.S." after the article spelled them out (sixteenth quotes round).
final class QuoteSixteenthRoundUnitedStatesTests: XCTestCase {
    func testAnOrganisationWrittenWithUSIsNamedAsSpelledOut() {
        let found = quotes("""
            The tremor was measured by the United States Geological Survey (USGS) on Monday.

            Later, the U.S. Geological Survey said more tremors may follow.
            """)
        XCTAssertEqual(found.map(\.speaker), ["United States Geological Survey"])
        // Never spelled out: as written.
        let asWritten = quotes("Later, the U.S. Geological Survey said more tremors may follow.")
        XCTAssertEqual(asWritten.map(\.speaker), ["the U.S. Geological Survey"])
    }
}

/// "told" with its object (sixteenth quotes round).
final class QuoteSixteenthRoundToldTests: XCTestCase {
    func testAPossessiveOpensTheClauseAfterTheObjectOfTold() {
        let found = quotes("Paul Brown told the press his nephew needed a new passport.")
        XCTAssertEqual(found.map(\.text), ["his nephew needed a new passport"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"])
    }

    func testAnAsideBetweenTheObjectOfToldAndThatIsPassedOver() {
        let found = quotes("Jane Smith told the council, in a letter on Monday, that the pier would reopen in May.")
        XCTAssertEqual(found.map(\.text), ["the pier would reopen in May"])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
    }
}

/// "…, but, according to X, …" (sixteenth quotes round).
final class QuoteSixteenthRoundConjunctionSourceTests: XCTestCase {
    func testASourceAfterAConjunctionReportsTheNextClause() {
        let found = quotes("The statement gave no reason, but, according to the coastguard, the ferry had lost power.")
        XCTAssertEqual(found.map(\.text), ["the ferry had lost power"])
        XCTAssertEqual(found.map(\.speakerText), ["the coastguard"])
    }

    func testHisAgentIsNamedWithThePersonsName() {
        let found = quotes("""
            Paul Brown died on Monday. The statement gave no reason, but, according to his agent, Brown had been ill for months.
            """)
        XCTAssertEqual(found.map(\.text), ["Brown had been ill for months"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown's agent"])
    }
}
