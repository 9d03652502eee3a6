import Foundation
import XCTest

/// The command line as scripts use it: exit codes, errors, JSON shapes.
final class CommandLineTests: XCTestCase {
    private let sample = "Resources/articles/000_4b3660261e62ab7f.txt"

    private func jsonObject(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(value as? [String: Any], "not a JSON object: \(text.prefix(200))")
    }

    func testShowJSONOfTheSampleFollowsTheContract() throws {
        let run = try CommandRunner.newsroom(["show", "--json", sample])
        XCTAssertEqual(run.status, 0, run.stderr)
        let o = try jsonObject(run.stdout)
        XCTAssertEqual(o["id"] as? String, "000_4b3660261e62ab7f")
        XCTAssertEqual(o["path"] as? String, sample)
        XCTAssertEqual(o["headline"] as? String, "Paris Says Russia Reviewing Syria Stance")
        XCTAssertEqual(o["dateline"] as? String, "PARIS")
        XCTAssertTrue(o["date"] is NSNull)
        XCTAssertEqual(o["source"] as? String, "The Moscow Times")
        let captions = try XCTUnwrap(o["captions"] as? [String])
        XCTAssertEqual(captions.count, 1)
        XCTAssertTrue(captions.first?.hasPrefix("In a photo released by Syria’s official news agency") == true)
        let text = try XCTUnwrap(o["text"] as? String)
        XCTAssertTrue(text.hasPrefix("France's foreign minister"))
        for banned in ["Support The Moscow Times", "Contribute Today", "Now is the time", "Read more", "PARIS —"] {
            XCTAssertFalse(text.contains(banned), "text contains \(banned)")
        }
        let scalars = Array(text.unicodeScalars)
        func slice(_ span: [String: Any]) -> String? {
            guard let s = span["start"] as? Int, let e = span["end"] as? Int, 0 <= s, s <= e, e <= scalars.count else { return nil }
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[s..<e]); return String(v)
        }

        // People: exactly three, every mention pointing at a form of the name.
        let people = try XCTUnwrap(o["people"] as? [[String: Any]])
        XCTAssertEqual(Set(people.compactMap { $0["name"] as? String }), ["Bashar al-Assad", "Alain Juppe", "Sergei Lavrov"])
        let expectedMentions = ["Bashar al-Assad": 6, "Alain Juppe": 4, "Sergei Lavrov": 1]
        for p in people {
            let name = try XCTUnwrap(p["name"] as? String)
            let mentions = try XCTUnwrap(p["mentions"] as? [[String: Any]])
            XCTAssertEqual(mentions.count, expectedMentions[name], "mentions of \(name)")
            let surname = (name.split(separator: " ").last.map(String.init) ?? name).replacingOccurrences(of: "al-", with: "")
            for m in mentions {
                let covered = try XCTUnwrap(slice(m), "bad span for \(name)")
                XCTAssertTrue(covered.hasSuffix(surname), "\(name) mention covers \(covered)")
            }
        }
        XCTAssertEqual(people.first { ($0["name"] as? String) == "Alain Juppe" }?["title"] as? String, "Foreign Minister")

        // Quotes: the five passages in marks, all Alain Juppe, text equal to the span.
        let quotes = try XCTUnwrap(o["quotes"] as? [[String: Any]])
        let direct = quotes.filter { ($0["kind"] as? String) == "direct" }
        XCTAssertEqual(direct.count, 5)
        for q in quotes {
            XCTAssertEqual(slice(q), q["text"] as? String, "quote text must equal text[start:end]")
        }
        for q in direct { XCTAssertEqual(q["speaker"] as? String, "Alain Juppe", "\(q["text"] ?? "")") }
        // The sample keeps its non-breaking spaces; compare with ordinary spaces.
        let directTexts = direct.compactMap { ($0["text"] as? String)?.replacingOccurrences(of: "\u{00A0}", with: " ") }
        XCTAssertTrue(directTexts.contains { $0.hasPrefix("If we get 11 votes") })
        XCTAssertTrue(directTexts.contains { $0.hasPrefix("But to facilitate the emergence") }, "the quote after \"Juppe said.\"")

