import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
    try QuoteRoundCast.only(text, file: file, line: line)
}

/// Patterns of the ninth quotes round (sentences written for the project).
final class QuoteNinthRoundTests: XCTestCase {
    func testAnOpeningTimePhraseWithoutACommaIsNoSubject() {
        let found = quotes("This Tuesday Interior Minister Carlos Ortega stressed the need for calm, saying \"Nobody gains from more violence in our streets.\"")
        XCTAssertEqual(found.map(\.speaker), ["Carlos Ortega"], "\(found.map(\.speakerText))")
        let monday = quotes("On Monday she visited the port, saying \"The harbour will reopen within a week.\"")
        XCTAssertEqual(monday.map(\.speakerText), ["she"])
    }

    func testAnAcronymDefinedInTheArticleNamesTheGroup() throws {
        let text = "The Northern Rail Safety Board (NRSB) opened an inquiry on Monday. The NRSB said the signals had failed."
        let q = try only(text)
        XCTAssertEqual(q.speaker, "The Northern Rail Safety Board (NRSB)")
        XCTAssertEqual(q.speakerText, "The NRSB")
        let lower = quotes("The line is run by Transport for Wales (TfW). An official from TfW said the trains would run again on Friday.")
        XCTAssertEqual(lower.map(\.speaker), ["An official from Transport for Wales (TfW)"])
        // Initials that do not spell the acronym define nothing.
        let other = quotes("The city council (NRSB) met on Monday. The NRSB said the budget was balanced.")
        XCTAssertEqual(other.map(\.speaker), ["The NRSB"])
    }

    func testAnOpeningParticipleSharesTheSubjectOfItsMainClause() {
        let found = quotes("Saying \"the old law has failed\", Minister Anna Berg added, \"We owe the victims a better one.\"")
        XCTAssertEqual(found.map(\.text), ["the old law has failed", "We owe the victims a better one."])
        XCTAssertEqual(found.map(\.speaker), ["Anna Berg", "Anna Berg"], "\(found.map(\.speakerText))")
    }

    func testARoleWrittenWithASynonymFindsThePerson() {
        let found = quotes("Chile's Foreign Secretary Carlos Ortega flew to Lima on Monday. The foreign minister said the border talks would resume.")
        XCTAssertEqual(found.map(\.speaker), ["Carlos Ortega"], "\(found.map(\.speakerText))")
        let premier = quotes("Premier Anna Berg opened the session. The prime minister said the budget would pass.")
        XCTAssertEqual(premier.map(\.speaker), ["Anna Berg"])
    }

    func testTheNameBeforeAnOfPhraseInCommas() {
        let found = quotes("Tom Reed, of the Daily Ledger, one of the jurors, stated, \"The evidence was never in doubt.\"")
        XCTAssertEqual(found.map(\.speaker), ["Tom Reed"], "\(found.map(\.speakerText))")
        let trailing = quotes("The evidence was never in doubt, Tom Reed, of the Daily Ledger, said.")
        XCTAssertEqual(trailing.map(\.speaker), ["Tom Reed"], "\(trailing.map(\.speakerText))")
    }

    func testALongDescriptionThenTheNameInCommas() {
        let found = quotes("The former director of the Harbour Trust and Chair of the Coastal Tourism Board, Anna Berg, called it \"a sad day for the town\" and said \"we cannot afford to lose the ferry.\"")
        XCTAssertEqual(found.map(\.speaker), ["Anna Berg", "Anna Berg"], "\(found.map(\.speakerText))")
    }

    func testWhoeverIssuedADocumentSpeaks() {
        let which = quotes("The Harbour Trust (HT) met on Friday. They released a statement which said, \"The ferry must keep running.\"")
        XCTAssertEqual(which.map(\.speaker), ["The Harbour Trust"], "\(which.map(\.speakerText))")
        let that = quotes("The ministry issued a statement that two guards had been injured: \"Both are in stable condition and will recover.\"")
        XCTAssertEqual(that.map(\.text), ["two guards had been injured", "Both are in stable condition and will recover."])
        XCTAssertEqual(that.map(\.speakerText), ["The ministry", "The ministry"])
    }

