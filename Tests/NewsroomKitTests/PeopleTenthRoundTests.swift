import XCTest
@testable import NewsroomKit

/// The tenth round's newswire rules (now in `PersonSurnameEvidence.swift`,
/// `PersonNamesakeFilters.swift` and `PersonIntroductionRules.swift`, and the changes it brought
/// to the rules, filters and linker), each on a small case written for the project with the
/// tagger's entities given by hand.
final class PeopleTenthRoundTests: XCTestCase {
    private let harness = PersonRulesHarness()

    /// The mention texts after rules, linker extension and linking for `s` when the tagger typed
    /// `spans` (words, type; a repeated span is found after the previous one).
    private func mentions(_ s: String, _ spans: [(String, EntityType)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        try harness.linkedMentions(s, spans, file: file, line: line)
    }

    // MARK: A surname that is a common word, used as a person's

    func testACommonWordSurnameUsedAsAPersonKeepsTheWholeChain() throws {
        XCTAssertEqual(try mentions("The jazz singer Nora Day has died. Day recorded twelve albums. Later Day said she loved dogs. Day's son spoke at the service.",
                                    [("Nora Day", .person), ("Day", .person), ("Day", .person), ("Day", .person)]),
                       ["Nora Day", "Day", "Day", "Day"])
    }

    func testACommonWordSurnameWithoutPersonUseStaysOut() throws {
        XCTAssertEqual(try mentions("The parade on Nora Day drew crowds. Day trips were sold out.",
                                    [("Nora Day", .person), ("Day", .person)]), [])
    }

    func testAFirstNameAndASurnameTypedAsAPlaceAreAPersonWhenARoleNamesTheSurname() throws {
        XCTAssertEqual(try mentions("She starred opposite Rock Hudson in two comedies. In 1985 her former co-star Hudson fell ill.",
                                    [("Rock Hudson", .location), ("Hudson", .location)]),
                       ["Rock Hudson", "Hudson"])
    }

    func testAFirstNameAndAPlaceWithoutPersonUseStayAPlace() throws {
        XCTAssertEqual(try mentions("They sailed up the Rock Hudson channel. Hudson water is cold.",
                                    [("Rock Hudson", .location), ("Hudson", .location)]), [])
    }

    // MARK: After linking: a repeated phrase, a place before a state

    func testALoneSurnameInARepeatedPhraseIsNoPerson() throws {
        XCTAssertEqual(try mentions("Singer Nora Day has died. Day said her best song was called \"Day after Day\" in 1950.",
                                    [("Nora Day", .person), ("Day", .person)]),
                       ["Nora Day", "Day"])
    }

    func testALoneSurnameBeforeAStateIsAPlace() throws {
        XCTAssertEqual(try mentions("The suspect was a man of Allen, Texas, near Dallas. Police chief Greg Allen said the suspect was armed.",
                                    [("Allen", .person), ("Greg Allen", .person)]),
                       ["Greg Allen"])
    }

    // MARK: Shows

    func testTheHostInAShowTitleIsNoMentionButTheHostElsewhereIs() throws {
        XCTAssertEqual(try mentions("She spoke on Breakfast Time with Dana Quillfeather on Monday. Dana Quillfeather asked about taxes.",
                                    [("Dana Quillfeather", .person), ("Dana Quillfeather", .person)]),
                       ["Dana Quillfeather"])
    }

    func testAShowTitleThatRunsOnAfterAPossessiveDropsOnlyThatMention() throws {
        XCTAssertEqual(try mentions("Actress Nora Greaves hosted the talk show Nora Greaves's Best Pets in 1985. Nora Greaves said it was fun.",
                                    [("Nora Greaves", .person), ("Nora Greaves", .person), ("Nora Greaves", .person)]),
                       ["Nora Greaves", "Nora Greaves"])
    }

    // MARK: Things named after people

    func testAnInstitutionNamedAfterSomeoneAndItsShortFormAreNoPerson() throws {
        XCTAssertEqual(try mentions("He was held at Martin K. Vossberg Detention Facility near the coast. Guards at Vossberg said he was calm.",
                                    [("Martin K. Vossberg Detention Facility", .person), ("Vossberg", .person)]), [])
    }

    func testAnInstitutionNamedAfterSomeoneKeepsThePersonNamedInFull() throws {
        XCTAssertEqual(try mentions("Martin Vossberg founded the clinic. It became Martin K. Vossberg Memorial Hospital. Vossberg said he was proud.",
                                    [("Martin Vossberg", .person), ("Martin K. Vossberg Memorial Hospital", .organization), ("Vossberg", .person)]),
                       ["Martin Vossberg", "Vossberg"])
    }

    func testAFullNameBeforeAnInstrumentNounIsAThing() throws {
        XCTAssertEqual(try mentions("Astronomers hope the Helen Quarrie space telescope will launch next year.",
                                    [("Helen Quarrie", .person)]), [])
    }

    func testAPlaceOfWorshipOpenedByMasjidIsNoPerson() throws {
        XCTAssertEqual(try mentions("Crowds gathered outside Masjid Al-Noor after the prayers.",
                                    [("Masjid Al-Noor", .person)]), [])
    }

    // MARK: Names after titles and roles

    func testAPluralTitleLeadsToTheFirstOfTwoNames() throws {
        XCTAssertEqual(try mentions("At the summit on Sunday Presidents Obrun Kessavu of Ruritania and Dalia Monteque of Borduria signed the pact.",
                                    [("Dalia Monteque", .person)]),
                       ["Obrun Kessavu", "Dalia Monteque"])
    }

    func testANameAfterARoleAfterASpeechVerbIsAPerson() throws {
        XCTAssertEqual(try mentions("\"The planet may hold water,\" said UCL astronomer Ilias Karavos. Karavos leads the team.",
                                    [("Ilias Karavos", .organization)]),
                       ["Ilias Karavos", "Karavos"])
    }

    func testAFirstNameTypedWithTheTitleBelongsToTheName() throws {
        XCTAssertEqual(try mentions("He was the brother of Ruritanian President John Q. Amberton, who died in 1960.",
                                    [("Ruritanian President John", .organization), ("Amberton", .person)]),
                       ["John Q. Amberton"])
    }

    func testADoubledNameIsAPersonWhenTheWordIsTaggedAsOneElsewhere() throws {
        XCTAssertEqual(try mentions("Tarrik, 60, is recovering. It was reported on Friday Tarrik Tarrik was hurt in a fight.",
                                    [("Tarrik", .person)]),
                       ["Tarrik", "Tarrik Tarrik"])
    }

    func testAWordBeforeAnAffairNounAfterTheStaysAPerson() throws {
        XCTAssertEqual(try mentions("The minister resigned during the Quennell affair in 1963.",
                                    [("Quennell", .person)]),
                       ["Quennell"])
    }

    func testANameTypedOtherwiseAfterAnAgeIsAPerson() throws {
        XCTAssertEqual(try mentions("Among the victims was 38-year-old Varun Thessaro, a former tenant. Police found a ring of Thessaro's.",
                                    [("Varun Thessaro", .misc)]),
                       ["Varun Thessaro", "Thessaro"])
    }

    func testANameTypedOtherwiseBeforeAnOfficeIsAPerson() throws {
        XCTAssertEqual(try mentions("She served as envoy from 2009 to 2013, under Obrun Kessavu's administration.",
                                    [("Obrun Kessavu", .misc)]),
                       ["Obrun Kessavu"])
    }

    func testAFirstNameAfterAStateInOneRunStartsAPerson() throws {
        XCTAssertEqual(try mentions("She lost the race to the former Senator from New York Mary Quellwood.", []),
                       ["Mary Quellwood"])
    }

    func testANameOpeningABandsNameIsNoPerson() throws {
        XCTAssertEqual(try mentions("She sang with big bands such as Lew Garrow and His Night Owls in the 1940s.",
                                    [("Lew Garrow", .person)]), [])
    }

    func testAnInstitutionNamedAfterATitledRulerKeepsTheRulersLoneName() throws {
        XCTAssertEqual(try mentions("Harun ruled for fifty years. Prayers were held at the Sultan Harun Grand Mosque in the capital.",
                                    [("Harun", .person)]).filter { $0 == "Harun" }.count, 1)
    }
}
