import XCTest
@testable import NewsroomKit

/// The eleventh round's newswire rules (`PersonEleventhRoundRules.swift` and the changes it
/// brought to the vocabulary, rules and filters), each on a small case written for the project
/// with the tagger's entities given by hand.
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
        var found = rules.mentions(in: t)
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
}
