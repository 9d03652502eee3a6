import XCTest

@testable import NewsroomKit

/// The hand-annotated newswire quote set and its scoring.
final class QuoteNewswireGoldTests: XCTestCase {
    func testEveryGoldContentIsTheTextAtItsOffsets() throws {
        let root = SharedData.packageRoot(ofTestFile: #filePath)
        guard let shared = SharedData.root(packageRoot: root) else { throw XCTSkip("../shared not found: \(SharedData.missingMessage)") }
        let gold = URL(fileURLWithPath: root).appendingPathComponent(WikinewsQuoteGold.goldPath)
        let tuning = try WikinewsQuoteGold.load(gold: gold, shared: shared, half: .tuning)
        let heldOut = try WikinewsQuoteGold.load(gold: gold, shared: shared, half: .heldOut)
        XCTAssertEqual(tuning.count, 229)
        // The nineteenth blind set is the held-out half until it joins tuning.
        XCTAssertEqual(heldOut.count, 12)
        let all = (tuning + heldOut).flatMap(\.quotes)
        XCTAssertGreaterThan(all.count, 500)
        for doc in tuning + heldOut {
            // Gold spans never overlap and are trimmed of white space.
            for (a, b) in zip(doc.quotes, doc.quotes.dropFirst()) { XCTAssertLessThanOrEqual(a.span.end, b.span.start, doc.id) }
            let text = ScalarText(doc.article.text)
            for q in doc.quotes {
                let s = text[q.span]
                XCTAssertFalse(s.first!.isWhitespace || s.last!.isWhitespace, "\(doc.id): \(s.prefix(30))")
                XCTAssertEqual(q.speakerType != nil, q.speaker != nil)
            }
        }
    }

    func testSpeakerNamesMatchByWordsAndSurname() {
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: "Donald Trump", person: true))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: "Trump", person: true))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: "President Donald Trump", person: true))
        XCTAssertFalse(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: "Donald", person: true))
        // A generational suffix is not the surname: "Downey" names "Robert Downey Jr.".
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Robert Downey Jr.", predicted: "Downey", person: true))
        XCTAssertFalse(NewswireQuoteScoring.sameSpeaker(gold: "Robert Downey Jr.", predicted: "Robert", person: true))
        XCTAssertFalse(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: "Mike Pence", person: true))
        XCTAssertFalse(NewswireQuoteScoring.sameSpeaker(gold: "Donald Trump", predicted: nil, person: true))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Associated Press", predicted: "the Associated Press", person: false))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "police", predicted: "police in Baytown, Texas", person: false))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "RIAA", predicted: "RIAA’s DMCA notice", person: false))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: "Coast Guard", predicted: "a Coast Guard spokesperson's office", person: false))
        XCTAssertTrue(NewswireQuoteScoring.sameSpeaker(gold: nil, predicted: nil, person: false))
        XCTAssertFalse(NewswireQuoteScoring.sameSpeaker(gold: nil, predicted: "Smith", person: false))
    }

    func testScoringCountsKindsAndSpeakers() {
        let text = ScalarText("Smith said the plan was dead. “We will fight on,” Brown said.")
        let gold = [
            NewswireGoldQuote(span: TextSpan(start: 11, end: 28), kind: .indirect, speaker: "Jane Smith", speakerType: .person),
            NewswireGoldQuote(span: TextSpan(start: 31, end: 47), kind: .direct, speaker: "Paul Brown", speakerType: .person),
        ]
        let predicted = [
            Quote(text: text[TextSpan(start: 11, end: 28)], span: TextSpan(start: 11, end: 28), speaker: "Jane Smith", cue: "said", kind: .indirect),
            Quote(text: text[TextSpan(start: 31, end: 38)], span: TextSpan(start: 31, end: 38), speaker: "Smith", cue: "said", kind: .direct),
        ]
        let score = NewswireQuoteScoring.score(text: text, gold: gold, predicted: predicted)
        // "We will" is 6 of 14 significant characters: found at 30%, not at 80%.
        XCTAssertEqual(score.all[0.3]?.matched, 2)
        XCTAssertEqual(score.all[0.8]?.matched, 1)
        XCTAssertEqual(score.byKind[.direct]?[0.8]?.matched, 0)
        XCTAssertEqual(score.byKind[.indirect]?[0.8]?.matched, 1)
        XCTAssertEqual(score.speaker.named, 2)
        XCTAssertEqual(score.speaker.namedCorrect, 1)
    }
}
