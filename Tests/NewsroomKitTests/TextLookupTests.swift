import XCTest
@testable import NewsroomKit

/// The fast look-up structures of the people annotator give exactly what the plain ones they
/// replaced gave: folded forms, word types, word sets and maps, character classes, weight rows.
final class TextLookupTests: XCTestCase {
    /// Canonically equivalent spellings (precomposed and decomposed Hangul, Tamil vowel signs),
    /// diacritics, curly quotes, Devanagari, joined particles.
    private let mixed = "Alain Juppé met JUPPE and juppe. “Al-Assad” al-Assad O’Neill — नरेंद्र मोदी "
        + "\u{D55C}\u{AE00} \u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} \u{0BCA} \u{0BC6}\u{0BBE} İstanbul ǅ Ⅻ ²"

    func testFoldedFormsAreFoldingOfEachToken() {
        let t = TokenizedText(ScalarText(mixed))
        for i in 0..<t.count {
            let expected = Folding.fold(t.string(i))
            XCTAssertEqual(Array(t.folded[i].utf8), Array(expected.utf8), t.string(i))
            XCTAssertEqual(t.foldHashes[i], Hashing.fnv(expected))
            XCTAssertEqual(t.stripped(i), NameVocabulary.strippingParticle(expected))
        }
    }

    func testTokensShareATypeExactlyWhenTheirFoldedFormsAreEqualStrings() {
        let t = TokenizedText(ScalarText(mixed))
        for i in 0..<t.count {
            XCTAssertEqual(t.types[Int(t.typeOf[i])], t.folded[i])
            for j in 0..<t.count {
                XCTAssertEqual(t.typeOf[i] == t.typeOf[j], t.folded[i] == t.folded[j], "\(t.folded[i]) / \(t.folded[j])")
            }
        }
        XCTAssertEqual(t.folded.filter { $0 == "juppe" }.count, 3)
    }

    func testCaseBitsMatchTheScalars() {
        let t = TokenizedText(ScalarText(mixed))
        for i in 0..<t.count {
            let s = Array(t.string(i).unicodeScalars)
            let word = t.tokens[i].kind == .word
            XCTAssertEqual(t.isCapitalized(i), word && CharClass.isUpper(s[0]))
            XCTAssertEqual(t.isLowerInitial(i), word && CharClass.isLower(s[0]))
            XCTAssertEqual(t.isAllCaps(i), word && !s.contains(where: CharClass.isLower) && s.filter(CharClass.isLetter).count >= 2)
        }
    }

    func testWordSetsAndMapsAnswerAsSetsAndDictionaries() {
        let words = ["juppe", "al-assad", "o'neill", "\u{D55C}\u{AE00}", "\u{0BCA}", "smith", "", "jr."]
        let set = WordSet(words)
        let plain = Set(words)
        let queries = words + ["\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", "\u{0BC6}\u{0BBE}", "Juppe", "jupp", "smiths", "x"]
        for q in queries { XCTAssertEqual(set.contains(q), plain.contains(q), q) }
        let map = WordMap([("a", 1), ("b", 2), ("a", 3), ("\u{D55C}", 4), ("\u{1112}\u{1161}\u{11AB}", 5)])
        let dict = Dictionary([("a", 1), ("b", 2), ("a", 3), ("\u{D55C}", 4), ("\u{1112}\u{1161}\u{11AB}", 5)]) { _, new in new }
        for q in ["a", "b", "c", "\u{D55C}", "\u{1112}\u{1161}\u{11AB}"] { XCTAssertEqual(map[q], dict[q], q) }
        XCTAssertEqual(map.count, dict.count)
    }

    func testCharacterClassesMatchTheUnicodeProperties() {
        for v in UInt32(0x80)..<0x2100 {
            guard let c = Unicode.Scalar(v) else { continue }
            let p = c.properties
            let mark = v >= 0x300 && [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
            XCTAssertEqual(CharClass.isMark(c), mark, "U+\(String(v, radix: 16))")
            XCTAssertEqual(CharClass.isLetter(c), p.isAlphabetic && !mark, "U+\(String(v, radix: 16))")
            XCTAssertEqual(CharClass.isDigit(c), p.numericType == .decimal, "U+\(String(v, radix: 16))")
            XCTAssertEqual(CharClass.isUpper(c), p.generalCategory == .uppercaseLetter || p.generalCategory == .titlecaseLetter)
            XCTAssertEqual(CharClass.isLower(c), p.generalCategory == .lowercaseLetter)
        }
    }

    func testCompactWeightRowsKeepTheDenseTable() throws {
        var table = [Int16](repeating: 0, count: (1 << 8) * EntityLabels.count)
        for (k, v) in [(0, Int16(5)), (16, -7), (17 * 40 + 3, 300), (table.count - 1, -1)] { table[k] = v }
        let weights = PerceptronWeights(rowBits: 8, scale: 2, table: table)
        XCTAssertEqual(weights.table, table)
        XCTAssertEqual(weights.keptRows.count, 4 * EntityLabels.count)
        XCTAssertEqual(try PerceptronWeights(data: weights.serialized()).table, table)
    }
}
