import NewsroomUI
import XCTest

final class SGRMouseReportTests: XCTestCase {
    func testPressBeyondColumn223() {
        XCTAssertEqual(SGRMouseReport.event(parameters: "0;241;10", final: "M"), MouseEvent(.press, x: 240, y: 9))
    }

    func testWheelAndModifiers() {
        XCTAssertEqual(SGRMouseReport.event(parameters: "64;5;6", final: "M"), MouseEvent(.wheelUp, x: 4, y: 5))
        XCTAssertEqual(SGRMouseReport.event(parameters: "65;5;6", final: "M"), MouseEvent(.wheelDown, x: 4, y: 5))
        XCTAssertEqual(SGRMouseReport.event(parameters: "16;1;1", final: "M"), MouseEvent(.press, x: 0, y: 0), "ctrl-click is a click")
    }

    func testIgnoredAndMalformedReports() {
        XCTAssertNil(SGRMouseReport.event(parameters: "0;241;10", final: "m"), "release")
        XCTAssertNil(SGRMouseReport.event(parameters: "32;3;3", final: "M"), "motion")
        XCTAssertNil(SGRMouseReport.event(parameters: "2;3;3", final: "M"), "right button")
        XCTAssertNil(SGRMouseReport.event(parameters: "0;0;3", final: "M"), "column 0 does not exist")
        XCTAssertNil(SGRMouseReport.event(parameters: "0;3", final: "M"))
        XCTAssertNil(SGRMouseReport.event(parameters: "0;;3", final: "M"))
        XCTAssertNil(SGRMouseReport.event(parameters: "0;99999999999999999999999;3", final: "M"))
    }

    func testCharacterClasses() {
        XCTAssertTrue(SGRMouseReport.isParameter("7"))
        XCTAssertTrue(SGRMouseReport.isParameter(";"))
        XCTAssertFalse(SGRMouseReport.isParameter("M"))
        XCTAssertTrue(SGRMouseReport.isFinal("m"))
        XCTAssertFalse(SGRMouseReport.isFinal("q"))
    }
}
