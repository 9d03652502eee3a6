import XCTest
@testable import NewsroomKit

/// The person rules, each on a small case written for the project. Rules-only annotators make
/// the rules themselves visible; the bundled tagger is checked not to undo them.
final class PeopleRulesTests: XCTestCase {
    private let rulesOnly = PeopleAnnotator(names: .shared, tagger: nil)
    private let full = PeopleAnnotator()

    private func people(_ s: String, _ annotator: PeopleAnnotator) -> (ScalarText, [Person]) {
        let text = ScalarText(s)
        return (text, annotator.people(in: text))
    }

    private func mentionTexts(_ s: String, _ annotator: PeopleAnnotator) -> [[String]] {
        let (text, found) = people(s, annotator)
        return found.map { $0.mentions.map { text[$0] } }
    }

    func testTitleIsStoredAndKeptOutOfTheMention() {
        for annotator in [rulesOnly, full] {
            let (text, found) = people("Foreign Minister Alain Juppe met Prime Minister Naoto Kan in Tokyo.", annotator)
            XCTAssertEqual(found.map(\.name), ["Alain Juppe", "Naoto Kan"])
            XCTAssertEqual(found.map(\.title), ["Foreign Minister", "Prime Minister"])
            XCTAssertEqual(found.flatMap(\.mentions).map { text[$0] }, ["Alain Juppe", "Naoto Kan"])
        }
    }

    func testAbbreviatedMilitaryTitles() {
        let (_, found) = people("The adviser, Lt. Gen. Michael Flynn, resigned on Monday.", rulesOnly)
        XCTAssertEqual(found.map(\.name), ["Michael Flynn"])
        XCTAssertEqual(found.first?.title, "Lt. Gen.")
    }

    func testTitleBeforeAnUnknownName() {
        let (_, found) = people("On Friday President Zorblat Quennick arrived.", rulesOnly)
        XCTAssertEqual(found.map(\.name), ["Zorblat Quennick"])
        XCTAssertEqual(found.first?.title, "President")
    }

    func testHonorificTellsSexAndIsNotPartOfTheName() {
        let (text, found) = people("Ms. Quennick and Mr. Zorblat spoke.", rulesOnly)
        XCTAssertEqual(found.map(\.name), ["Quennick", "Zorblat"])
        XCTAssertEqual(found.map(\.sex), [.female, .male])
        XCTAssertNil(found.first?.title)
        XCTAssertEqual(found.flatMap(\.mentions).map { text[$0] }, ["Quennick", "Zorblat"])
    }

    func testFirstNameTellsSex() {
        let (_, found) = people("Yesterday Margaret Quennick and Robert Zorblat spoke.", rulesOnly)
        XCTAssertEqual(found.map(\.sex), [.female, .male])
    }

    func testNameParticlesStayInsideTheName() {
        for annotator in [rulesOnly, full] {
            let (_, found) = people(
                "Analysts compared Osama bin Laden with Charles de Gaulle, and Vincent van Gogh with President Bashar al-Assad.",
                annotator)
            XCTAssertEqual(found.map(\.name), ["Osama bin Laden", "Charles de Gaulle", "Vincent van Gogh", "Bashar al-Assad"])
        }
    }

    func testDatelineAndHeadlineCapitalsAreNotPeople() {
        let (text, found) = people("PARIS — Foreign Minister Alain Juppe said on Tuesday.", full)
        XCTAssertEqual(found.map(\.name), ["Alain Juppe"])
        XCTAssertFalse(found.flatMap(\.mentions).contains { text[$0] == "PARIS" })
        let (_, headline) = people("JOHN SMITH WINS AGAIN\n\nThe vote was held on Sunday.", full)
        XCTAssertEqual(headline.map(\.name), [])
    }

    func testAppositionWithRoleMakesAPerson() {
        let (_, found) = people("Zorblat Quennick, a spokesman for the ministry, declined to comment.", rulesOnly)
        XCTAssertEqual(found.map(\.name), ["Zorblat Quennick"])
        let (_, none) = people("Zorblat Quennick, a town near the border, was shelled.", rulesOnly)
        XCTAssertEqual(none.map(\.name), [])
    }

