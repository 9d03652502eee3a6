import XCTest
@testable import NewsroomUI

/// Each layout rendered with the hand-built sample and compared with its stored snapshot.
final class LayoutSnapshotTests: XCTestCase {
    func testMedium80x24ShowsTheSampleInFourPanes() {
        let s = Fixtures.state(width: 80, height: 24)
        XCTAssertEqual(s.layout.kind, .medium)
        XCTAssertEqual(Set(s.layout.panes.keys), Set(PaneID.allCases))
        Snapshot.assert(s, named: "medium-80x24")
    }

    func testWide200x50() {
        let s = Fixtures.state(width: 200, height: 50)
        XCTAssertEqual(s.layout.kind, .wide)
        Snapshot.assert(s, named: "wide-200x50")
    }

    func testWide140x40() {
        Snapshot.assert(Fixtures.state(width: 140, height: 40), named: "wide-140x40")
    }

    func testMedium120x40() {
        Snapshot.assert(Fixtures.state(width: 120, height: 40), named: "medium-120x40")
    }

    func testNarrow60x20ShowsOnePaneWithTabs() {
        var s = Fixtures.state(width: 60, height: 20)
        XCTAssertEqual(s.layout.kind, .narrow)
        Snapshot.assert(s, named: "narrow-60x20-list")
        s.reduce(.focus(.body))
        Snapshot.assert(s, named: "narrow-60x20-body")
        s.reduce(.focus(.tally))
        Snapshot.assert(s, named: "narrow-60x20-tally")
    }

    /// At 40 columns the four tab titles do not fit: the focused one keeps its title, the others
    /// show their number (the bar used to be cut off after "4 T").
    func testNarrow40x12TabBarFits() {
        var s = Fixtures.state(width: 40, height: 12)
        s.reduce(.focus(.quotes))
        let bar = Snapshot.text(of: s.render(), mode: s.colorMode).split(separator: "\n")[0]
        XCTAssertTrue(bar.hasPrefix(" 1   2   3 Quotes   4 "), String(bar))
        Snapshot.assert(s, named: "narrow-40x12-quotes")
        let tally = s.layout.tabs(focus: s.focus).first { $0.pane == .tally }!
        s.reduce(.mouse(MouseEvent(.press, x: tally.x + 1, y: 0)))
        XCTAssertEqual(s.focus, .tally, "a click on a shortened tab focuses its pane")
        XCTAssertTrue(Snapshot.text(of: s.render(), mode: s.colorMode).hasPrefix(" 1   2   3   4 Tally "))
    }

    /// On a narrow status line the library counts give way to the message of the last key.
    func testStatusMessageWinsOverCountsWhenNarrow() {
        func statusRow(_ s: ReaderState) -> String {
            String(Snapshot.text(of: s.render(), mode: s.colorMode).split(separator: "\n")[s.height - 1])
        }
        let message = "Exported 5 quotes to pull-quotes.md"
        var narrow = Fixtures.state(width: 60, height: 20)
        narrow.reduce(.report(message))
        XCTAssertTrue(statusRow(narrow).contains(message), statusRow(narrow))
        XCTAssertFalse(statusRow(narrow).contains(" \u{00B7} "), statusRow(narrow))
        var wide = Fixtures.state(width: 140, height: 40)
        wide.reduce(.report(message))
        XCTAssertTrue(statusRow(wide).contains(message), statusRow(wide))
        XCTAssertTrue(statusRow(wide).contains(" \u{00B7} "), "room for both at 140 columns: \(statusRow(wide))")
    }

    /// With the people view in the list pane, the tab bar and the status line say "People".
    func testNarrowPeopleViewIsNamedPeople() {
        var s = Fixtures.state(width: 60, height: 20)
        s.reduce(.togglePeople)
        let rows = Snapshot.text(of: s.render(), mode: s.colorMode).split(separator: "\n")
        XCTAssertTrue(rows[0].hasPrefix(" 1 People "), String(rows[0]))
        XCTAssertTrue(rows[s.height - 1].hasPrefix(" [People] "), String(rows[s.height - 1]))
        Snapshot.assert(s, named: "narrow-60x20-people")
    }

    /// The key help on a narrow terminal covers the pane borders rather than doubling them.
    func testNarrowHelpCoversThePaneBorders() {
        var s = Fixtures.state(width: 60, height: 20)
        s.reduce(.toggleHelp)
        let rows = Snapshot.text(of: s.render(), mode: s.colorMode).split(separator: "\n")
        XCTAssertTrue(rows[1].hasPrefix("\u{250C}\u{2500} Keys"), String(rows[1]))
        XCTAssertFalse(rows[2].hasPrefix("\u{2502}\u{2502}"), String(rows[2]))
        Snapshot.assert(s, named: "narrow-60x20-help")
    }

    func testTinyShowsTheNotice() {
        let s = Fixtures.state(width: 29, height: 8)
        XCTAssertEqual(s.layout.kind, .tooSmall)
        Snapshot.assert(s, named: "tiny-29x8")
        let one = Fixtures.state(width: 1, height: 1)
        XCTAssertEqual(one.render().width, 1)
        let zero = Fixtures.state(width: 0, height: 0)
        XCTAssertEqual(zero.render().cells.count, 0)
    }

    func testMonochrome80x24() {
        var s = Fixtures.state(width: 80, height: 24, mode: .monochrome)
        s.reduce(.focus(.tally))
        s.reduce(.moveDown)
        s.reduce(.moveDown)
        Snapshot.assert(s, named: "mono-80x24-tally")
    }

    func testTallyPaneWithEvidence() {
        var s = Fixtures.state(width: 140, height: 40)
        s.reduce(.focus(.tally))
        s.reduce(.moveDown)
        s.reduce(.moveDown)  // Russia: against, veto threatened
        XCTAssertEqual(s.highlight?.reason, .evidence)
        Snapshot.assert(s, named: "tally-russia-evidence-140x40")
    }

    func testWideAndCombiningCharacters() {
        var s = Fixtures.state([Fixtures.wide, Fixtures.sample], width: 90, height: 24)
        s.reduce(.activate)
        Snapshot.assert(s, named: "cjk-emoji-combining-90x24")
    }

    func testEscapeSequenceArticle() {
        var s = Fixtures.state([Fixtures.hostile, Fixtures.sample], width: 100, height: 24)
        s.reduce(.activate)
        Snapshot.assert(s, named: "escapes-100x24")
    }

    func testHelpOverlay() {
        var s = Fixtures.state(width: 100, height: 40)
        s.reduce(.toggleHelp)
        Snapshot.assert(s, named: "help-100x40")
        for c in "quit" { s.reduce(.input(.char(c))) }
        Snapshot.assert(s, named: "help-filtered-quit-100x40")
    }
}
