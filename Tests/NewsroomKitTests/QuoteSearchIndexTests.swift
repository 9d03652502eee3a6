import NewsroomKit
import XCTest

final class QuoteSearchIndexTests: XCTestCase {
    private let library = Library(articles: [
        LibraryFixture.article(id: "a", headline: "Russia blocks Syria draft", quotes: [
            ("We will veto any resolution that threatens Syria.", "Sergei Lavrov"),
            ("The draft is unacceptable to Russia.", "Vitaly Churkin"),
            ("Nothing will change.", nil),
        ]),
        LibraryFixture.article(id: "b", headline: "France pushes on", quotes: [
            ("La France ne renoncera pas, a dit Alain Juppé.", "Alain Juppé"),
            ("Die Straße ist gesperrt, vetoes aside.", "Angela Merkel"),
            ("Russian diplomats left early; the veto stood.", "Jean-Marc Ayrault"),
        ]),
    ])

    private func refs(_ query: String) -> [QuoteRef] { library.quoteIndex.search(query).map(\.ref) }

    private func texts(_ query: String) -> [String] {
        library.quoteIndex.search(query).map { library.quote($0.ref).text }
    }

    func testEmptyAndBlankQueriesMatchNothing() {
        XCTAssertEqual(refs(""), [])
        XCTAssertEqual(refs("   "), [])
        XCTAssertEqual(refs("'"), [])
        XCTAssertEqual(refs("speaker:"), [])
    }

    func testWordsAreCaseAndDiacriticInsensitiveSubstrings() {
        XCTAssertEqual(refs("juppe"), [QuoteRef(article: 1, quote: 0)])
        XCTAssertEqual(refs("JUPPÉ"), [QuoteRef(article: 1, quote: 0)])
        XCTAssertEqual(refs("straße"), [QuoteRef(article: 1, quote: 1)])
        XCTAssertEqual(refs("strasse"), [QuoteRef(article: 1, quote: 1)])
        XCTAssertEqual(refs("russia"), [QuoteRef(article: 0, quote: 1), QuoteRef(article: 1, quote: 2)])
    }

    func testSeveralWordsAreAndedInLibraryOrder() {
        XCTAssertEqual(refs("veto russia"), [QuoteRef(article: 1, quote: 2)])
        XCTAssertEqual(refs("veto"), [QuoteRef(article: 0, quote: 0), QuoteRef(article: 1, quote: 1), QuoteRef(article: 1, quote: 2)])
    }

    func testWordsMatchTheSpeakerButNotTheHeadline() {
        XCTAssertEqual(refs("lavrov"), [QuoteRef(article: 0, quote: 0)])
        XCTAssertEqual(refs("lavrov syria"), [QuoteRef(article: 0, quote: 0)])
        XCTAssertEqual(refs("blocks"), [], "plain words do not search headlines")
        XCTAssertEqual(refs("headline:blocks"), [QuoteRef(article: 0, quote: 0), QuoteRef(article: 0, quote: 1), QuoteRef(article: 0, quote: 2)])
        XCTAssertEqual(refs("headline:blocks change"), [QuoteRef(article: 0, quote: 2)])
    }

    func testExactMatchesWholeWordsOnly() {
        XCTAssertEqual(texts("'veto"), ["We will veto any resolution that threatens Syria.", "Russian diplomats left early; the veto stood."])
        XCTAssertEqual(texts("'russia"), ["The draft is unacceptable to Russia."])
        XCTAssertEqual(refs("'vet"), [])
    }

    func testNegationExcludes() {
        XCTAssertEqual(texts("veto !russia"), ["We will veto any resolution that threatens Syria.", "Die Straße ist gesperrt, vetoes aside."])
        XCTAssertEqual(texts("veto !'veto"), ["Die Straße ist gesperrt, vetoes aside."])
        XCTAssertEqual(refs("!e").count, 0, "every quote has an e")
        XCTAssertEqual(texts("!a !e !i"), [], "only exclusions: everything else")
        XCTAssertEqual(texts("!veto !russia !juppe !strasse"), ["Nothing will change."])
        XCTAssertEqual(texts("veto !\"the veto\""), ["We will veto any resolution that threatens Syria.", "Die Straße ist gesperrt, vetoes aside."])
        XCTAssertEqual(texts("veto !headline:france"), ["We will veto any resolution that threatens Syria."])
        XCTAssertEqual(texts("!"), [], "a lone ! is no term")
    }

    func testPhrases() {
        XCTAssertEqual(texts("\"veto any\""), ["We will veto any resolution that threatens Syria."])
        XCTAssertEqual(refs("\"any veto\""), [])
        XCTAssertEqual(texts("\"the veto"), ["Russian diplomats left early; the veto stood."], "an unclosed phrase runs to the end")
        XCTAssertEqual(texts("“will veto”"), ["We will veto any resolution that threatens Syria."])
    }

