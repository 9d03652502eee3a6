import Foundation
import NewsroomKit
import XCTest
@testable import NewsroomUI

/// Sorting (`o`) and filtering (`f`) the article list: reducer and rendering.
final class ArticleListTests: XCTestCase {
    /// Five articles built for the orders: dates with a tie and one missing, quote counts with a
    /// tie, a headline with leading punctuation, accented names.
    static var articles: [AnnotatedArticle] {
        func make(_ n: Int, _ headline: String, date: String?, source: String?, quotes: Int, people: [String]) -> AnnotatedArticle {
            let text = "Body of article \(n). " + String(repeating: "\u{201C}A quote.\u{201D} he said. ", count: quotes)
            let article = Article(id: "a\(n)", path: "a\(n).txt", headline: headline, date: date, source: source, text: text)
            let qs = (0..<quotes).map { q in
                Quote(text: "A quote.", span: TextSpan(start: 20 + q * 22, end: 28 + q * 22), speaker: people.first,
                      cue: "said", kind: .direct)
            }
            return AnnotatedArticle(article: article, people: people.map { Person(name: $0, mentions: []) }, quotes: qs, tally: nil)
        }
        return [
            make(0, "Soviets veto U.N. call", date: "1948-10-25", source: "Wire A", quotes: 2, people: ["Andrei Vyshinsky"]),
            make(1, "\u{00C9}bauche adopted", date: "2024-03-25", source: "Agence", quotes: 0, people: ["Jos\u{00E9} Ramos"]),
            make(2, "'Berlin' vote delayed", date: nil, source: nil, quotes: 3, people: []),
            make(3, "Council extends mandate", date: "2011-10-04", source: "Wire A", quotes: 3, people: ["Alain Jupp\u{00E9}"]),
            make(4, "ban on arms", date: "2011-10-04", source: "Reuters", quotes: 1, people: ["Ban Ki-moon"]),
        ]
    }

    private func state(width: Int = 120, height: Int = 30, order: ArticleOrder = .loaded) -> ReaderState {
        ReaderState(library: Library(articles: Self.articles), width: width, height: height, listOrder: order)
    }

    private func press(_ s: inout ReaderState, _ keys: KeyEvent...) {
        for k in keys { if let a = Keymap.action(for: k, in: s) { s.reduce(a) } }
    }

    private func type(_ s: inout ReaderState, _ text: String) {
        for c in text { press(&s, .char(c)) }
    }

    /// The text of screen row `y`.
    private func row(_ screen: Screen, _ y: Int) -> String {
        (0..<screen.width).map { screen[$0, y] }.filter { !$0.isContinuation }.map(\.text).joined()
    }

    /// The list pane's title row and its content rows, as drawn.
    private func listPane(_ s: ReaderState) -> (title: String, rows: [String]) {
        let screen = s.render()
        let pane = s.layout.panes[.list]!
        let c = s.layout.content(.list)!
        let title = row(screen, pane.y)
        let rows = (c.y..<c.maxY).map { y in
            String(row(screen, y).dropFirst(c.x).prefix(c.width)).trimmingCharacters(in: .whitespaces)
        }
        return (title, rows)
    }

    // MARK: sort

    func testOCyclesTheOrdersWithUndatedLastAndStableTies() {
        var s = state()
        XCTAssertEqual(s.listRows, [0, 1, 2, 3, 4])
        XCTAssertTrue(listPane(s).title.contains("1 Articles (5) "), listPane(s).title)
        let expected: [(ArticleOrder, [Int], String)] = [
            (.newest, [1, 3, 4, 0, 2], "newest first"),
            (.oldest, [0, 3, 4, 1, 2], "oldest first"),
            (.headline, [4, 2, 3, 1, 0], "headline A\u{2013}Z"),
            (.quotes, [2, 3, 0, 4, 1], "most quotes first"),
            (.loaded, [0, 1, 2, 3, 4], ""),
        ]
        for (order, rows, title) in expected {
            XCTAssertEqual(s.reduce(.cycleOrder), [.rememberOrder(order)], "a new order is saved")
            XCTAssertEqual(s.listOrder, order)
            XCTAssertEqual(s.listRows, rows, "\(order)")
            let pane = listPane(s)
            XCTAssertTrue(pane.title.contains(title.isEmpty ? "1 Articles (5) " : "1 Articles (5, \(title))"), pane.title)
            let drawn = rows.map { Self.articles[$0].article.headline }
            for (i, headline) in drawn.enumerated() {
                XCTAssertTrue(pane.rows[i].contains(headline.prefix(12)), "\(order) row \(i): \(pane.rows[i])")
            }
        }
    }

