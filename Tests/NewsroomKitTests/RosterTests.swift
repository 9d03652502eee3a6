import XCTest
@testable import NewsroomKit

/// The bundled Council roster against facts that can be checked.
final class RosterTests: XCTestCase {
    private let roster = CouncilRoster.bundled

    func testCoversEveryYearFrom1946To2026() {
        XCTAssertEqual(roster.years, 1946...2026)
    }

    func testElevenMembersBefore1966AndFifteenFrom1966OnEveryDay() {
        for year in 1946...2026 {
            let expected = year < 1966 ? 11 : 15
            for day in ["01-01", "06-30", "10-24", "10-25", "12-23", "12-24", "12-31"] {
                XCTAssertEqual(roster.members(year: year, monthDay: day).count, expected, "\(year)-\(day)")
            }
            XCTAssertEqual(roster.members(year: year).count, expected, "\(year)")
        }
    }

    func testFivePermanentMembersEveryYear() {
        for year in 1946...2026 {
            let permanent = roster.members(year: year).filter(\.permanent).map(\.name)
            XCTAssertEqual(permanent.count, 5, "\(year)")
            XCTAssertTrue(permanent.contains("France") && permanent.contains("United Kingdom")
                          && permanent.contains("United States") && permanent.contains("China"), "\(year)")
        }
    }

    func testNoElectedMemberSitsThreeYearsInARow() {
        for year in 1946...2024 {
            let a = Set(roster.members(year: year).filter { !$0.permanent }.map(\.name))
            let b = Set(roster.members(year: year + 1).filter { !$0.permanent }.map(\.name))
            let c = Set(roster.members(year: year + 2).filter { !$0.permanent }.map(\.name))
            XCTAssertTrue(a.intersection(b).intersection(c).isEmpty, "\(year)–\(year + 2): \(a.intersection(b).intersection(c))")
        }
    }

    func testThe2011Council() {
        let names = Set(roster.members(year: 2011).map(\.name))
        XCTAssertEqual(names, ["China", "France", "Russia", "United Kingdom", "United States", "Brazil", "India",
                               "South Africa", "Germany", "Portugal", "Colombia", "Gabon", "Nigeria", "Lebanon",
                               "Bosnia and Herzegovina"])
    }

    func testBrazilIndiaAndSouthAfricaSatTogetherOnlyIn2011() {
        let years = (1946...2026).filter { y in ["Brazil", "India", "South Africa"].allSatisfy { roster.isElected($0, in: y) } }
        XCTAssertEqual(years, [2011])
    }

    func testSovietSeatPassesToRussiaInDecember1991() {
        XCTAssertTrue(roster.members(year: 1990).contains { $0.name == "Soviet Union" })
        XCTAssertTrue(roster.members(year: 1991, monthDay: "12-23").contains { $0.name == "Soviet Union" })
        XCTAssertFalse(roster.members(year: 1991, monthDay: "12-24").contains { $0.name == "Soviet Union" })
        XCTAssertTrue(roster.members(year: 1991, monthDay: "12-24").contains { $0.name == "Russia" })
        XCTAssertTrue(roster.members(year: 1992).contains { $0.name == "Russia" && $0.permanent })
    }

    func testChinaSeatPassesToThePeoplesRepublicOn25October1971() {
        func holder(_ year: Int, _ day: String?) -> String? {
            roster.members(year: year, monthDay: day).first { $0.name == "China" }?.official
        }
        XCTAssertEqual(holder(1950, nil), "Republic of China")
        XCTAssertEqual(holder(1971, nil), "Republic of China", "without a date the 1971 roster shows the holder on 1 January")
        XCTAssertEqual(holder(1971, "10-24"), "Republic of China")
        XCTAssertEqual(holder(1971, "10-25"), "People's Republic of China")
        XCTAssertEqual(holder(1972, nil), "People's Republic of China")
    }

    func testNamesOfTheTime() {
        XCTAssertTrue(roster.members(year: 1960).contains { $0.name == "Ceylon" && $0.key == "Sri Lanka" })
        XCTAssertTrue(roster.members(year: 1982).contains { $0.name == "Zaire" })
        XCTAssertTrue(roster.members(year: 2003).contains { $0.name == "Syria" })
        XCTAssertTrue(roster.isElected("Sri Lanka", in: 1960), "a country is found by its later name too")
    }

    func testVotesNeeded() {
        XCTAssertEqual(CouncilRoster.votesNeeded(year: 1965), 7)
        XCTAssertEqual(CouncilRoster.votesNeeded(year: 1966), 9)
    }

    func testPost2019YearsFollowTheReadmeLists() {
        XCTAssertTrue(roster.isElected("Viet Nam", in: 2020))
        XCTAssertTrue(roster.isElected("Republic of Korea", in: 2025))
        XCTAssertTrue(roster.isElected("Democratic Republic of the Congo", in: 2026))
        XCTAssertFalse(roster.isElected("Japan", in: 2025))
    }

    func testCleaningOfTheSourceCells() {
        XCTAssertEqual(RosterDerivation.parseYear("2e3"), 2000)
        XCTAssertEqual(RosterDerivation.parseYear("1999"), 1999)
        XCTAssertNil(RosterDerivation.parseYear("year"))
        XCTAssertEqual(RosterDerivation.cleanName("Angola\u{00A0} "), "Angola")
        XCTAssertEqual(RosterDerivation.commonName(official: "Iran (Islamic Republic of)"), "Iran")
        XCTAssertEqual(RosterDerivation.termYears("1964 , 1978 – 1979"), [1964, 1978, 1979])
    }

    func testDerivationFromSharedDataReproducesTheBundledTable() throws {
        guard let shared = SharedData.root(packageRoot: SharedData.packageRoot(ofTestFile: #filePath)) else {
            throw XCTSkip(SharedData.missingMessage)
        }
        let unsc = shared.appendingPathComponent("unsc")
        let csv = try String(contentsOf: unsc.appendingPathComponent("elected-members-by-year.csv"), encoding: .utf8)
        let html = try String(contentsOf: unsc.appendingPathComponent("un-countries-elected-members-2019.html"), encoding: .utf8)
        let result = RosterDerivation.derive(csv: csv, html: html)
        XCTAssertEqual(result.errors, [])
        let bundled = try XCTUnwrap(String(data: BundledResources.data("council/roster.tsv"), encoding: .utf8))
        XCTAssertEqual(result.table, bundled, "run `swift run newsroom-train roster` to refresh Resources/council/roster.tsv")
        // The UN page leaves out the German Democratic Republic's 1980–81 term; the CSV has it.
        XCTAssertEqual(result.disagreements.count, 2)
        XCTAssertTrue(result.disagreements.allSatisfy { $0.contains("German Democratic Republic") })
    }
}