    func testSpeakerRestriction() {
        XCTAssertEqual(texts("speaker:lavrov"), ["We will veto any resolution that threatens Syria."])
        XCTAssertEqual(refs("speaker:syria"), [])
        XCTAssertEqual(texts("Speaker:\"alain jupp\""), ["La France ne renoncera pas, a dit Alain Juppé."])
        XCTAssertEqual(texts("veto !speaker:lavrov !speaker:merkel"), ["Russian diplomats left early; the veto stood."])
    }

    func testHighlightsMapBackToOriginalScalars() throws {
        let text = "La France ne renoncera pas, a dit Alain Juppé."
        let hit = try XCTUnwrap(library.quoteIndex.search("juppe").first)
        XCTAssertEqual(hit.textMatches.map { LibraryFixture.slice(text, $0) }, ["Juppé"])
        XCTAssertEqual(hit.speakerMatches.map { LibraryFixture.slice("Alain Juppé", $0) }, ["Juppé"])

        let strasse = "Die Straße ist gesperrt, vetoes aside."
        let s1 = try XCTUnwrap(library.quoteIndex.search("strasse ist").first)
        XCTAssertEqual(s1.textMatches.map { LibraryFixture.slice(strasse, $0) }, ["Straße", "ist"])
        let s2 = try XCTUnwrap(library.quoteIndex.search("ss gesperrt").first)
        XCTAssertEqual(s2.textMatches.map { LibraryFixture.slice(strasse, $0) }, ["ß", "gesperrt"], "half of a folded ß highlights the ß")
    }

    func testHighlightsWithDecomposedAccentsAndCollapsedSpaces() throws {
        let decomposed = "Le ministre Jupp\u{0065}\u{0301}  a   parlé"
        let lib = Library(articles: [LibraryFixture.article(id: "d", quotes: [(decomposed, nil)])])
        let hit = try XCTUnwrap(lib.quoteIndex.search("juppe").first)
        XCTAssertEqual(hit.textMatches.map { LibraryFixture.slice(decomposed, $0) }, ["Jupp\u{0065}\u{0301}"])
        let phrase = try XCTUnwrap(lib.quoteIndex.search("\"juppe a parle\"").first)
        XCTAssertEqual(phrase.textMatches.map { LibraryFixture.slice(decomposed, $0) }, ["Jupp\u{0065}\u{0301}  a   parlé"])
    }

    func testEveryOccurrenceIsHighlightedAndExclusionsAreNot() throws {
        let hit = try XCTUnwrap(library.quoteIndex.search("e !juppe").first)
        let text = library.quote(hit.ref).text
        XCTAssertEqual(hit.textMatches.count, text.filter { $0 == "e" || $0 == "E" }.count)
        XCTAssertTrue(hit.textMatches.allSatisfy { LibraryFixture.slice(text, $0).lowercased() == "e" })
        let speakerOnly = try XCTUnwrap(library.quoteIndex.search("speaker:lavrov").first)
        XCTAssertEqual(speakerOnly.textMatches, [], "a speaker: term does not highlight the text")
        XCTAssertEqual(speakerOnly.speakerMatches, [TextSpan(start: 7, end: 13)])
    }

    func testLimitKeepsTheFirstHits() {
        XCTAssertEqual(library.quoteIndex.search("veto", limit: 2).map(\.ref), Array(refs("veto").prefix(2)))
        XCTAssertEqual(library.quoteIndex.search("veto", limit: 0), [])
    }

    func testRefiningGivesTheSameAnswerAsAFreshSearch() {
        let index = library.quoteIndex
        let steps = ["r", "ru", "rus", "russ", "russi", "russia", "russia ", "russia v", "russia ve", "russia vet",
                     "russia veto", "russia vet", "russia !ve", "russia !veto", "'russia", "'russian", "speaker:j",
                     "speaker:ju", "ju", "\"the v", "\"the veto\"", "headline:fr", "headline:fra e"]
        var previous: QuoteSearchResult?
        for step in steps {
            let refined = index.search(step, within: previous)
            XCTAssertEqual(refined.refs, index.search(step, within: nil).refs, "query \(step)")
            XCTAssertEqual(refined.refs, refs(step), "query \(step)")
            previous = refined
        }
    }

    func testHitsAreComputedForTheRequestedRange() {
        let index = library.quoteIndex
        let result = index.search("e", within: nil)
        XCTAssertEqual(index.hits(result, in: 1..<3).map(\.ref), Array(result.refs[1..<3]))
        XCTAssertEqual(index.hits(result, in: 4..<99).count, result.count - 4)
        XCTAssertNil(index.hit(at: result.count, of: result))
        XCTAssertEqual(index.hit(at: 0, of: result)?.ref, result.refs.first)
    }