    func testPossessiveIsNotPartOfTheMention() {
        XCTAssertEqual(mentionTexts("President Bashar al-Assad spoke. Assad's father ruled before him.", full),
                       [["Bashar al-Assad", "Assad"]])
    }

    func testTitleAloneOrInstitutionIsNotAPerson() {
        let (_, found) = people("The President addressed the UN General Assembly on Monday.", full)
        XCTAssertEqual(found.map(\.name), [])
    }

    func testPluralGroupsAreNotPeople() {
        let (_, found) = people("Democrats and Republicans disagreed, Senator Ron Wyden said.", full)
        XCTAssertEqual(found.map(\.name), ["Ron Wyden"])
    }

    func testEmptyAndPunctuationOnlyTextsHaveNoPeople() {
        XCTAssertEqual(rulesOnly.people(in: ScalarText("")).count, 0)
        XCTAssertEqual(full.people(in: ScalarText("— … \" ' ( ) —")).count, 0)
    }

    func testCountriesAreNeverPeople() {
        let (_, found) = people("Syria might have committed crimes, activists said. Syria denied it, and Russia agreed.", full)
        XCTAssertEqual(found.map(\.name), [])
    }

    func testBannerLineIsNotAPersonButABylineIs() {
        let (_, banner) = people("Contribute Today\n\nThe vote was held on Sunday.", full)
        XCTAssertEqual(banner.map(\.name), [])
        let (_, byline) = people("By Margaret Quennick\n\nThe vote was held on Sunday, Quennick wrote.", full)
        XCTAssertEqual(byline.map(\.name), ["Margaret Quennick"])
    }

    /// Mentions the rules make from hand-made tagger spans (token ranges typed person).
    private func completed(_ s: String, _ spans: [Range<Int>]) -> [String] {
        let t = TokenizedText(ScalarText(s))
        let mentions = PersonRules(names: .shared).mentions(in: t, entities: spans.map { EntitySpan(tokens: $0, type: .person) })
        return mentions.map { t.text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)] }
    }

    func testTaggedNamesAreCompletedWithParticlesNumeralsAndEpithets() {
        // Tokens: 0 Bashar 1 al-Assad 2 met 3 Louis 4 XV 5 and 6 Peter 7 the 8 Great 9 and 10 de 11 Gaulle 12 .
        XCTAssertEqual(completed("Bashar al-Assad met Louis XV and Peter the Great and de Gaulle.", [0..<1, 3..<4, 6..<7, 11..<12]),
                       ["Bashar al-Assad", "Louis XV", "Peter the Great", "de Gaulle"])
        // 0 Dorothea 1 von 2 Schlegel 3 wrote 4 .
        XCTAssertEqual(completed("Dorothea von Schlegel wrote.", [0..<1, 2..<3]), ["Dorothea von Schlegel"])
    }

    func testTaggedNameCutAtPunctuationAndInstitutionAfter() {
        // 0 He 1 sang 2 " 3 Buddha 4 for 5 Mary 6 " 7 loudly 8 . — a span run over a quote mark stops before it.
        XCTAssertEqual(completed("He sang \"Buddha for Mary\" loudly.", [5..<7]), ["Mary"])
        // 0 Elizabeth 1 and 2 Susan 3 left 4 . — a span over two names is split at "and".
        XCTAssertEqual(completed("Elizabeth and Susan left.", [0..<3]), ["Elizabeth", "Susan"])
        // A title after a name starts the next name and stays with it.
        let t = TokenizedText(ScalarText("Bill Clinton White House Press Secretary Joe Lockhart said."))
        let m = PersonRules(names: .shared).mentions(in: t, entities: [EntitySpan(tokens: 0..<8, type: .person)])
        XCTAssertEqual(m.map(\.tokens), [0..<2, 6..<8])
        XCTAssertEqual(m.map(\.title), [nil, "White House Press Secretary"])
        // 0 Davis 1 Gym 2 opened 3 .
        XCTAssertEqual(completed("Davis Gym opened.", [0..<1]), [])
    }
}
