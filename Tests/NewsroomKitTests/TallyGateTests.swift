import Foundation
import XCTest

@testable import NewsroomKit

/// `DecisionPhrases` reads only from the words of `phraseStarts` (a hashed gate in front of its
/// `switch`): a `case` whose word the gate lacks never fires. The gate must list exactly the
/// words of the cases, read here from the source file.
final class TallyGateTests: XCTestCase {
    func testTheDecisionPhraseGateListsExactlyTheWordsOfItsCases() throws {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NewsroomKit/Council/DecisionPhrases.swift")
        let text = try String(contentsOf: source, encoding: .utf8)
        var caseWords: Set<String> = []
        for line in text.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("case \"") {
            let quoted = line.split(separator: "\"", omittingEmptySubsequences: false)
            // Every other piece between quotation marks is a case word.
            for k in stride(from: 1, to: quoted.count - 1, by: 2) { caseWords.insert(String(quoted[k])) }
        }
        XCTAssertGreaterThan(caseWords.count, 20, "the case lines were not found")
        for word in caseWords.sorted() {
            XCTAssertTrue(DecisionPhrases.phraseStarts.contains(word), "case \"\(word)\" is missing from phraseStarts")
        }
        XCTAssertEqual(DecisionPhrases.phraseStarts.count, caseWords.count, "phraseStarts and the case words differ")
    }
}
