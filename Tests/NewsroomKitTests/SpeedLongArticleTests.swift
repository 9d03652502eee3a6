import XCTest
@testable import NewsroomKit

/// The indexes that keep one long article linear (perf branch) answer what the whole-text scans
/// they replace answered.
final class SpeedLongArticleTests: XCTestCase {
    private let text = """
        The United States Geological Survey (USGS) said so.
        A spokesman for the United States Air Force and the United States Airline Pilots spoke.
        Nothing here.
        The United States \u{212A}ansas office and the United States said.
        the United States Department of State, the United States Department of Energy
        """

    func testUnitedStatesLinesHoldEveryLineThatCanWriteTheName() {
        let scalars = Array(text.unicodeScalars)
        let index = UnitedStatesLines(scalars)
        func string(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        XCTAssertEqual(index.all.map(string), text.split(separator: "\n").map(String.init).filter { $0.contains("United States ") })
        let names = [
            "United States Geological Survey", "United States Air Force", "United States Air", "United States Airline Pilots",
            "United States Kansas office", "United States \u{212A}ansas", "United States Department of Energy",
            "United States Department of Justice", "United States Navy", "the United States Air Force and",
            "United States Geological Survey (USGS) said so.\nA spokesman",
        ]
        for name in names {
            let whole = text.contains(name)
            guard let lines = index.lines(mayHolding: name) else {
                XCTAssertTrue(name.contains("\n"), name)
                continue
            }
            XCTAssertEqual(lines.contains { string($0).contains(name) }, whole, name)
        }
        // The word after "United States " picks the lines: "Department" only the last line.
        XCTAssertEqual(index.lines(mayHolding: "United States Department of Justice")?.map(string),
                       ["the United States Department of State, the United States Department of Energy"])
        XCTAssertEqual(index.lines(mayHolding: "United States Navy office"), [])
        // A name ending inside a word may stand before any word.
        XCTAssertEqual(index.lines(mayHolding: "United States Air")?.count, index.all.count)
    }

    func testNamesInsideSentencesAnswerAsTheScanOfEveryToken() {
        let text = "Workers said Just Energy and Hasbro agreed. Hasbro, Workers and Just left. just so. The firm, Acme, rose."
        let tokens = QuoteTokenizer.tokenize(Array(text.unicodeScalars))
        let answers = SpeakerResolver.namesInsideSentences(tokens)
        for k in tokens.indices where tokens[k].isWord {
            var inside = false
            var lower = false
            for j in 1..<tokens.count where tokens[j].hash == tokens[k].hash && tokens[j].isWord {
                if !tokens[j].capitalized { lower = true }
                let before = tokens[j - 1]
                if before.sentence == tokens[j].sentence, before.isWord || before.isPunct(",") { inside = true }
            }
            XCTAssertEqual(answers[tokens[k].hash] ?? false, inside && !lower, "\(k)")
        }
        XCTAssertEqual(answers[WordHash.of("hasbro")], true)
        XCTAssertNil(answers[WordHash.of("just")])
    }

    func testSignalsBySentenceAnswerAsTheWholeArray() {
        let tokens = CouncilTokenizer.tokenize(Array("Russia voted no. China abstained. France voted yes. Britain agreed.".unicodeScalars)).tokens
        let sentences = Set(tokens.map(\.sentence)).sorted()
        XCTAssertEqual(sentences.count, 4)
        func signal(_ token: Int, _ stance: Stance, list: Int) -> StanceSignal {
            StanceSignal(list: list, stance: stance, veto: .none, stage: .vote, priority: 1, evidence: TextSpan(start: 0, end: 1), token: token)
        }
        // Out of text order on purpose: the index must not rely on it.
        let all = [signal(9, .for, list: 2), signal(0, .against, list: 0), signal(5, .unknown, list: 1), signal(1, .against, list: 0),
                   signal(12, .abstain, list: 3), signal(4, .for, list: 1)].filter { $0.token < tokens.count }
        var index = SignalsBySentence()
        for n in 0...all.count {
            let out = Array(all.prefix(n))
            for s in -1...sentences.count {
                for stance in [Stance.for, .against, .abstain, .unknown] {
                    let plain = out.contains { tokens[$0.token].sentence == s && $0.stance == stance }
                    XCTAssertEqual(index.contains(out, sentence: s, tokens: tokens) { $0.stance == stance }, plain)
                }
                let plainLast = out.last { $0.stance != .unknown && tokens[$0.token].sentence >= s }
                XCTAssertEqual(index.last(out, fromSentence: s, tokens: tokens) { $0.stance != .unknown }, plainLast)
            }
        }
    }

    func testIndicesBySentenceHoldEachSentencesItemsInOrder() {
        let sentences = [0, 0, 2, 1, 2, 5, 2]
        let index = IndicesBySentence(sentences)
        for s in -1...7 {
            XCTAssertEqual(Array(index[s]), sentences.indices.filter { sentences[$0] == s }, "\(s)")
        }
        XCTAssertEqual(Array(IndicesBySentence([])[0]), [])
        XCTAssertEqual(Array(IndicesBySentence([-1, 1])[1]), [1])
    }
}
