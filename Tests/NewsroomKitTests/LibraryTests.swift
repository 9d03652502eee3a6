import Foundation
import NewsroomKit
import XCTest

final class LibraryTests: XCTestCase {
    func testCountsAndReferences() {
        let library = Library(articles: [
            LibraryFixture.article(id: "a", quotes: [("One.", "A B"), ("Two.", nil)]),
            LibraryFixture.article(id: "b"),
            LibraryFixture.article(id: "c", quotes: [("Three.", "C D")]),
        ])
        XCTAssertEqual(library.quoteCount, 3)
        XCTAssertEqual(library.quoteIndex.quoteCount, 3)
        XCTAssertEqual(library.quote(QuoteRef(article: 2, quote: 0)).text, "Three.")
        XCTAssertEqual(library.articleKey(1), ArticleKey(id: "b", path: "/articles/b.txt"))
        XCTAssertEqual(library.quoteIndex.search("three").map(\.ref), [QuoteRef(article: 2, quote: 0)])
    }

    func testLargeLibraryBuildsTheSameIndicesInParallel() {
        // Over 20,000 quotes the two indices are built on two threads.
        let names = ["Ann Lee", "Bob Ray", "Cy Young"]
        let articles = (0..<1_100).map { a in
            LibraryFixture.article(
                id: "\(a)", quotes: (0..<20).map { q in ("Quote \(a)-\(q) about item \(q % 7).", names[(a + q) % 3]) },
                people: names.map { LibraryFixture.person($0, mentions: 1 + a % 2) })
        }
        let library = Library(articles: articles)
        XCTAssertEqual(library.quoteCount, 22_000)
        XCTAssertEqual(library.people.entries.map(\.name).sorted(), names)
        XCTAssertEqual(library.people.entries.map(\.quoteCount).reduce(0, +), 22_000)
        XCTAssertEqual(library.people.entries.map(\.mentionCount).reduce(0, +), 3 * (550 * 1 + 550 * 2))
        // Refining a large candidate set (parallel filter) agrees with a brute-force count.
        let all = library.quoteIndex.search("quote", within: nil)
        XCTAssertEqual(all.count, 22_000)
        let quotes = articles.flatMap(\.quotes)
        let phrase = quotes.filter { $0.text.lowercased().contains("quote 1") && $0.speaker != "Bob Ray" }
        XCTAssertEqual(library.quoteIndex.search("\"quote 1\" !speaker:bob", within: all).count, phrase.count)
        let words = quotes.filter { $0.text.contains("1") && $0.speaker != "Bob Ray" }
        XCTAssertEqual(library.quoteIndex.search("quote 1 !speaker:bob", within: all).count, words.count)
        XCTAssertGreaterThan(words.count, phrase.count)
        // q % 7 == 3 for q = 3, 10, 17: three quotes per article.
        XCTAssertEqual(library.quoteIndex.search("\"item 3.\"").count, 1_100 * 3)
        XCTAssertEqual(library.quoteIndex.search("\"item 3.\" speaker:ann").count,
                       articles.indices.map { a in [3, 10, 17].filter { (a + $0) % 3 == 0 }.count }.reduce(0, +))
    }

    /// Search agrees with a brute-force scan on real text: the bundled sample and, when
    /// ../shared is present, Wikinews sentences as quotes.
    func testSearchAgreesWithBruteForceOnRealText() throws {
        var texts: [String] = []
        if let sample = BundledResources.articlesFolder?.appendingPathComponent("000_4b3660261e62ab7f.txt"),
           let text = try? String(contentsOf: sample, encoding: .utf8) {
            texts += text.components(separatedBy: ". ")
        }
        let root = SharedData.root(packageRoot: SharedData.packageRoot(ofTestFile: #filePath))
        if let root, let csv = try? String(contentsOf: root.appendingPathComponent("corpus/wikinews/wikinews_2019.csv"), encoding: .utf8) {
            texts += csv.components(separatedBy: ". ").prefix(1_000)
        }
        guard !texts.isEmpty else { throw XCTSkip("no sample article in the bundle") }
        let library = Library(articles: [LibraryFixture.article(id: "real", quotes: texts.map { ($0, nil) })])
        let folded = texts.map { Self.squeezed(Folding.fold($0)) }
        for word in ["russia", "juppe", "council", "veto", "said", "e", "q", "été", "syria", "the"] {
            let needle = Folding.fold(word)
            let expected = texts.indices.filter { folded[$0].contains(needle) }
            let hits = library.quoteIndex.search(word)
            XCTAssertEqual(hits.map(\.ref.quote), expected, word)
            for hit in hits.prefix(200) {
                let text = texts[hit.ref.quote]
                XCTAssertFalse(hit.textMatches.isEmpty, word)
                for span in hit.textMatches {
                    XCTAssertTrue(Folding.fold(ScalarText(text)[span]).contains(needle), "\(word): \(ScalarText(text)[span])")
                }
            }
        }
    }

    /// Whitespace runs as one space, as search sees them.
    private static func squeezed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
