import Foundation

/// Finds files of the bundled `Resources/` folder (articles, weights, name lists, the Council roster).
public enum BundledResources {
    /// The bundled `Resources` folder.
    public static let root: URL? = {
        if let env = ProcessInfo.processInfo.environment["NEWSROOM_RESOURCES"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        let url = Bundle.module.bundleURL.appendingPathComponent("Resources", isDirectory: true)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// URL of `relativePath` inside the bundled resources, if it exists.
    public static func url(_ relativePath: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The folder of bundled sample articles.
    public static var articlesFolder: URL? { url("articles") }

    /// Reads a bundled file as bytes.
    public static func data(_ relativePath: String) throws -> Data {
        guard let url = url(relativePath) else {
            throw NewsroomError.resource(name: relativePath, reason: "missing from the bundle")
        }
        do { return try Data(contentsOf: url) } catch {
            throw NewsroomError.resource(name: relativePath, reason: "\(error.localizedDescription)")
        }
    }
}
