#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file operation that failed, with the path and the system's reason, in words a user can act on.
public struct FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// What failed ("cannot write", "cannot create the folder", …) and the system's reason.
    public var reason: String

    /// Creates a problem report.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }

    /// A problem from the current `errno`.
    static func system(_ path: String, _ what: String, _ code: Int32 = errno) -> FileProblem {
        FileProblem(path: path, reason: "\(what): \(String(cString: strerror(code)))")
    }
}

/// Small, careful file operations: atomic replacement, bounded reads that never block on a
/// FIFO or device, and advisory locks that give up instead of hanging.
public enum AtomicFile {
    /// Replaces the file at `path` with `data` atomically: the bytes go to a temporary file in the
    /// same folder, are flushed to disk (`fsync`), and the temporary file is renamed over `path`.
    /// Readers see the old content or the new, never a mixture; on any failure (full disk,
    /// read-only folder) the old file is untouched, the temporary file removed, and a
    /// `FileProblem` thrown. A file that already exists keeps its permissions; a new one gets
    /// `permissions`.
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644) throws(FileProblem) {
        var existing = stat()
        let mode = stat(path, &existing) == 0 && (existing.st_mode & S_IFMT) == S_IFREG
            ? existing.st_mode & 0o7777 : permissions
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .system(path, "cannot write (temporary file in \(folder.isEmpty ? "." : folder))") }
        let tempPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        func fail(_ what: String, _ code: Int32) -> FileProblem {
            if !closed { close(fd) }
            unlink(tempPath)
            return .system(path, what, code)
        }
        var written = 0
        let failure: Int32? = data.withUnsafeBytes { raw -> Int32? in
            guard let base = raw.baseAddress else { return nil }
            while written < raw.count {
                let n = systemWrite(fd, base + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let failure { throw fail("cannot write", failure) }
        if fchmod(fd, mode) != 0 { throw fail("cannot set permissions", errno) }
        if fsync(fd) != 0 { throw fail("cannot flush to disk", errno) }
        closed = true
        if close(fd) != 0 { throw fail("cannot close", errno) }
        if rename(tempPath, path) != 0 { throw fail("cannot replace", errno) }
        // Make the rename itself durable.
        let dirFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }

    /// The content of the regular file at `path`, nil when nothing is there. Never blocks: the
    /// file is opened non-blocking and anything but a regular file (FIFO, device, folder) is
    /// refused, as is a file larger than `limit` bytes.
    public static func readRegularFile(_ path: String, limit: Int) throws(FileProblem) -> Data? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .system(path, "cannot read")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(path, "cannot read") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw FileProblem(path: path, reason: "not a regular file")
        }
        guard Int(info.st_size) <= limit else {
            throw FileProblem(path: path, reason: "too large (\(info.st_size) bytes, at most \(limit) expected)")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(path, "cannot read")
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > limit { throw FileProblem(path: path, reason: "too large (more than \(limit) bytes)") }
        }
        return data
    }

    /// Runs `body` holding an exclusive advisory lock (`flock`) on the file at `lockPath`
    /// (created if needed). Gives up with a `FileProblem` after `timeout` seconds rather than
    /// wait forever for another process.
    public static func withLock<T>(
        _ lockPath: String, timeout: Double = 2, _ body: () throws(FileProblem) -> T
    ) throws(FileProblem) -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard fd >= 0 else { throw .system(lockPath, "cannot open the lock file") }
        defer { close(fd) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else { throw .system(lockPath, "cannot lock", code) }
            guard Date() < deadline else {
                throw FileProblem(path: lockPath, reason: "locked by another process for over \(Int(timeout)) s")
            }
            usleep(5_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
#endif
