import Foundation
import NewsroomKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

final class ReaderStateStoreTests: XCTestCase {
    private var folder = ""
    private var statePath: String { folder + "/newsroom/state.json" }
    private let first = ArticleKey(id: "000_sample", path: "/articles/000_sample.txt")
    private let second = ArticleKey(id: "row-2", path: "/articles/feed.csv")

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "newsroom-state-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func clock(_ t: Double) -> @Sendable () -> Double { { t } }

    func testDefaultPathFollowsXDG() {
        XCTAssertEqual(ReaderStateStore.defaultPath(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]),
                       "/x/state/newsroom/state.json")
        XCTAssertEqual(ReaderStateStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.local/state/newsroom/state.json", "a relative XDG_STATE_HOME is ignored (XDG spec)")
        XCTAssertEqual(ReaderStateStore.defaultPath(environment: ["HOME": "/home/u"]), "/home/u/.local/state/newsroom/state.json")
        XCTAssertNil(ReaderStateStore.defaultPath(environment: [:]))
    }

    func testStateSurvivesARestart() throws {
        var store = ReaderStateStore(path: statePath, clock: clock(100))
        XCTAssertNil(store.loadProblem, "a missing file is not a problem")
        XCTAssertFalse(store.isRead(first))
        store.setRead(true, for: first)
        store.setPosition(scrollOffset: 42, selectedQuote: 3, for: first)
        store.setPosition(scrollOffset: 7, selectedQuote: nil, for: second)
        XCTAssertTrue(store.hasUnsavedChanges)
        XCTAssertNil(store.save())
        XCTAssertFalse(store.hasUnsavedChanges)

        let reopened = ReaderStateStore(path: statePath)
        XCTAssertNil(reopened.loadProblem)
        XCTAssertEqual(reopened.state(for: first), ArticleReadingState(read: true, scrollOffset: 42, selectedQuote: 3, updatedAt: 100))
        XCTAssertEqual(reopened.state(for: second), ArticleReadingState(read: false, scrollOffset: 7, selectedQuote: nil, updatedAt: 100))
        let attributes = try FileManager.default.attributesOfItem(atPath: statePath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/newsroom").filter { $0.contains("tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }

    func testCorruptFileIsReportedIgnoredAndMovedAsideOnSave() throws {
        try FileManager.default.createDirectory(atPath: folder + "/newsroom", withIntermediateDirectories: true)
        let garbage = Data("{\"version\": 1, \"articles\": [{\"id\": ".utf8)
        try garbage.write(to: URL(fileURLWithPath: statePath))
        var store = ReaderStateStore(path: statePath)
        let problem = try XCTUnwrap(store.loadProblem)
        XCTAssertTrue(problem.message.contains(statePath), problem.message)
        XCTAssertTrue(store.states.isEmpty)

        store.setRead(true, for: first)
        XCTAssertNil(store.save())
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: statePath + ".corrupt")), garbage)
        let reopened = ReaderStateStore(path: statePath)
        XCTAssertNil(reopened.loadProblem)
        XCTAssertTrue(reopened.isRead(first))
    }

    func testWrongShapeAndBinaryAreCorruptToo() throws {
        try FileManager.default.createDirectory(atPath: folder + "/newsroom", withIntermediateDirectories: true)
        for content in [Data("[1, 2, 3]".utf8), Data([0xFF, 0x00, 0xFE, 0x1B]), Data()] {
            try content.write(to: URL(fileURLWithPath: statePath))
            let store = ReaderStateStore(path: statePath)
            XCTAssertNotNil(store.loadProblem)
            XCTAssertTrue(store.states.isEmpty)
        }
    }

    func testTwoReadersSavingInterleavedKeepBothChanges() {
        var a = ReaderStateStore(path: statePath, clock: clock(100))
        var b = ReaderStateStore(path: statePath, clock: clock(200))
        a.setRead(true, for: first)
        b.setRead(true, for: second)
        XCTAssertNil(a.save())
        XCTAssertNil(b.save())
        XCTAssertTrue(b.isRead(first), "saving merges in what the other reader saved")
        a.setPosition(scrollOffset: 5, selectedQuote: nil, for: second)  // older change (t = 100)
        XCTAssertNil(a.save())
        let final = ReaderStateStore(path: statePath)
        XCTAssertTrue(final.isRead(first))
        XCTAssertTrue(final.isRead(second))
        XCTAssertEqual(final.state(for: second)?.scrollOffset, 0, "the newer change (b, t = 200) wins")
        XCTAssertEqual(a.state(for: second)?.scrollOffset, 0, "the losing reader now sees the winner")
    }

    func testConcurrentReadersNeverCorruptTheFile() throws {
        let path = statePath
        let rounds = 25
        DispatchQueue.concurrentPerform(iterations: 3) { reader in
            var store = ReaderStateStore(path: path)
            for i in 0..<rounds {
                store.setPosition(scrollOffset: i, selectedQuote: reader, for: ArticleKey(id: "r\(reader)-\(i)", path: "/p"))
                XCTAssertNil(store.save())
            }
        }
        let final = ReaderStateStore(path: path)
        XCTAssertNil(final.loadProblem)
        XCTAssertEqual(final.states.count, 3 * rounds)
    }

    func testUnwritableFolderIsReportedAndTheReaderGoesOn() throws {
        // Tests may run as root, for whom permissions do not stop writes: a regular file where
        // the state folder should be makes the folder impossible to create for anyone.
        let blocker = folder + "/newsroom"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        var store = ReaderStateStore(path: statePath)
        XCTAssertNotNil(store.loadProblem, "reading through a file is reported")
        store.setRead(true, for: first)
        let problem = try XCTUnwrap(store.save())
        XCTAssertTrue(problem.message.contains("not saved"), problem.message)
        XCTAssertTrue(store.isRead(first), "the change stays in memory")
        XCTAssertTrue(store.hasUnsavedChanges)

        try FileManager.default.removeItem(atPath: blocker)
        XCTAssertNil(store.save(), "the next save tries again")
        XCTAssertTrue(ReaderStateStore(path: statePath).isRead(first))
    }

    func testStateFileThatIsAFolderOrAFIFODoesNotHang() throws {
        try FileManager.default.createDirectory(atPath: statePath, withIntermediateDirectories: true)
        var store = ReaderStateStore(path: statePath)
        XCTAssertNotNil(store.loadProblem)
        store.setRead(true, for: first)
        XCTAssertNotNil(store.save())
        try FileManager.default.removeItem(atPath: statePath)

        #if canImport(Glibc)
        XCTAssertEqual(mkfifo(statePath, 0o600), 0)
        let fifo = ReaderStateStore(path: statePath)
        XCTAssertEqual(fifo.loadProblem?.message.contains("not a regular file"), true)
        #endif
    }

    func testFailedWriteLeavesTheOldFileIntact() throws {
        #if canImport(Glibc)
        var store = ReaderStateStore(path: statePath, clock: clock(1))
        store.setRead(true, for: first)
        XCTAssertNil(store.save())
        let before = try Data(contentsOf: URL(fileURLWithPath: statePath))

        // Simulate a full disk: a file size limit makes write(2) fail (EFBIG) like ENOSPC does.
        for i in 0..<200 { store.setPosition(scrollOffset: i, selectedQuote: nil, for: ArticleKey(id: "\(i)", path: "/many")) }
        signal(SIGXFSZ, SIG_IGN)
        var old = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        var tight = old
        tight.rlim_cur = 512
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &tight)
        let problem = store.save()
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &old)
        signal(SIGXFSZ, SIG_DFL)

        XCTAssertNotNil(problem)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: statePath)), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/newsroom").filter { $0.contains("tmp") }
        XCTAssertEqual(leftovers, [])
        XCTAssertTrue(store.hasUnsavedChanges)
        XCTAssertNil(store.save(), "with room again, the save goes through")
        XCTAssertEqual(ReaderStateStore(path: statePath).states.count, 201)
        #endif
    }

    func testNewerVersionIsLeftUntouched() throws {
        try FileManager.default.createDirectory(atPath: folder + "/newsroom", withIntermediateDirectories: true)
        let newer = Data("{\"version\": 99, \"articles\": [], \"future\": true}".utf8)
        try newer.write(to: URL(fileURLWithPath: statePath))
        var store = ReaderStateStore(path: statePath)
        XCTAssertEqual(store.loadProblem?.message.contains("newer"), true)
        store.setRead(true, for: first)
        XCTAssertNil(store.save())
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: statePath)), newer)
    }

    func testOutOfRangeValuesAreClamped() throws {
        try FileManager.default.createDirectory(atPath: folder + "/newsroom", withIntermediateDirectories: true)
        let json = """
            {"version": 1, "articles": [
              {"id": "a", "path": "/p", "read": true, "scroll": -5, "quote": -1, "updated": 3},
              {"id": "a", "path": "/p", "read": false, "scroll": 2, "updated": 1}]}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: statePath))
        let store = ReaderStateStore(path: statePath)
        XCTAssertNil(store.loadProblem)
        XCTAssertEqual(store.state(for: ArticleKey(id: "a", path: "/p")),
                       ArticleReadingState(read: true, scrollOffset: 0, selectedQuote: nil, updatedAt: 3),
                       "duplicates keep the newer entry")
    }

    func testSearchHistoryIsKeptAndMergedAcrossReaders() {
        let time = TickingClock()
        var a = ReaderStateStore(path: statePath, clock: time.next)
        var b = ReaderStateStore(path: statePath, clock: time.next)
        a.addSearch("russia veto")
        b.addSearch("speaker:lavrov")
        a.addSearch("juppe")
        a.addSearch("russia veto")  // used again: moves to the end
        a.addSearch("   ")  // ignored
        XCTAssertEqual(a.searchHistory, ["juppe", "russia veto"])
        XCTAssertNil(a.save())
        XCTAssertNil(b.save())
        XCTAssertEqual(b.searchHistory, ["speaker:lavrov", "juppe", "russia veto"])
        XCTAssertEqual(ReaderStateStore(path: statePath).searchHistory, ["speaker:lavrov", "juppe", "russia veto"])
    }

    func testSearchHistoryIsBounded() {
        let time = TickingClock()
        var store = ReaderStateStore(path: statePath, clock: time.next)
        for i in 0..<(ReaderStateStore.maxSearches + 10) { store.addSearch("q\(i)") }
        store.addSearch(String(repeating: "x", count: ReaderStateStore.maxSearchLength + 1))
        XCTAssertEqual(store.searchHistory.count, ReaderStateStore.maxSearches)
        XCTAssertEqual(store.searchHistory.first, "q10")
        XCTAssertNil(store.save())
        XCTAssertEqual(ReaderStateStore(path: statePath).searchHistory, store.searchHistory)
    }

    func testBridgeToIdKeyedReaderState() {
        let library = Library(articles: [LibraryFixture.article(id: "a"), LibraryFixture.article(id: "b"),
                                         LibraryFixture.article(id: "c")])
        var store = ReaderStateStore(path: statePath, clock: clock(5))
        store.record(readIDs: ["a", "c", "zz"], offsets: ["b": 12, "zz": 3], in: library)
        XCTAssertNil(store.save())
        let reopened = ReaderStateStore(path: statePath)
        XCTAssertEqual(reopened.readArticleIDs(in: library), ["a", "c"])
        XCTAssertEqual(reopened.scrollOffsets(in: library), ["b": 12])
        XCTAssertEqual(reopened.states.count, 3, "articles outside the library are not invented")
        var again = reopened
        again.record(readIDs: ["a", "c"], offsets: ["b": 12], in: library)
        XCTAssertFalse(again.hasUnsavedChanges, "recording the same view changes nothing")
    }

    func testInMemoryStoreNeverTouchesTheDisk() {
        var store = ReaderStateStore.inMemory()
        XCTAssertNil(store.path)
        store.setRead(true, for: first)
        store.addSearch("veto")
        XCTAssertEqual(store.searchHistory, ["veto"])
        XCTAssertNil(store.save())
        XCTAssertTrue(store.isRead(first))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
    }

    func testUnchangedStateIsNotRewritten() {
        var store = ReaderStateStore(path: statePath, clock: clock(10))
        store.setRead(true, for: first)
        XCTAssertNil(store.save())
        store.setRead(true, for: first)
        XCTAssertFalse(store.hasUnsavedChanges, "setting the same value changes nothing")
    }
}

/// A clock that advances one second per reading.
private final class TickingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 1_000.0

    var next: @Sendable () -> Double {
        { [self] in lock.withLock { now += 1; return now } }
    }
}
