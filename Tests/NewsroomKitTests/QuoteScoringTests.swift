import XCTest

@testable import NewsroomKit

/// The BRAT reader, the PolNeAR folder layout and the quote scoring, on tiny hand-made files.
final class QuoteScoringTests: XCTestCase {
    private let fixtures = URL(fileURLWithPath: SharedData.packageRoot(ofTestFile: #filePath))
        .appendingPathComponent("Tests/NewsroomKitTests/Fixtures/quotes")

    private let text = "“We will win the vote,” Smith said.\n\nThe ministry warned that prices would rise sharply.\n\nCritics called it a “giveaway” to donors.\n"

    private func span(_ s: String, in text: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(s.unicodeScalars)
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return TextSpan(start: i, end: i + needle.count)
        }
        XCTFail("\(s) not in text")
        return TextSpan(start: 0, end: 0)
    }

    private func quote(_ s: String, kind: QuoteKind = .direct, speaker: String? = nil) -> Quote {
        let sp = span(s, in: text)
        let speakerSpan = speaker.map { span($0, in: text) }
        return Quote(text: s, span: sp, speaker: speaker, speakerText: speaker, speakerSpan: speakerSpan, cue: "said", kind: kind)
    }

    private var gold: [GoldAttribution] {
        [
            GoldAttribution(id: "E1", content: [span("“We will win the vote,”", in: text)], source: [span("Smith", in: text)]),
            GoldAttribution(id: "E2", content: [span("that prices would rise sharply", in: text)], source: [span("The ministry", in: text)]),
        ]
    }

    func testReaderParsesFragmentsEventsAndSkipsOtherLines() throws {
        let ann = try String(contentsOf: fixtures.appendingPathComponent("small.ann"), encoding: .utf8)
        let parsed = BratAttributionReader.parse(ann)
        XCTAssertEqual(parsed.map(\.id), ["E1", "E2", "E3"])
        XCTAssertEqual(parsed[0].content, [TextSpan(start: 0, end: 25)])
        XCTAssertEqual(parsed[0].source, [TextSpan(start: 27, end: 32)])
        XCTAssertEqual(parsed[0].cue, [TextSpan(start: 33, end: 37)])
        XCTAssertEqual(parsed[1].content, [TextSpan(start: 63, end: 68), TextSpan(start: 75, end: 90)])
        XCTAssertEqual(parsed[2].source, [], "Attribution-no-source has no source")
    }

    func testCorpusUsesTheFirstAnnotatorAndAFixedDevSplit() throws {
        let corpus = try PolnearCorpus(folder: fixtures.appendingPathComponent("polnear"))
        XCTAssertEqual(corpus.documents.map(\.name), ["doc-a", "doc-b"])
        XCTAssertEqual(corpus.documents[0].annotationURL.lastPathComponent, "doc-a_aaaa.ann")
        XCTAssertEqual((0..<10).filter(PolnearCorpus.isDev), [4, 9])
        XCTAssertEqual(corpus.split(.dev).count, 0)
        XCTAssertEqual(corpus.split(.train).count, 2)
    }

    func testPerfectPredictionsScoreOne() {
        let predicted = [
            quote("We will win the vote,", speaker: "Smith"),
            quote("prices would rise sharply", kind: .indirect, speaker: "The ministry"),
        ]
        let score = QuoteScoring.score(text: ScalarText(text), gold: gold, predicted: predicted)
        for t in QuoteScoring.thresholds {
            XCTAssertEqual(score.all.byThreshold[t]?.f1, 1, "marks and a leading \"that\" are not counted")
        }
        XCTAssertEqual(score.direct.byThreshold[0.8]?.gold, 1)
        XCTAssertEqual(score.direct.byThreshold[0.8]?.matched, 1)
        XCTAssertEqual(score.all.speaker.spanCorrect, 2)
        XCTAssertEqual(score.all.speaker.withSource, 2)
        XCTAssertEqual(score.all.speaker.nameCorrect, 1)
        XCTAssertEqual(score.all.speaker.named, 1, "\"The ministry\" names no one")
    }

    func testPartialOverlapPassesOnlyTheLowThreshold() {
        let predicted = [quote("We will win", speaker: "Smith")]
        let score = QuoteScoring.score(text: ScalarText(text), gold: gold, predicted: predicted)
        XCTAssertEqual(score.direct.byThreshold[0.3]?.matched, 1)
        XCTAssertEqual(score.direct.byThreshold[0.8]?.matched, 0)
        XCTAssertEqual(score.all.byThreshold[0.3]?.recall, 0.5)
    }

    func testSpuriousQuoteAndWrongSpeaker() {
        let predicted = [quote("We will win the vote,", speaker: "The ministry"), quote("giveaway")]
        let score = QuoteScoring.score(text: ScalarText(text), gold: gold, predicted: predicted)
        XCTAssertEqual(score.direct.byThreshold[0.8]?.precision, 0.5)
        XCTAssertEqual(score.direct.byThreshold[0.8]?.recall, 1)
        XCTAssertEqual(score.direct.speaker.spanCorrect, 0)
        XCTAssertEqual(score.direct.speaker.nameCorrect, 0)
    }

    func testSeveralQuotesTogetherFindOneDiscontinuousAttribution() {
        let split = [GoldAttribution(id: "E1", content: [span("“We will win", in: text), span("the vote,”", in: text)])]
        let predicted = [quote("We will win"), quote("the vote,")]
        let score = QuoteScoring.score(text: ScalarText(text), gold: split, predicted: predicted)
        XCTAssertEqual(score.all.byThreshold[0.8]?.matched, 1)
        XCTAssertEqual(score.all.byThreshold[0.8]?.matchedPredicted, 2)
        XCTAssertEqual(score.all.byThreshold[0.8]?.precision, 1)
    }

    func testDirectGoldIsContentWhollyInMarks() {
        let s = ScalarText(text)
        XCTAssertTrue(QuoteScoring.isDirectGold(gold[0], s))
        XCTAssertFalse(QuoteScoring.isDirectGold(gold[1], s))
        let mixed = GoldAttribution(id: "E3", content: [span("it a “giveaway”", in: text)])
        XCTAssertFalse(QuoteScoring.isDirectGold(mixed, s))
    }

    func testExtractorOnTheFixtureDocument() throws {
        let corpus = try PolnearCorpus(folder: fixtures.appendingPathComponent("polnear"))
        let doc = corpus.documents[0]
        let raw = try String(contentsOf: doc.textURL, encoding: .utf8)
        let parsed = BratAttributionReader.parse(try String(contentsOf: doc.annotationURL, encoding: .utf8))
        let s = ScalarText(raw)
        let score = QuoteScoring.score(text: s, gold: parsed, predicted: QuoteExtractor().quotes(in: s, people: []))
        XCTAssertEqual(score.all.byThreshold[0.8]?.f1, 1)
        XCTAssertEqual(score.all.speaker.spanAccuracy, 1)
    }
}
