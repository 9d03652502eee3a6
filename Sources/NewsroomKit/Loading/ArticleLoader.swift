import Dispatch
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

    mutating func append(_ other: LoadResult) {
        articles.append(contentsOf: other.articles)
        problems.append(contentsOf: other.problems)
    }
}

/// Loads stored articles from files and folders (recursively).
///
/// Formats by extension: `.txt` (plain text, cleaned), `.md` (YAML front matter), `.json`,
/// `.jsonl`/`.ndjson`, `.csv`, `.html`/`.htm`, `.xml`/`.rss`/`.atom` (RSS 2.0 and Atom). Folders are
/// walked recursively in sorted path order, skipping dotfiles and unknown extensions; a file named
/// explicitly with an unknown extension is read as plain text. Files are read in parallel with
/// bounded concurrency; the output order does not depend on it.
public struct ArticleLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads every article under `paths`. Never throws: every file that cannot be read or parsed
    /// is a `LoadProblem` naming it and the reason, and the others still load.
    public func load(paths: [String]) -> LoadResult {
        let scan = FileSystemScan(paths: paths)
        var result = LoadResult(problems: scan.problems)
        // Files load on all cores (Dispatch bounds the threads); results keep the scan's order.
        for loaded in scan.files.parallelMap({ loadFile($0.path, explicit: $0.explicit) }) { result.append(loaded) }
        return result
    }

    /// Loads the articles in `data` as if read from `path`; the format is chosen from the path's
    /// extension (plain text when unknown). For tests and fuzzing.
    public func load(data: Data, path: String) -> LoadResult {
        let format = ArticleFormat(fileExtension: PathName.fileExtension(path)) ?? .plainText
        var result = LoadResult()
        switch TextDecoding.decode(data) {
        case .failure(let reason):
            result.problems.append(LoadProblem(path: path, reason: reason.message, skipped: true))
        case .success(let decoded):
            for warning in decoded.warnings { result.problems.append(LoadProblem(path: path, reason: warning, skipped: false)) }
            let parsed = format.parse(decoded.text)
            for issue in parsed.issues { result.problems.append(LoadProblem(path: path, reason: issue.reason, skipped: issue.skipped)) }
            let baseName = PathName.baseName(path)
            let cleaner = ArticleCleaner()
            for draft in parsed.drafts {
                var draft = draft
                if !format.holdsManyArticles { draft.ordinal = nil }
                let article = draft.article(path: path, baseName: baseName, cleaner: cleaner)
                if article.text.isEmpty {
                    result.problems.append(LoadProblem(path: path, reason: "article \(article.id) has no body text", skipped: false))
                }
                result.articles.append(article)
            }
            if parsed.drafts.isEmpty, !parsed.issues.contains(where: \.skipped) {
                result.problems.append(LoadProblem(path: path, reason: "no articles found", skipped: true))
            }
        }
        return result
    }

    /// Reads and loads one regular file.
    private func loadFile(_ path: String, explicit: Bool) -> LoadResult {
        switch FileReading.contents(of: path) {
        case .success(let data):
            return load(data: data, path: path)
        case .failure(let error):
            let reason: String
            switch error {
            case .notFound: reason = "no such file or folder (it disappeared while loading)"
            case .unreadable(_, let why), .malformed(_, let why): reason = why
            case .binary: reason = UndecodableReason.binary.message
            case .resource(_, let why): reason = why
            case .sharedDataMissing: reason = error.description
            }
            return LoadResult(problems: [LoadProblem(path: path, reason: reason, skipped: true)])
        }
    }
}

