import Foundation
import XCTest

/// Drives the real `newsroom` binary in tmux over the bundled library: sorting the article list
/// (`o`, kept across a restart) and filtering it (`f`).
final class ArticleListEndToEndTests: XCTestCase {
    private static let packageRoot = CommandRunner.packageRoot

    /// Starts the reader on the bundled articles (120×50: the medium layout, the list on top at
    /// full width) with its state in `stateHome`, and waits for the list.
    private func startReader(stateHome: String) throws -> TmuxSession {
        guard let tmux = TmuxSession.find() else { throw XCTSkip("tmux is not installed: end-to-end reader tests skipped (apt-get install tmux)") }
        let bin = CommandRunner.productsFolder.appendingPathComponent("newsroom").path
        guard FileManager.default.isExecutableFile(atPath: bin) else {
            throw XCTSkip("the newsroom binary was not found at \(bin): run `swift build` first")
        }
        let articles = Self.packageRoot.appendingPathComponent("Resources/articles").path
        let inner = "cd \"\(Self.packageRoot.path)\" && env XDG_STATE_HOME=\"\(stateHome)\" LANG=C.UTF-8 \"\(bin)\" \"\(articles)\"; echo EXIT=$?; sleep 60"
        let t = try TmuxSession(tmux: tmux, command: "sh -c '\(inner)'", width: 120, height: 50)
        let r = t.wait(timeout: 20) { $0.contains("1 Articles (14") || $0.contains("EXIT=") }
        XCTAssertTrue(r.ok && r.screen.contains("1 Articles (14"), "the reader did not start on the bundled library:\n\(r.screen)")
        return t
    }

    /// The screen's lines from the list's title down.
    private func listLines(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let title = lines.firstIndex(where: { $0.contains("1 Articles (") }) else { return [] }
        return Array(lines[title...])
    }

    /// Row `n` of the list (1 is the first article), or "" when the screen has no such row.
    private func listRow(_ screen: String, _ n: Int) -> String {
        let lines = listLines(screen)
        return lines.indices.contains(n) ? lines[n] : ""
    }

    func testSortFilterAndTheOrderKeptAcrossARestart() throws {
        let home = NSTemporaryDirectory() + "newsroom-e2e-list-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }

        let t = try startReader(stateHome: home)
        t.keys("o")
        var r = t.wait(for: "1 Articles (14, newest first)")
        XCTAssertTrue(r.ok, r.screen)
        // The selection stays on the open article (undated, so near the end); g goes to the top.
        t.keys("g")
        r = t.wait { self.listRow($0, 1).contains("Council adopts short U.S. text on Ukraine") }
        XCTAssertTrue(r.ok, "the 2025 story first:\n\(r.screen)")
        t.keys("G")
        r = t.wait { self.listLines($0).contains { $0.contains("U.N. General Assembly condemns") } }
        XCTAssertTrue(r.ok, "undated articles come last:\n\(r.screen)")

        // Filter: "veto" in five headlines, newest first; then a person's name, accent folded.
        t.keys("f")
        XCTAssertTrue(t.wait(for: "Filter articles:").ok)
        t.type("veto")
        r = t.wait(for: "1 Articles (5 of 14: 'veto', newest first)")
        XCTAssertTrue(r.ok, r.screen)
        XCTAssertTrue(listRow(r.screen, 1).contains("Russia, China veto Western-backed"), r.screen)
        XCTAssertTrue(listRow(r.screen, 5).contains("RUSSIA VETOES PLAN OF 'NEUTRALS'"), r.screen)
        t.keys("C-u")
        t.type("jupp\u{00E9}")
        r = t.wait(for: "1 Articles (1 of 14: 'juppé', newest first)")
        XCTAssertTrue(r.ok, "filtered by a person in the article:\n\(r.screen)")
        XCTAssertTrue(listRow(r.screen, 1).contains("Paris Says Russia Reviewing Syria Stance"), r.screen)
        t.keys("Enter")
        r = t.wait(for: "Esc clears the filter")
        XCTAssertTrue(r.ok, r.screen)
        t.keys("Escape")
        r = t.wait(for: "1 Articles (14, newest first)")
        XCTAssertTrue(r.ok, "Esc cleared the kept filter:\n\(r.screen)")
        t.keys("q")
        XCTAssertTrue(t.wait(for: "EXIT=0").ok)

        // The order was saved; the next run starts in it.
        let again = try startReader(stateHome: home)
        r = again.wait(for: "1 Articles (14, newest first)")
        XCTAssertTrue(r.ok, "the order survives a restart:\n\(r.screen)")
        XCTAssertTrue(listRow(r.screen, 1).contains("Council adopts short U.S. text on Ukraine"), r.screen)
        again.keys("q")
        XCTAssertTrue(again.wait(for: "EXIT=0").ok)
        let json = try String(contentsOfFile: home + "/newsroom/state.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"order\" : \"newest\""), json)
    }
}
