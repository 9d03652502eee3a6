import XCTest
@testable import NewsroomKit

/// Every gold article of Fixtures/council gives the expected tally (or none).
final class TallyFixtureTests: XCTestCase {
    func testEveryFixture() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/council", isDirectory: true)
        let cases = try TallyEvaluation.load(folder: folder)
        XCTAssertGreaterThanOrEqual(cases.count, 40)
        XCTAssertGreaterThanOrEqual(cases.filter { $0.expected == nil }.count, 5, "negatives")
        let builder = TallyBuilder()
        for c in cases {
            let tally = builder.tally(for: c.article, text: ScalarText(c.article.text))
            let result = TallyEvaluation.score(c, tally: tally)
            XCTAssertEqual(result.problems, [], c.name)
            // Counts always agree with the members, and every determined stance has evidence in the text.
            if let tally {
                XCTAssertEqual(tally.counts, TallyCounts(members: tally.members), c.name)
                let length = c.article.text.unicodeScalars.count
                for m in tally.members where m.stance != .unknown {
                    let e = try XCTUnwrap(m.evidence, "\(c.name): \(m.name)")
                    XCTAssertTrue(e.start >= 0 && e.end <= length && e.start < e.end, "\(c.name): \(m.name)")
                }
            }
        }
    }
}