        // Tally.
        let tally = try XCTUnwrap(o["tally"] as? [String: Any])
        XCTAssertEqual(tally["year"] as? Int, 2011)
        XCTAssertEqual(tally["yearInferred"] as? Bool, true)
        XCTAssertEqual(tally["needed"] as? Int, 9)
        XCTAssertEqual(tally["sponsorTarget"] as? Int, 11)
        let members = try XCTUnwrap(tally["members"] as? [[String: Any]])
        XCTAssertEqual(members.count, 15)
        func member(_ name: String) -> [String: Any]? { members.first { ($0["name"] as? String) == name } }
        XCTAssertEqual(member("Russia")?["stance"] as? String, "against")
        XCTAssertEqual(member("Russia")?["veto"] as? String, "threatened")
        XCTAssertEqual(member("France")?["stance"] as? String, "for")
        for name in ["Brazil", "India", "South Africa"] {
            XCTAssertEqual(member(name)?["stance"] as? String, "undecided", name)
        }
        XCTAssertEqual(members.filter { ($0["stance"] as? String) == "unknown" }.count, 10)
        for m in members where (m["stance"] as? String) != "unknown" {
            XCTAssertNotNil(m["evidence"] as? [String: Any], "evidence for \(m["name"] ?? "")")
        }
        let counts = try XCTUnwrap(tally["counts"] as? [String: Int])
        XCTAssertEqual(counts, ["for": 1, "against": 1, "abstain": 0, "undecided": 3, "unknown": 10])
        XCTAssertTrue((tally["outcome"] as? String)?.contains("veto") == true)
    }

    func testAnnotateJSONLPrintsOneObjectPerArticle() throws {
        let run = try CommandRunner.newsroom(["annotate", "--jsonl", sample, sample])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        for line in lines {
            let o = try jsonObject(String(line))
            for key in ["id", "path", "headline", "dateline", "date", "source", "captions", "text", "people", "quotes", "tally"] {
                XCTAssertNotNil(o[key], "missing \(key)")
            }
        }
    }

    func testMissingPathIsAnErrorNamingThePath() throws {
        let run = try CommandRunner.newsroom(["list", "no/such/folder"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("no/such/folder"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty)
    }

    func testSkippedFileIsReportedAndTheOthersStillLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: CommandRunner.packageRoot.appendingPathComponent(sample), to: dir.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("broken.txt"))
        let run = try CommandRunner.newsroom(["list", "--json", dir.path])
        XCTAssertEqual(run.status, 2, "exit status says something was skipped")
        XCTAssertTrue(run.stderr.contains("broken.txt"), run.stderr)
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.map { $0["headline"] as? String }, ["Paris Says Russia Reviewing Syria Stance"])
    }

    func testWithoutATerminalTheReaderPrintsTheArticleList() throws {
        let run = try CommandRunner.newsroom([])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Paris Says Russia Reviewing Syria Stance"), run.stdout)
    }

    func testUsageErrorsExitNonZeroWithAMessage() throws {
        let run = try CommandRunner.newsroom(["show", "--no-such-flag"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("--no-such-flag"), run.stderr)
    }
}

/// What article content can do to a terminal through the command line: nothing.
final class CommandLineTerminalSafetyTests: XCTestCase {
    private func hostileFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let article = """
            Title \u{1B}]0;PWNED\u{07}Here

            PARIS — The minister said \u{1B}[2J the vote \u{9B}31m was \u{202E}close\u{202C}, "We will win \u{1B}]52;c;aGk=\u{07} today," Alain Juppe said.
            """
        try article.write(to: dir.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    func testJSONOutputEscapesControlCharacters() throws {
        let dir = try hostileFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.newsroom(["show", "--json", dir.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertTrue((object["text"] as? String)?.contains("\u{1B}[2J") == true, "JSON decodes to the original text")
    }

    func testPlainOutputOnATerminalShowsControlsVisibly() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("util-linux `script` not found: cannot give the command a terminal")
        }
        let dir = try hostileFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = CommandRunner.productsFolder.appendingPathComponent("newsroom").path
        let log = dir.appendingPathComponent("typescript")
        // `script` runs the command on a pseudo-terminal and copies what it printed to `log`.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", "'\(binary)' show '\(dir.appendingPathComponent("hostile.txt").path)'", log.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let printed = try String(contentsOf: log, encoding: .utf8)
        XCTAssertTrue(printed.contains("^[]0;PWNED^G"), printed)
        XCTAssertTrue(printed.contains("\\u{202E}"), printed)
        XCTAssertFalse(printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E },
                       "no raw control character reaches the terminal")
    }
}
