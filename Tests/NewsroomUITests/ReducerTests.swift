import NewsroomKit
import XCTest
@testable import NewsroomUI

final class ReducerTests: XCTestCase {
    private func press(_ s: inout ReaderState, _ keys: KeyEvent...) {
        for k in keys { if let a = Keymap.action(for: k, in: s) { s.reduce(a) } }
    }

    private func type(_ s: inout ReaderState, _ text: String) {
        for c in text { press(&s, .char(c)) }
    }

    func testStartsOnTheFirstArticleWithTheListFocused() {
        let s = Fixtures.state()
        XCTAssertEqual(s.openArticle, 0)
        XCTAssertEqual(s.focus, .list)
        XCTAssertTrue(s.readArticles.contains("000_4b3660261e62ab7f"))
    }

    func testMovementClampsAtBothEnds() {
        var s = Fixtures.state()
        press(&s, .char("k"), .up)
        XCTAssertEqual(s.articles.selected, 0)
        press(&s, .char("j"), .char("j"), .down, .char("G"))
        XCTAssertEqual(s.articles.selected, 1)
        press(&s, .char("g"))
        XCTAssertEqual(s.articles.selected, 0)
    }

    func testEnterOpensTheSelectedArticleAndMarksItRead() {
        var s = Fixtures.state()
        press(&s, .char("j"))
        XCTAssertEqual(s.openArticle, 0, "moving does not open")
        XCTAssertEqual(s.reduce(.activate), [.saveReading])
        XCTAssertEqual(s.openArticle, 1)
        XCTAssertEqual(s.focus, .body)
        XCTAssertTrue(s.readArticles.contains("001_wide"))
    }

    func testFocusKeys() {
        var s = Fixtures.state()
        press(&s, .tab)
        XCTAssertEqual(s.focus, .body)
        press(&s, .backTab, .backTab)
        XCTAssertEqual(s.focus, .tally)
        press(&s, .char("3"))
        XCTAssertEqual(s.focus, .quotes)
        press(&s, .char("h"))
        XCTAssertEqual(s.focus, .body)
    }

    func testEscapeNeverQuitsAndQDoes() {
        var s = Fixtures.state()
        for _ in 0..<5 { press(&s, .escape) }
        XCTAssertFalse(s.shouldQuit)
        XCTAssertEqual(Keymap.action(for: .char("q"), in: s), .quit)
        XCTAssertEqual(s.reduce(.quit), [.saveReading])
        XCTAssertTrue(s.shouldQuit)
    }

    func testBodyScrollsAndRemembersThePosition() {
        var s = Fixtures.state(width: 80, height: 24)
        press(&s, .char("2"), .pageDown)
        XCTAssertGreaterThan(s.bodyTop, 0)
        press(&s, .char("G"))
        let bottom = s.bodyTop
        press(&s, .char("j"))
        XCTAssertEqual(s.bodyTop, bottom, "cannot scroll past the end")
        s.reduce(.quit)
        XCTAssertGreaterThan(s.positions["000_4b3660261e62ab7f"] ?? 0, 0)
        // Reopening restores the position.
        let again = ReaderState(library: s.library, width: 80, height: 24, positions: s.positions)
        XCTAssertEqual(again.bodyTop, bottom)
    }

