import XCTest
@testable import NewsroomUI

final class DisplayTextTests: XCTestCase {
    func testWidthsOfWideCombiningAndEmoji() {
        XCTAssertEqual(DisplayText.width("abc"), 3)
        XCTAssertEqual(DisplayText.width("日本"), 4)
        XCTAssertEqual(DisplayText.width("한국"), 4)
        XCTAssertEqual(DisplayText.width("e\u{301}"), 1, "a combining mark takes no column")
        XCTAssertEqual(DisplayText.width("👍"), 2)
        XCTAssertEqual(DisplayText.width("👍🏽"), 2, "a skin-tone modifier joins its emoji")
        XCTAssertEqual(DisplayText.width("👨\u{200D}👩\u{200D}👧"), 2, "a ZWJ family is one emoji")
        XCTAssertEqual(DisplayText.width("🇫🇷"), 2)
        XCTAssertEqual(DisplayText.width("\u{FF21}"), 2, "fullwidth Latin")
    }

    func testControlsBecomeVisibleEscapes() {
        let g = DisplayText.glyphs("a\u{1B}[31mb")
        XCTAssertEqual(g.map(\.text).joined(), "a^[[31mb")
        XCTAssertTrue(g[1].isEscape)
        XCTAssertEqual(DisplayText.glyphs("\u{7F}").map(\.text), ["^?"])
        XCTAssertEqual(DisplayText.glyphs("\u{9B}").map(\.text), ["<U+009B>"])
        XCTAssertEqual(DisplayText.glyphs("\u{202E}").map(\.text), ["<U+202E>"])
        XCTAssertEqual(DisplayText.glyphs("a\u{200B}b").map(\.text), ["a", "<U+200B>", "b"])
        XCTAssertEqual(DisplayText.glyphs("\u{07}").map(\.text), ["^G"])
        XCTAssertEqual(DisplayText.glyphs("\r\n").map(\.text), ["^M", " "])
        XCTAssertEqual(DisplayText.glyphs("\u{E000}").map(\.text), ["<U+E000>"], "private use is not sent raw")
    }

    func testOffsetsCountScalars() {
        let g = DisplayText.glyphs("e\u{301}x\u{1B}y")
        XCTAssertEqual(g.map(\.offset), [0, 2, 3, 4])
        XCTAssertEqual(g[0].scalarCount, 2)
    }

    func testLoneCombiningMarkSitsOnADottedCircle() {
        let g = DisplayText.glyphs("\u{301}")
        XCTAssertEqual(g.count, 1)
        XCTAssertEqual(g[0].width, 1)
        XCTAssertEqual(g[0].text.unicodeScalars.first, "\u{25CC}")
    }

    func testNoGlyphEverCarriesAControlCharacter() {
        var text = ""
        for v in 0..<0x250 where v != 0 { if let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) } }
        for v in [0x200B, 0x200D, 0x200E, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x2028, 0x2029, 0xE0001] {
            text.unicodeScalars.append(Unicode.Scalar(v)!)
        }
        for g in DisplayText.glyphs(text) {
            for s in g.text.unicodeScalars {
                XCTAssertFalse(DisplayText.isUnsafe(s, inEmoji: false), "unsafe U+\(String(s.value, radix: 16)) in \(g.text)")
            }
        }
    }
}

