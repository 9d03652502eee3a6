import XCTest
@testable import NewsroomKit

/// Helpers shared by the loading tests: fixture paths and temporary folders.
enum LoadingFixtures {
    /// Tests/NewsroomKitTests/Fixtures/loading/<name>.
    static func path(_ name: String, file: String = #filePath) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/loading").appendingPathComponent(name).path
    }

    /// The package's bundled sample article.
    static var samplePath: String {
        SharedData.packageRoot(ofTestFile: #filePath) + "/Resources/articles/000_4b3660261e62ab7f.txt"
    }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-loading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock {
            _ = chmod(url.path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }

    /// Loads `text` as if it were a file named `name`.
    static func load(_ text: String, as name: String) -> LoadResult {
        ArticleLoader().load(data: Data(text.utf8), path: name)
    }
}

final class LoadingSampleTests: XCTestCase {
    private func sample() throws -> Article {
        let result = ArticleLoader().load(paths: [LoadingFixtures.samplePath])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.count, 1)
        return try XCTUnwrap(result.articles.first)
    }

    func testSampleFields() throws {
        let article = try sample()
        XCTAssertEqual(article.id, "000_4b3660261e62ab7f")
        XCTAssertEqual(article.path, LoadingFixtures.samplePath)
        XCTAssertEqual(article.headline, "Paris Says Russia Reviewing Syria Stance")
        XCTAssertEqual(article.dateline, "PARIS")
        XCTAssertEqual(article.source, "The Moscow Times")
        XCTAssertNil(article.date)
        XCTAssertNil(article.url)
        XCTAssertEqual(article.captions.count, 1)
        XCTAssertEqual(article.captions.first?.hasPrefix("In a photo released by Syria\u{2019}s official news agency"), true)
        XCTAssertEqual(article.captions.first?.hasSuffix("in the city of Aleppo on Tuesday."), true)
    }

    func testSampleTextIsCleaned() throws {
        let text = try sample().text
        XCTAssertTrue(text.hasPrefix("France's foreign minister, who held talks in\u{00A0}Moscow"), String(text.prefix(60)))
        for banner in ["Support The Moscow Times", "Now is the time", "Contribute Today", "Read more",
                       "Paris Says Russia Reviewing", "In a photo released", "PARIS"] {
            XCTAssertFalse(text.contains(banner), banner)
        }
        XCTAssertTrue(text.hasSuffix("\"If we get 11 votes, then we will put the\u{00A0}resolution forward so everybody faces their responsibilities,\" he said."))
        XCTAssertFalse(text.contains("\n\n\n"))
        XCTAssertEqual(text.components(separatedBy: "\n\n").count, 11)
    }

    func testSampleKeepsNoBreakSpacesAndCurlyApostrophes() throws {
        let article = try sample()
        XCTAssertTrue(article.text.contains("crackdown on\u{00A0}protesters"))
        XCTAssertTrue(article.captions[0].contains("Syria\u{2019}s"))
    }
}
