import XCTest
@testable import NewsroomKit

/// The eleventh round's newswire rules (now in `PersonContextThingNames.swift` and
/// `PersonIntroductionRules.swift`, and the changes it brought to the vocabulary, rules and
/// filters), each on a small case written for the project with the tagger's entities given by
/// hand.
final class PeopleEleventhRoundTests: XCTestCase {
    private let rules = PersonRules(names: .shared)
    private let linker = MentionLinker(names: .shared)

    /// The token range of the first run of `words` (space-separated tokens) from token `from`.
    private func range(_ t: TokenizedText, _ words: String, from: Int = 0) -> Range<Int>? {
        let parts = words.split(separator: " ").map(String.init)
        for i in from..<t.count where i + parts.count <= t.count {
            if (0..<parts.count).allSatisfy({ t.string(i + $0) == parts[$0] }) { return i..<(i + parts.count) }
        }
        return nil
    }

    /// The mention texts after rules, linker extension and linking for `s` when the tagger typed
    /// `spans` (words, type; a repeated span is found after the previous one).
    private func mentions(_ s: String, _ spans: [(String, EntityType)], file: StaticString = #filePath,
                          line: UInt = #line) throws -> [String] {
        let text = ScalarText(s)
        let t = TokenizedText(text)
        var entities: [EntitySpan] = []
        var next: [String: Int] = [:]
        for (words, type) in spans {
            let r = try XCTUnwrap(range(t, words, from: next[words] ?? 0), words, file: file, line: line)
            next[words] = r.upperBound
            entities.append(EntitySpan(tokens: r, type: type))
        }
        entities.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var found = rules.mentions(in: t, entities: entities)
        found = rules.removingCompanyNames(linker.extend(found, in: t, entities: entities), in: t)
        return found.map {
            text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)]
        }
    }

    // MARK: Religious and honorific titles before a name

    func testBishopEmeritusIsATitle() throws {
        XCTAssertEqual(try mentions("Bishop Emeritus Tomas Reyes of the northern diocese led the mass.",
                                    [("Bishop Emeritus Tomas Reyes", .person)]), ["Tomas Reyes"])
    }

    func testElderIsATitleButStaysASurname() throws {
        XCTAssertEqual(try mentions("Pupils sang and Elder Samuel Greene offered a prayer.",
                                    [("Elder Samuel Greene", .person)]), ["Samuel Greene"])
        XCTAssertEqual(try mentions("The radio host Larry Elder said he would run.",
                                    [("Larry Elder", .person)]), ["Larry Elder"])
    }

    func testMonsignorAndSwamiAreTitles() throws {
        XCTAssertEqual(try mentions("The plan was criticised by archbishop Monsenor Carlos Ruiz Vidal on Sunday.",
                                    [("Monsenor Carlos Ruiz Vidal", .person)]), ["Carlos Ruiz Vidal"])
        XCTAssertEqual(try mentions("The party's president Swami Devananda hosted the event.",
                                    [("Swami Devananda", .person)]), ["Devananda"])
    }

    func testComradeIsATitle() throws {
        XCTAssertEqual(try mentions("Cde Tendai Moyo spoke first. Later Cde Moyo thanked the crowd.",
                                    [("Cde", .person), ("Tendai Moyo", .person), ("Cde Moyo", .person)]),
                       ["Tendai Moyo", "Moyo"])
    }

    func testAFirstNameAndTheSurnameMayorAreAPerson() throws {
        XCTAssertEqual(try mentions("The prize went to Anton Kessler and Michel Mayor on Tuesday.",
                                    [("Anton Kessler", .person), ("Michel Mayor", .person)]), ["Anton Kessler", "Michel Mayor"])
    }

    // MARK: Names the context gives things, teams or bands

    func testTheShortFormOfANameAfterAThingWordIsTheThing() throws {
        // (Spans placed by hand: the lone word also stands inside the airline's name.)
        let text = ScalarText("Officials grounded the regional airline Halloran Wings on Monday. The US urged allies to restrict Halloran's operations. Officials said Halloran flies cargo to the region.")
        let t = TokenizedText(text)
        let org = try XCTUnwrap(range(t, "Halloran Wings"))
        let first = try XCTUnwrap(range(t, "Halloran", from: org.upperBound))
        let second = try XCTUnwrap(range(t, "Halloran", from: first.upperBound))
        let entities = [EntitySpan(tokens: org, type: .organization), EntitySpan(tokens: first, type: .person),
                        EntitySpan(tokens: second, type: .person)]
        let found = rules.removingCompanyNames(linker.extend(rules.mentions(in: t, entities: entities), in: t, entities: entities),
                                               in: t, entities: entities)
        XCTAssertEqual(found.count, 0)
    }

    func testTheShortFormStaysAPersonWhenSomeoneIsNamedInFullByIt() throws {
        // (The word inside "Halloran Wings" right after the thing word is another rule's matter.)
        let found = try mentions("The airline Halloran Wings flies to Oslo. Its founder Olga Halloran spoke. Halloran said the fleet would grow.",
                                 [("Halloran Wings", .organization), ("Olga Halloran", .person), ("Halloran", .person)])
        XCTAssertEqual(Array(found.suffix(2)), ["Olga Halloran", "Halloran"])
    }

    func testANameBeforeAVehicleOrVenueNounIsAThing() throws {
        XCTAssertEqual(try mentions("The Sky Heron capsule docked on Sunday. Sky Heron carried only cargo. It flew on a Vega 5 rocket.",
                                    [("Sky Heron", .misc), ("Sky Heron", .person), ("Vega", .person)]), [])
        XCTAssertEqual(try mentions("Marco Bellini, the head chef of Trattoria Lucchese restaurant, was found on Friday. He worked at Trattoria Lucchese for a year.",
                                    [("Marco Bellini", .person), ("Trattoria Lucchese", .organization), ("Trattoria Lucchese", .person)]),
                       ["Marco Bellini"])
        XCTAssertEqual(try mentions("Trains ran between the Central and Coronation lines all day.",
                                    [("Coronation", .person)]), [])
    }

    func testATeamBeforeAMemberRoleIsNoPerson() throws {
        XCTAssertEqual(try mentions("Redcliffe beat Tarrawin on Saturday. \"We tried hard,\" Tarrawin coach Tom Baxter said. Tarrawin hit back late.",
                                    [("Redcliffe", .organization), ("Tarrawin", .person), ("Tarrawin", .person), ("Tom Baxter", .person), ("Tarrawin", .person)]),
                       ["Tom Baxter"])
        XCTAssertEqual(try mentions("The guests included Silver Owls drummer Pete Lang.",
                                    [("Silver Owls", .person), ("Pete Lang", .person)]), ["Pete Lang"])
    }

    func testAPersonBeforeARoleWithAPossessiveStaysAPerson() throws {
        XCTAssertEqual(try mentions("Anna Berg won again. Berg's coach Tom Baxter praised her.",
                                    [("Anna Berg", .person), ("Berg", .person), ("Tom Baxter", .person)]),
                       ["Anna Berg", "Berg", "Tom Baxter"])
    }

    func testAnEventAfterAnnualIsNoPerson() throws {
        XCTAssertEqual(try mentions("Crowds came to the fourth annual Mini Robot Fair in Lufkin. The Mini Robot Fair closes today.",
                                    [("Mini Robot Fair", .person), ("Mini Robot Fair", .misc)]), [])
    }

    func testANameEndingInWorldIsAPlace() throws {
        XCTAssertEqual(try mentions("The family drove from Ohio to Walt Disney World last week.",
                                    [("Walt Disney World", .person)]), [])
    }

    // MARK: Demonyms used as adjectives

    func testADemonymBeforeANounOrATitleIsNoPerson() throws {
        XCTAssertEqual(try mentions("German Chancellor Angela Merkel spoke. German firms said they would leave.",
                                    [("German Chancellor Angela Merkel", .person), ("German", .person)]),
                       ["Angela Merkel"])
    }

    func testASurnameThatIsADemonymStaysAPersonWhenNamedInFull() throws {
        XCTAssertEqual(try mentions("The comedian Dawn French opened the show. French said she was delighted.",
                                    [("Dawn French", .person), ("French", .person)]), ["Dawn French", "French"])
    }

    // MARK: Lists, models and glosses

    func testANameClosingAListOfPlacesIsNoPerson() throws {
        XCTAssertEqual(try mentions("Tombs were found at Karnak, Dendera, and Kom el-Ahmar this year. Digs at Kom el-Ahmar go on.",
                                    [("Karnak", .location), ("Dendera", .location), ("Kom", .person), ("Kom", .location)]), [])
    }

    func testAPersonClosingAListOfPlacesStaysAPerson() throws {
        XCTAssertEqual(try mentions("She studied with Oslo, Bergen, and Marta Solberg as guides.",
                                    [("Oslo", .location), ("Bergen", .location), ("Marta Solberg", .person)]), ["Marta Solberg"])
    }

    func testAModelAfterAMakerAndANumberIsNoPerson() throws {
        XCTAssertEqual(try mentions("The new Airbus 380 Neo was grounded. Pilots said the 380 Neo was safe.",
                                    [("Neo", .person), ("Neo", .person)]), [])
    }

    func testANameGlossedByAnInstitutionIsNoPerson() throws {
        XCTAssertEqual(try mentions("The rally was organised by Jan Sewa Samiti (People's Service Union) members.",
                                    [("Jan Sewa Samiti", .person)]), [])
        XCTAssertEqual(try mentions("The rally was organised by Ravi Shankar Prasad (Union Minister) himself.",
                                    [("Ravi Shankar Prasad", .person)]), ["Ravi Shankar Prasad"])
    }

    func testATitleTypedAloneTakesTheNameAfterIt() throws {
        XCTAssertEqual(try mentions("Mourners gathered for the funeral of army commander General Rostam Farahani on Tuesday.",
                                    [("General", .person)]), ["Rostam Farahani"])
    }
}
