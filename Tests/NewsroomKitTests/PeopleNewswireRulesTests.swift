import XCTest
@testable import NewsroomKit

/// Rules for tagger mistakes seen on newswire, each on a small case written for the project with
/// the tagger's entities given by hand.
final class PeopleNewswireRulesTests: XCTestCase {
    private let rules = PersonRules(names: .shared)
    private let linker = MentionLinker(names: .shared)

    private func tokenRange(_ t: TokenizedText, _ text: ScalarText, _ words: String) -> Range<Int>? {
        let parts = words.split(separator: " ").map(String.init)
        for i in 0..<t.count where i + parts.count <= t.count {
            if (0..<parts.count).allSatisfy({ text[TextSpan(start: t.tokens[i + $0].start, end: t.tokens[i + $0].end)] == parts[$0] }) {
                return i..<(i + parts.count)
            }
        }
        return nil
    }

    func testPersonAtTheEndOfARunTypedAsAPlace() throws {
        let text = ScalarText("The Chief Executive of Hong Kong Carrie Lam spoke on Friday.")
        let t = TokenizedText(text)
        let run = try XCTUnwrap(tokenRange(t, text, "Hong Kong Carrie Lam"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: run, type: .location)])
        XCTAssertEqual(found.map { text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)] },
                       ["Carrie Lam"])
    }

    func testPlaceOrOrganisationWithoutAFirstNameStaysOut() throws {
        let text = ScalarText("Fans of the Los Angeles Lakers and the Bank of New York cheered.")
        let t = TokenizedText(text)
        let lakers = try XCTUnwrap(tokenRange(t, text, "Los Angeles Lakers"))
        let bank = try XCTUnwrap(tokenRange(t, text, "Bank of New York"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: lakers, type: .organization),
                                                     EntitySpan(tokens: bank, type: .organization)])
        XCTAssertTrue(found.isEmpty, "\(found.map { text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)] })")
    }

    func testSurnameTypedAsAPlaceJoinsThePersonNamedInFull() throws {
        let text = ScalarText("Carrie Lam spoke. Later Lam left, and Japan said nothing.")
        let t = TokenizedText(text)
        let full = try XCTUnwrap(tokenRange(t, text, "Carrie Lam"))
        let lam = try XCTUnwrap(tokenRange(t, text, "Lam left")).lowerBound
        let extended = linker.extend([NameMention(tokens: full)], in: t,
                                     entities: [EntitySpan(tokens: lam..<(lam + 1), type: .location)])
        XCTAssertEqual(extended.map(\.tokens), [full, lam..<(lam + 1)])
    }

    func testCountryTypedAsAPlaceStillBlocksASurname() throws {
        let text = ScalarText("Anatole France wrote. France closed its border.")
        let t = TokenizedText(text)
        let full = try XCTUnwrap(tokenRange(t, text, "Anatole France"))
        let country = try XCTUnwrap(tokenRange(t, text, "France closed")).lowerBound
        let extended = linker.extend([NameMention(tokens: full)], in: t,
                                     entities: [EntitySpan(tokens: country..<(country + 1), type: .location)])
        XCTAssertEqual(extended.map(\.tokens), [full])
    }

    func testFullNameWrittenAgainIsFoundWholeNotInPart() throws {
        let text = ScalarText("Hamza bin Laden died. He told NPR Hamza bin Laden had left the George Washington Bridge.")
        let t = TokenizedText(text)
        let first = try XCTUnwrap(tokenRange(t, text, "Hamza bin Laden"))
        let again = try XCTUnwrap(tokenRange(t, text, "NPR Hamza bin Laden")).dropFirst()
        let lonePart = again.upperBound - 1
        let extended = linker.extend([NameMention(tokens: first), NameMention(tokens: lonePart..<(lonePart + 1))], in: t, entities: [])
        XCTAssertEqual(extended.map(\.tokens), [first, again.lowerBound..<again.upperBound])
    }

    func testFullNameStartingALongerNameIsNotARepeat() throws {
        let text = ScalarText("George Washington crossed. The George Washington Bridge opened.")
        let t = TokenizedText(text)
        let first = try XCTUnwrap(tokenRange(t, text, "George Washington"))
        let extended = linker.extend([NameMention(tokens: first)], in: t, entities: [])
        XCTAssertEqual(extended.map(\.tokens), [first])
    }

    func testGivenNameBeforeBinJoinsTheTaggedName() throws {
        let text = ScalarText("The statement named the son of Usama bin Ladin as the target.")
        let t = TokenizedText(text)
        let ladin = try XCTUnwrap(tokenRange(t, text, "Ladin"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: ladin, type: .person)])
        let whole = try XCTUnwrap(tokenRange(t, text, "Usama bin Ladin"))
        XCTAssertEqual(found.map(\.tokens), [whole])
    }

    func testFormOfAddressBeforeACountryIsNotAPerson() {
        let annotator = PeopleAnnotator(names: .shared, tagger: nil)
        let text = ScalarText("The film Mister America opens on Friday, said Margaret Quennick.")
        XCTAssertEqual(annotator.people(in: text).map(\.name), ["Margaret Quennick"])
    }

    func testAuxiliaryOpeningAQuestionIsNotAFirstName() throws {
        let text = ScalarText("Will Zorblat Quennick resign? Will Smith said no.")
        let t = TokenizedText(text)
        let question = try XCTUnwrap(tokenRange(t, text, "Will Zorblat Quennick"))
        let statement = try XCTUnwrap(tokenRange(t, text, "Will Smith"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: question, type: .person),
                                                     EntitySpan(tokens: statement, type: .person)])
        XCTAssertEqual(found.map(\.tokens), [question.dropFirst().startIndex..<question.upperBound, statement])
    }

    func testTitledSurnameJoinsThePersonWithThatTitle() {
        let text = ScalarText("Vice President Joe Biden spoke. His son Hunter Biden was absent. Vice President Biden left.")
        let found = PeopleAnnotator(names: .shared, tagger: nil).people(in: text)
        let joe = found.first { $0.name == "Joe Biden" }
        let hunter = found.first { $0.name == "Hunter Biden" }
        XCTAssertEqual(joe?.mentions.map { text[$0] }, ["Joe Biden", "Biden"])
        XCTAssertEqual(hunter?.mentions.map { text[$0] }, ["Hunter Biden"])
        XCTAssertNil(hunter?.title)
    }

    func testSpeakerTypedAsAnOrganisationIsAPerson() throws {
        let text = ScalarText("The specialist Ali Soufan told reporters that Morgan Stanley said nothing.")
        let t = TokenizedText(text)
        let soufan = try XCTUnwrap(tokenRange(t, text, "Ali Soufan"))
        let bank = try XCTUnwrap(tokenRange(t, text, "Morgan Stanley"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: soufan, type: .location),
                                                     EntitySpan(tokens: bank, type: .organization)])
        XCTAssertEqual(found.map(\.tokens), [soufan])
    }

    func testSpanRunOnIntoLowerCaseWordsOrACaptionIsCut() throws {
        let text = ScalarText("Dr. Zorblat Quennick said, \"We are ready.\"\n\nMargaret Quennick Image: the council.")
        let t = TokenizedText(text)
        let runOn = try XCTUnwrap(tokenRange(t, text, "Zorblat Quennick said"))
        let caption = try XCTUnwrap(tokenRange(t, text, "Margaret Quennick Image"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: runOn, type: .person),
                                                     EntitySpan(tokens: caption, type: .person)])
        XCTAssertEqual(found.map(\.tokens), [runOn.lowerBound..<(runOn.upperBound - 1), caption.lowerBound..<(caption.upperBound - 1)])
    }

    func testUSStateTaggedAsAPersonIsNotOne() throws {
        let text = ScalarText("Officials in Connecticut said Margaret Quennick was safe.")
        let t = TokenizedText(text)
        let state = try XCTUnwrap(tokenRange(t, text, "Connecticut"))
        let found = rules.mentions(in: t, entities: [EntitySpan(tokens: state, type: .person)])
        XCTAssertFalse(found.contains { $0.tokens == state })
    }
}
