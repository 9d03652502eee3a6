import ArgumentParser
import Foundation
import NewsroomKit

/// The paths every command reads: files or folders of stored articles.
struct LibraryOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Article files or folders (searched recursively). Default: the bundled articles.",
        valueName: "path"))
    var paths: [String] = []

    /// The paths to load: the user's, or the bundled articles folder.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let folder = BundledResources.articlesFolder else {
            throw CommandFailure("the bundled articles are missing from this build; give a PATH to read")
        }
        return [folder.path]
    }

    /// Loads and reports problems on standard error.
    func load() throws -> LoadResult {
        let result = ArticleLoader().load(paths: try resolvedPaths())
        for problem in result.problems {
            Output.error(problem.description)
        }
        if result.articles.isEmpty {
            if result.problems.isEmpty {
                throw CommandFailure("no articles found in \(paths.isEmpty ? "the bundled articles" : paths.joined(separator: ", "))")
            }
            throw CommandFailure("no article could be loaded")
        }
        return result
    }

    /// Loads, annotates and indexes.
    func library() throws -> Library {
        let loaded = try load()
        return Library(articles: Annotator().annotateAll(loaded.articles), problems: loaded.problems)
    }
}

/// A failure the user can act on; printed as `newsroom: message`, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Exit status for a command that produced output but skipped some files.
enum ExitStatus {
    /// Some input was skipped; the rest was processed.
    static let skipped = ExitCode(2)

    /// Throws `skipped` when the library reports skipped files.
    static func check(_ problems: [LoadProblem]) throws {
        if problems.contains(where: { $0.skipped }) { throw skipped }
    }
}
