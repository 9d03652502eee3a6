import XCTest
@testable import NewsroomKit

final class TerminalSafetyTests: XCTestCase {
    func testEscapeSequencesBecomeVisible() {
        XCTAssertEqual(TerminalSafety.visible("a\u{1B}]0;owned\u{07}b"), "a^[]0;owned^Gb")
        XCTAssertEqual(TerminalSafety.visible("x\u{9B}31m"), "x\\u{9B}31m")
        XCTAssertEqual(TerminalSafety.visible("del\u{7F}bs\u{08}"), "del^?bs^H")
    }

    func testInvisibleCharactersBecomeVisible() {
        XCTAssertEqual(TerminalSafety.visible("abc\u{202E}fed"), "abc\\u{202E}fed")
        XCTAssertEqual(TerminalSafety.visible("zero\u{200B}width"), "zero\\u{200B}width")
    }

    func testOrdinaryTextIsUntouched() {
        let s = "Juppé said: “Ça va” — 北京 👍🏽 e\u{301}\n\tnext"
        XCTAssertEqual(TerminalSafety.visible(s), s)
    }

    func testNewlinesCanBeShownToo() {
        XCTAssertEqual(TerminalSafety.visible("a\nb\tc", keepNewlines: false), "a^Jb^Ic")
    }
}
