import XCTest
@testable import NewsroomKit

/// The people of the bundled sample article (issue 2 and 3 acceptance).
final class PeopleSampleTests: XCTestCase {
    private func samplePeople() throws -> (ScalarText, [Person]) {
        let text = ScalarText(try SampleArticleText.load())
        return (text, PeopleAnnotator().people(in: text))
    }

    func testSampleHasExactlyThreePeople() throws {
        let (_, people) = try samplePeople()
        XCTAssertEqual(people.map(\.name), ["Bashar al-Assad", "Alain Juppe", "Sergei Lavrov"])
    }

    func testJuppeHasTitleAndEveryMentionLinked() throws {
        let (text, people) = try samplePeople()
        let juppe = try XCTUnwrap(people.first { $0.name == "Alain Juppe" })
        XCTAssertEqual(juppe.title, "Foreign Minister")
        XCTAssertEqual(juppe.sex, .male)
        XCTAssertEqual(juppe.mentions.map { text[$0] }, ["Alain Juppe", "Juppe", "Juppe", "Juppe"])
    }

    func testEveryAssadMentionIsLinkedAndExcludesPossessive() throws {
        let (text, people) = try samplePeople()
        let assad = try XCTUnwrap(people.first { $0.name == "Bashar al-Assad" })
        XCTAssertEqual(assad.title, "President")
        let forms = assad.mentions.map { text[$0] }
        XCTAssertEqual(forms.first, "Bashar al-Assad")
        XCTAssertEqual(Array(forms.dropFirst()), Array(repeating: "Assad", count: 5))
        // Every "Assad" in the text is a mention.
        let all = text.string.components(separatedBy: "Assad").count - 1
        XCTAssertEqual(assad.mentions.count, all)
    }

    func testLavrovLinked() throws {
        let (text, people) = try samplePeople()
        let lavrov = try XCTUnwrap(people.first { $0.name == "Sergei Lavrov" })
        XCTAssertEqual(lavrov.mentions.map { text[$0] }, ["Sergei Lavrov"])
        XCTAssertEqual(lavrov.sex, .male)
    }

    func testPlacesAndOrganisationsAreNotPeople() throws {
        let (text, people) = try samplePeople()
        let mentioned = Set(people.flatMap { $0.mentions.map { text[$0] } })
        for word in ["Amnesty", "International", "Hama", "Aleppo", "Moscow", "Security", "Council", "Russia", "France"] {
            XCTAssertFalse(mentioned.contains { $0.contains(word) }, word)
        }
    }

    func testHeadlineAndDatelineLeftInTheTextAddNobody() throws {
        let body = try SampleArticleText.load()
        for prefix in ["Paris Says Russia Reviewing Syria Stance\n\nPARIS — ", "PARIS (Reuters) - "] {
            let people = PeopleAnnotator().people(in: ScalarText(prefix + body))
            XCTAssertEqual(people.map(\.name), ["Bashar al-Assad", "Alain Juppe", "Sergei Lavrov"], prefix)
        }
    }
}
