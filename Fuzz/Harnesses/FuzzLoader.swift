import Foundation

/// Loader fuzz targets: the bytes are a file of the format named by `path`'s extension.
/// Besides not crashing, the result must be consistent.
enum FuzzLoader {
    static func run(_ data: Data, path: String) {
        let result = ArticleLoader().load(data: data, path: path)
        for article in result.articles {
            check(!article.id.isEmpty, "empty id")
            check(!article.headline.isEmpty, "empty headline")
            check(!article.text.contains("\n\n\n"), "paragraphs joined by more than one blank line")
            check(!article.text.contains("\r"), "carriage return left in text")
            check(article.path == path, "path changed")
        }
        for problem in result.problems {
            check(problem.path == path && !problem.reason.isEmpty, "problem without path or reason")
        }
        check(!result.articles.isEmpty || !result.problems.isEmpty, "nothing loaded and nothing reported")
    }

    static func check(_ condition: Bool, _ message: String) {
        if !condition { fatalError("invariant broken: \(message)") }
    }
}
