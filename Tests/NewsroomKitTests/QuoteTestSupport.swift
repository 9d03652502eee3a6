import XCTest

@testable import NewsroomKit

/// Helpers for the quote tests: people built by hand from the names in a text.
enum QuoteTestSupport {
    /// A person whose mentions are every occurrence of each of `forms` in `text` (longest first,
    /// no overlaps), as the people annotator would link them.
    static func person(_ name: String, title: String? = nil, sex: Person.Sex? = nil, forms: [String], in text: String) -> Person {
        let scalars = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        for form in forms.sorted(by: { $0.count > $1.count }) {
            let f = Array(form.unicodeScalars)
            var i = 0
            while i + f.count <= scalars.count {
                if Array(scalars[i..<(i + f.count)]) == f,
                    i == 0 || !scalars[i - 1].properties.isAlphabetic,
                    i + f.count == scalars.count || !scalars[i + f.count].properties.isAlphabetic
                {
                    let span = TextSpan(start: i, end: i + f.count)
                    if !spans.contains(where: { $0.overlaps(span) }) { spans.append(span) }
                    i += f.count
                } else {
                    i += 1
                }
            }
        }
        return Person(name: name, title: title, mentions: spans.sorted(), sex: sex)
    }

    /// Quotes of `text` with the given people.
    static func quotes(_ text: String, people: [Person] = []) -> [Quote] {
        QuoteExtractor().quotes(in: ScalarText(text), people: people)
    }

    /// The only quote whose text contains `fragment`.
    static func quote(containing fragment: String, in quotes: [Quote], file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        // Non-breaking spaces of the article compare as spaces.
        let found = quotes.filter { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ").contains(fragment) }
        XCTAssertEqual(found.count, 1, "quotes containing \"\(fragment)\": \(quotes.map(\.text))", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }
}
