import XCTest
@testable import NewsroomKit

/// Runs the person rules on a case written for a test, with the tagger's person spans given by
/// hand, so that a test checks the rules themselves and not the statistical tagger.
struct PersonRulesHarness {
    /// The rules under test.
    let rules = PersonRules(names: .shared)

    /// The token range of the `occurrence`-th (0-based) run of `words` (space-separated tokens).
    func range(_ t: TokenizedText, _ words: String, occurrence: Int) -> Range<Int>? {
        let parts = words.split(separator: " ").map(String.init)
        var skip = occurrence
        for i in 0..<t.count where i + parts.count <= t.count {
            if (0..<parts.count).allSatisfy({ t.string(i + $0) == parts[$0] }) {
                if skip == 0 { return i..<(i + parts.count) }
                skip -= 1
            }
        }
        return nil
    }

    /// The mention texts the rules give for `s` when the tagger typed `spans` as people (words,
    /// occurrence).
    func mentions(_ s: String, _ spans: [(String, Int)], file: StaticString = #filePath,
                  line: UInt = #line) throws -> [String] {
        let text = ScalarText(s)
        let t = TokenizedText(text)
        var entities: [EntitySpan] = []
        for (words, occurrence) in spans {
            let r = try XCTUnwrap(range(t, words, occurrence: occurrence), words, file: file, line: line)
            entities.append(EntitySpan(tokens: r, type: .person))
        }
        return rules.mentions(in: t, entities: entities).map {
            text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)]
        }
    }

    /// The mention texts after rules, the linker's extension, company-name removal and linking
    /// for `s` when the tagger typed `spans` (words, type; a repeated span is the next run of its
    /// words after the previous one).
    func linkedMentions(_ s: String, _ spans: [(String, EntityType)], file: StaticString = #filePath,
                        line: UInt = #line) throws -> [String] {
        let text = ScalarText(s)
        let t = TokenizedText(text)
        var entities: [EntitySpan] = []
        var seen: [String: Int] = [:]
        for (words, type) in spans {
            let occurrence = seen[words, default: 0]
            seen[words] = occurrence + 1
            let r = try XCTUnwrap(range(t, words, occurrence: occurrence), words, file: file, line: line)
            entities.append(EntitySpan(tokens: r, type: type))
        }
        entities.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let linker = MentionLinker(names: .shared)
        let found = rules.removingCompanyNames(linker.extend(rules.mentions(in: t, entities: entities), in: t, entities: entities), in: t)
        return found.map {
            text[TextSpan(start: t.tokens[$0.tokens.lowerBound].start, end: t.tokens[$0.tokens.upperBound - 1].end)]
        }
    }
}
