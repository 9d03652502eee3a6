import XCTest
@testable import NewsroomKit

/// Hostile and odd input never crashes the people annotator and gives well-formed output.
final class PeopleHostileInputTests: XCTestCase {
    private func assertWellFormed(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = ScalarText(s)
        let people = PeopleAnnotator().people(in: text)
        for p in people {
            XCTAssertFalse(p.mentions.isEmpty, file: file, line: line)
            XCTAssertEqual(p.mentions, p.mentions.sorted(), file: file, line: line)
            for m in p.mentions {
                XCTAssertTrue(m.start >= 0 && m.start < m.end && m.end <= text.count, file: file, line: line)
            }
        }
    }

    func testRandomScalarSoup() {
        let pool: [Unicode.Scalar] = ["A", "b", "Z", " ", "\n", ".", "'", "’", "-", "—", "\"", "“", "”", "\u{301}", "é",
                                      "\u{00A0}", "\u{202E}", "د", "字", "👍", "0", ",", "(", ")", "s", "S", "M", "r"]
        var rng = SplitMix64(seed: 42)
        for _ in 0..<200 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 300) { view.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            assertWellFormed(String(view))
        }
    }

    func testDegenerateTokens() {
        assertWellFormed("'s 's ' ' - - al- al-- O' Mr. Mr. Mr. . . .")
        assertWellFormed(String(repeating: "President ", count: 2_000) + "Zorblat Quennick said.")
        assertWellFormed(String(repeating: "Smith ", count: 3_000))
        assertWellFormed((0..<2_000).map { "Person\($0) Smith met Jones." }.joined(separator: " "))
        assertWellFormed("A" + String(repeating: "a", count: 100_000))
    }
}
