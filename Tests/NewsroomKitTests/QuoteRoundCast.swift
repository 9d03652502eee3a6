import XCTest

@testable import NewsroomKit

/// The cast and helpers the quote-round test classes share (`QuoteReportedClauseTests` to
/// `QuoteNinthRoundTests`): sentences written for the project name these people.
enum QuoteRoundCast {
    /// The people every sentence of the round tests may name (only those whose forms occur in
    /// the text are given to the extractor).
    static func people(_ text: String) -> [Person] {
        [
            QuoteTestSupport.person("Jane Smith", sex: .female, forms: ["Jane Smith", "Smith"], in: text),
            QuoteTestSupport.person("Paul Brown", sex: .male, forms: ["Paul Brown", "Brown"], in: text),
            QuoteTestSupport.person("Arnel dela Vega", sex: .male, forms: ["Arnel dela Vega", "Vega"], in: text),
            QuoteTestSupport.person("Jim Bridenstine", sex: .male, forms: ["Jim Bridenstine", "Bridenstine"], in: text),
            QuoteTestSupport.person("Mark Hay", sex: .male, forms: ["Mark Hay", "Hay"], in: text),
            QuoteTestSupport.person("Alain Juppe", sex: .male, forms: ["Alain Juppe", "Juppe"], in: text),
            QuoteTestSupport.person("Carlos Ortega", sex: .male, forms: ["Carlos Ortega", "Ortega"], in: text),
            QuoteTestSupport.person("Anna Berg", sex: .female, forms: ["Anna Berg", "Berg"], in: text),
            QuoteTestSupport.person("Tom Reed", sex: .male, forms: ["Tom Reed", "Reed"], in: text),
        ].filter { !$0.mentions.isEmpty }
    }

    /// The quotes of `text` with the cast.
    static func quotes(_ text: String) -> [Quote] { QuoteTestSupport.quotes(text, people: people(text)) }

    /// The one quote of `text` (a failure when there are more or none).
    static func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        let found = quotes(text)
        XCTAssertEqual(found.count, 1, "\(found.map(\.text))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }
}