    func testSortKeepsTheSelectedArticleAndEnterOpensIt() {
        var s = state()
        press(&s, .char("j"), .char("j"), .char("j"))  // "Council extends mandate"
        XCTAssertEqual(s.selectedListArticle, 3)
        press(&s, .char("o"))
        XCTAssertEqual(s.listOrder, .newest)
        XCTAssertEqual(s.articles.selected, 1, "the same article, at its new row")
        XCTAssertEqual(s.selectedListArticle, 3)
        press(&s, .char("o"), .char("o"))  // headline A–Z: row 2
        XCTAssertEqual(s.articles.selected, 2)
        press(&s, .enter)
        XCTAssertEqual(s.openArticle, 3)
        press(&s, .char("1"), .char("g"), .enter)
        XCTAssertEqual(s.openArticle, 4, "the first row of headline A–Z")
    }

    func testTheOrderSurvivesARestartThroughTheStateFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-order-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.json").path
        var s = state()
        press(&s, .char("o"), .char("o"))
        XCTAssertEqual(s.listOrder, .oldest)
        var store = ReaderStateStore(path: path)
        XCTAssertEqual(store.listOrder, .loaded)
        store.setListOrder(s.listOrder)
        XCTAssertNil(store.save())
        let json = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(json.contains("\"order\" : \"oldest\""), json)

        let reopened = ReaderStateStore(path: path)
        XCTAssertEqual(reopened.listOrder, .oldest)
        let again = ReaderState(library: s.library, width: 120, height: 30, listOrder: reopened.listOrder)
        XCTAssertEqual(again.listRows, [0, 3, 4, 1, 2])
        XCTAssertEqual(again.openArticle, 0, "the list's first article is opened")
        XCTAssertTrue(listPane(again).title.contains("1 Articles (5, oldest first)"), listPane(again).title)

