import Foundation
import NewsroomKit

/// The cleaned text of the bundled sample article, built without the loader: the paragraphs
/// after the "PARIS — " dateline, up to (not including) "Read more", joined by blank lines.
enum SampleArticleText {
    static func load() throws -> String {
        guard let url = BundledResources.url("articles/000_4b3660261e62ab7f.txt") else {
            throw NewsroomError.resource(name: "articles/000_4b3660261e62ab7f.txt", reason: "missing")
        }
        let raw = try String(contentsOf: url, encoding: .utf8)
        guard let dateline = raw.range(of: "PARIS — ") else {
            throw NewsroomError.resource(name: "sample", reason: "no dateline")
        }
        var body = String(raw[dateline.upperBound...])
        if let more = body.range(of: "Read more") { body = String(body[..<more.lowerBound]) }
        let paragraphs = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return paragraphs.joined(separator: "\n\n")
    }
}
