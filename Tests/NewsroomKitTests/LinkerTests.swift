import XCTest
@testable import NewsroomKit

/// Linking of mentions into people, on small cases written for the project.
final class LinkerTests: XCTestCase {
    private let annotator = PeopleAnnotator()

    private func linked(_ s: String) -> [(name: String, mentions: [String])] {
        let text = ScalarText(s)
        return annotator.people(in: text).map { ($0.name, $0.mentions.map { text[$0] }) }
    }

    /// Links hand-made mentions (token ranges) with the linker alone.
    private func linkTokens(_ s: String, _ ranges: [Range<Int>], sexes: [Person.Sex?]? = nil) -> [[String]] {
        let t = TokenizedText(ScalarText(s))
        let mentions = ranges.enumerated().map { k, r in NameMention(tokens: r, sex: sexes?[k] ?? nil) }
        return MentionLinker(names: .shared).link(mentions, in: t).map { p in p.mentions.map { t.text[$0] } }
    }

    func testSurnameLinksToFullNameAndNameIsFullest() {
        let people = linked("Alain Juppe arrived. Juppe said he was tired. Later Juppe left.")
        XCTAssertEqual(people.map(\.name), ["Alain Juppe"])
        XCTAssertEqual(people.first?.mentions, ["Alain Juppe", "Juppe", "Juppe"])
    }

    func testLaterFullNameUpgradesEarlierShortForm() {
        // "Quennick" (token 0) then "Zorblat Quennick" (tokens 3-4).
        let groups = linkTokens("Quennick spoke . Zorblat Quennick agreed .", [0..<1, 3..<5])
        XCTAssertEqual(groups, [["Quennick", "Zorblat Quennick"]])
        let t = TokenizedText(ScalarText("Quennick spoke . Zorblat Quennick agreed ."))
        let people = MentionLinker(names: .shared).link([NameMention(tokens: 0..<1), NameMention(tokens: 3..<5)], in: t)
        XCTAssertEqual(people.map(\.name), ["Zorblat Quennick"])
    }

    func testDiacriticFoldedFormsLink() {
        let groups = linkTokens("Alain Juppé spoke . Juppe agreed .", [0..<2, 4..<5])
        XCTAssertEqual(groups, [["Alain Juppé", "Juppe"]])
    }

    func testParticleFormLinksToBareSurname() {
        let groups = linkTokens("Bashar al-Assad spoke . Assad agreed . al-Assad left .", [0..<2, 4..<5, 7..<8])
        XCTAssertEqual(groups, [["Bashar al-Assad", "Assad", "al-Assad"]])
    }

    func testPeopleSharingASurnameStayApartAndAmbiguousSurnameGoesToMostRecent() {
        let s = "Hafez al-Assad ruled . Bashar al-Assad succeeded . Assad spoke . Hafez al-Assad died . Assad wept ."
        // Tokens: 0 Hafez 1 al-Assad 2 ruled 3 . 4 Bashar 5 al-Assad 6 succeeded 7 . 8 Assad 9 spoke 10 .
        //         11 Hafez 12 al-Assad 13 died 14 . 15 Assad 16 wept 17 .
        let groups = linkTokens(s, [0..<2, 4..<6, 8..<9, 11..<13, 15..<16])
        XCTAssertEqual(groups, [["Hafez al-Assad", "Hafez al-Assad", "Assad"], ["Bashar al-Assad", "Assad"]])
    }

    func testHonorificSexKeepsPeopleApart() {
        let s = "Bill Clinton spoke . Mrs. Clinton replied ."
        // "Mrs. Clinton" is female; Bill is male by first name once linked text says so.
        let t = TokenizedText(ScalarText(s))
        let bill = NameMention(tokens: 0..<2, sex: .male)
        let mrs = NameMention(tokens: 5..<6, sex: .female)
        let people = MentionLinker(names: .shared).link([bill, mrs], in: t)
        XCTAssertEqual(people.count, 2)
    }

    func testInitialAgreesWithFirstName() {
        let groups = linkTokens("John Quennick spoke . J. Quennick agreed .", [0..<2, 4..<6])
        XCTAssertEqual(groups, [["John Quennick", "J. Quennick"]])
    }

    func testUntaggedSurnameRepeatsAreFound() {
        let people = linked("Foreign Minister Zorblat Quennick arrived. Quennick said little. Reporters asked Quennick again.")
        XCTAssertEqual(people.map(\.name), ["Zorblat Quennick"])
        XCTAssertEqual(people.first?.mentions, ["Zorblat Quennick", "Quennick", "Quennick"])
    }

