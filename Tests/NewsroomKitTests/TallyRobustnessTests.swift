import XCTest
@testable import NewsroomKit

/// Scrambled council wording, odd dates and stray characters never crash the tally, and every
/// tally it gives keeps its invariants.
final class TallyRobustnessTests: XCTestCase {
    /// A small deterministic generator, so that a failure can be reproduced.
    private struct LCG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    func testScrambledCouncilWordingKeepsTheInvariants() {
        let words = ["Russia", "China", "the", "Security", "Council", "voted", "13", "-", "0", "with", "two", "abstentions",
                     "(", ")", ",", ".", "vetoed", "by", "France", "Britain", "abstained", "against", "in", "favour", "joined",
                     "voting", "no", "other", "14", "members", "rival", "amendment", "\"", "“", "”", "we", "cannot", "support",
                     "said", "which", "it", "would", "veto", "Moscow", "—", "\n\n", "PARIS", "U.S.", "'s", "’", "Nationalist",
                     "1950", "2011", "unanimously", "adopted", "failed", "to", "convince", "India", "Brazil", "South Africa",
                     "three", "African", "European", "permanent", "five", "elected", "remaining", "including", "as", "not",
                     "é", "\u{0301}", "🙂", "\u{00A0}", "Zaire", "Ceylon", "nine", "votes", "needed", "short", "of", "11", "15",
                     "-led", "procedural", "General", "Assembly"]
        let dates: [String?] = [nil, "2011-03-01", "1950-06-28", "1971-10-25", "not a date", "1991-12-24", "20"]
        var rng = LCG(state: 42)
        var tallies = 0
        for n in 0..<600 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                text += words.randomElement(using: &rng) ?? ""
                if Bool.random(using: &rng) { text += " " }
            }
            let article = Article(id: "\(n)", path: "fuzz", headline: "Security Council", date: dates.randomElement(using: &rng) ?? nil, text: text)
            guard let t = TallyBuilder().tally(for: article, text: ScalarText(text)) else { continue }
            tallies += 1
            let length = text.unicodeScalars.count
            XCTAssertEqual(t.counts, TallyCounts(members: t.members), "\(n)")
            XCTAssertTrue(t.members.count == 11 || t.members.count == 15, "\(n)")
            XCTAssertEqual(t.needed, t.members.count == 11 ? 7 : 9, "\(n)")
            for m in t.members {
                if let e = m.evidence { XCTAssertTrue(e.start >= 0 && e.end <= length && e.start < e.end, "\(n): \(m.name)") }
                if m.veto != Veto.none { XCTAssertTrue(m.permanent, "\(n): only permanent members veto") }
                if m.stance != .unknown { XCTAssertNotNil(m.evidence, "\(n): \(m.name) has a stance without evidence") }
            }
        }
        XCTAssertGreaterThan(tallies, 50, "the scrambled texts should often read as Council decisions")
    }
}
