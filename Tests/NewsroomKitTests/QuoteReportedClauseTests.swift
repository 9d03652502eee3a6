import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
    try QuoteRoundCast.only(text, file: file, line: line)
}

/// Where a reported clause starts and ends, what is no reported speech, and speakers of the
/// fifth quotes round (sentences written for the project).
final class QuoteReportedClauseTests: XCTestCase {
    func testARelativeClauseIsPartOfWhatWasSaid() throws {
        let q = try only("Smith said the budget would include a new school, which was one of her promises.")
        XCTAssertEqual(q.text, "the budget would include a new school, which was one of her promises")
    }

    func testARelativeClauseWithItsOwnAttributionIsAnotherQuote() {
        let found = quotes("Smith said she may declare an emergency, which she said would allow her to act alone.")
        XCTAssertEqual(found.first?.text, "she may declare an emergency")
        XCTAssertEqual(found.count, 2, "\(found.map(\.text))")
    }

    func testWhileBeforeAParticipleDoesNotEndTheClause() throws {
        let q = try only("Police said Brown had been stopped for driving while inebriated.")
        XCTAssertEqual(q.text, "Brown had been stopped for driving while inebriated")
        // "…, while Brown suggests …" starts the writer's clause (and Brown's own quote).
        XCTAssertEqual(quotes("Smith said the plan would work, while Brown suggests it will fail.").map(\.text), ["the plan would work", "it will fail"])
    }

    func testQuotedWordsAfterARequestAreADirectQuote() throws {
        let q = try only("Brown urged residents to help the police and “deny the attackers any victory”.")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.text, "deny the attackers any victory")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }

    func testACoordinatedVerbAfterASemicolonTakesTheClauseSubject() throws {
        let found = quotes("\"We will find them,\" said Paul Brown, the mayor; he described the attack as a \"cowardly act\" and urged residents to \"stay calm and vigilant\".")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown", "Paul Brown", "Paul Brown"], "\(found.map(\.text))")
    }

    func testRequestsWithAnInfinitiveAreNoReportedSpeech() {
        XCTAssertTrue(quotes("Smith urged voters to go to the polls early.").isEmpty)
        XCTAssertTrue(quotes("She posted a video on Friday, asking voters to vote at the polls.").isEmpty)
    }

    func testASpeechWordUsedAsANounIsNoAttribution() {
        XCTAssertTrue(quotes("The initial reports were of a fire at the chemical plant.").isEmpty)
        XCTAssertTrue(quotes("The city has seen violent protests since June of this year.").isEmpty)
        XCTAssertTrue(quotes("Brown pleaded not guilty to all seven charges on Tuesday.").isEmpty)
    }

    func testAnObjectPhraseWithOnlyARelativeOrCoordinatedVerbIsNoClause() {
        XCTAssertTrue(quotes("The navy announced a coalition to patrol the strait which was joined by four countries.").isEmpty)
        XCTAssertTrue(quotes("On the same day Malawi confirmed its first infections and Zambia had its first death.").isEmpty)
        XCTAssertTrue(quotes("The agency reported 1,051,635 confirmed cases, including 79,332 new cases.").isEmpty)
        XCTAssertEqual(quotes("Police said a constable saw the men near the river.").map(\.text), ["a constable saw the men near the river"])
    }

    func testANameParticleStaysInsideTheSpeakerPhrase() throws {
        let q = try only("Arnel dela Vega of the army's Western Command said the rebels were the suspected perpetrators.")
        XCTAssertEqual(q.speaker, "Arnel dela Vega")
    }

    func testAccordingToReports() throws {
        let q = try only("According to reports, Smith was unable to qualify for the debate.")
        XCTAssertEqual(q.text, "Smith was unable to qualify for the debate")
        XCTAssertEqual(q.speakerText, "reports")
    }

    func testAnAsideBetweenTheVerbAndItsClause() throws {
        let q = try only("North Korea claimed, as of Thursday, it was one of the few countries free of infections.")
        XCTAssertEqual(q.text, "it was one of the few countries free of infections")
        let r = try only("The network reported, citing university data, there were over 1,000 deaths on Wednesday.")
        XCTAssertEqual(r.text, "there were over 1,000 deaths on Wednesday")
    }

    func testCitedAsSayingGivesTheSourceCited() throws {
        let q = try only("The BBC also cited Paul Brown, chief of the agency, as saying the suspects were linked to the network.")
        XCTAssertEqual(q.speaker, "Paul Brown")
        XCTAssertEqual(q.text, "the suspects were linked to the network")
    }

    func testSharingNeedsAnExplicitClause() throws {
        let q = try only("The couple encouraged attendees to keep going, sharing that all makers had failed at first.")
        XCTAssertEqual(q.text, "all makers had failed at first")
        XCTAssertTrue(quotes("Smith shared a photo of the team after the final match.").isEmpty)
    }

    func testAPlaceAfterTheSourceIsNoAppositiveName() throws {
        let q = try only("According to police in Baytown, Texas, Brown has been involved in collisions before.")
        XCTAssertEqual(q.text, "Brown has been involved in collisions before")
        XCTAssertNotEqual(q.speakerText, "Texas")
    }

    func testAPromiseWithAnInfinitiveCarriesTheQuotedWords() throws {
        let q = try only("Brown vowed to keep fighting \"the good fight\" in the courts.")
        XCTAssertEqual(q.kind, .direct)
        XCTAssertEqual(q.text, "the good fight")
        XCTAssertEqual(q.speaker, "Paul Brown")
    }
}

