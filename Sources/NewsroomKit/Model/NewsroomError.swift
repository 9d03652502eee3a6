/// Errors of the model layer. Every message names what failed and what the user can do.
public enum NewsroomError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A path given by the user does not exist.
    case notFound(path: String)
    /// A file could not be read (permissions, device, …).
    case unreadable(path: String, reason: String)
    /// A file was read but its content could not be parsed as the format its extension names.
    case malformed(path: String, reason: String)
    /// A file is not text (binary, image, archive …).
    case binary(path: String)
    /// A bundled resource is missing or damaged (reinstall or rebuild).
    case resource(name: String, reason: String)
    /// The `shared/` data folder that training, evaluation and benchmarks read is not there.
    case sharedDataMissing(path: String?)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
        case .malformed(let path, let reason): return "\(path): not loaded: \(reason)"
        case .binary(let path): return "\(path): skipped: binary file, not text"
        case .resource(let name, let reason): return "bundled resource \(name): \(reason) (rebuild newsroom)"
        case .sharedDataMissing(let path?): return "\(path): shared data folder not found (give the folder that holds corpus/, ner/, names/)"
        case .sharedDataMissing(nil):
            return "../shared not found beside the checkout: give --shared PATH or set NEWSROOM_SHARED to its path"
        }
    }
}
