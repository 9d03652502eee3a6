import Foundation
import XCTest
@testable import NewsroomUI

/// Compares a screen with a stored plain-text snapshot in Snapshots/<name>.txt: the text, then a
/// grid of style letters, then the legend (each style with its resolved terminal attributes for
/// the state's colour mode). `NEWSROOM_RECORD_SNAPSHOTS=1` re-records; a missing snapshot fails.
enum Snapshot {
    static func text(of screen: Screen, mode: ColorMode) -> String {
        var rows: [String] = []
        var styleRows: [String] = []
        var letters: [Style: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for y in 0..<screen.height {
            var row = "", styles = ""
            for x in 0..<screen.width {
                let c = screen[x, y]
                if c.isContinuation { styles.append(" "); continue }
                row += c.text
                if c.style == .plain { styles.append("."); continue }
                if letters[c.style] == nil {
                    let l = letters.count < alphabet.count ? alphabet[letters.count] : "?"
                    letters[c.style] = l
                    let t = Theme.resolve(c.style, mode: mode)
                    legend.append("\(l) = \(c.style.role) \(c.style.highlight) \(c.style.attributes.rawValue) -> fg \(t.foreground) bg \(t.background) attrs \(t.attributes.rawValue)")
                }
                styles.append(letters[c.style] ?? "?")
            }
            rows.append(row)
            styleRows.append(styles)
        }
        return rows.joined(separator: "\n") + "\n-- styles --\n" + styleRows.joined(separator: "\n")
            + "\n-- legend (\(mode.rawValue)) --\n" + legend.joined(separator: "\n") + "\n"
    }

    static func assert(_ state: ReaderState, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = text(of: state.render(), mode: state.colorMode)
        let dir = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = dir.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NEWSROOM_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("snapshot \(name).txt is missing: run with NEWSROOM_RECORD_SNAPSHOTS=1 to record it", file: file, line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let exp = first < e.count ? String(e[first]) : "<end>"
            let act = first < a.count ? String(a[first]) : "<end>"
            XCTFail("snapshot \(name) differs at line \(first + 1):\nexpected: \(exp)\nactual:   \(act)", file: file, line: line)
        }
    }
}
