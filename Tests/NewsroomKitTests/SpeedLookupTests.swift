import XCTest
@testable import NewsroomKit

/// The fast paths of the quote and tally stages (speed3) give exactly what the plain code they
/// replaced gave: scalar classes, ASCII folding, hashed word lists, Council words and role words.
final class SpeedLookupTests: XCTestCase {
    func testQuoteScalarClassesAreTheUnicodeProperties() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FFF, 0x3000...0x30FF, 0x4E00...0x4E80, 0xFEFF...0xFF20, 0x1F600...0x1F610]
        for range in ranges {
            for v in range {
                guard let c = Unicode.Scalar(v) else { continue }
                let p = c.properties
                let word = p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                XCTAssertEqual(QuoteScalarClass.isWord(c), word, "U+\(String(v, radix: 16))")
                XCTAssertEqual(QuoteScalarClass.isUpper(c), p.isUppercase, "U+\(String(v, radix: 16))")
                XCTAssertEqual(QuoteScalarClass.isLower(c), p.isLowercase, "U+\(String(v, radix: 16))")
                XCTAssertEqual(QuoteScalarClass.isSpace(c), v == 0xA0 || p.isWhitespace, "U+\(String(v, radix: 16))")
            }
        }
    }

    func testASCIIFoldingIsFoldingScalarByScalar() {
        for s in ["", "Alain JUPPE", "O'Neill, U.S. 1,000 \t\r\n ~`!@#[]{}", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })] {
            var slow = String.UnicodeScalarView()
            for c in s.unicodeScalars { Folding.appendFolded(c, to: &slow) }
            XCTAssertEqual(Array(Folding.fold(s).utf8), Array(String(slow).utf8))
        }
        XCTAssertEqual(Folding.fold("Juppé O’Neill"), "juppe o'neill")
    }

    func testWordHashSetIsASetOfTheSameHashes() {
        let words = ["said", "says", "told", "said", "according", "the", "it's"]
        let hashes = words.map(WordHash.of)
        let fast = WordHashSet(hashes)
        let plain = Set(hashes)
        XCTAssertEqual(fast.count, plain.count)
        XCTAssertEqual(Set(fast), plain)
        for w in words + ["say", "tell", "", "x", "thé"] {
            XCTAssertEqual(fast.contains(WordHash.of(w)), plain.contains(WordHash.of(w)), w)
        }
        XCTAssertEqual(Set(fast.union([WordHash.of("x")])), plain.union([WordHash.of("x")]))
    }

    func testCouncilWordsFoldAsBefore() {
        let text = "The U.S. and UK, Côte d'Ivoire's envoy, O’Neill; nine votes — fifteen members, 1,000 Ⅻ."
        let (tokens, _) = CouncilTokenizer.tokenize(Array(text.unicodeScalars))
        for t in tokens where t.kind == .word && t.text != "'s" {
            let scalars = Array(text.unicodeScalars)[t.start..<t.end]
            var folded = String.UnicodeScalarView()
            for c in scalars { Folding.appendFolded(c, to: &folded) }
            XCTAssertEqual(t.text, String(folded))
            XCTAssertEqual(t.capitalized, CouncilTokenizer.isUppercase(scalars.first!))
            let letters = scalars.filter(CouncilTokenizer.isLetter)
            XCTAssertEqual(t.allCaps, letters.count >= 2 && letters.allSatisfy(CouncilTokenizer.isUppercase), t.text)
        }
        XCTAssertEqual(tokens.first { $0.text == "nine" }?.number, 9)
        XCTAssertEqual(tokens.first { $0.text == "fifteen" }?.number, 15)
    }

    func testNormalizedRolesSplitAsCharacters() {
        for s in ["Foreign Minister", "the President's spokeswoman", "Chief Executive Officer", "U.S. Defense Secretary",
                  "Ministre des Affaires étrangères", "vice-president\r\nof", "premier  "] {
            let plain = Folding.fold(s).split(whereSeparator: { !$0.isLetter && $0 != "'" })
                .map { $0.hasSuffix("'s") ? $0.dropLast(2) : $0 }
                .filter { !$0.isEmpty }
            XCTAssertEqual(SpeakerResolver.normalizedRole(s), RoleSynonyms.canonical(plain).joined(separator: " "), s)
        }
    }
}
