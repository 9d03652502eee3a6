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
}
