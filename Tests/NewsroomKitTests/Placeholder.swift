import XCTest
final class NewsroomKitTestsPlaceholder: XCTestCase { func testNothing() {} }