final class WrapperTests: XCTestCase {
    private func lines(_ t: String, _ w: Int) -> [String] {
        let s = Array(t.unicodeScalars)
        return Wrapper.wrap(t, width: w).map { r in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[r])
            return String(v)
        }
    }

    func testWrapsAtSpacesAndKeepsParagraphs() {
        XCTAssertEqual(lines("the quick brown fox", 10), ["the quick", "brown fox"])
        XCTAssertEqual(lines("a\n\nb", 10), ["a", "", "b"])
    }

    func testBreaksLongWordsAndWideTextWithoutSplittingClusters() {
        XCTAssertEqual(lines("abcdefghij", 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(lines("日本語テキスト", 5), ["日本", "語テ", "キス", "ト"])
        XCTAssertEqual(lines("e\u{301}e\u{301}e\u{301}", 2), ["e\u{301}e\u{301}", "e\u{301}"])
    }

    func testNoLineIsWiderThanTheWidth() {
        let text = Fixtures.sampleText + " 日本の外務大臣は👍🏽 Zoë"
        for w in [1, 2, 7, 13, 40] {
            for l in lines(text, w) { XCTAssertLessThanOrEqual(DisplayText.width(l), max(w, 2), "width \(w): \(l)") }
        }
    }

    /// The wrapper's cheap glyph shapes are exactly the glyphs' positions, widths, spaces and
    /// line breaks, for ASCII, controls, CR LF, CJK, emoji, combining marks and bidi overrides.
    func testScalarDecodingMatchesTheStandardLibrary() {
        for text in ["", "ascii only", "caf\u{E9} \u{65E5}\u{672C} \u{1F1EB}\u{1F1F7} e\u{301} \u{1B}[2J \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"] {
            XCTAssertEqual(ScalarDecoding.scalars(of: text), Array(text.unicodeScalars), text)
        }
    }

    func testGlyphShapesMatchGlyphs() {
        let text = "Plain words,\ta tab\r\nCRLF \u{1B}]0;x\u{07} e\u{301}t\u{E9} \u{65E5}\u{672C} \u{1F1EB}\u{1F1F7} \u{202E}rev\u{202C} end\n"
        var shapes: [DisplayText.GlyphShape] = []
        DisplayText.forEachGlyphShape(text) { shapes.append($0) }
        let glyphs = DisplayText.glyphs(text)
        XCTAssertEqual(shapes.count, glyphs.count)
        for (s, g) in zip(shapes, glyphs) {
            XCTAssertEqual(s.offset, g.offset)
            XCTAssertEqual(s.scalarCount, g.scalarCount)
            XCTAssertEqual(s.width, g.width)
            XCTAssertEqual(s.isLineBreak, g.isLineBreak)
            XCTAssertEqual(s.isSpace, g.text == " " && !g.isEscape && !g.isLineBreak, "glyph \(g.text) at \(g.offset)")
        }
        XCTAssertEqual(shapes.filter(\.isSpace).count, 9, "spaces and the tab are break opportunities")
    }
}

final class ScreenTests: XCTestCase {
    func testDrawingClipsToTheRectangle() {
        var s = Screen(width: 10, height: 2)
        let used = s.draw("hello world", x: 2, y: 0, style: .plain, clip: Rect(x: 2, y: 0, width: 5, height: 1))
        XCTAssertEqual(used, 5)
        XCTAssertEqual((0..<10).map { s[$0, 0].text }.joined(), "  hello   ")
        XCTAssertEqual(s.draw("x", x: 0, y: 1, style: .plain, clip: Rect(x: 2, y: 0, width: 5, height: 1)), 0)
    }

    func testAWideCharacterThatDoesNotFitBecomesASpace() {
        var s = Screen(width: 3, height: 1)
        s.draw("a日", x: 1, y: 0, style: .plain, clip: s.bounds)
        XCTAssertEqual(s[1, 0].text, "a")
        XCTAssertEqual(s[2, 0].text, " ")
        XCTAssertEqual(s[2, 0].width, 1)
    }

    func testOverwritingHalfAWideCharacterRepairsTheOtherHalf() {
        var s = Screen(width: 4, height: 1)
        s.draw("日本", x: 0, y: 0, style: .plain, clip: s.bounds)
        s.draw("x", x: 1, y: 0, style: .plain, clip: s.bounds)
        XCTAssertEqual(s[0, 0].text, " ")
        XCTAssertEqual(s[1, 0].text, "x")
        XCTAssertEqual(s[2, 0].text, "本")
        XCTAssertEqual(s[3, 0].width, 0)
    }
}