    func testPartOfALongerNameLinksToIt() {
        let s = "Clara Martínez Cantón wrote . Martínez Cantón argued . Pierre Charles L'Enfant came . Pierre Charles left ."
        // 0 Clara 1 Martínez 2 Cantón 3 wrote 4 . 5 Martínez 6 Cantón 7 argued 8 . 9 Pierre 10 Charles 11 L'Enfant
        // 12 came 13 . 14 Pierre 15 Charles 16 left 17 .
        let groups = linkTokens(s, [0..<3, 5..<7, 9..<12, 14..<16])
        XCTAssertEqual(groups, [["Clara Martínez Cantón", "Martínez Cantón"], ["Pierre Charles L'Enfant", "Pierre Charles"]])
    }

    func testSurnameAfterHonorificIsFoundAgain() {
        let text = ScalarText("Mr. Quennick arrived late. Reporters asked Quennick why.")
        let people = PeopleAnnotator(names: .shared, tagger: nil).people(in: text)
        XCTAssertEqual(people.map(\.name), ["Quennick"])
        XCTAssertEqual(people.first?.mentions.map { text[$0] }, ["Quennick", "Quennick"])
        XCTAssertEqual(people.first?.sex, .male)
    }

    func testFirstNameOfOnePersonNamedInFullIsAMention() {
        let linker = MentionLinker(names: .shared)
        let text = ScalarText("Hamza bin Laden spoke. Hamza bridged a gap. Will Quennick and Will Zorblat came. Will they stay?")
        let t = TokenizedText(text)
        let mentions = [NameMention(tokens: 0..<3), NameMention(tokens: 10..<12), NameMention(tokens: 13..<15)]
        let extended = linker.extend(mentions, in: t, entities: [])
        XCTAssertEqual(extended.map { text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)] },
                       ["Hamza bin Laden", "Hamza", "Will Quennick", "Will Zorblat"])
        XCTAssertEqual(linker.link(extended, in: t).map { $0.mentions.count }, [2, 1, 1])
    }

    func testATypedSpanOverLowerCaseWordsBlocksNoSurname() {
        let linker = MentionLinker(names: .shared)
        let text = ScalarText("Carrie Lam spoke. \"No,\" Lam continued in the statement.")
        let t = TokenizedText(text)
        let lam = t.tokens.firstIndex { $0.start == 24 } ?? 0
        let extended = linker.extend([NameMention(tokens: 0..<2)], in: t,
                                     entities: [EntitySpan(tokens: lam..<(lam + 5), type: .misc)])
        XCTAssertEqual(extended.map(\.tokens), [0..<2, lam..<(lam + 1)])
    }

    func testTheFirstOfTwoSurnamesNamesThePerson() {
        // "Marisol Quintanar Beltré" (tokens 0-2), "Quintanar" (5), "Tomás Ordaz" (8-9),
        // "Tomás R. Ordaz Villena" (12-15), "Ordaz Villena" (18-19).
        let s = "Marisol Quintanar Beltré spoke . Quintanar agreed . Tomás Ordaz came . Tomás R. Ordaz Villena left . Ordaz Villena wrote ."
        let groups = linkTokens(s, [0..<3, 5..<6, 8..<10, 12..<16, 18..<20])
        XCTAssertEqual(groups, [["Marisol Quintanar Beltré", "Quintanar"],
                                ["Tomás Ordaz", "Tomás R. Ordaz Villena", "Ordaz Villena"]])
    }

    func testAMiddleNameThatIsAFirstNameIsNoSurname() {
        // "Paul" in "Zorblat Paul Quennick" is a first name: a later "Paul" is someone else.
        let groups = linkTokens("Zorblat Paul Quennick spoke . Paul agreed .", [0..<3, 5..<6])
        XCTAssertEqual(groups, [["Zorblat Paul Quennick"], ["Paul"]])
    }

    func testACapitalisedParticleOpeningASurnameIsNoFirstName() {
        // "Zorblat de Quennick" (tokens 0-2), "De Quennick" (5-6) at a sentence start.
        let groups = linkTokens("Zorblat de Quennick spoke . De Quennick agreed .", [0..<3, 5..<7])
        XCTAssertEqual(groups, [["Zorblat de Quennick", "De Quennick"]])
        // A particle that is also a common first name stays one ("Al Quennick" is not Zorblat's).
        let al = linkTokens("Zorblat Quennick spoke . Al Quennick agreed .", [0..<2, 4..<6])
        XCTAssertEqual(al, [["Zorblat Quennick"], ["Al Quennick"]])
    }

    func testTheTheOfAnEpithetIsNoSurname() {
        // "Zorblat Quennick the Great" (tokens 0-3): "the" is not the first of two surnames, so a
        // sentence-opening "The" is no mention of him.
        let linker = MentionLinker(names: .shared)
        let text = ScalarText("Zorblat Quennick the Great rebuilt it. The temple stands.")
        let t = TokenizedText(text)
        let extended = linker.extend([NameMention(tokens: 0..<4)], in: t, entities: [])
        XCTAssertEqual(extended.map { text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)] },
                       ["Zorblat Quennick the Great"])
        XCTAssertNil(linker.innerSurname(linker.keys(NameMention(tokens: 0..<4), in: t)!))
    }
}
