import Foundation

/// Something that went wrong with one file while loading; the other files still load.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file concerned.
    public var path: String
    /// What happened, in words a user can act on.
    public var reason: String
    /// True when the file (or part of it) was skipped; false for a warning about a file that loaded.
    public var skipped: Bool

    /// Creates a problem report.
    public init(path: String, reason: String, skipped: Bool) {
        self.path = path
        self.reason = reason
        self.skipped = skipped
    }

    public var description: String { "\(path): \(skipped ? "skipped" : "warning"): \(reason)" }
}

/// The articles loaded from some paths, and the problems met on the way.
public struct LoadResult: Sendable {
    /// Articles in path order (and in order within a multi-article file).
    public var articles: [Article]
    /// Files skipped or loaded with warnings.
    public var problems: [LoadProblem]

    /// Creates a result.
    public init(articles: [Article] = [], problems: [LoadProblem] = []) {
        self.articles = articles
        self.problems = problems
    }

    /// Whether anything was skipped.
    public var skippedAny: Bool { problems.contains { $0.skipped } }
}

/// Loads stored articles from files and folders (recursively).
public struct ArticleLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads every article under `paths`.
    public func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else {
                result.problems.append(LoadProblem(path: path, reason: "no such file or folder", skipped: true))
                continue
            }
            // Placeholder: replaced by the loading layer.
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                result.articles.append(Article(id: id, path: path, headline: id, text: text))
            }
        }
        return result
    }
}