    func testResizeKeepsTheReadingPosition() {
        var s = Fixtures.state(width: 200, height: 50)
        press(&s, .char("2"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        let offset = s.body!.offset(ofLine: s.bodyTop)
        s.reduce(.resize(width: 80, height: 24))
        XCTAssertEqual(s.body?.width, s.layout.content(.body)?.width)
        let after = s.body!.offset(ofLine: s.bodyTop)
        XCTAssertLessThanOrEqual(after, offset)
        XCTAssertGreaterThan(after, 0)
    }

    func testTallySelectionHighlightsEvidence() {
        var s = Fixtures.state(width: 140, height: 40)
        press(&s, .char("4"), .char("j"))
        XCTAssertEqual(s.tallyCursor.selected, 1)
        let france = Fixtures.span(of: "French-led", in: Fixtures.sampleText)
        XCTAssertEqual(s.highlight, BodyHighlight(span: france, reason: .evidence))
        press(&s, .char("j"))
        XCTAssertEqual(s.highlight?.span, Fixtures.span(of: "still threatening to use a veto", in: Fixtures.sampleText))
    }

    func testFindInBodyLessStyle() {
        var s = Fixtures.state()
        press(&s, .ctrl("f"))
        XCTAssertEqual(s.prompt?.kind, .find)
        type(&s, "juppé")  // diacritics folded: matches "Juppe"
        let matches = s.find?.matches ?? []
        XCTAssertEqual(matches.count, Fixtures.spans(of: "Juppe", in: Fixtures.sampleText).count)
        press(&s, .enter)
        XCTAssertNil(s.prompt)
        let first = s.highlight?.span
        press(&s, .char("n"))
        XCTAssertNotEqual(s.highlight?.span, first)
        press(&s, .char("N"))
        XCTAssertEqual(s.highlight?.span, first)
        press(&s, .char("N"))
        XCTAssertEqual(s.highlight?.span, matches.last, "N wraps to the last match")
    }

    func testSlashFindsInTheBodyWhenTheBodyIsFocused() {
        var s = Fixtures.state()
        press(&s, .char("2"), .char("/"))
        XCTAssertEqual(s.prompt?.kind, .find)
        press(&s, .escape)
        press(&s, .char("1"), .char("/"))
        XCTAssertEqual(s.prompt?.kind, .quoteSearch)
    }

    func testQuoteSearchFlow() {
        var s = Fixtures.state([Fixtures.wide, Fixtures.sample])
        let before = (s.openArticle, s.bodyTop, s.focus)
        press(&s, .char("/"))
        type(&s, "security")
        XCTAssertEqual(s.search?.results.count, 2)
        type(&s, " inertia")
        XCTAssertEqual(s.search?.results.count, 1, "words are ANDed, results on every key")
        press(&s, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        XCTAssertEqual(s.search?.query, "security")
        press(&s, .enter)
        XCTAssertNil(s.prompt)
        XCTAssertEqual(s.openArticle, 1, "Enter opens the quote's article")
        XCTAssertEqual(s.articles.selected, 1, "the list follows the opened article")
        let q0 = Fixtures.sample.quotes[1].span
        XCTAssertEqual(s.highlight, BodyHighlight(span: q0, reason: .quote))
        let line = s.body!.line(forOffset: q0.start)
        XCTAssertTrue((s.bodyTop..<(s.bodyTop + s.layout.content(.body)!.height)).contains(line), "scrolled into view")
        press(&s, .char("n"))
        XCTAssertEqual(s.highlight?.span, Fixtures.sample.quotes[3].span)
        press(&s, .char("n"))
        XCTAssertEqual(s.highlight?.span, q0, "n wraps")
        press(&s, .char("N"))
        XCTAssertEqual(s.highlight?.span, Fixtures.sample.quotes[3].span)
        press(&s, .escape)
        XCTAssertNil(s.search)
        XCTAssertEqual(s.openArticle, before.0, "Esc restores the article")
        XCTAssertEqual(s.bodyTop, before.1)
        XCTAssertEqual(s.focus, before.2)
    }

    func testSearchHistoryWithArrows() {
        var s = Fixtures.state()
        press(&s, .char("/")); type(&s, "russia"); press(&s, .enter)
        press(&s, .escape)
        press(&s, .char("/")); type(&s, "assad"); press(&s, .enter)
        press(&s, .escape)
        press(&s, .char("/"))
        XCTAssertEqual(s.prompt?.text, "")
        press(&s, .up)
        XCTAssertEqual(s.prompt?.text, "assad")
        press(&s, .up)
        XCTAssertEqual(s.prompt?.text, "russia")
        press(&s, .up)
        XCTAssertEqual(s.prompt?.text, "russia", "stops at the oldest")
        press(&s, .down, .down)
        XCTAssertEqual(s.prompt?.text, "", "back to the draft")
    }

    func testPeopleViewFiltersQuotesAndJumpsMentions() {
        var s = Fixtures.state()
        press(&s, .char("p"))
        XCTAssertEqual(s.peopleScope, .article)
        XCTAssertEqual(s.selectedPerson, "Bashar al-Assad")
        XCTAssertTrue(s.quoteList.isEmpty, "Assad is not quoted")
        press(&s, .char("j"))
        XCTAssertEqual(s.selectedPerson, "Alain Juppe")
        XCTAssertEqual(s.quoteList.count, 5)
        press(&s, .char("]"))
        let mentions = s.selectedMentions
        XCTAssertEqual(s.highlight, BodyHighlight(span: mentions[0], reason: .mention))
        press(&s, .char("]"))
        XCTAssertEqual(s.highlight?.span, mentions[1])
        press(&s, .char("["), .char("["))
        XCTAssertEqual(s.highlight?.span, mentions.last, "[ wraps")
        press(&s, .char("a"))
        XCTAssertEqual(s.peopleScope, .library)
        press(&s, .escape)
        XCTAssertNil(s.peopleScope)
        XCTAssertNil(s.selectedPerson)
    }

    func testMarkAndExport() {
        var s = Fixtures.state()
        press(&s, .char("3"), .char(" "), .char(" "))
        XCTAssertEqual(s.marked.count, 2)
        press(&s, .char("e"))
        XCTAssertEqual(s.prompt?.kind, .export)
        press(&s, .ctrl("u"))
        type(&s, "out.csv")
        let effects = s.reduce(.input(.enter))
        XCTAssertEqual(effects, [.export(ExportRequest(path: "out.csv", format: .csv, quotes: [QuoteRef(article: 0, quote: 0), QuoteRef(article: 0, quote: 1)]))])
    }

    func testHelpIsSearchableAndClosesWithEscOrQuestionMark() {
        var s = Fixtures.state()
        press(&s, .char("?"))
        XCTAssertNotNil(s.help)
        type(&s, "q")
        XCTAssertEqual(s.help?.filter, "q", "keys type into the filter while help is open")
        XCTAssertFalse(s.shouldQuit)
        press(&s, .escape)
        XCTAssertEqual(s.help?.filter, "")
        press(&s, .char("?"))
        XCTAssertNil(s.help)
    }

    func testMouseClickFocusesAndSelects() {
        var s = Fixtures.state(width: 80, height: 24)
        let list = s.layout.content(.list)!
        s.reduce(.mouse(MouseEvent(.press, x: list.x + 3, y: list.y + 1)))
        XCTAssertEqual(s.openArticle, 1)
        let tally = s.layout.content(.tally)!
        s.reduce(.mouse(MouseEvent(.press, x: tally.x + 1, y: tally.y)))
        XCTAssertEqual(s.focus, .tally)
        let body = s.layout.content(.body)!
        s.reduce(.focus(.list))
        s.reduce(.mouse(MouseEvent(.wheelDown, x: body.x, y: body.y)))
        XCTAssertEqual(s.focus, .list, "the wheel scrolls without moving focus")
    }

    func testTooSmallOnlyQuits() {
        var s = Fixtures.state(width: 20, height: 5)
        XCTAssertNil(Keymap.action(for: .char("j"), in: s))
        XCTAssertEqual(Keymap.action(for: .char("q"), in: s), .quit)
        s.reduce(.resize(width: 80, height: 24))
        XCTAssertEqual(s.layout.kind, .medium)
    }

    /// Random keys, clicks and sizes: nothing crashes, nothing unsafe is drawn, wide characters
    /// stay whole.
    func testRandomSessionsStaySafe() {
        var rng = SplitMix(seed: 42)
        let keys: [KeyEvent] = [.char("j"), .char("k"), .char("G"), .char("g"), .tab, .backTab, .enter, .escape,
                                .char("/"), .char("p"), .char("a"), .char("]"), .char("["), .char("n"), .char("N"),
                                .char("e"), .char(" "), .ctrl("f"), .ctrl("d"), .ctrl("u"), .pageDown, .pageUp,
                                .char("?"), .char("x"), .char("é"), .char("日"), .backspace, .up, .down, .char("4"), .char("1"),
                                .char("o"), .char("f"), .ctrl("n"), .ctrl("p")]
        for round in 0..<6 {
            var s = Fixtures.state([Fixtures.sample, Fixtures.wide, Fixtures.hostile], width: 100, height: 30)
            for _ in 0..<300 {
                switch rng.next() % 10 {
                case 0: s.reduce(.resize(width: Int(rng.next() % 220), height: Int(rng.next() % 70)))
                case 1: s.reduce(.mouse(MouseEvent(rng.next() % 3 == 0 ? .wheelDown : .press, x: Int(rng.next() % 200), y: Int(rng.next() % 60))))
                default:
                    let k = keys[Int(rng.next() % UInt64(keys.count))]
                    if k == .char("q") { continue }
                    if let a = Keymap.action(for: k, in: s), a != .quit { s.reduce(a) }
                }
                let screen = s.render()
                for y in 0..<screen.height {
                    for x in 0..<screen.width {
                        let c = screen[x, y]
                        for sc in c.text.unicodeScalars {
                            XCTAssertFalse(DisplayText.isUnsafe(sc, inEmoji: true), "round \(round): unsafe scalar drawn")
                        }
                        if c.width == 2 { XCTAssertTrue(x + 1 < screen.width && screen[x + 1, y].isContinuation) }
                        if c.isContinuation { XCTAssertTrue(x > 0 && screen[x - 1, y].width == 2) }
                    }
                }
            }
        }
    }
}

/// A small deterministic random generator for the session test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The reader on the library's own quote index (no injected searcher).
final class LibraryIndexSearchTests: XCTestCase {
    func testSearchUsesTheLibraryIndexAndOpensResults() {
        var s = ReaderState(library: Library(articles: [Fixtures.wide, Fixtures.sample]), width: 120, height: 36)
        s.reduce(.slash)
        for c in "inertia" { s.reduce(.input(.char(c))) }
        XCTAssertEqual(s.search?.results.count, 1)
        XCTAssertEqual(s.search?.results.ref(at: 0), QuoteRef(article: 1, quote: 1))
        let hit = s.search?.results.hits(in: 0..<1).first
        XCTAssertFalse(hit?.textMatches.isEmpty ?? true, "the index highlights the match")
        XCTAssertEqual(s.reduce(.input(.enter)), [.rememberSearch("inertia"), .saveReading])
        XCTAssertEqual(s.openArticle, 1)
        XCTAssertEqual(s.highlight?.span, Fixtures.sample.quotes[1].span)
    }
}
