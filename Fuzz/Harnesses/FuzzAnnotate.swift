import Foundation

/// The annotation pipeline on an article made from the bytes (decoded as UTF-8 with replacement):
/// every span it returns must lie inside the text.
enum FuzzAnnotate {
    static let annotator = Annotator()

    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let article = Article(id: "fuzz", path: "fuzz.txt", headline: "Fuzz", text: text)
        let annotated = annotator.annotate(article)
        let length = text.unicodeScalars.count
        for person in annotated.people {
            for mention in person.mentions {
                FuzzLoader.check(0 <= mention.start && mention.start <= mention.end && mention.end <= length, "mention outside text")
            }
        }
        for quote in annotated.quotes {
            FuzzLoader.check(0 <= quote.span.start && quote.span.start <= quote.span.end && quote.span.end <= length, "quote outside text")
        }
    }
}
