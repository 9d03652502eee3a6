import Foundation
import XCTest
@testable import NewsroomKit

final class JSONValueTests: XCTestCase {
    func testObjectKeepsFieldOrder() {
        let v = JSONValue.object([("b", .int(1)), ("a", .null), ("c", .array([.bool(true), .string("x")]))])
        XCTAssertEqual(v.serialized(), #"{"b":1,"a":null,"c":[true,"x"]}"#)
    }

    func testControlCharactersAreEscapedAndRoundTrip() throws {
        let nasty = "a\u{1B}[31mred\u{07}\u{9B}2J\u{202E}rev\"q\"\\\n\tend"
        let text = JSONValue.object([("t", .string(nasty))]).serialized()
        XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        XCTAssertTrue(text.contains(#"\u001b[31m"#))
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        XCTAssertEqual(decoded?["t"], nasty)
    }

    func testPrettyOutputParsesToTheSameValue() throws {
        let v = JSONValue.object([("n", .int(-3)), ("list", .array([.object([("k", .string("é"))]), .array([])]))])
        let compact = try JSONSerialization.jsonObject(with: Data(v.serialized().utf8)) as? NSDictionary
        let pretty = try JSONSerialization.jsonObject(with: Data(v.serialized(pretty: true).utf8)) as? NSDictionary
        XCTAssertEqual(compact, pretty)
        XCTAssertTrue(v.serialized(pretty: true).contains("\n  \"n\": -3"))
    }

    func testNonFiniteDoublesBecomeNull() {
        XCTAssertEqual(JSONValue.array([.double(.nan), .double(1.5)]).serialized(), "[null,1.5]")
    }
}
