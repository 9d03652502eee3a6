#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found under the paths given to the loader.
struct FoundFile: Sendable {
    var path: String
    /// Named on the command line (then an unknown extension is read as plain text).
    var explicit: Bool
}

/// The kind of a file system entry, from `lstat`/`stat` (never by opening it).
enum EntryKind: Equatable {
    case regular(size: Int)
    case directory
    case symlink
    case fifo, socket, characterDevice, blockDevice, other
    case missing
    case failed(errno: Int32)

    static func of(_ path: String, followLinks: Bool) -> EntryKind {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        if status != 0 { return errno == ENOENT || errno == ENOTDIR ? .missing : .failed(errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        default: return .other
        }
    }

    /// Why a non-regular entry is not read, or nil for regular files and folders.
    var notReadableReason: String? {
        switch self {
        case .fifo: return "named pipe (FIFO), not a regular file; not opened"
        case .socket: return "socket, not a regular file; not opened"
        case .characterDevice, .blockDevice: return "device, not a regular file; not opened"
        case .other: return "not a regular file; not opened"
        default: return nil
        }
    }
}

/// Walks files and folders: folders recursively, dotfiles, unknown extensions and folder
/// documents (README, LICENSE, …) in folders ignored, symbolic links followed once (a folder reached again through a link is a loop and
/// reported), FIFOs, sockets and devices reported and never opened. The result is in sorted
/// path order within each folder given, whatever order the file system lists entries in.
struct FileSystemScan {
    var files: [FoundFile] = []
    var problems: [LoadProblem] = []

    init(paths: [String]) {
        for path in paths { add(path) }
    }

    /// Files that describe a folder rather than hold an article (README.md, LICENSE.md, …): not
    /// loaded when met inside a folder (they still load when named on the command line).
    static func isProjectDocument(_ name: String) -> Bool {
        let stem = name.split(separator: ".").first.map { $0.uppercased() } ?? ""
        return ["README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NOTICE", "CONTRIBUTING", "AUTHORS"]
            .contains(stem)
    }

    private mutating func add(_ path: String) {
        switch EntryKind.of(path, followLinks: true) {
        case .missing:
            if case .symlink = EntryKind.of(path, followLinks: false) {
                problems.append(LoadProblem(path: path, reason: "broken symbolic link (its target does not exist)", skipped: true))
            } else {
                problems.append(LoadProblem(path: path, reason: "no such file or folder", skipped: true))
            }
        case .failed(let code):
            problems.append(LoadProblem(path: path, reason: FileSystemScan.describe(code), skipped: true))
        case .regular:
            files.append(FoundFile(path: path, explicit: true))
        case .directory:
            walk(path)
        case let kind:
            if let reason = kind.notReadableReason { problems.append(LoadProblem(path: path, reason: reason, skipped: true)) }
        }
    }

    /// Walks one folder given by the user, depth first with an explicit stack.
    private mutating func walk(_ root: String) {
        var visited = Set<String>()
        var found: [FoundFile] = []
        var entries: [(path: String, problem: LoadProblem?)] = []
        var stack = [root]
        if let real = FileSystemScan.realPath(root) { visited.insert(real) }
        while let folder = stack.popLast() {
            guard let names = FileSystemScan.list(folder) else {
                entries.append((folder, LoadProblem(path: folder, reason: "cannot list folder: \(FileSystemScan.describe(errno))", skipped: true)))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var kind = EntryKind.of(path, followLinks: false)
                if kind == .symlink {
                    kind = EntryKind.of(path, followLinks: true)
                    if kind == .missing {
                        entries.append((path, LoadProblem(path: path, reason: "broken symbolic link (its target does not exist)", skipped: true)))
                        continue
                    }
                }
                switch kind {
                case .directory:
                    guard let real = FileSystemScan.realPath(path) else { continue }
                    if visited.contains(real) {
                        entries.append((path, LoadProblem(path: path, reason: "symbolic link loop: folder \(real) is already being loaded; not entered again", skipped: true)))
                    } else {
                        visited.insert(real)
                        stack.append(path)
                    }
                case .regular:
                    if ArticleFormat(fileExtension: PathName.fileExtension(path)) != nil, !FileSystemScan.isProjectDocument(name) {
                        found.append(FoundFile(path: path, explicit: false))
                        entries.append((path, nil))
                    }
                case .failed(let code):
                    entries.append((path, LoadProblem(path: path, reason: FileSystemScan.describe(code), skipped: true)))
                default:
                    if let reason = kind.notReadableReason {
                        entries.append((path, LoadProblem(path: path, reason: reason, skipped: true)))
                    }
                }
            }
        }
        found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        files.append(contentsOf: found)
        problems.append(contentsOf: entries.compactMap(\.problem).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// Entry names of a folder (without "." and ".."), or nil when it cannot be opened.
    static func list(_ folder: String) -> [String]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The canonical path (symbolic links resolved), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A readable reason for an `errno` value.
    static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied (check the file's permissions)"
        case ELOOP: return "too many levels of symbolic links (a link loop)"
        case ENAMETOOLONG: return "path name too long"
        default: return String(cString: strerror(code))
        }
    }
}
