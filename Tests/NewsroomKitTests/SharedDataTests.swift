import Foundation
import XCTest

@testable import NewsroomKit

/// How commands find the shared data folder, and what they say when it is missing.
final class SharedDataTests: XCTestCase {
    func testAGivenFolderThatExistsIsUsedAsIs() throws {
        let folder = FileManager.default.temporaryDirectory.path
        XCTAssertEqual(try SharedData.required(folder).path, URL(fileURLWithPath: folder).path)
    }

    func testAGivenFolderThatDoesNotExistIsNamedInTheError() {
        let missing = "/nonexistent/newsroom-shared-\(UUID().uuidString)"
        XCTAssertThrowsError(try SharedData.required(missing)) { error in
            XCTAssertEqual(error as? NewsroomError, .sharedDataMissing(path: missing))
            XCTAssertTrue("\(error)".hasPrefix(missing + ": shared data folder not found"))
        }
    }

    func testTheMessageWithoutAPathSaysHowToGiveOne() {
        let message = NewsroomError.sharedDataMissing(path: nil).description
        XCTAssertTrue(message.contains("--shared PATH"))
        XCTAssertTrue(message.contains("NEWSROOM_SHARED"))
    }
}
