import XCTest
@testable import NewsroomKit

/// The sixth round's filters (`PersonThingFilters.swift`, the new place cues of `placeWords`
/// and the new institution heads), each on a case written for the project with the tagger's
/// person spans given by hand, so the rules themselves are tested.
final class PeopleThingFilterTests: XCTestCase {
    private let harness = PersonRulesHarness()

    private func mentions(_ s: String, _ spans: [(String, Int)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        try harness.mentions(s, spans, file: file, line: line)
    }

    func testANameAfterAThingWordIsNoPersonNorAreItsOtherMentions() throws {
        XCTAssertEqual(try mentions("His current band, Gigi, was formed in 1994. Since then, Gigi has released six albums.",
                                    [("Gigi", 0), ("Gigi", 1)]), [])
        XCTAssertEqual(try mentions("It is the second album by the German metal band Van Canto, released in 2006.",
                                    [("Van Canto", 0)]), [])
        XCTAssertEqual(try mentions("The crew of HMS Victory cheered.", [("Victory", 0)]), [])
    }

    func testACompanyOrSiteNamedAsSuchIsNoPerson() throws {
        XCTAssertEqual(try mentions("A court told the social media site Quennick to act. Quennick said it would appeal.",
                                    [("Quennick", 0), ("Quennick", 1)]), [])
        XCTAssertEqual(try mentions("Shoppers at the retailer Zorblat queued. Zorblat Quennick, a shopper, waited.",
                                    [("Zorblat", 0), ("Zorblat Quennick", 0)]), ["Zorblat Quennick"])
    }

    func testAWellKnownPlatformAloneIsNoPerson() {
        let t = TokenizedText(ScalarText("\"Keep going,\" wrote Anna Berg on Twitter."))
        let twitter = t.tokens.firstIndex { t.text[TextSpan(start: $0.start, end: $0.end)] == "Twitter" } ?? 0
        let berg = t.tokens.firstIndex { t.text[TextSpan(start: $0.start, end: $0.end)] == "Anna" } ?? 0
        let kept = harness.rules.removingCompanyNames([NameMention(tokens: berg..<(berg + 2)), NameMention(tokens: twitter..<(twitter + 1))], in: t)
        XCTAssertEqual(kept.map(\.tokens), [berg..<(berg + 2)])
    }

    func testAClauseEndingInAThingWordDoesNotHideAPerson() throws {
        XCTAssertEqual(try mentions("After that show, Carter's father bought him a drum kit.", [("Carter", 0)]), ["Carter"])
    }

    func testTheSurnameOfSomeoneNamedInFullStaysAfterAThingWord() throws {
        XCTAssertEqual(try mentions("Henry Ford built cars. The company Ford founded grew fast.",
                                    [("Henry Ford", 0), ("Ford", 1)]), ["Henry Ford", "Ford"])
    }

    func testAWorkAfterAPersonsPossessiveIsNoPerson() throws {
        XCTAssertEqual(try mentions("She found her calling in Jean Anouilh's Antigone in 1944.",
                                    [("Jean Anouilh", 0), ("Antigone", 0)]), ["Jean Anouilh"])
    }

    func testATitledNameAfterAPossessiveStays() throws {
        XCTAssertEqual(try mentions("Barack Obama's Vice President Joe Biden spoke on Monday.",
                                    [("Barack Obama", 0), ("Joe Biden", 0)]), ["Barack Obama", "Joe Biden"])
    }

    func testFromXToYAndCompassWordsMarkPlaces() throws {
        XCTAssertEqual(try mentions("Two trains ran daily from Harrison to Bridgton Junction. The last returned to Harrison at 8:45.",
                                    [("Harrison", 0), ("Harrison", 1)]), [])
        XCTAssertEqual(try mentions("Most bars are north of Uptown and the lake. The bus goes to Uptown from there.",
                                    [("Uptown", 0), ("Uptown", 1)]), [])
    }

    func testAPlaceCueDoesNotHideSomeoneNamedInFull() throws {
        XCTAssertEqual(try mentions("John Harrison arrived. Trains ran from Harrison to Bridgton.",
                                    [("John Harrison", 0), ("Harrison", 1)]), ["John Harrison", "Harrison"])
    }

    func testACompanyNamedAfterItsFounderIsNoPersonButTheFamilyIs() throws {
        let s = "Caloi was founded in 1898 by Luigi Caloi. In 1990 Caloi started exports. Later Guido Caloi led the Caloi family."
        XCTAssertEqual(try mentions(s, [("Caloi", 0), ("Luigi Caloi", 0), ("Caloi", 2), ("Guido Caloi", 0), ("Caloi", 4)]),
                       ["Luigi Caloi", "Guido Caloi", "Caloi"])
    }

    func testTheLinkerDoesNotBringBackACompanyNamedAfterItsFounder() {
        let s = "Caloi was founded in 1898 by Luigi Caloi. In 1990 Caloi started exports. Guido Caloi led the Caloi family."
        let t = TokenizedText(ScalarText(s))
        let linker = MentionLinker(names: .shared)
        let caloi = (0..<t.count).filter { t.string($0) == "Caloi" }
        let mentions = [NameMention(tokens: (caloi[1] - 1)..<(caloi[1] + 1)), NameMention(tokens: (caloi[3] - 1)..<(caloi[3] + 1))]
        let extended = linker.extend(mentions, in: t, entities: [])
        XCTAssertGreaterThan(extended.count, 2, "the linker adds the lone surnames")
        let kept = harness.rules.removingCompanyNames(extended, in: t).map(\.tokens)
        XCTAssertEqual(kept, [mentions[0].tokens, mentions[1].tokens, caloi[4]..<(caloi[4] + 1)])
    }

    func testADockOrATheatreIsNoPerson() throws {
        XCTAssertEqual(try mentions("The Clarence Dock is a dock on the river.", [("Clarence Dock", 0)]), [])
        XCTAssertEqual(try mentions("They played at the Cameo Theatre until 1999.", [("Cameo Theatre", 0)]), [])
    }
}
