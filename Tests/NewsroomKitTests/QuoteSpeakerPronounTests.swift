import XCTest

@testable import NewsroomKit

/// He/she after a sentence about a person the people layer did not mark there: a surname it
/// missed, or the surname of a named speaker it never found.
final class QuoteSpeakerPronounTests: XCTestCase {
    func testASurnameOpeningThePreviousSentenceNamesTheUnknownSpeaker() throws {
        let text = """
            Study co-author Ming Zhou said the coating lasts a month. Paul Brown of the foundation noted the sprays are cheap.

            Zhou and three co-authors have started a company. He remarked, “My goal is to invent things that everyone can use.”
            """
        let found = QuoteRoundCast.quotes(text)
        let remark = try XCTUnwrap(found.last)
        XCTAssertEqual(remark.speakerText, "He")
        XCTAssertEqual(remark.speaker, "Study co-author Ming Zhou")
    }

    func testASurnameTheTaggerMissedCountsAsAMention() throws {
        let text = """
            Paul Brown said the talks would go on.

            Later on Tuesday Brown met the bank's chief, then Tom Reed, where he criticised the deal again. On the border, he noted “it is important to keep talking to everyone”.
            """
        // The people layer found "Paul Brown" but not the later "Brown"; Tom Reed's sex is unknown.
        let scalars = Array(text.unicodeScalars)
        func span(of form: String, from: Int = 0) -> TextSpan {
            let f = Array(form.unicodeScalars)
            let i = (from...(scalars.count - f.count)).first { Array(scalars[$0..<($0 + f.count)]) == f }!
            return TextSpan(start: i, end: i + f.count)
        }
        let people = [
            Person(name: "Paul Brown", title: nil, mentions: [span(of: "Paul Brown")], sex: .male),
            Person(name: "Tom Reed", title: nil, mentions: [span(of: "Tom Reed")], sex: nil),
        ]
        let found = QuoteTestSupport.quotes(text, people: people)
        let noted = try XCTUnwrap(found.first { $0.cue == "noted" })
        XCTAssertEqual(noted.speaker, "Paul Brown")
    }
}
