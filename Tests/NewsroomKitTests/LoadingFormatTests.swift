import XCTest
@testable import NewsroomKit

final class LoadingFormatTests: XCTestCase {
    private func load(_ name: String) -> LoadResult {
        ArticleLoader().load(paths: [LoadingFixtures.path("formats/" + name)])
    }

    private func reasons(_ result: LoadResult) -> [String] { result.problems.map(\.reason) }

    func testMarkdownFrontMatter() throws {
        let result = load("article.md")
        XCTAssertEqual(result.problems, [])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.id, "harbour-2019-01")
        XCTAssertEqual(article.headline, "Harbour Strike Ends After Three Weeks")
        XCTAssertEqual(article.date, "2019-01-04")
        XCTAssertEqual(article.source, "The Harbour Gazette")
        XCTAssertEqual(article.url, "https://example.org/harbour-strike")
        XCTAssertEqual(article.author, "Ana O'Neill")
        XCTAssertEqual(article.dateline, "DOVER")
        XCTAssertEqual(article.text, "Dock workers returned on Friday after a deal on pay.\n\nA heading that is not the title\n\nThe union called the agreement \"a fair result\".")
    }

    func testMarkdownHeadingIsTheTitleWithoutFrontMatter() throws {
        let article = try XCTUnwrap(load("no-front-matter.md").articles.first)
        XCTAssertEqual(article.id, "no-front-matter")
        XCTAssertEqual(article.headline, "Ferries Run Again")
        XCTAssertEqual(article.text, "Ferries ran on schedule on Sunday.")
    }

    func testUnclosedFrontMatterIsReportedAndTheFileLoadsAsText() throws {
        let result = load("broken-front-matter.md")
        XCTAssertEqual(result.articles.count, 1)
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertFalse(try XCTUnwrap(result.problems.first).skipped)
        XCTAssertTrue(reasons(result)[0].contains("never closed"), reasons(result)[0])
    }

    func testJSONObject() throws {
        let result = load("article.json")
        XCTAssertEqual(result.problems, [])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.id, "council-42")
        XCTAssertEqual(article.headline, "Council Adopts Aid Resolution")
        XCTAssertEqual(article.date, "2019-01-04")
        XCTAssertEqual(article.source, "Example Wire")
        XCTAssertEqual(article.author, "Sam Lee")
        XCTAssertEqual(article.dateline, "NEW YORK")
        // A structured record's body is verbatim: the dateline is read but stays in the text.
        XCTAssertEqual(article.text, "NEW YORK (AP) — The Security Council adopted the resolution on Friday.\n\nThirteen members voted in favour.")
    }

    func testJSONArrayNumbersItemsAndReportsBadOnes() {
        let result = load("articles.json")
        XCTAssertEqual(result.articles.map(\.id), ["articles#1", "articles#3"])
        XCTAssertEqual(result.articles.map(\.headline), ["First Story", "Third Story"])
        XCTAssertEqual(result.articles.first?.date, "2019-01-04")
        XCTAssertEqual(result.articles.first?.text, "The first story's text.")
        XCTAssertEqual(reasons(result), ["item 2 is not a JSON object; skipped", "item 4 has no `text` or `body` string; skipped"])
    }

    func testJSONLinesReportsBadLinesByNumber() {
        let result = load("articles.jsonl")
        XCTAssertEqual(result.articles.map(\.id), ["articles#1", "articles#3"])
        XCTAssertEqual(result.articles.first?.date, "2019-01-04")
        XCTAssertEqual(result.problems.count, 2)
        XCTAssertTrue(reasons(result)[0].hasPrefix("line 2: invalid JSON"), reasons(result)[0])
        XCTAssertEqual(reasons(result)[1], "line 5: not a JSON object; line skipped")
        XCTAssertTrue(result.problems.allSatisfy(\.skipped))
    }

    func testMalformedJSONIsSkippedWithReason() throws {
        let result = LoadingFixtures.load("{\"title\": \"x\", ", as: "bad.json")
        XCTAssertEqual(result.articles.count, 0)
        let problem = try XCTUnwrap(result.problems.first)
        XCTAssertTrue(problem.skipped)
        XCTAssertEqual(problem.path, "bad.json")
        XCTAssertTrue(problem.reason.hasPrefix("invalid JSON"), problem.reason)
    }

    func testCSVWithQuotesMultilineFieldsAndShortRows() {
        let result = load("articles.csv")
        XCTAssertEqual(result.articles.map(\.id), ["articles#1", "articles#2"])
        XCTAssertEqual(result.articles.map(\.headline), ["Vote, Delayed", "Plain Row"])
        XCTAssertEqual(result.articles.map(\.date), ["2019-01-05", "2019-01-05"])
        XCTAssertEqual(result.articles.first?.url, "https://example.org/a")
        XCTAssertEqual(result.articles.first?.text, "First paragraph with a \"quote\".\n\nSecond paragraph.")
        XCTAssertEqual(reasons(result), [
            "row 3 (line 6) has 2 fields, the header has 5",
            "row 3 (line 6) has no `text` field; row skipped",
        ])
    }

    func testCSVUnterminatedQuoteSkipsTheRest() {
        let result = load("unterminated.csv")
        XCTAssertEqual(result.articles.map(\.headline), ["Good"])
        XCTAssertEqual(reasons(result), ["quoted field opened on line 3 is never closed; the rest of the file was skipped"])
    }

    func testCSVWithoutTextColumn() {
        let result = LoadingFixtures.load("a,b\n1,2\n", as: "x.csv")
        XCTAssertEqual(result.articles.count, 0)
        XCTAssertEqual(reasons(result), ["CSV header has no `text` or `body` column (found: a, b)"])
    }

    func testHTMLArticle() throws {
        let result = load("article.html")
        XCTAssertEqual(result.problems, [])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.headline, "Talks Resume in Geneva")
        XCTAssertEqual(article.date, "2019-01-07")
        XCTAssertEqual(article.author, "Lee Chan")
        XCTAssertEqual(article.source, "Example News")
        XCTAssertEqual(article.url, "https://example.org/talks")
        XCTAssertEqual(article.captions, ["Delegates arrive in Geneva on Monday."])
        XCTAssertEqual(article.dateline, "GENEVA")
        XCTAssertEqual(article.text, "Talks resumed on Monday, the envoy\u{2019}s office said.\n\nBoth sides sent delegations of\u{00A0}five & more.")
    }

    func testHTMLWithoutArticleOrParagraphs() throws {
        let article = try XCTUnwrap(load("no-article.htm").articles.first)
        XCTAssertEqual(article.headline, "Plain Page")
        XCTAssertEqual(article.text, "First block of text.\n\nSecond block \u{2014} with a dash \u{2019}s.")
    }

    func testRSSFeed() {
        let result = load("feed.rss")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.map(\.id), ["feed#1", "feed#2"])
        XCTAssertEqual(result.articles.map(\.headline), ["Ceasefire Holds for Second Day", "Ports Reopen"])
        XCTAssertEqual(result.articles.map(\.date), ["2019-01-04", "2019-01-05"])
        XCTAssertEqual(result.articles.map(\.source), ["Example Wire", "Example Wire"])
        XCTAssertEqual(result.articles.first?.author, "Maria Rossi")
        XCTAssertEqual(result.articles.first?.url, "https://example.org/ceasefire")
        XCTAssertEqual(result.articles.first?.dateline, "BEIRUT")
        XCTAssertEqual(result.articles.map(\.text), [
            "The ceasefire held for a second day.\n\nAid convoys moved north.",
            "Ports reopened on Saturday.\n\nShips queued & waited.",
        ])
    }

    func testAtomFeed() {
        let result = load("feed.atom")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.map(\.headline), ["Vote Postponed", "Second Entry"])
        XCTAssertEqual(result.articles.map(\.date), ["2019-01-06", "2019-01-07"])
        XCTAssertEqual(result.articles.first?.url, "https://example.org/vote")
        XCTAssertEqual(result.articles.first?.author, "Kim Park")
        XCTAssertEqual(result.articles.first?.source, "Example Atom News")
        XCTAssertEqual(result.articles.map(\.text), ["The vote was postponed.\n\nIt may take place next week.", "Plain summary text."])
    }

    func testXMLThatIsNotAFeed() {
        let result = LoadingFixtures.load("<note><to>A</to></note>", as: "n.xml")
        XCTAssertEqual(result.articles.count, 0)
        XCTAssertEqual(reasons(result), ["not an RSS or Atom feed (no <rss>, <feed>, <item> or <entry>)"])
    }

    func testFolderIsWalkedRecursivelyInSortedOrderIgnoringDotfilesAndUnknownExtensions() throws {
        let root = try LoadingFixtures.temporaryFolder(self)
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("b/inner"), withIntermediateDirectories: true)
        for (name, text) in [("b/inner/z.txt", "Z Story\n\nz."), ("b/a.txt", "A Story\n\na."), ("c.md", "# C\n\nc."),
                             (".hidden.txt", "Hidden\n\nh."), ("notes.docx", "x"), ("a.json", #"{"title":"J","text":"j."}"#)] {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        let result = ArticleLoader().load(paths: [root.path])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.map(\.headline), ["J", "A Story", "Z Story", "C"])
        XCTAssertEqual(result.articles.map(\.path), ["a.json", "b/a.txt", "b/inner/z.txt", "c.md"].map { root.path + "/" + $0 })
    }

    func testExplicitFileWithUnknownExtensionIsReadAsPlainText() throws {
        let root = try LoadingFixtures.temporaryFolder(self)
        let file = root.appendingPathComponent("story.article")
        try Data("Odd Extension Story\n\nBody.".utf8).write(to: file)
        let result = ArticleLoader().load(paths: [file.path])
        XCTAssertEqual(result.articles.map(\.headline), ["Odd Extension Story"])
        XCTAssertEqual(result.articles.map(\.id), ["story"])
    }
}

final class FolderDocumentTests: XCTestCase {
    func testFolderDocumentsAreNotArticlesUnlessNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["README.md", "LICENSE.md", "license.txt", "story.md"] {
            try "# \(name)\n\nSome text here.".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let folder = ArticleLoader().load(paths: [dir.path])
        XCTAssertEqual(folder.articles.map { URL(fileURLWithPath: $0.path).lastPathComponent }, ["story.md"])
        XCTAssertEqual(folder.problems, [])
        let named = ArticleLoader().load(paths: [dir.appendingPathComponent("README.md").path])
        XCTAssertEqual(named.articles.count, 1, "a folder document named explicitly still loads")
    }
}
