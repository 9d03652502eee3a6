import XCTest
@testable import NewsroomKit

/// The fast paths of speed4 give exactly what the plain code they replaced gave: the Council
/// tokenizer's folded words and scalar classes, the resolver's word splitting and role-word filter.
final class SpeedFourTests: XCTestCase {
    func testCouncilScalarClassesAreTheUnicodeProperties() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FFF, 0x3000...0x30FF, 0xFEFF...0xFF20, 0x1F600...0x1F610]
        for range in ranges {
            for v in range {
                guard let c = Unicode.Scalar(v) else { continue }
                XCTAssertEqual(CouncilTokenizer.isLetter(c), c.properties.isAlphabetic, "U+\(String(v, radix: 16))")
                XCTAssertEqual(CouncilTokenizer.isUppercase(c), c.properties.isUppercase, "U+\(String(v, radix: 16))")
            }
        }
    }

    func testCouncilWordsAreFoldedScalarByScalar() {
        let text = "Juppé’s ÉLAN, naïve Straße — Ἀθῆναι Москва 1,250 votes; the U.S. abstained. Ça “va” ﬁne ŒUVRE"
        let tokens = CouncilTokenizer.tokenize(Array(text.unicodeScalars)).tokens
        let scalars = Array(text.unicodeScalars)
        for t in tokens where t.kind == .word && t.text != "'s" {
            var slow = String.UnicodeScalarView()
            for k in t.start..<t.end { Folding.appendFolded(scalars[k], to: &slow) }
            XCTAssertEqual(Array(t.text.utf8), Array(String(slow).utf8), t.text)
        }
        XCTAssertEqual(tokens.first { $0.kind == .number }?.text, "1250")
        XCTAssertTrue(tokens.contains { $0.text == "naive" })
    }

    func testASCIIWordsAreTheSplitOnSpaces() {
        for s in ["Alain Juppe", "  Ban  Ki-moon ", "", " ", "O'Neill", "a b c", "foreign minister"] {
            XCTAssertEqual(SpeakerResolver.asciiWords(s), s.split(separator: " "), s)
        }
        XCTAssertNil(SpeakerResolver.asciiWords("Juppé"))
        XCTAssertNil(SpeakerResolver.asciiWords("a\r\nb"))
    }

    func testRoleWordFilterPassesEveryWordOfEveryKey() {
        let ascii = ["foreign minister", "president", "prime minister", "chief executive"]
        let filter = RoleWordFilter(keys: ascii)
        for key in ascii {
            for w in key.split(separator: " ") { XCTAssertTrue(filter.mayContain(w), String(w)) }
        }
        XCTAssertFalse(filter.mayContain("obama"))
        XCTAssertFalse(filter.mayContain("Minister"))
        XCTAssertTrue(filter.mayContain("ministré"))  // not ASCII: may be equal to a key word
        let mixed = ["ministre", "premier ministre", "président"]
        let slow = Set(mixed.flatMap { $0.split(separator: " ") })
        let filter2 = RoleWordFilter(keys: mixed)
        for w in ["ministre", "premier", "président", "president", "obama", "prési\u{301}dent"] {
            XCTAssertEqual(filter2.mayContain(Substring(w)), slow.contains(Substring(w)), w)
        }
    }
}