    func testACitedSourceThatSpeaks() {
        let found = quotes("The Daily Ledger cited a police source that the driver may have been drunk.")
        XCTAssertEqual(found.map(\.text), ["the driver may have been drunk"])
        XCTAssertEqual(found.first?.speakerText, "a police source")
        XCTAssertTrue(quotes("The council cited concerns that the bridge may be unsafe.").isEmpty)
    }

    func testAttackedAsIsAnEvaluativeFrame() {
        let found = quotes("Brown, speaking on the radio, attacked the inquiry as \"a waste of public money.\"")
        XCTAssertEqual(found.map(\.text), ["a waste of public money."])
        XCTAssertEqual(found.map(\.kind), [.direct])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"])
        // A noun "attack" is the object, not the verb.
        let noun = quotes("Smith described the attack as \"cowardly and senseless\".")
        XCTAssertEqual(noun.map(\.speaker), ["Jane Smith"])
    }

    func testAClauseBeforeAColonLeadInIsReportedToo() {
        let found = quotes("Brown tweeted he had not heard of the march but would join it: \"See you all there on Sunday!\"")
        XCTAssertEqual(found.map(\.text), ["he had not heard of the march but would join it", "See you all there on Sunday!"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown", "Paul Brown"])
        // A noun phrase before the colon is no clause.
        let noun = quotes("The agency announced the name of the virus first found in the city: \"It will be called X-19.\"")
        XCTAssertEqual(noun.map(\.text), ["It will be called X-19."])
    }

    func testAPronounRefersToWhomThePreviousSentencesAreAbout() {
        let found = quotes("\"We will win,\" Brown said.\n\nIt was the first time Reed spoke since he was expelled by Ortega. He said the party had betrayed its voters.")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown", "Tom Reed"])
        let chain = quotes("\"We will win,\" Brown said.\n\nReed founded the party in 2010. He was expelled by Ortega in 2019. He said the party had betrayed its voters.")
        XCTAssertEqual(chain.map(\.speaker), ["Paul Brown", "Tom Reed"])
    }

    func testANestedAttributionGivesTheInnerSpeakersWords() {
        let according = quotes("According to investigators, Brown said he had swerved to avoid a deer.")
        XCTAssertEqual(according.map(\.text), ["he had swerved to avoid a deer"])
        XCTAssertEqual(according.map(\.speaker), ["Paul Brown"])
        let reported = quotes("The agency reported on Monday a senior official, whom it did not name, said the ban was temporary.")
        XCTAssertEqual(reported.map(\.text), ["the ban was temporary"])
        XCTAssertEqual(reported.map(\.speakerText), ["a senior official"])
        // No speaker inside: "the storm claimed" is no attribution.
        let storm = quotes("According to the agency, the storm claimed 40 lives and 2,000 homes were damaged.")
        XCTAssertEqual(storm.map(\.speakerText), ["the agency"])
    }

    func testAnAsideAccordingToBetweenASubjectAndItsVerb() {
        let found = quotes("Witnesses, according to the Daily Ledger, said a man attacked the guards with a knife.")
        XCTAssertEqual(found.map(\.text), ["a man attacked the guards with a knife"])
        XCTAssertEqual(found.map(\.speakerText), ["Witnesses"])
    }

    func testAccordingToSpeechNounsAndDocumentAuthors() {
        let reports = quotes("Two women and a man were injured, according to the reports.")
        XCTAssertEqual(reports.map(\.text), ["Two women and a man were injured"])
        XCTAssertEqual(reports.map(\.speakerText), ["the reports"])
        let tweet = quotes("\"The airline carries weapons for the regime,\" according to a tweet on Monday by Mayor Anna Berg.")
        XCTAssertEqual(tweet.map(\.speaker), ["Anna Berg"])
        let citing = quotes("As a result, according to a report citing the mayor's office, twenty people were arrested.")
        XCTAssertEqual(citing.map(\.speakerText), ["the mayor's office"])
    }

    func testAccordingToSetOffInsideTheClause() {
        let found = quotes("Brown then led, according to the Daily Ledger, the largest march ever held in the city.")
        XCTAssertEqual(found.map(\.text), ["Brown then led, according to the Daily Ledger, the largest march ever held in the city"])
        let reports = quotes("The statue was carried through the town followed by, according to varying reports, nearly 2000 people.")
        XCTAssertEqual(reports.map(\.speakerText), ["varying reports"])
        XCTAssertEqual(reports.first?.text.hasSuffix("nearly 2000 people"), true)
        // An apposition to the source is not part of what was said.
        let apposition = quotes("Federal agents are investigating the fire, according to prosecutor Tom Reed, the district attorney.")
        XCTAssertEqual(apposition.map(\.text), ["Federal agents are investigating the fire"])
    }

    func testTheOfficeOfARoleIsAGroup() {
        let found = quotes("Mayor Anna Berg opened the bridge. The mayor's office said the toll would be dropped.")
        XCTAssertEqual(found.map(\.speaker), ["The mayor's office"])
        XCTAssertEqual(quotes("Mayor Anna Berg opened the bridge. The mayor said the toll would be dropped.").map(\.speaker), ["Anna Berg"])
    }

    func testAMonthOrAYearAfterTheVerbIsASetting() {
        XCTAssertEqual(quotes("The central bank said in May the economy would shrink this year.").map(\.text), ["the economy would shrink this year"])
        XCTAssertEqual(quotes("Brown said in March 2019 the plant would close.").map(\.text), ["the plant would close"])
    }

    func testATimePhraseBetweenTheSubjectAndItsVerb() {
        let found = quotes("Another report from the regional government during the weekend said eight people died in the fire.")
        XCTAssertEqual(found.map(\.speakerText), ["the regional government"])
        let study = quotes("A study in the Journal of Coastal Research from March noted the dunes had shrunk by half.")
        XCTAssertEqual(study.map(\.speakerText), ["the Journal of Coastal Research"])
    }

    func testPointingOutReportsAClause() {
        let found = quotes("In a video, Brown explained his decision to his supporters, pointing out he had won fewer votes than Smith.")
        XCTAssertEqual(found.map(\.text), ["he had won fewer votes than Smith"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"])
        XCTAssertEqual(quotes("Smith pointed out that the bridge was never finished.").map(\.text), ["the bridge was never finished"])
    }

    func testASpeechWordInSBeforeAPastFormIsANoun() {
        XCTAssertTrue(quotes("Leaders of the member states met in Vienna for the summit.").isEmpty)
        XCTAssertEqual(quotes("The act states no person shall fly a drone over the prison.").count, 1)
    }

    func testAGroupNamedAgainByPronounsAndItsDocuments() {
        let text = "The Northern Rail Safety Board (NRSB) closed the line. The NRSB did not name the driver. They did say he was not injured in the crash. According to its press release, the line will reopen \"as soon as it is safe to do so.\""
        let found = quotes(text)
        XCTAssertEqual(found.map(\.speaker), ["The Northern Rail Safety Board (NRSB)", "The Northern Rail Safety Board (NRSB)"], "\(found.map(\.speakerText))")
    }

    func testAnOpeningVerbOfCallingAndALowerCaseRole() {
        let found = quotes("The bill was criticised by archbishop Tom Reed. Calling it a \"culture of death\" the archbishop said \"We must pray for the country.\"")
        XCTAssertEqual(found.map(\.text), ["culture of death", "We must pray for the country."])
        XCTAssertEqual(found.map(\.kind), [.direct, .direct])
        XCTAssertEqual(found.map(\.speaker), ["Tom Reed", "Tom Reed"])
    }

    func testASourcePhraseIsNoReportedClause() {
        let found = quotes("According to the agency's report dated May 3, the storm claimed 40 lives.")
        XCTAssertEqual(found.map(\.text), ["the storm claimed 40 lives"])
    }

    func testTheOneWhoCallsItSpeaksBeforeAccordingTo() {
        let found = quotes("Smith called the ruling a \"betrayal of the voters,\" according to the Daily Ledger.")
        XCTAssertEqual(found.map(\.text), ["betrayal of the voters,"])
        XCTAssertEqual(found.map(\.kind), [.direct])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
    }

    func testAnAttributionInterruptingTheSentence() {
        let that = quotes("The virus may spread like influenza — suggesting, experts noted, that the outbreak may call for similar measures.")
        XCTAssertEqual(that.last?.text, "the outbreak may call for similar measures")
        XCTAssertEqual(that.last?.speakerText, "experts")
        let gerund = quotes("If the findings hold, scientists say, containing the virus may require a new approach.")
        XCTAssertEqual(gerund.map(\.text), ["If the findings hold, scientists say, containing the virus may require a new approach"])
        XCTAssertEqual(quotes("The plan will fail, Brown said, citing the report.").map(\.text), ["The plan will fail"])
    }

    func testASpeakerNounBeforeAParticiplePhrase() {
        let found = quotes("In a new study, researchers studying patients in the city of Zhuhai reported that the virus spreads like influenza.")
        XCTAssertEqual(found.map(\.speakerText), ["researchers"])
    }

    func testDirectivesAndNounObjectsAreNoReportedSpeech() {
        XCTAssertTrue(quotes("Brown advised her to leave the country before the vote.").isEmpty)
        XCTAssertEqual(quotes("Police arrested 30 men, claiming them to be hired fighters from abroad.").map(\.text), ["them to be hired fighters from abroad"])
        XCTAssertTrue(quotes("Smith announced this change on television on Wednesday and again at a rally.").isEmpty)
    }

    func testAnAsideBeforeItStaysInsideTheClause() {
        let found = quotes("Smith said the name had to be easy to say and, to avoid stigma, it must not name any place.")
        XCTAssertEqual(found.map(\.text), ["the name had to be easy to say and, to avoid stigma, it must not name any place"])
    }

    func testADocumentOfHersIsHers() {
        let found = quotes("Smith married three times but, according to her memoirs, also had a long affair with a painter.")
        XCTAssertEqual(found.map(\.text), ["also had a long affair with a painter"])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
    }

    func testTheyAfterTheClauseIsTheClausesSubject() {
        let found = quotes("The fire began at noon, according to police. State prosecutors charged the owner with arson, they said on Sunday.")
        XCTAssertEqual(found.last?.speaker, "State prosecutors")
    }

    func testAVerbRightBeforeAQuotationIntroducesIt() {
        let found = quotes("The 1931 act, also known as the \"Radio Law\", states \"no person shall operate a radio station without a licence\".")
        XCTAssertEqual(found.map(\.text), ["no person shall operate a radio station without a licence"])
        XCTAssertEqual(found.map(\.speakerText), ["The 1931 act"])
    }

    func testACoordinatedVerbOfTheWriterIsNoClause() {
        XCTAssertTrue(quotes("The mayor has claimed widespread fraud with postal ballots, and filed several legal challenges.").isEmpty)
        XCTAssertEqual(quotes("Smith said the vote was rigged, and demanded a recount.").map(\.text), ["the vote was rigged"])
    }

    func testAPromiseAfterAnEarlierSpeechVerbWithoutSubject() {
        let found = quotes("The senator did not concede or admit defeat in his statement, and vowed to keep fighting \"the good fight\" in court.")
        XCTAssertEqual(found.map(\.text), ["the good fight"])
        XCTAssertEqual(found.map(\.kind), [.direct])
    }

    func testAVerbAfterAnAgeInCommasAndAnAcronymEndingTheSentence() {
        let text = "Retired bishop Tom Reed, 79, died early yesterday in a city hospital, according to the Northern Bishops' Conference (NBC)."
        let found = quotes(text)
        XCTAssertEqual(found.map(\.text), ["Retired bishop Tom Reed, 79, died early yesterday in a city hospital"])
        XCTAssertEqual(found.map(\.speaker), ["the Northern Bishops' Conference"])
    }

    func testANameAfterASecondPersonQuestion() {
        let found = quotes("Are you aware Amnesty International said the law was a \"dangerous step backwards\"?")
        XCTAssertEqual(found.map(\.speaker), ["Amnesty International"])
    }
}
