import XCTest
@testable import NewsroomUI

/// The search flow and the people view, step by step, as snapshots.
final class FlowSnapshotTests: XCTestCase {
    func testSearchFlowSnapshots() {
        var s = Fixtures.state([Fixtures.wide, Fixtures.sample], width: 120, height: 36)
        s.reduce(.slash)
        for c in "security coun" { s.reduce(.input(.char(c))) }
        Snapshot.assert(s, named: "search-typing-120x36")
        s.reduce(.input(.enter))
        Snapshot.assert(s, named: "search-opened-120x36")
        s.reduce(.nextMatch)
        Snapshot.assert(s, named: "search-next-120x36")
    }

    func testPeopleViewSnapshots() {
        var s = Fixtures.state(width: 120, height: 36)
        s.reduce(.togglePeople)
        s.reduce(.moveDown)
        s.reduce(.nextMention)
        Snapshot.assert(s, named: "people-article-juppe-120x36")
    }

    func testFindSnapshot() {
        var s = Fixtures.state(width: 80, height: 24)
        s.reduce(.findInBody)
        for c in "russia" { s.reduce(.input(.char(c))) }
        Snapshot.assert(s, named: "find-typing-80x24")
    }
}
