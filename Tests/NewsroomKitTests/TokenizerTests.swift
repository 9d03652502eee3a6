import XCTest
@testable import NewsroomKit

final class TokenizerTests: XCTestCase {
    private func words(_ s: String) -> [String] {
        let text = ScalarText(s)
        return Tokenizer.tokenize(text).map { text[$0.span] }
    }

    func testNamesWithHyphensAndApostrophesStayWhole() {
        XCTAssertEqual(words("Bashar al-Assad met Jean-Marc O'Neill and O’Brien."),
                       ["Bashar", "al-Assad", "met", "Jean-Marc", "O'Neill", "and", "O’Brien", "."])
    }

    func testPossessiveIsSplit() {
        XCTAssertEqual(words("Assad's father and Juppé’s aide"), ["Assad", "'s", "father", "and", "Juppé", "’s", "aide"])
        XCTAssertEqual(words("the Joneses' house"), ["the", "Joneses", "'", "house"])
    }

    func testAbbreviationsInitialsAndAcronymsKeepTheirPeriod() {
        XCTAssertEqual(words("Mr. Smith, Lt. Gen. Michael T. Flynn at the U.N. and the U.S."),
                       ["Mr.", "Smith", ",", "Lt.", "Gen.", "Michael", "T.", "Flynn", "at", "the", "U.N.", "and", "the", "U.S."])
    }

    func testNumbersKeepSeparatorsAndSentencePeriodIsSeparate() {
        XCTAssertEqual(words("It cost $1,000.50 in 2011. Then 3.5%."),
                       ["It", "cost", "$", "1,000.50", "in", "2011", ".", "Then", "3.5", "%", "."])
    }

    func testOffsetsAreCodePoints() {
        let text = ScalarText("Éric 👍 Juppé’s")
        let tokens = Tokenizer.tokenize(text)
        XCTAssertEqual(tokens.map { [$0.start, $0.end] }, [[0, 4], [5, 6], [7, 12], [12, 14]])
        XCTAssertEqual(tokens[3].kind, .possessive)
    }

    func testDashesAndEllipsesAreOneToken() {
        XCTAssertEqual(words("PARIS — wait... no--yes"), ["PARIS", "—", "wait", "...", "no", "--", "yes"])
    }

    func testNewlinesAreRecorded() {
        let tokens = Tokenizer.tokenize(ScalarText("a\nb\n\nc"))
        XCTAssertEqual(tokens.map(\.followsNewline), [false, true, true])
        XCTAssertEqual(tokens.map(\.followsBlankLine), [false, false, true])
    }

    func testEmptyAndSpaceOnlyInput() {
        XCTAssertTrue(Tokenizer.tokenize(ScalarText("")).isEmpty)
        XCTAssertTrue(Tokenizer.tokenize(ScalarText(" \n\u{00A0} ")).isEmpty)
    }
}

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ s: String) -> [String] {
        let text = ScalarText(s)
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.split(tokens, in: text.scalars).map { r in
            text[TextSpan(start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end)]
        }
    }

    func testSplitsAtTerminalPunctuation() {
        XCTAssertEqual(sentences("He left. She stayed! Why? Nobody knows."),
                       ["He left.", "She stayed!", "Why?", "Nobody knows."])
    }

    func testAbbreviationsDoNotEndSentences() {
        XCTAssertEqual(sentences("Mr. Smith met Gen. Jones at the U.N. headquarters. Then he left."),
                       ["Mr. Smith met Gen. Jones at the U.N. headquarters.", "Then he left."])
    }

    func testClosingQuoteStaysWithItsSentence() {
        XCTAssertEqual(sentences("\u{201C}We will win.\u{201D} He smiled. \"Yes.\" She nodded."),
                       ["\u{201C}We will win.\u{201D}", "He smiled.", "\"Yes.\"", "She nodded."])
    }

    func testNoBreakAtOpeningQuotationMark() {
        XCTAssertEqual(sentences("He said: \u{201C}We will win\u{201D} and left."),
                       ["He said: \u{201C}We will win\u{201D} and left."])
    }

    func testNoBreakBeforeLowerCase() {
        XCTAssertEqual(sentences("\u{201C}Really?\u{201D} he asked."), ["\u{201C}Really?\u{201D} he asked."])
    }

    func testLineBreaksEndSentences() {
        XCTAssertEqual(sentences("Headline Without Stop\nBody starts here."), ["Headline Without Stop", "Body starts here."])
    }
}
