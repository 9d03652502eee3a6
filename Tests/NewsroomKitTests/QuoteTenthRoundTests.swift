import XCTest

@testable import NewsroomKit

private func quotes(_ text: String) -> [Quote] { QuoteRoundCast.quotes(text) }

private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
    try QuoteRoundCast.only(text, file: file, line: line)
}

/// Patterns of the tenth quotes round (sentences written for the project).
final class QuoteTenthRoundTests: XCTestCase {
    func testASourceCitedInAnAsideSpeaks() throws {
        let q = try only("The Daily Ledger, citing local officials, reported that the bridge had been closed since Monday.")
        XCTAssertEqual(q.speaker, "local officials")
        XCTAssertEqual(q.text, "the bridge had been closed since Monday")
        let quoting = try only("Radio Harbour, quoting a police source, said the two men were arrested at the port.")
        XCTAssertEqual(quoting.speaker, "a police source")
        // Without the aside the outlet speaks.
        let plain = try only("The Daily Ledger reported that the bridge had been closed since Monday.")
        XCTAssertEqual(plain.speaker, "The Daily Ledger")
    }

    func testAnAuthoredDocumentBeforeAParticipleSpeaks() throws {
        let q = try only("The journal Nature published a report by a team from the University of Oslo, saying the glacier had lost a third of its ice.")
        XCTAssertEqual(q.speakerText, "report by a team from the University of Oslo")
        XCTAssertEqual(q.text, "the glacier had lost a third of its ice")
        // A document without its author: the publisher.
        let unsigned = try only("The ministry released a report on Friday, saying the glacier had lost a third of its ice.")
        XCTAssertEqual(unsigned.speaker, "The ministry")
    }

    func testAWritersTimePhraseEndsTheReportedClause() {
        let before = quotes("Paul Brown announced he would withdraw the bill, before reversing course the next day.")
        XCTAssertEqual(before.map(\.text), ["he would withdraw the bill"])
        let prior = quotes("The judge said he considered the suspect a flight risk, prior to setting the bond.")
        XCTAssertEqual(prior.map(\.text), ["he considered the suspect a flight risk"])
        // "before" with a noun is part of what was said.
        let noun = quotes("Jane Smith said the bridge would reopen, before the end of the year.")
        XCTAssertEqual(noun.map(\.text), ["the bridge would reopen, before the end of the year"])
    }

    func testATimeAfterATrailingAttributionIsNoContent() {
        let found = quotes("The mayor of Lund was found dead, police reported Friday morning, local time.")
        XCTAssertEqual(found.map(\.text), ["The mayor of Lund was found dead"])
        XCTAssertEqual(found.map(\.speaker), ["police"])
        // An attribution inside the clause still lets the clause run on.
        let inside = quotes("The plan would be helped, Jane Smith said, by the early vote.")
        XCTAssertEqual(inside.map(\.text), ["The plan would be helped, Jane Smith said, by the early vote"])
    }

    func testAGerundAfterByWithAGroupSubject() {
        let found = quotes("In August, the parents tried to have him released by saying they forgave him for the killing.")
        XCTAssertEqual(found.map(\.text), ["they forgave him for the killing"])
        XCTAssertEqual(found.map(\.speaker), ["the parents"])
    }

    func testANameBeforeItsRoleInApposition() {
        let found = quotes("Paul Brown, the acting Prime Minister of Iraq, spoke out against the attack, calling it \"an aggression on our state and our people\".")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"], "\(found.map(\.speakerText))")
        // A description before the comma gives way to the name after it.
        let description = quotes("One of the rebel groups, the Northern Front, opposed the deal, saying \"the talks were a trap from the start.\"")
        XCTAssertEqual(description.map(\.speakerText), ["the Northern Front"])
    }

