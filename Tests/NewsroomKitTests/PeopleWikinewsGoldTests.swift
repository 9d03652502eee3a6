import XCTest
@testable import NewsroomKit

/// The hand-annotated Wikinews gold file indexes the shared corpus exactly.
final class PeopleWikinewsGoldTests: XCTestCase {
    func testEveryGoldSurfaceIsTheTextAtItsOffsets() throws {
        let root = SharedData.packageRoot(ofTestFile: #filePath)
        guard let shared = SharedData.root(packageRoot: root) else { throw XCTSkip("../shared not found: \(SharedData.missingMessage)") }
        let gold = URL(fileURLWithPath: root).appendingPathComponent(WikinewsGold.goldPath)
        let halves = try WikinewsGold.load(gold: gold, shared: shared)
        XCTAssertEqual(halves.tuning.count + halves.heldOut.count, WikinewsGold.rows.count)
        let mentions = (halves.tuning + halves.heldOut).flatMap(\.people)
        XCTAssertGreaterThan(mentions.count, 150)
        XCTAssertTrue(mentions.allSatisfy { $0.chain != nil })
    }

    /// Every blind newswire set indexes the shared corpus exactly: its articles (those without
    /// any person declared by `# row` lines too) and its mentions.
    func testTheBlindSetsSurfacesAreTheTextAtTheirOffsets() throws {
        let sets: [(file: String, articles: Int, withoutPeople: Int, mentions: Int)] = [
            ("wikinews-blind-1.tsv", 21, 0, 258),
            ("wikinews-blind-2.tsv", 22, 2, 223),
            ("wikinews-blind-3.tsv", 21, 1, 194),
            ("wikinews-blind-4.tsv", 22, 3, 204),
            ("wikinews-blind-5.tsv", 21, 0, 210),
            ("wikinews-blind-6.tsv", 21, 3, 185),
            ("wikinews-blind-7.tsv", 22, 2, 213),
            ("wikinews-blind-8.tsv", 22, 1, 180),
        ]
        for set in sets {
            let documents = try blindSet(set.file)
            XCTAssertEqual(documents.count, set.articles, set.file)
            XCTAssertEqual(documents.filter { $0.people.isEmpty }.count, set.withoutPeople, set.file)
            XCTAssertEqual(documents.flatMap(\.people).count, set.mentions, set.file)
        }
    }

    /// Loads a blind set from the people fixtures (checking every surface against the corpus),
    /// or skips when ../shared is absent.
    private func blindSet(_ name: String) throws -> [PeopleGoldDocument] {
        let root = SharedData.packageRoot(ofTestFile: #filePath)
        guard let shared = SharedData.root(packageRoot: root) else { throw XCTSkip("../shared not found: \(SharedData.missingMessage)") }
        let gold = URL(fileURLWithPath: root).appendingPathComponent("Tests/NewsroomKitTests/Fixtures/people/\(name)")
        return try WikinewsGold.loadSet(gold: gold, shared: shared)
    }

    /// A further gold set declares its articles by comment lines (one without any person too) and
    /// by its annotations, and a surface that is not the text at its offsets is an error.
    func testAFurtherSetDeclaresItsArticlesAndChecksItsSurfaces() throws {
        let shared = FileManager.default.temporaryDirectory.appendingPathComponent("wikinews-set-\(UUID().uuidString)")
        let corpus = shared.appendingPathComponent("corpus/wikinews")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: shared) }
        try """
        url,date,title,text
        https://example.org/a,2021-01-02,First,"Mayor Ann Lee spoke. Lee left."
        https://example.org/b,2021-01-03,Second,"Rain fell on the town."
        """.write(to: corpus.appendingPathComponent("mini.csv"), atomically: true, encoding: .utf8)
        let gold = shared.appendingPathComponent("gold.tsv")
        try "# file\trow\tstart\tend\tsurface\tcluster\n# mini.csv row 1\nmini.csv\t0\t6\t13\tAnn Lee\tlee\nmini.csv\t0\t21\t24\tLee\tlee\n"
            .write(to: gold, atomically: true, encoding: .utf8)
        let documents = try WikinewsGold.loadSet(gold: gold, shared: shared)
        XCTAssertEqual(documents.map(\.id), ["mini.csv#1", "mini.csv#0"])
        XCTAssertEqual(documents[0].people.count, 0)
        XCTAssertEqual(documents[1].people.map(\.chain), ["lee", "lee"])

        try "mini.csv\t0\t7\t14\tAnn Lee\tlee\n".write(to: gold, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try WikinewsGold.loadSet(gold: gold, shared: shared))
    }
}