    func testControlAndInvisibleCharactersDoNotBreakMatching() throws {
        let hostile = "Pu\u{200B}tin\u{1B}[31m said\u{202E}no"
        let lib = Library(articles: [LibraryFixture.article(id: "h", quotes: [(hostile, "Vladimir\tPutin")])])
        XCTAssertEqual(lib.quoteIndex.search("putin").count, 1)
        let hit = try XCTUnwrap(lib.quoteIndex.search("'putin").first)
        XCTAssertEqual(hit.textMatches.map { LibraryFixture.slice(hostile, $0) }, ["Pu\u{200B}tin"])
        XCTAssertEqual(lib.quoteIndex.search("speaker:\"vladimir putin\"").count, 1)
        XCTAssertEqual(lib.quoteIndex.search("\u{1}").count, 0, "separators cannot be searched for")
    }

    func testPlainAndFoldedHighlightPathsAgree() {
        // ASCII quotes map folded bytes straight to scalars; a trailing "…" forces the refolding path.
        let plain = ["The veto, the VETO and vetoes.", "Russia: veto!", "no match here", "a\tb veto"]
        let lib = Library(articles: [LibraryFixture.article(id: "p", quotes: plain.map { ($0, "Vet Speaker") }
            + plain.map { ($0 + " \u{2026}", "Vet Speaker\u{2026}") })])
        for query in ["veto", "'veto", "e", "\"the veto\"", "vet speaker:vet", "b veto"] {
            let hits = lib.quoteIndex.search(query)
            let firstHalf = hits.filter { $0.ref.quote < plain.count }
            let secondHalf = hits.filter { $0.ref.quote >= plain.count }
            XCTAssertEqual(firstHalf.map(\.ref.quote), secondHalf.map { $0.ref.quote - plain.count }, query)
            XCTAssertEqual(firstHalf.map(\.textMatches), secondHalf.map(\.textMatches), query)
            XCTAssertEqual(firstHalf.map(\.speakerMatches), secondHalf.map(\.speakerMatches), query)
            XCTAssertFalse(firstHalf.isEmpty, query)
        }
    }

    func testRepeatedSearchesRefineFromRememberedResults() {
        let index = library.quoteIndex
        for query in ["v", "ve", "vet", "veto", "veto !r", "veto", "v", "", "v"] {
            XCTAssertEqual(index.search(query).map(\.ref), index.search(query, within: nil).refs, query)
        }
    }

    func testHugeQuotesAreMatchedWholeButHighlightedWithinBounds() throws {
        let filler = String(repeating: "the veto ", count: 140_000)  // 1.26 MB
        let lib = Library(articles: [LibraryFixture.article(id: "big", quotes: [
            (filler + "needle", nil), ("é " + filler + "needle", nil),
        ])])
        let hits = lib.quoteIndex.search("needle veto")
        XCTAssertEqual(hits.map(\.ref.quote), [0, 1], "matching reaches the end of a huge quote")
        for hit in hits {
            XCTAssertEqual(hit.textMatches.count, 1_000, "at most 1,000 highlights per term")
            XCTAssertEqual(hit.textMatches.first.map { LibraryFixture.slice(lib.quote(hit.ref).text, $0) }, "veto")
        }
    }

    func testNonLatinTextAndSingleLetters() throws {
        let lib = Library(articles: [LibraryFixture.article(id: "ru", quotes: [
            ("Россия наложила вето.", "Василий Небензя"), ("Ничего.", "q"), ("Zzz", nil), ("北京 说", "王毅"),
        ])])
        XCTAssertEqual(lib.quoteIndex.search("россия").map(\.ref.quote), [0])
        XCTAssertEqual(lib.quoteIndex.search("ВЕТО").map(\.ref.quote), [0])
        XCTAssertEqual(lib.quoteIndex.search("небензя").map(\.ref.quote), [0])
        XCTAssertEqual(lib.quoteIndex.search("q").map(\.ref.quote), [1], "a letter found only in the speaker")
        XCTAssertEqual(lib.quoteIndex.search("z").map(\.ref.quote), [2])
        XCTAssertEqual(lib.quoteIndex.search("说").map(\.ref.quote), [3])
        XCTAssertEqual(lib.quoteIndex.search("!z !q").map(\.ref.quote), [0, 3])
        let hit = try XCTUnwrap(lib.quoteIndex.search("вето").first)
        XCTAssertEqual(hit.textMatches.map { LibraryFixture.slice("Россия наложила вето.", $0) }, ["вето"])
    }

    func testEmptyLibrary() {
        let lib = Library(articles: [])
        XCTAssertEqual(lib.quoteIndex.search("a"), [])
        XCTAssertEqual(lib.quoteIndex.search("!a"), [])
        XCTAssertEqual(lib.quoteIndex.quoteCount, 0)
    }
}
