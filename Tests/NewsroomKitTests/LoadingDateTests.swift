import XCTest
@testable import NewsroomKit

final class LoadingDateTests: XCTestCase {
    func testUnderstoodForms() {
        XCTAssertEqual(DateNormalizer.normalize("2019-01-04"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("2019-01-04T10:00:00Z"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("2019/1/4"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("Fri, 04 Jan 2019 10:00:00 +0000"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("January 4, 2019"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("Friday, January 4, 2019"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("4 January 2019"), "2019-01-04")
        XCTAssertEqual(DateNormalizer.normalize("Jan. 4th, 2019"), "2019-01-04")
    }

    func testUnparseableIsNil() {
        XCTAssertNil(DateNormalizer.normalize("yesterday"))
        XCTAssertNil(DateNormalizer.normalize("2019-13-40"))
        XCTAssertNil(DateNormalizer.normalize("March 2019"))
        XCTAssertNil(DateNormalizer.normalize(""))
    }

    func testUnparseableDateIsKeptAsGiven() throws {
        let result = LoadingFixtures.load(#"{"title": "T", "date": "last Tuesday", "text": "Body."}"#, as: "d.json")
        XCTAssertEqual(try XCTUnwrap(result.articles.first).date, "last Tuesday")
    }

    func testDateOnlyLines() {
        XCTAssertTrue(DateNormalizer.isDateOnly("Monday, January 7, 2019\u{00A0}"))
        XCTAssertFalse(DateNormalizer.isDateOnly("On January 7, 2019 the talks began"))
    }
}
