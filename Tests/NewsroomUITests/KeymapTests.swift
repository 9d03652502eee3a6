import Foundation
import XCTest
@testable import NewsroomUI

final class KeymapTests: XCTestCase {
    func testEveryBindingIsDocumentedInDocsKeys() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        for b in Keymap.bindings {
            let keys = b.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            let row = "| \(keys) | \(b.summary.replacingOccurrences(of: "|", with: "\\|")) |"
            XCTAssertTrue(doc.contains(row), "docs/keys.md lacks the row: \(row)")
        }
    }

    func testNoKeyIsBoundTwiceToDifferentActions() {
        var seen: [KeyEvent: Action] = [:]
        for b in Keymap.bindings {
            guard let a = b.action else { continue }
            for k in b.keys {
                if let other = seen[k] { XCTAssertEqual(other, a, "\(k) is bound twice") }
                seen[k] = a
            }
        }
    }

    func testPromptsAndHelpTakeTheKeyboard() {
        var s = Fixtures.state()
        XCTAssertEqual(Keymap.action(for: .char("q"), in: s), .quit)
        s.reduce(.searchQuotes)
        XCTAssertEqual(Keymap.action(for: .char("q"), in: s), .input(.char("q")), "q is text in a prompt")
        s.reduce(.escape)
        s.reduce(.toggleHelp)
        XCTAssertEqual(Keymap.action(for: .char("j"), in: s), .input(.char("j")))
    }

    func testEscapeIsNeverQuit() {
        for b in Keymap.bindings where b.keys.contains(.escape) { XCTAssertNotEqual(b.action, .quit) }
    }
}
