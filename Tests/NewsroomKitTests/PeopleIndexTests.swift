import NewsroomKit
import XCTest

final class PeopleIndexTests: XCTestCase {
    private typealias F = LibraryFixture

    func testSamePersonInTwoArticlesIsOneEntryWithSummedCounts() throws {
        let index = PeopleIndex(articles: [
            F.article(id: "a", quotes: [("One.", "Alain Juppe"), ("Two.", "Alain Juppe"), ("Three.", "Other")],
                      people: [F.person("Alain Juppe", mentions: 3)]),
            F.article(id: "b", quotes: [("Four.", "Alain Juppé")],
                      people: [F.person("Lavrov", mentions: 1), F.person("Alain Juppé", title: "Foreign Minister", mentions: 2)]),
        ])
        XCTAssertEqual(index.entries.count, 2)
        let juppe = index.entries[0]
        XCTAssertEqual(juppe.name, "Alain Juppé", "the form with diacritics is the fuller one")
        XCTAssertEqual(juppe.title, "Foreign Minister")
        XCTAssertEqual(juppe.mentionCount, 5)
        XCTAssertEqual(juppe.quoteCount, 3)
        XCTAssertEqual(juppe.appearances, [PersonRef(article: 0, person: 0), PersonRef(article: 1, person: 1)])
        XCTAssertEqual(index.entry(for: PersonRef(article: 0, person: 0)), 0)
        XCTAssertEqual(index.entry(for: PersonRef(article: 1, person: 1)), 0)
        XCTAssertEqual(index.entry(for: PersonRef(article: 1, person: 0)), 1)
        XCTAssertNil(index.entry(for: PersonRef(article: 5, person: 0)))
    }

    func testArticleViewOfTheIndex() {
        let index = PeopleIndex(articles: [
            F.article(id: "a", people: [F.person("Ann Bee", mentions: 1), F.person(" ", mentions: 1)]),
            F.article(id: "b", people: [F.person("Max Most", mentions: 5), F.person("Ann Bee", mentions: 1)]),
        ])
        XCTAssertEqual(index.entries.map(\.name), ["Max Most", "Ann Bee"])
        XCTAssertEqual(index.entries(inArticle: 0), [1, nil])
        XCTAssertEqual(index.entries(inArticle: 1), [0, 1])
        XCTAssertEqual(index.entries(inArticle: 7), [])
        XCTAssertEqual(index.appearance(of: 1, inArticle: 1), PersonRef(article: 1, person: 1))
        XCTAssertNil(index.appearance(of: 0, inArticle: 0))
        XCTAssertNil(index.appearance(of: 9, inArticle: 0))
    }

    func testSurnameJoinsTheOnlyFullNameWithIt() {
        let index = PeopleIndex(articles: [
            F.article(id: "a", people: [F.person("Sergei Lavrov", mentions: 2)]),
            F.article(id: "b", quotes: [("Nyet.", "Lavrov")], people: [F.person("Lavrov", mentions: 4)]),
        ])
        XCTAssertEqual(index.entries.map(\.name), ["Sergei Lavrov"])
        XCTAssertEqual(index.entries.first?.mentionCount, 6)
        XCTAssertEqual(index.entries.first?.quoteCount, 1)
        XCTAssertEqual(index.entry(for: PersonRef(article: 1, person: 0)), 0)
    }

    func testAmbiguousSurnameStaysApart() {
        let index = PeopleIndex(articles: [
            F.article(id: "a", people: [F.person("Bill Clinton", mentions: 3)]),
            F.article(id: "b", people: [F.person("Hillary Clinton", mentions: 2)]),
            F.article(id: "c", people: [F.person("Clinton", mentions: 1)]),
        ])
        XCTAssertEqual(index.entries.map(\.name), ["Bill Clinton", "Hillary Clinton", "Clinton"])
        XCTAssertEqual(index.entry(for: PersonRef(article: 2, person: 0)), 2)
    }

    func testGenerationalSuffixIsNotTheSurname() {
        let index = PeopleIndex(articles: [
            F.article(id: "a", people: [F.person("Martin Luther King Jr.", mentions: 1)]),
            F.article(id: "b", people: [F.person("King", mentions: 1)]),
        ])
        XCTAssertEqual(index.entries.map(\.name), ["Martin Luther King Jr."])
    }

    func testSortedByMentionsThenName() {
        let index = PeopleIndex(articles: [
            F.article(id: "a", people: [F.person("Zoe Zed", mentions: 2), F.person("Ann Bee", mentions: 2),
                                        F.person("Max Most", mentions: 9)]),
        ])
        XCTAssertEqual(index.entries.map(\.name), ["Max Most", "Ann Bee", "Zoe Zed"])
    }

    func testEmptyNamesAreSkipped() {
        let index = PeopleIndex(articles: [F.article(id: "a", people: [F.person("  ", mentions: 2)])])
        XCTAssertEqual(index.entries, [])
        XCTAssertNil(index.entry(for: PersonRef(article: 0, person: 0)))
    }
}
