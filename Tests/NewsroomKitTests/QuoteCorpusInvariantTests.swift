import XCTest

@testable import NewsroomKit

/// Invariants of the extractor's output on real news text (a sample of the PolNeAR texts in
/// ../shared): every quote is the text at its span, speaker text is the text at its span,
/// quotes come in text order and do not overlap.
final class QuoteCorpusInvariantTests: XCTestCase {
    func testInvariantsOnPolnearTexts() throws {
        let root = SharedData.packageRoot(ofTestFile: #filePath)
        guard let shared = SharedData.root(packageRoot: root) else {
            throw XCTSkip("…/shared not found: \(SharedData.missingMessage)")
        }
        let folder = shared.appendingPathComponent("quotes/polnear-train/text")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() else {
            throw XCTSkip("…/shared not found: \(folder.path) is missing")
        }
        var checked = 0
        for (i, file) in files.enumerated() where i % 5 == 0 && file.hasSuffix(".txt") {
            let raw = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let text = ScalarText(raw)
            let quotes = QuoteExtractor().quotes(in: text, people: PeopleAnnotator().people(in: text))
            var previousEnd = 0
            for q in quotes {
                XCTAssertEqual(q.text, text[q.span], file)
                XCTAssertGreaterThanOrEqual(q.span.start, previousEnd, "\(file): quotes overlap or are out of order")
                XCTAssertLessThanOrEqual(q.span.end, text.count)
                XCTAssertFalse(q.text.isEmpty, file)
                if let s = q.speakerSpan { XCTAssertEqual(q.speakerText, text[s], file) }
                if q.kind == .direct {
                    XCTAssertFalse(q.text.hasPrefix("“") || q.text.hasSuffix("”"), "\(file): marks inside a direct quote's span")
                }
                previousEnd = q.span.end
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 100)
    }
}
