import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a regular file's bytes safely: the type is checked with `stat` before opening, the file
/// is opened non-blocking (so a file swapped for a FIFO cannot hang) and checked again with `fstat`.
enum FileReading {
    /// Files larger than this are not loaded (a stored article is far smaller).
    static let maximumSize = 512 * 1024 * 1024

    static func contents(of path: String) -> Result<Data, NewsroomError> {
        let kind = EntryKind.of(path, followLinks: true)
        switch kind {
        case .regular(let size):
            if size > maximumSize {
                return .failure(.unreadable(path: path, reason: "file is \(size / 1_048_576) MB, over the \(maximumSize / 1_048_576) MB limit; not loaded"))
            }
        case .missing: return .failure(.notFound(path: path))
        case .failed(let code): return .failure(.unreadable(path: path, reason: FileSystemScan.describe(code)))
        case .directory: return .failure(.unreadable(path: path, reason: "is a folder"))
        default: return .failure(.unreadable(path: path, reason: kind.notReadableReason ?? "not a regular file"))
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(path: path, reason: FileSystemScan.describe(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(.unreadable(path: path, reason: "not a regular file; not read"))
        }
        var data = Data(count: Int(info.st_size))
        var total = 0
        let capacity = data.count
        let failure: Int32? = data.withUnsafeMutableBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            while total < capacity {
                let n = read(fd, base + total, capacity - total)
                if n < 0 { if errno == EINTR { continue }; return errno }
                if n == 0 { break }
                total += n
            }
            return nil
        }
        if let failure { return .failure(.unreadable(path: path, reason: FileSystemScan.describe(failure))) }
        if total < capacity { data.count = total }
        return .success(data)
    }
}