        // Back to the load order: the file forgets the order.
        var store2 = reopened
        store2.setListOrder(.loaded)
        XCTAssertNil(store2.save())
        XCTAssertEqual(ReaderStateStore(path: path).listOrder, .loaded)
        XCTAssertEqual(ReaderStateStore.inMemory().listOrder, .loaded)
    }

    // MARK: filter

    func testFilterMatchesPeopleSourceDateAndHeadlineFoldedAndAnded() {
        var s = state()
        press(&s, .char("2"), .char("f"))
        XCTAssertEqual(s.prompt?.kind, .listFilter)
        XCTAssertEqual(s.focus, .list, "the filter focuses the list")
        type(&s, "JUPP\u{00C9}")  // a person's name, case and accents folded
        XCTAssertEqual(s.listRows, [3])
        let pane = listPane(s)
        XCTAssertTrue(pane.title.contains("1 Articles (1 of 5: 'JUPP\u{00C9}')"), pane.title)
        XCTAssertTrue(pane.rows[0].contains("Council extends mandate"), pane.rows[0])
        XCTAssertEqual(pane.rows[1], "")
        XCTAssertTrue(row(s.render(), s.height - 1).contains("1 of 5"), "the prompt counts the matches")
        let checks: [(String, [Int])] = [
            ("ramos", [1]),             // person "José Ramos"
            ("ki-moon", [4]),           // person
            ("ban", [4]),               // headline and person of one article: listed once
            ("reuters", [4]),           // source
            ("wire a", [0, 3]),         // source words ANDed ("a" is anywhere)
            ("1948", [0]),              // date
            ("2011-10", [3, 4]),        // date
            ("veto soviets", [0]),      // words in any order
            ("veto 2011", []),          // ANDed: nothing has both
            ("ebauche", [1]),           // headline, diacritics folded
            ("berlin", [2]),            // undated, no source, no people
        ]
        for (query, rows) in checks {
            press(&s, .ctrl("u"))
            type(&s, query)
            XCTAssertEqual(s.listRows, rows, query)
        }
        press(&s, .ctrl("u"))
        XCTAssertEqual(s.listRows, [0, 1, 2, 3, 4], "an empty filter shows everything")
        XCTAssertTrue(listPane(s).title.contains("1 Articles (5) "), listPane(s).title)
    }

    func testEnterKeepsEscAtThePromptRestoresEscInTheListClears() {
        var s = state()
        press(&s, .char("f"))
        type(&s, "wire")
        press(&s, .enter)
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.listRows, [0, 3], "Enter keeps the filter")
        XCTAssertTrue(listPane(s).title.contains("1 Articles (2 of 5: 'wire')"), listPane(s).title)
        XCTAssertTrue(s.message.contains("Esc clears"), s.message)

        // Esc at the prompt goes back to the kept filter.
        press(&s, .char("f"))
        XCTAssertEqual(s.prompt?.text, "wire", "the prompt starts from the kept filter")
        press(&s, .ctrl("u"))
        type(&s, "zzz")
        XCTAssertEqual(s.listRows, [])
        press(&s, .escape)
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.listRows, [0, 3])
        XCTAssertEqual(s.listFilter?.query, "wire")

        // Esc closes one thing at a time: the people view first, then the filter.
        press(&s, .char("p"))
        XCTAssertNotNil(s.peopleScope)
        press(&s, .escape)
        XCTAssertNil(s.peopleScope)
        XCTAssertEqual(s.listRows, [0, 3], "the filter outlives the people view")
        press(&s, .escape)
        XCTAssertNil(s.listFilter)
        XCTAssertEqual(s.listRows, [0, 1, 2, 3, 4])
        XCTAssertTrue(listPane(s).title.contains("1 Articles (5) "), listPane(s).title)
        XCTAssertFalse(s.shouldQuit)

        // Esc at the prompt with no filter before leaves none.
        press(&s, .char("f"))
        type(&s, "ban")
        press(&s, .escape)
        XCTAssertNil(s.listFilter)
        XCTAssertEqual(s.listRows.count, 5)
    }

    func testSelectionStaysWhenStillShownElseTheFirstMatch() {
        var s = state()
        press(&s, .char("G"))  // "ban on arms", article 4
        XCTAssertEqual(s.selectedListArticle, 4)
        press(&s, .char("f"))
        type(&s, "2011")
        XCTAssertEqual(s.listRows, [3, 4])
        XCTAssertEqual(s.articles.selected, 1, "still on the same article")
        XCTAssertEqual(s.selectedListArticle, 4)
        type(&s, " jupp")
        XCTAssertEqual(s.listRows, [3])
        XCTAssertEqual(s.selectedListArticle, 3, "hidden: the first match")
        for _ in 0..<5 { press(&s, .backspace) }
        XCTAssertEqual(s.listRows, [3, 4])
        XCTAssertEqual(s.selectedListArticle, 4, "shown again: back on it")
        press(&s, .ctrl("p"))
        XCTAssertEqual(s.selectedListArticle, 3, "ctrl-p moves among the matches while typing")
        press(&s, .enter)
        XCTAssertEqual(s.selectedListArticle, 3)
        press(&s, .enter)
        XCTAssertEqual(s.openArticle, 3, "Enter opens the selected match")
        // Clearing keeps the selected article.
        press(&s, .char("1"), .escape)
        XCTAssertNil(s.listFilter)
        XCTAssertEqual(s.selectedListArticle, 3)
        XCTAssertEqual(s.articles.selected, 3)
    }

    func testNoMatchShowsAMessageAndKeysAreSafe() {
        var s = state()
        press(&s, .char("f"))
        type(&s, "nothing like this")
        XCTAssertEqual(s.listRows, [])
        var pane = listPane(s)
        XCTAssertTrue(pane.title.contains("1 Articles (0 of 5: 'nothing like this')"), pane.title)
        XCTAssertEqual(pane.rows[0], "No article matches 'nothing like this'.")
        XCTAssertEqual(pane.rows[1], "Backspace widens, Esc cancels.")
        press(&s, .enter)
        pane = listPane(s)
        XCTAssertEqual(pane.rows[1], "Esc clears the filter.")
        let open = s.openArticle
        press(&s, .char("j"), .char("G"), .enter, .char("o"))
        XCTAssertEqual(s.openArticle, open, "nothing to open")
        XCTAssertEqual(s.listRows, [])
        let list = s.layout.content(.list)!
        s.reduce(.mouse(MouseEvent(.press, x: list.x + 2, y: list.y)))
        XCTAssertEqual(s.openArticle, open)
    }

    func testFilterAndOrderCombineAndClicksOpenTheRowShown() {
        var s = state(order: .quotes)
        press(&s, .char("f"))
        type(&s, "2011")
        press(&s, .enter)
        XCTAssertEqual(s.listRows, [3, 4], "most quotes first among the matches")
        press(&s, .char("o"))  // as loaded
        press(&s, .char("o"))  // newest first
        XCTAssertEqual(s.listRows, [3, 4])
        XCTAssertTrue(listPane(s).title.contains("1 Articles (2 of 5: '2011', newest first)"), listPane(s).title)
        let list = s.layout.content(.list)!
        s.reduce(.mouse(MouseEvent(.press, x: list.x + 3, y: list.y + 1)))
        XCTAssertEqual(s.openArticle, 4, "the click opens the article drawn on that row")
    }

    func testFilterHistoryWithArrows() {
        var s = state()
        press(&s, .char("f")); type(&s, "wire"); press(&s, .enter)
        press(&s, .escape)
        press(&s, .char("f")); type(&s, "ban"); press(&s, .enter)
        press(&s, .escape)
        press(&s, .char("f"))
        XCTAssertEqual(s.prompt?.text, "")
        press(&s, .up)
        XCTAssertEqual(s.prompt?.text, "ban")
        XCTAssertEqual(s.listRows, [4], "a history entry filters at once")
        press(&s, .up)
        XCTAssertEqual(s.prompt?.text, "wire")
        XCTAssertEqual(s.listRows, [0, 3])
    }

    func testFilterClosesThePeopleViewAndKeysAreTextInThePrompt() {
        var s = state()
        press(&s, .char("p"))
        XCTAssertNotNil(s.peopleScope)
        press(&s, .char("f"))
        XCTAssertNil(s.peopleScope, "the filter shows the article list")
        XCTAssertEqual(Keymap.action(for: .char("o"), in: s), .input(.char("o")))
        XCTAssertEqual(Keymap.action(for: .char("q"), in: s), .input(.char("q")))
        type(&s, "qo")
        XCTAssertEqual(s.prompt?.text, "qo")
        XCTAssertFalse(s.shouldQuit)
        XCTAssertEqual(s.listOrder, .loaded)
    }

    func testSortedAndFilteredListSnapshot() {
        var s = state(width: 80, height: 24, order: .headline)
        press(&s, .char("f"))
        type(&s, "wire 19")
        Snapshot.assert(s, named: "list-filter-typing-80x24")
        press(&s, .backspace, .backspace, .enter)
        Snapshot.assert(s, named: "list-filter-kept-headline-80x24")
    }

    func testHelpListsSortAndFilter() {
        var s = state(width: 100, height: 40)
        press(&s, .char("?"))
        type(&s, "article list")
        let screen = s.render()
        let text = (0..<screen.height).map { row(screen, $0) }.joined(separator: "\n")
        XCTAssertTrue(text.contains("Article list"), text)
        XCTAssertTrue(text.contains("next order: as loaded"), text)
        XCTAssertTrue(text.contains("filter the articles by headline"), text)
    }
}
