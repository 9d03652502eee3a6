import Foundation
import NewsroomKit
import XCTest

/// The article list's orders and filter (`ArticleListIndex`, `ArticleFilterSession`) and the
/// order kept in the state file.
final class ArticleListIndexTests: XCTestCase {
    private func article(_ n: Int, _ headline: String, date: String? = nil, source: String? = nil,
                         people: [String] = [], quotes: Int = 0) -> AnnotatedArticle {
        let a = Article(id: "a\(n)", path: "a\(n).txt", headline: headline, date: date, source: source, text: "Text \(n).")
        let qs = (0..<quotes).map { _ in Quote(text: "Text", span: TextSpan(start: 0, end: 4), speaker: nil, cue: "said", kind: .direct) }
        return AnnotatedArticle(article: a, people: people.map { Person(name: $0, mentions: []) }, quotes: qs, tally: nil)
    }

    func testDayKeys() {
        XCTAssertEqual(ArticleOrder.dayKey("2011-10-04"), 20_111_004)
        XCTAssertEqual(ArticleOrder.dayKey("2011-10"), 20_111_000)
        XCTAssertEqual(ArticleOrder.dayKey("1948"), 19_480_000)
        XCTAssertEqual(ArticleOrder.dayKey("2011-13-01"), 20_110_000, "a bad month is left out")
        XCTAssertEqual(ArticleOrder.dayKey("2011-10-04T12:00:00Z"), 20_111_004)
        XCTAssertNil(ArticleOrder.dayKey("Tuesday"))
        XCTAssertNil(ArticleOrder.dayKey("11/10/04"))
        XCTAssertNil(ArticleOrder.dayKey(""))
        XCTAssertNil(ArticleOrder.dayKey(nil))
    }

    func testOrderCycleAndRawValuesAreStable() {
        XCTAssertEqual(ArticleOrder.allCases.map(\.rawValue), ["loaded", "newest", "oldest", "headline", "quotes"],
                       "raw values are written to state.json")
        var o = ArticleOrder.loaded
        var seen: [ArticleOrder] = []
        for _ in 0..<5 { o = o.next; seen.append(o) }
        XCTAssertEqual(seen, [.newest, .oldest, .headline, .quotes, .loaded])
    }

    func testOrdersAreStableAndPutUndatedLast() {
        let index = ArticleListIndex(articles: [
            article(0, "zeta", date: "Tuesday", quotes: 1),
            article(1, "\u{00C9}cole", date: "2001-01-01", quotes: 2),
            article(2, "\u{201C}Alpha\u{201D} says", date: "2001-01-01", quotes: 2),
            article(3, "beta", quotes: 0),
            article(4, "alpha", date: "1999", quotes: 2),
        ])
        XCTAssertEqual(index.order(.loaded), [0, 1, 2, 3, 4])
        XCTAssertEqual(index.order(.newest), [1, 2, 4, 0, 3])
        XCTAssertEqual(index.order(.oldest), [4, 1, 2, 0, 3])
        XCTAssertEqual(index.order(.headline), [4, 2, 3, 1, 0], "folded, leading quotation marks ignored")
        XCTAssertEqual(index.order(.quotes), [1, 2, 4, 0, 3])
        XCTAssertEqual(ArticleListIndex(articles: []).order(.newest), [])
    }

    func testFilterRefinedFromANarrowerQueryEqualsAFullFilter() {
        var articles: [AnnotatedArticle] = []
        let names = ["Alain Jupp\u{00E9}", "Sergei Lavrov", "Susan Rice", "Ban Ki-moon"]
        let words = ["veto", "council", "syria", "draft", "vote", "sanctions"]
        for n in 0..<400 {
            articles.append(article(n, "\(words[n % 6]) \(words[(n / 6) % 6]) day \(n)", date: "2011-10-\(String(format: "%02d", 1 + n % 28))",
                                    source: n % 5 == 0 ? "Reuters" : "The Moscow Times", people: [names[n % 4], names[(n / 4) % 4]]))
        }
        let index = ArticleListIndex(articles: articles)
        var session = ArticleFilterSession(index: index)
        for query in ["v", "ve", "vet", "veto", "veto l", "veto la", "veto lav", "veto lavrov", "veto lavrov 10-1",
                      "veto lav", "veto", "", "jupp", "JUPPÉ reuters", "moscow syria 2011-10-2", "nothing",
                      "-", "a 1", "é", "- k", "q", "10-2 z"] {
            let typed = session.filter(query)
            let full = index.filter(query)
            XCTAssertEqual(typed.articles, full.articles, query)
            let expected = articles.indices.filter { i in
                let a = articles[i]
                let key = Folding.fold(([a.article.headline, a.article.source ?? "", a.article.date ?? ""] + a.people.map(\.name)).joined(separator: "\u{1}"))
                return Folding.fold(query).split(separator: " ").allSatisfy { key.contains($0) }
            }
            XCTAssertEqual(full.articles.map(Int.init), expected, query)
        }
    }

    func testStateFileKeepsTheOrderAndMergesIt() throws {
        let folder = NSTemporaryDirectory() + "newsroom-order-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/state.json"
        var a = ReaderStateStore(path: path)
        var b = ReaderStateStore(path: path)
        a.setListOrder(.newest)
        XCTAssertTrue(a.hasUnsavedChanges)
        XCTAssertNil(a.save())
        XCTAssertFalse(a.hasUnsavedChanges)
        b.setRead(true, for: ArticleKey(id: "x", path: "x.txt"))
        XCTAssertNil(b.save())
        XCTAssertEqual(b.listOrder, .newest, "a reader that did not change the order takes the other's")
        XCTAssertEqual(ReaderStateStore(path: path).listOrder, .newest)
        b.setListOrder(.quotes)
        XCTAssertNil(b.save())
        XCTAssertEqual(ReaderStateStore(path: path).listOrder, .quotes)
        XCTAssertTrue(ReaderStateStore(path: path).isRead(ArticleKey(id: "x", path: "x.txt")))
        // An order this version does not know (a newer newsroom) reads as the load order.
        let json = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"quotes\"", with: "\"by-mood\"")
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        let odd = ReaderStateStore(path: path)
        XCTAssertNil(odd.loadProblem)
        XCTAssertEqual(odd.listOrder, .loaded)
    }
}
