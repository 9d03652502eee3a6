import XCTest
@testable import NewsroomKit

/// Issue 7 "bad files": every case is reported with the file and a reason; the others still load.
final class LoadingBadInputTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = try LoadingFixtures.temporaryFolder(self)
    }

    @discardableResult
    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    private let good = Array("Good Story\n\nIt loads.".utf8)

    func testInvalidUTF8IsDecodedWithReplacementAndAWarning() throws {
        let bytes = Array("Caf\u{E9} Story\n\nThe caf\u{E9} opened; na\u{EF}ve caf\u{E9} owners cheered.".utf8) + [0xFF, 0xFE, 0x80] + Array(" More.".utf8)
        let path = try write(bytes, "broken.txt")
        let result = ArticleLoader().load(paths: [path])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.headline, "Café Story")
        XCTAssertTrue(article.text.contains("\u{FFFD}"))
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertEqual(result.problems.first?.path, path)
        XCTAssertEqual(result.problems.first?.skipped, false)
        XCTAssertTrue(result.problems.first?.reason.hasPrefix("invalid UTF-8: 3 byte(s) replaced") == true)
    }

    func testUTF8ByteOrderMarkIsStripped() throws {
        let result = ArticleLoader().load(paths: [try write([0xEF, 0xBB, 0xBF] + good, "bom.txt")])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.first?.headline, "Good Story")
    }

    func testUTF16WithByteOrderMarks() throws {
        let text = "Schön Story\n\nIt loads \u{1F600}."
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let result = ArticleLoader().load(paths: [try write(little, "le.txt"), try write(big, "be.txt")])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.map(\.headline), ["Schön Story", "Schön Story"])
        XCTAssertEqual(result.articles.map(\.text), ["It loads \u{1F600}.", "It loads \u{1F600}."])
    }

    func testUTF16WithoutByteOrderMarkIsDetectedNotBinary() throws {
        let units = Array("Plain Story\n\nIt loads.".utf16)
        let little: [UInt8] = units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = ArticleLoader().load(paths: [try write(little, "nobom.txt")])
        XCTAssertEqual(result.articles.first?.headline, "Plain Story")
        XCTAssertEqual(result.problems.map(\.skipped), [false])
        XCTAssertTrue(result.problems.first?.reason.hasPrefix("UTF-16 LE without a byte-order mark") == true)
    }

    func testLatin1IsDecodedAsWindows1252WithAWarning() throws {
        // "Café Story\n\nThe café’s owner said “yes”." in Windows-1252.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" Story\n\nThe caf".utf8) + [0xE9, 0x92] + Array("s owner said ".utf8) + [0x93] + Array("yes".utf8) + [0x94, 0x2E]
        let path = try write(bytes, "latin1.txt")
        let result = ArticleLoader().load(paths: [path])
        XCTAssertEqual(result.articles.first?.headline, "Café Story")
        XCTAssertEqual(result.articles.first?.text, "The café\u{2019}s owner said \u{201C}yes\u{201D}.")
        XCTAssertEqual(result.problems.map(\.skipped), [false])
        XCTAssertTrue(result.problems.first?.reason.contains("Windows-1252") == true)
    }

    func testBinaryAndEmptyFilesAreSkippedAndOthersLoad() throws {
        try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "image.txt")
        try write(Array(repeating: 0x01, count: 50) + good, "controls.txt")
        try write([], "empty.txt")
        try write(Array(" \n\n\t \n".utf8), "blank.md")
        try write(good, "good.txt")
        let result = ArticleLoader().load(paths: [root.path])
        XCTAssertEqual(result.articles.map(\.headline), ["Good Story"])
        XCTAssertEqual(result.problems.map { PathName.fileName($0.path) }, ["blank.md", "controls.txt", "empty.txt", "image.txt"])
        XCTAssertEqual(result.problems.map(\.reason), [
            UndecodableReason.empty.message, UndecodableReason.binary.message,
            UndecodableReason.empty.message, UndecodableReason.binary.message,
        ])
        XCTAssertTrue(result.skippedAny)
    }

    func testTerminalEscapesAreTextNotBinary() throws {
        let result = ArticleLoader().load(paths: [try write(Array("Escapes \u{1B}[31mRed\n\nBody \u{1B}]0;title\u{07} text.".utf8), "esc.txt")])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.first?.text, "Body \u{1B}]0;title\u{07} text.")
    }

    func testFiftyMegabytesWithoutNewline() throws {
        var bytes = Array("Long Story\n\n".utf8)
        let sentence = Array("The council met again and nothing changed at all. ".utf8)
        while bytes.count < 50_000_000 { bytes.append(contentsOf: sentence) }
        let path = try write(bytes, "huge.txt")
        let result = ArticleLoader().load(paths: [path])
        XCTAssertEqual(result.problems, [])
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.headline, "Long Story")
        XCTAssertEqual(article.text.utf8.count, bytes.count - 12 - 1, "all text kept but the trailing space")
    }

    func testMalformedInputsOfEveryFormatAreReportedNotFatal() throws {
        try write(Array("[{\"title\": ".utf8), "a.json")
        try write(Array("title,text\n\"open".utf8), "b.csv")
        try write(Array("<rss><channel><title>Empty</title></channel></rss>".utf8), "c.rss")
        try write(Array("{\"text\": null}\nnot json\n".utf8), "d.jsonl")
        try write(good, "e.txt")
        let result = ArticleLoader().load(paths: [root.path])
        XCTAssertEqual(result.articles.map(\.headline), ["Good Story"])
        XCTAssertEqual(result.problems.map { PathName.fileName($0.path) }, ["a.json", "b.csv", "b.csv", "c.rss", "d.jsonl", "d.jsonl"])
        XCTAssertTrue(result.problems.allSatisfy(\.skipped))
        XCTAssertEqual(result.problems[3].reason, "feed has no <item> or <entry>: no articles")
        XCTAssertEqual(result.problems[4].reason, "line 1 has no `text` or `body` string; skipped")
    }

    func testMissingPathIsAProblem() {
        let result = ArticleLoader().load(paths: ["/nonexistent/newsroom/file.txt"])
        XCTAssertEqual(result.problems, [LoadProblem(path: "/nonexistent/newsroom/file.txt", reason: "no such file or folder", skipped: true)])
    }

    func testPermissionDenied() throws {
        let path = try write(good, "locked/secret.txt")
        try write(good, "open.txt")
        XCTAssertEqual(chmod(path, 0), 0)
        if FileManager.default.isReadableFile(atPath: path) {
            throw XCTSkip("running as root: chmod 000 does not deny reading, so permission denied cannot be provoked here")
        }
        let result = ArticleLoader().load(paths: [root.path])
        XCTAssertEqual(result.articles.count, 1)
        XCTAssertEqual(result.problems, [LoadProblem(path: path, reason: "permission denied (check the file's permissions)", skipped: true)])
    }

    func testSymlinkLoopIsReportedAndDoesNotRecurseForever() throws {
        try write(good, "loop/story.txt")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop/again").path, withDestinationPath: root.appendingPathComponent("loop").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop/self.txt").path, withDestinationPath: root.appendingPathComponent("loop/self.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop/dangling.txt").path, withDestinationPath: root.appendingPathComponent("nowhere").path)
        let result = ArticleLoader().load(paths: [root.path])
        XCTAssertEqual(result.articles.count, 1)
        XCTAssertEqual(result.problems.map { PathName.fileName($0.path) }, ["again", "dangling.txt", "self.txt"])
        XCTAssertTrue(result.problems[0].reason.hasPrefix("symbolic link loop"), result.problems[0].reason)
        XCTAssertTrue(result.problems[2].reason.contains("symbolic links"), result.problems[2].reason)
    }

    func testFIFOSocketAndDeviceAreNeverOpened() throws {
        try write(good, "dir/story.txt")
        let fifo = root.appendingPathComponent("dir/pipe.txt").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let socketPath = root.appendingPathComponent("dir/sock.txt").path
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(socketPath.utf8.prefix(raw.count - 1)) + [0]
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dir/null.txt").path, withDestinationPath: "/dev/null")
        let result = ArticleLoader().load(paths: [root.appendingPathComponent("dir").path, "/dev/zero", fifo])
        XCTAssertEqual(result.articles.map(\.headline), ["Good Story"])
        XCTAssertEqual(result.problems.map { PathName.fileName($0.path) }, ["null.txt", "pipe.txt", "sock.txt", "zero", "pipe.txt"])
        XCTAssertEqual(result.problems.map(\.reason), [
            "device, not a regular file; not opened",
            "named pipe (FIFO), not a regular file; not opened",
            "socket, not a regular file; not opened",
            "device, not a regular file; not opened",
            "named pipe (FIFO), not a regular file; not opened",
        ])
    }

    func testTwentyThousandFilesLoadInPathOrder() throws {
        let folder = root.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // POSIX calls: Foundation's Data.write and removeItem take a minute for 20,000 files here.
        for i in 0..<20_000 {
            let file = fopen(folder.appendingPathComponent("s\(i).txt").path, "w")
            XCTAssertNotNil(file)
            fputs("Story \(i)\n\nBody \(i).", file)
            fclose(file)
        }
        addTeardownBlock {
            for i in 0..<20_000 { unlink(folder.appendingPathComponent("s\(i).txt").path) }
        }
        let result = ArticleLoader().load(paths: [folder.path])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.articles.count, 20_000)
        let ids = result.articles.map(\.id)
        XCTAssertEqual(ids, (0..<20_000).map { "s\($0)" }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        XCTAssertEqual(result.articles.first?.headline, "Story 0")
        XCTAssertEqual(result.articles.first?.text, "Body 0.")
    }

    func testLoadDataChoosesTheFormatFromThePath() {
        let json = ArticleLoader().load(data: Data(#"{"title": "T", "text": "B."}"#.utf8), path: "x/y.json")
        XCTAssertEqual(json.articles.map(\.headline), ["T"])
        let unknown = ArticleLoader().load(data: Data("Head\n\nBody.".utf8), path: "x/y.weird")
        XCTAssertEqual(unknown.articles.map(\.headline), ["Head"])
        XCTAssertEqual(unknown.articles.map(\.id), ["y"])
    }
}