/// Patterns of the sixth quotes round (sentences written for the project).
final class QuoteSixthRoundTests: XCTestCase {
    func testABareNounObjectIsNoReportedClause() {
        XCTAssertTrue(quotes("Both parties claimed victory in the vote, which again was marred by fraud.").isEmpty)
        XCTAssertTrue(quotes("The league expressed sadness and extended condolences to his family.").isEmpty)
    }

    func testAPlaceBeforeAParticipleIsNotItsSubject() throws {
        let found = quotes("Brown issued a statement at his club outside Washington, D.C. saying, \"The simple fact is this race is far from over.\"")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"], "\(found.map(\.speakerText))")
    }

    func testPluralSpeechVerbs() {
        XCTAssertEqual(quotes("Reports indicate the vehicle may have struck two people.").map(\.text), ["the vehicle may have struck two people"])
        let law = quotes("The 1931 act states \"no person shall operate a radio station without a licence\".")
        XCTAssertEqual(law.map(\.text), ["no person shall operate a radio station without a licence"])
    }

    func testANewSentenceInterruptedByItsAttributionOwnsIt() {
        let found = quotes("He said \"Guardrails can only take so much.\" The guardrail would be examined, Brown said, to determine if it had held.")
        XCTAssertEqual(found.map(\.text), ["Guardrails can only take so much.", "The guardrail would be examined, Brown said, to determine if it had held"])
    }

    func testAnOpeningPrepositionalPhraseIsNoSubject() {
        let found = quotes("Following the announcement, Smith issued a statement saying, \"The count goes on.\"")
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"], "\(found.map(\.speakerText))")
    }

