import XCTest
@testable import NewsroomUI

final class LayoutTests: XCTestCase {
    func testKindsBySize() {
        XCTAssertEqual(Layout(width: 140, height: 30, focus: .list).kind, .wide)
        XCTAssertEqual(Layout(width: 139, height: 30, focus: .list).kind, .medium)
        XCTAssertEqual(Layout(width: 80, height: 24, focus: .list).kind, .medium)
        XCTAssertEqual(Layout(width: 79, height: 24, focus: .list).kind, .narrow)
        XCTAssertEqual(Layout(width: 30, height: 8, focus: .list).kind, .narrow)
        XCTAssertEqual(Layout(width: 29, height: 24, focus: .list).kind, .tooSmall)
        XCTAssertEqual(Layout(width: 100, height: 7, focus: .list).kind, .tooSmall)
    }

    func testPanesStayOnScreenAndNeverOverlap() {
        for w in stride(from: 30, through: 260, by: 7) {
            for h in stride(from: 8, through: 80, by: 5) {
                let l = Layout(width: w, height: h, focus: .quotes)
                let screen = Rect(x: 0, y: 0, width: w, height: h - 1)
                let rects = Array(l.panes.values)
                for r in rects {
                    XCTAssertEqual(r.intersection(screen), r, "\(w)x\(h) pane \(r) leaves the screen")
                    XCTAssertGreaterThanOrEqual(r.width, 3)
                    XCTAssertGreaterThanOrEqual(r.height, 3)
                }
                for i in rects.indices { for j in rects.indices where i < j {
                    XCTAssertTrue(rects[i].intersection(rects[j]).isEmpty, "\(w)x\(h): \(rects[i]) overlaps \(rects[j])")
                } }
            }
        }
    }

    func testNarrowShowsOnlyTheFocusedPane() {
        let l = Layout(width: 60, height: 20, focus: .tally)
        XCTAssertEqual(Array(l.panes.keys), [.tally])
        XCTAssertNotNil(l.tabBar)
    }
}
