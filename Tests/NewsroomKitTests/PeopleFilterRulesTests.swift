import XCTest
@testable import NewsroomKit

/// The rules that throw out, trim or join person mentions (`PersonFilters`, name completion,
/// teams and places), each on a small case written for the project with the tagger's person
/// spans given by hand, so the rules themselves are tested.
final class PeopleFilterRulesTests: XCTestCase {
    private let rules = PersonRules(names: .shared)

    /// The token range of the first occurrence of `words` (space-separated tokens) in `t`; a
    /// trailing "#2" asks for the second occurrence.
    private func range(_ t: TokenizedText, _ words: String) -> Range<Int>? {
        var parts = words.split(separator: " ").map(String.init)
        var skip = 0
        if parts.last == "#2" { parts.removeLast(); skip = 1 }
        for i in 0..<t.count where i + parts.count <= t.count {
            if (0..<parts.count).allSatisfy({ t.string(i + $0) == parts[$0] }) {
                if skip == 0 { return i..<(i + parts.count) }
                skip -= 1
            }
        }
        return nil
    }

    /// The mention texts the rules give for `s` when the tagger typed `spans` (type, words).
    private func mentions(_ s: String, _ spans: [(EntityType, String)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        let text = ScalarText(s)
        let t = TokenizedText(text)
        var entities: [EntitySpan] = []
        for (type, words) in spans {
            entities.append(EntitySpan(tokens: try XCTUnwrap(range(t, words), words, file: file, line: line), type: type))
        }
        return rules.mentions(in: t, entities: entities).map {
            text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)]
        }
    }

    func testANameNeverEndsInAFunctionWord() throws {
        XCTAssertEqual(try mentions("He wrote for Doctor Who in 1983.", [(.person, "Doctor Who")]), [])
        XCTAssertEqual(try mentions("It was hosted by Cool J. The nominees were named.", [(.person, "Cool J. The")]), [])
        // A first name and a listed surname stay a name.
        XCTAssertEqual(try mentions("Research Fellow Martin How said so.", [(.person, "Martin How")]), ["Martin How"])
    }

    func testInitialsAloneAndFormsOfAddressAreNotPeople() throws {
        XCTAssertEqual(try mentions("He was Emperor of these U. S. and more.", [(.person, "U. S.")]), [])
        XCTAssertEqual(try mentions("Well, Your Honor, I object.", [(.person, "Honor")]), [])
    }

    func testAWordOfAnInstitutionAfterOfIsNotAPerson() throws {
        XCTAssertEqual(try mentions("Sources at the Department of Defense said so.", [(.person, "Defense")]), [])
    }

    func testACompanyNameEndingInALegalFormIsNotAPerson() throws {
        XCTAssertEqual(try mentions("The case was Quennick vs. Zorblat Quennick Limited in 2016.",
                                    [(.person, "Zorblat Quennick Limited")]), [])
        XCTAssertEqual(try mentions("It sued Zorblat Quennick Ltd. last week.", [(.person, "Zorblat Quennick Ltd.")]), [])
    }

    func testDemonymsAreNotPeopleButSurnamesThatLookLikeThemAre() throws {
        XCTAssertEqual(try mentions("Her father was Brazilian and her mother Thai.", [(.person, "Brazilian")]), [])
        XCTAssertEqual(try mentions("It is a private, Roman Catholic high school.", [(.person, "Roman Catholic")]), [])
        XCTAssertEqual(try mentions("The comedian Dawn French spoke.", [(.person, "Dawn French")]), ["Dawn French"])
    }

    func testPossessivesThatNameAPlaceOrAShop() throws {
        XCTAssertEqual(try mentions("The train stopped at Rankin's Mill every day.", [(.person, "Rankin")]), [])
        XCTAssertEqual(try mentions("Thalhimer's became Zorblat's in 1992.", [(.person, "Zorblat")]), [])
        // An owner with a lower-case noun, and a person named in full, stay people.
        XCTAssertEqual(try mentions("Zorblat's father ruled.", [(.person, "Zorblat")]), ["Zorblat"])
        XCTAssertEqual(try mentions("Anna Zorblat spoke. The choice was Zorblat's.", [(.person, "Anna Zorblat"), (.person, "Zorblat #2")]),
                       ["Anna Zorblat", "Zorblat"])
    }

    func testDescriptorsBeforeAFirstNameAreDropped() throws {
        XCTAssertEqual(try mentions("Three Falcons, Senior Kevin Quennick and others, won.", [(.person, "Senior Kevin Quennick")]),
                       ["Kevin Quennick"])
        XCTAssertEqual(try mentions("He beat fellow Minnesotan Scott Quennick in 1977.", [(.person, "Minnesotan Scott Quennick")]),
                       ["Scott Quennick"])
        XCTAssertEqual(try mentions("The actor Christian Quennick arrived.", [(.person, "Christian Quennick")]), ["Christian Quennick"])
    }

    func testNicknamesInQuotationMarksJoinTheName() throws {
        XCTAssertEqual(try mentions("William Mailes \"Cowboy\" Cowley was born in 1912.", [(.person, "William Mailes")]),
                       ["William Mailes \"Cowboy\" Cowley"])
        XCTAssertEqual(try mentions("Since 2003 it has been Harold \u{201C}Junior\u{201D} Quennick of the party.", [(.person, "Harold")]),
                       ["Harold \u{201C}Junior\u{201D} Quennick"])
        XCTAssertEqual(try mentions("Dahvin \"DaHv\" Daniels was born in 1993.", [(.person, "Daniels")]),
                       ["Dahvin \"DaHv\" Daniels"])
        // A quotation after a name is not a nickname.
        XCTAssertEqual(try mentions("He told Anna Quennick \"Never\" again.", [(.person, "Anna Quennick")]), ["Anna Quennick"])
    }

    func testASurnameAfterAParticleCompletesTheNameWhateverItsType() throws {
        XCTAssertEqual(try mentions("It was written by Henrique Lopes de Mendonça in 1890.",
                                    [(.person, "Henrique Lopes"), (.location, "Mendonça")]),
                       ["Henrique Lopes de Mendonça"])
        XCTAssertEqual(try mentions("Famous men such as Emil Du Bois-Reymond taught there.", [(.person, "Emil Du")]),
                       ["Emil Du Bois-Reymond"])
    }

    func testAMiddleInitialOrAnUntypedMiddleNameCompletesTheName() throws {
        XCTAssertEqual(try mentions("Colonel Thomas L. Quennick, 1 July 1960.", [(.person, "Thomas")]), ["Thomas L. Quennick"])
        XCTAssertEqual(try mentions("Their son, Thomas Colton Quennick, was born.", [(.person, "Thomas"), (.person, "Quennick")]),
                       ["Thomas Colton Quennick"])
        // Two people in a row separated by a comma stay apart.
        XCTAssertEqual(try mentions("Thomas, Anna Quennick and others came.", [(.person, "Thomas"), (.person, "Anna Quennick")]),
                       ["Thomas", "Anna Quennick"])
    }

    func testTeamsAndPlacesAreNotPeopleAfterAPrefix() throws {
        XCTAssertEqual(try mentions("He was dealt to the St. Louis Cardinals in 1972.", [(.organization, "St. Louis Cardinals")]), [])
        XCTAssertEqual(try mentions("Stan remarked to The Brooklyn Paper on Monday.", [(.organization, "Brooklyn Paper")]), [])
        XCTAssertEqual(try mentions("The show starred in Gilmore Girls for years.", []), [])
    }

    func testInstitutionHeadsEndNoName() throws {
        XCTAssertEqual(try mentions("A founding member of the Dave Matthews Band played.", [(.person, "Dave Matthews Band")]), [])
        XCTAssertEqual(try mentions("The park includes Lincoln Reservoir and more.", [(.person, "Lincoln Reservoir")]), [])
    }

    func testSentenceOpeningPrepositionIsNotPartOfAName() throws {
        XCTAssertEqual(try mentions("Like Anna Quennick, he left.", [(.person, "Like Anna Quennick")]), ["Anna Quennick"])
    }

    func testALoneWordUsedAsAPlaceElsewhereIsNotAPerson() throws {
        XCTAssertEqual(try mentions("The line ran to Zorbury. The station in Zorbury closed.", [(.person, "Zorbury")]), [])
        XCTAssertEqual(try mentions("Trains left Quenton daily. The mall of Quenton, Florida, is big.",
                                    [(.person, "Quenton")]), [])
        // A possessive or a court case after "in" is no place.
        XCTAssertEqual(try mentions("She starred in Quenton's play.", [(.person, "Quenton")]), ["Quenton"])
        // Someone named in full by that word stays a person.
        XCTAssertEqual(try mentions("Anna Zorbury spoke. Zorbury lived in Paris.", [(.person, "Anna Zorbury"), (.person, "Zorbury #2")]),
                       ["Anna Zorbury", "Zorbury"])
    }

    func testALoneCommonWordIsNotAPerson() throws {
        let lists = NameLists(firstNamesTSV: "anna\t0\t5\n", surnamesTSV: "", commonWordsTSV: "liquid\t3\nrose\t3\n")
        let rules = PersonRules(names: lists)
        func found(_ s: String, _ words: String) throws -> [String] {
            let text = ScalarText(s)
            let t = TokenizedText(text)
            let r = try XCTUnwrap(range(t, words))
            return rules.mentions(in: t, entities: [EntitySpan(tokens: r, type: .person)]).map {
                text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)]
            }
        }
        XCTAssertEqual(try found("The club was later renamed Liquid in 1999.", "Liquid"), [])
        XCTAssertEqual(try found("Then Quennick left.", "Quennick"), ["Quennick"])
        XCTAssertEqual(lists.commonWordBucket("liquid"), 3)
        XCTAssertEqual(NameLists.shared.commonWordBucket("zorblat"), 0)
    }

    func testUnlistedPluralsAreNotPeople() throws {
        XCTAssertEqual(try mentions("The Scouts receive strong support.", [(.person, "Scouts")]), [])
        XCTAssertEqual(try mentions("The train stopped at Perley's Mills daily.", [(.person, "Mills")]), [])
        XCTAssertEqual(try mentions("Past Guests of Honor include many.", [(.person, "Honor")]), [])
        // Listed surnames that end in s stay.
        XCTAssertEqual(try mentions("Then Edwards spoke.", [(.person, "Edwards")]), ["Edwards"])
    }

    func testANameSetOffByCommasAfterARoleIsAPerson() throws {
        XCTAssertEqual(try mentions("The current president of Plimsk, Zorblat Quennick, expressed his sadness.", [(.location, "Plimsk")]),
                       ["Zorblat Quennick"])
        XCTAssertEqual(try mentions("The capital of Plimsk, Upper Dunmore, is small.", [(.location, "Plimsk")]), [])
    }

    func testGazetteerPlacesAreMatchedLongestFirst() {
        let t = TokenizedText(ScalarText("From New York City to St. Louis and Cleveland."))
        let flags = Gazetteer.placeFlags(t)
        XCTAssertEqual(flags, [0, 2, 2, 2, 0, 2, 2, 0, 1, 0])
        XCTAssertTrue(Gazetteer.demonyms.contains("thais"))
    }
}
