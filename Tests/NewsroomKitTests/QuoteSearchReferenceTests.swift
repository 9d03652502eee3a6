import NewsroomKit
import XCTest

/// Random queries typed and deleted letter by letter, checked against a plain reference
/// implementation of the query language.
final class QuoteSearchReferenceTests: XCTestCase {
    private static let words = ["veto", "vetoes", "russia", "russian", "draft", "council", "juppé", "juppe", "lavrov",
                                "said", "the", "syria", "a", "é", "vote", "vé"]
    private static let speakers: [String?] = ["Sergei Lavrov", "Alain Juppé", "Vitaly Churkin", nil, "the Council"]

    func testSessionAgreesWithReferenceOnRandomQueries() {
        var rng = SplitMix(seed: 42)
        var quotes: [(String, String?)] = []
        for _ in 0..<150 {
            let n = 3 + rng.next(8)
            let text = (0..<n).map { _ in Self.words[rng.next(Self.words.count)] }.joined(separator: rng.next(5) == 0 ? "  " : " ")
            quotes.append((rng.next(2) == 0 ? text.capitalized : text, Self.speakers[rng.next(Self.speakers.count)]))
        }
        let library = Library(articles: [LibraryFixture.article(id: "r", quotes: quotes)])
        let folded = quotes.map { (Array(Self.fold($0.0).unicodeScalars), $0.1.map { Array(Self.fold($0).unicodeScalars) }) }
        var session = QuoteSearchSession(index: library.quoteIndex)
        var checked = 0
        for _ in 0..<60 {
            let query = Self.randomQuery(&rng)
            // Type it, then delete part of it.
            var typed: [String] = (1...query.count).map { String(query.prefix($0)) }
            let keep = rng.next(query.count + 1)
            typed += (keep..<query.count).reversed().map { String(query.prefix($0)) }
            for q in typed {
                let terms = Self.parse(q)
                let expected = quotes.indices.filter { Self.reference(terms, text: folded[$0].0, speaker: folded[$0].1) }
                XCTAssertEqual(session.search(q).refs.map(\.quote), expected, "query «\(q)»")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    private static func randomQuery(_ rng: inout SplitMix) -> String {
        (0..<(1 + rng.next(3))).map { _ in
            var word = words[rng.next(words.count)]
            if rng.next(3) == 0 { word = String(word.prefix(1 + rng.next(word.count))) }
            switch rng.next(7) {
            case 0: return "'" + word
            case 1: return "!" + word
            case 2: return "speaker:" + word
            case 3: return "\"" + word + " " + words[rng.next(words.count)] + "\""
            case 4: return word.uppercased()
            default: return word
            }
        }.joined(separator: " ")
    }

    // MARK: - Reference implementation

    private static func fold(_ s: String) -> String {
        Folding.fold(s).split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    private static func reference(_ terms: [Term], text t: [Unicode.Scalar], speaker s: [Unicode.Scalar]?) -> Bool {
        if terms.isEmpty { return false }
        return terms.allSatisfy { term in
            var fields: [[Unicode.Scalar]] = []
            if term.speakerOnly { fields = s.map { [$0] } ?? [] } else { fields = [t] + (s.map { [$0] } ?? []) }
            let found = fields.contains { occurs(term.needle, in: $0, wholeWord: term.wholeWord) }
            return found != term.negated
        }
    }

    private struct Term { var needle: [Unicode.Scalar]; var wholeWord: Bool; var negated: Bool; var speakerOnly: Bool }

    private static func parse(_ query: String) -> [Term] {
        var terms: [Term] = []
        var rest = Substring(query)
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty { break }
            var term = Term(needle: [], wholeWord: false, negated: false, speakerOnly: false)
            if rest.hasPrefix("!") { term.negated = true; rest = rest.dropFirst() }
            if rest.lowercased().hasPrefix("speaker:") { term.speakerOnly = true; rest = rest.dropFirst(8) }
            if rest.hasPrefix("'") { term.wholeWord = true; rest = rest.dropFirst() }
            var raw: Substring
            if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
                raw = rest.prefix { $0 != "\"" }
                rest = rest.dropFirst(raw.count).dropFirst()
            } else {
                raw = rest.prefix { $0 != " " }
                rest = rest.dropFirst(raw.count)
            }
            term.needle = Array(fold(String(raw)).unicodeScalars)
            if !term.needle.isEmpty { terms.append(term) }
        }
        return terms
    }

    private static func occurs(_ n: [Unicode.Scalar], in f: [Unicode.Scalar], wholeWord: Bool) -> Bool {
        guard n.count <= f.count else { return false }
        func isWord(_ i: Int) -> Bool { f[i].properties.isAlphabetic || f[i].properties.numericType != nil }
        for start in 0...(f.count - n.count) where f[start..<(start + n.count)].elementsEqual(n) {
            if !wholeWord { return true }
            let end = start + n.count
            if (start == 0 || !isWord(start - 1)) && (end == f.count || !isWord(end)) { return true }
        }
        return false
    }
}

/// A small deterministic random number generator.
private struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return bound <= 0 ? 0 : Int(z % UInt64(bound))
    }
}