    func testAPastFormAfterANameEndsTheSubject() {
        let found = quotes("In a video, Jane Smith commended Brown for his courage and said she was \"proud to stand with him.\"")
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"], "\(found.map(\.speakerText))")
        XCTAssertEqual(found.map(\.text), ["she was \"proud to stand with him."])
    }

    func testASentenceEndingQuotationKeepsItsOwnAttribution() {
        let found = quotes("Jane Smith said she was \"proud to endorse him.\" Paul Brown praised the endorsement on Monday, stating he was \"honoured\" by it.")
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith", "Paul Brown"], "\(found.map(\.speakerText))")
    }

    func testRepresentativesOfAPersonAreNamedWithThePerson() {
        let found = quotes("Paul Brown surrendered to the police, and his lawyers have claimed he acted in self defense.")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown's lawyers"])
        let aides = quotes("Jane Smith left the summit early. Her aides said the talks had stalled.")
        XCTAssertEqual(aides.map(\.speaker), ["Jane Smith's aides"])
        // Family stays as written.
        let family = quotes("Paul Brown was released on Monday. His family said he would rest at home.")
        XCTAssertEqual(family.map(\.speaker), ["His family"])
    }

    func testAPersonWithARoleTheCastDoesNotKnowIsThePronounsAntecedent() {
        let text = """
            Paul Brown, a spokesman for the militia, blamed the army for the attack.

            Sayyid Omar Haddad, the Supreme Leader of the council, ordered three days of mourning. In his message, he praised the general: "He was an example to all of us."
            """
        let found = quotes(text)
        XCTAssertEqual(found.last?.speaker, "Sayyid Omar Haddad", "\(found.map(\.speakerText))")
        // A place as the subject is no antecedent.
        let place = """
            Paul Brown, a spokesman for the militia, blamed the army for the attack.

            New Harbour, a town on the coast, declared three days of mourning. In his message, he praised the general: "He was an example to all of us."
            """
        XCTAssertEqual(quotes(place).last?.speaker, "Paul Brown")
    }

    func testSinceAfterHaveIsAnAdverb() {
        let found = quotes("Paul Brown was arrested in May. He has since said his confession was forced.")
        XCTAssertEqual(found.map(\.text), ["his confession was forced"])
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown"])
    }

    func testATimeOfLifeBeforeTheReportedClause() {
        let found = quotes("In an interview, Jane Smith said as a teenager she was forced into marriage.")
        XCTAssertEqual(found.map(\.text), ["as a teenager she was forced into marriage"])
        XCTAssertEqual(found.map(\.speaker), ["Jane Smith"])
    }

    func testAnAuthorityAddressedBeforeTheClause() {
        let found = quotes("At noon his daughter reported to the police he \"left home four hours ago without his phone.\"")
        XCTAssertEqual(found.map(\.text), ["he \"left home four hours ago without his phone."])
        let court = quotes("The witness said to the court she had seen the car twice.")
        XCTAssertEqual(court.map(\.text), ["she had seen the car twice"])
    }

    func testARelativeIsNamedWithThePerson() {
        let found = quotes("Paul Brown did not come home on Thursday. His daughter said he had left a note.")
        XCTAssertEqual(found.map(\.speaker), ["Paul Brown's daughter"])
    }

    func testNounsAfterASpeechWordAreNoReportedSpeech() {
        XCTAssertEqual(quotes("At the hearing he expressed no regret for the fire and mentioned his debts.").map(\.text), [])
        XCTAssertEqual(quotes("The council pursued criminal charges against those who held the keys.").map(\.text), [])
        // "no one" is still a subject.
        XCTAssertEqual(quotes("The mayor said no one was hurt in the fire.").map(\.text), ["no one was hurt in the fire"])
    }

    func testAPastFormAfterAQuantifierIsAnAdjective() {
        let found = quotes("Even though Paul Brown confessed to acting alone, several alleged accomplices, including his cousin, were arrested.")
        XCTAssertEqual(found.map(\.text), [])
    }
}
