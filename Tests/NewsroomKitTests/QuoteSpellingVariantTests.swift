import XCTest

@testable import NewsroomKit

/// A surname spelt two ways in one article (`SpeakerResolver+SpellingVariants.swift`; sentences
/// written for the project).
final class QuoteSpellingVariantTests: XCTestCase {
    func testASurnameOneLetterOffNamesThePerson() throws {
        let q = try QuoteRoundCast.only("Jim Bridenstine visited the launch site. \"We are ready,\" Bridenstene said.")
        XCTAssertEqual(q.speaker, "Jim Bridenstine")
    }

    func testAPluralOrADifferentFirstLetterIsSomeoneElse() throws {
        let plural = try QuoteRoundCast.only("Carlos Ortega spoke first. \"We will wait,\" the Ortegas said.")
        XCTAssertNotEqual(plural.speaker, "Carlos Ortega")
        let otherInitial = try QuoteRoundCast.only("Jim Bridenstine visited the launch site. \"We are ready,\" Vridenstine said.")
        XCTAssertNotEqual(otherInitial.speaker, "Jim Bridenstine")
        XCTAssertTrue(SpeakerResolver.isOneEditApart(Array("sarea".unicodeScalars), Array("saree".unicodeScalars)))
        XCTAssertTrue(SpeakerResolver.isOneEditApart(Array("sarea".unicodeScalars), Array("sareea".unicodeScalars)))
        XCTAssertFalse(SpeakerResolver.isOneEditApart(Array("sarea".unicodeScalars), Array("sarea".unicodeScalars)))
        XCTAssertFalse(SpeakerResolver.isOneEditApart(Array("ortega".unicodeScalars), Array("ortegas".unicodeScalars)))
        XCTAssertFalse(SpeakerResolver.isOneEditApart(Array("sarea".unicodeScalars), Array("sreee".unicodeScalars)))
    }
}
