import XCTest

@testable import NewsroomKit

/// The whole pipeline (`ArticleLoader`, then `Annotator`) on real Wikinews articles with
/// quotations, read from ../shared: speaker names must agree with the people layer. The faults
/// these checks found by eye have their own small cases in `QuoteSpeakerTests`.
final class QuoteWikinewsEndToEndTests: XCTestCase {
    private static let pronouns: Set<String> = ["he", "she", "him", "her", "they", "it", "i", "we"]

    /// Whether `phrase` ends with two capitalised words, the last of which is not in `name`.
    private static func endsWithAnotherName(_ phrase: String, _ name: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard words.count >= 2, let last = words.last, let before = words.dropLast().last else { return false }
        let capitalised = { (w: Substring) in w.first?.isUppercase == true }
        return capitalised(last) && capitalised(before) && !name.contains(last)
    }

    func testSpeakerNamesAgreeWithThePeopleLayer() throws {
        let root = SharedData.packageRoot(ofTestFile: #filePath)
        guard let shared = SharedData.root(packageRoot: root) else {
            throw XCTSkip("…/shared not found: \(SharedData.missingMessage)")
        }
        let csv = shared.appendingPathComponent("corpus/wikinews/wikinews_2020.csv")
        guard FileManager.default.fileExists(atPath: csv.path) else {
            throw XCTSkip("…/shared not found: \(csv.path) is missing")
        }
        let articles = ArticleLoader().load(paths: [csv.path]).articles
            .filter { $0.text.contains("“") || $0.text.contains("\"") }
            .prefix(15)
        XCTAssertEqual(articles.count, 15)
        var attributed = 0
        for article in articles {
            let annotated = Annotator().annotate(article)
            let text = ScalarText(article.text)
            let names = Set(annotated.people.map(\.name))
            for q in annotated.quotes {
                XCTAssertEqual(q.text, text[q.span], article.id)
                guard let speaker = q.speaker, let span = q.speakerSpan else { continue }
                attributed += 1
                // A pronoun is resolved to a name or left unresolved, never given as the name.
                XCTAssertFalse(Self.pronouns.contains(speaker.lowercased()), "\(article.id): speaker \(speaker)")
                // A speaker phrase naming a person the people layer found resolves to one of the
                // people it names (the last one: "X's spokesman" → the spokesman's person, if any).
                let named = annotated.people.filter { p in p.mentions.contains { $0.overlaps(span) } }
                if !named.isEmpty {
                    XCTAssertTrue(named.contains { $0.name == speaker }, "\(article.id): \(q.speakerText ?? "") → \(speaker)")
                } else if names.contains(speaker), let phrase = q.speakerText {
                    // Resolved through a pronoun, a surname or a role: the phrase must not end
                    // with the name of someone else ("President of Ukraine Volodymyr Zelenskyy"
                    // is not the president the article named first).
                    XCTAssertFalse(Self.endsWithAnotherName(phrase, speaker), "\(article.id): \(phrase) → \(speaker)")
                }
            }
        }
        XCTAssertGreaterThan(attributed, 40)
    }
}