    func testASecondPassageJoinedByAndSharesAnEvaluativeAttribution() {
        let found = quotes("Brown called the border deal \"null and void\" and \"geographically ridiculous\".")
        XCTAssertEqual(found.map(\.text), ["null and void", "geographically ridiculous"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown", "Paul Brown"])
        let citing = quotes("Smith condemned the ruling, citing it as a \"grave abuse of power\" and \"contrary to law\".")
        XCTAssertEqual(citing.map(\.speaker), ["Jane Smith", "Jane Smith"], "\(citing.map(\.text))")
    }

    func testPassiveDescriptionByAnAgent() throws {
        let found = quotes("The bishop was described by the conference as \"a strong advocate for the environment\".")
        XCTAssertEqual(found.map(\.text), ["a strong advocate for the environment"])
        XCTAssertEqual(found.first?.speakerText, "the conference")
    }

    func testAccordingToWithoutACommaAfterAConjunction() {
        let found = quotes("He was treated abroad for months and according to the foreign ministry he died in hospital on Friday.")
        XCTAssertEqual(found.map(\.text), ["he died in hospital on Friday"])
        XCTAssertEqual(found.first?.speakerText, "the foreign ministry")
    }
}

/// Patterns of the seventh quotes round (sentences written for the project).
final class QuoteSeventhRoundTests: XCTestCase {
    func testAccordingToAfterAnOpeningPhraseGivesTheWholeSentence() throws {
        let found = quotes("Longer term, according to NASA administrator Jim Bridenstine, the goal is to make space accessible.")
        XCTAssertEqual(found.map(\.text), ["Longer term, according to NASA administrator Jim Bridenstine, the goal is to make space accessible"])
        XCTAssertEqual(found.first?.speaker, "Jim Bridenstine")
        // A clause before the comma keeps the trailing reading.
        XCTAssertEqual(quotes("Two women were injured, according to reports.").map(\.text), ["Two women were injured"])
    }

    func testAnAsideOpeningWithAPrepositionBeforeACapitalisedClause() {
        let found = quotes("The ambassador alleged, by way of example, Mahan Air had carried fighters to Syria.")
        XCTAssertEqual(found.map(\.text), ["Mahan Air had carried fighters to Syria"])
    }

    func testASpeechNounBeforeASpeechVerb() {
        XCTAssertEqual(quotes("A report alleged fireworks and flash bangs were used.").map(\.text), ["fireworks and flash bangs were used"])
        XCTAssertEqual(quotes("The wire report said the talks had failed.").map(\.text), ["the talks had failed"])
    }

    func testAnEstimateIsNoQuotation() {
        XCTAssertTrue(quotes("Reuters estimated around 200 people attended the event.").isEmpty)
    }

    func testReasonedReportsAnArgument() {
        XCTAssertEqual(quotes("If the birds had been farmed, they reasoned, the population would be uniform.").count, 1)
    }
}

/// Patterns of the eighth quotes round (sentences written for the project).
final class QuoteEighthRoundTests: XCTestCase {
    func testASettingAndACommaBeforeTheClause() {
        XCTAssertEqual(quotes("Local officials said on Saturday, about 20 buildings collapsed.").map(\.text), ["about 20 buildings collapsed"])
    }

    func testAtLeastOpensAClause() {
        XCTAssertEqual(quotes("Officials said at least 116 people died in the quake.").map(\.text), ["at least 116 people died in the quake"])
    }

    func testPluralSpeechNounsAsSubjects() {
        let found = quotes("Early reports suggested police used simple tools to free the trapped.")
        XCTAssertEqual(found.map(\.text), ["police used simple tools to free the trapped"])
        XCTAssertEqual(found.first?.speakerText, "Early reports")
        XCTAssertEqual(quotes("Reports said the bridge had collapsed.").first?.speakerText, "Reports")
    }

    func testTheNameBeforeAnAppositionAndWho() {
        let found = quotes("The study was led by Mark Hay, a marine ecologist and Regents Professor at the institute, who said \"There is a lot of argument now about it.\"")
        XCTAssertEqual(found.map(\.speaker), ["Mark Hay"], "\(found.map(\.speakerText))")
    }

    func testAShorterFormOfARoleFindsThePerson() {
        let found = quotes("French Foreign Minister Alain Juppe arrived in Cairo on Monday. The minister said the talks would resume.")
        XCTAssertEqual(found.map(\.speaker), ["Alain Juppe"], "\(found.map(\.speakerText))")
    }
}
