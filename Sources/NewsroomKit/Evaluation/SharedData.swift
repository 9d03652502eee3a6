import Foundation

/// Locates the `shared/` data folder kept beside a checkout (corpora, gold annotations, name
/// lists, Council facts). It is not part of the product: only training, evaluation, benchmarks
/// and some tests use it, and they must say clearly when it is missing.
public enum SharedData {
    /// The shared folder: `$NEWSROOM_SHARED` if set, else `../shared` beside `packageRoot`
    /// (default: the current directory). Nil when no such folder exists.
    public static func root(packageRoot: String? = nil) -> URL? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["NEWSROOM_SHARED"], !env.isEmpty {
            return fm.fileExists(atPath: env) ? URL(fileURLWithPath: env, isDirectory: true) : nil
        }
        let base = URL(fileURLWithPath: packageRoot ?? fm.currentDirectoryPath, isDirectory: true)
        let candidate = base.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
        return fm.fileExists(atPath: candidate.path) ? candidate.standardizedFileURL : nil
    }

    /// The shared folder a command needs: `path` (a `--shared` option) when given, else
    /// `$NEWSROOM_SHARED`, else `../shared` beside the current directory.
    /// Throws `NewsroomError.sharedDataMissing` naming what to do when neither exists.
    public static func required(_ path: String? = nil) throws -> URL {
        let env = ProcessInfo.processInfo.environment["NEWSROOM_SHARED"].flatMap { $0.isEmpty ? nil : $0 }
        if let path = path ?? env {
            guard FileManager.default.fileExists(atPath: path) else { throw NewsroomError.sharedDataMissing(path: path) }
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        guard let found = root() else { throw NewsroomError.sharedDataMissing(path: nil) }
        return found
    }

    /// The package root of a test file: `#filePath` of a file in `Tests/<Target>/…`.
    public static func packageRoot(ofTestFile filePath: String) -> String {
        var url = URL(fileURLWithPath: filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }

    /// A message for skipping when the shared folder is missing.
    public static let missingMessage =
        "../shared not found beside the checkout (set NEWSROOM_SHARED to its path); skipping"
}
