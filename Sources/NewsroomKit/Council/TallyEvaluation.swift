import Foundation

/// Gold tallies for evaluation: a folder of articles (`NAME.json`: `id`, `headline`, `date`, `text`)
/// each with `NAME.expected.json`: `{"tally": null}` for an article that must give no tally, or
/// `{"tally": {"year", "yearInferred", "needed", "sponsorTarget", "outcome", "stances": {name: stance},
/// "vetoes": {name: veto}}}` where `stances` lists every member whose stance the article determines
/// (every other member must be `unknown`).
public enum TallyEvaluation {
    /// One gold case.
    public struct Case: Sendable {
        public var name: String
        public var article: Article
        /// Nil when the article must give no tally.
        public var expected: Expected?
    }

    /// The expected tally.
    public struct Expected: Sendable {
        public var year: Int?
        public var yearInferred: Bool?
        public var needed: Int?
        public var sponsorTarget: Int?
        public var outcome: String
        public var stances: [String: Stance]
        public var vetoes: [String: Veto]
    }

    /// What one case scored.
    public struct CaseResult: Sendable {
        public var name: String
        public var outcomeRight: Bool
        public var negative: Bool
        public var stancesRight: Int
        public var stancesTotal: Int
        /// Members given a stance the gold leaves unknown.
        public var spurious: Int
        /// Differences, for the report.
        public var problems: [String]
    }

    /// Totals over a set.
    public struct Score: Sendable {
        public var cases: [CaseResult]
        /// Creates a score over case results.
        public init(cases: [CaseResult]) { self.cases = cases }
        public var outcomes: (right: Int, total: Int) {
            let pos = cases.filter { !$0.negative }
            return (pos.filter(\.outcomeRight).count, pos.count)
        }
        public var stances: (right: Int, total: Int) {
            (cases.map(\.stancesRight).reduce(0, +), cases.map(\.stancesTotal).reduce(0, +))
        }
        public var negatives: (right: Int, total: Int) {
            let neg = cases.filter(\.negative)
            return (neg.filter(\.outcomeRight).count, neg.count)
        }
        public var spurious: Int { cases.map(\.spurious).reduce(0, +) }
    }

    /// Loads the cases of `folder` and of its subfolders (named `subfolder/NAME`).
    public static func load(folder: URL) throws -> [Case] {
        let fm = FileManager.default
        let entries = try fm.contentsOfDirectory(atPath: folder.path).sorted()
        var names = entries.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }
        // Subfolders (batches such as blind-1/) are read too, one level down.
        for entry in entries {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: folder.appendingPathComponent(entry).path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            names += try fm.contentsOfDirectory(atPath: folder.appendingPathComponent(entry).path).sorted()
                .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.map { entry + "/" + $0 }
        }
        var out: [Case] = []
        for file in names {
            let base = String(file.dropLast(5))
            let articleURL = folder.appendingPathComponent(file)
            let expectedURL = folder.appendingPathComponent(base + ".expected.json")
            guard let a = try JSONSerialization.jsonObject(with: Data(contentsOf: articleURL)) as? [String: Any] else {
                throw NewsroomError.malformed(path: articleURL.path, reason: "not a JSON object")
            }
            guard let e = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any] else {
                throw NewsroomError.malformed(path: expectedURL.path, reason: "not a JSON object")
            }
            let article = Article(id: a["id"] as? String ?? base, path: articleURL.path,
                                  headline: a["headline"] as? String ?? "", dateline: a["dateline"] as? String,
                                  date: a["date"] as? String, source: a["source"] as? String, text: a["text"] as? String ?? "")
            var expected: Expected?
            if let t = e["tally"] as? [String: Any] {
                var stances: [String: Stance] = [:]
                for (k, v) in t["stances"] as? [String: String] ?? [:] {
                    guard let s = Stance(rawValue: v) else { throw NewsroomError.malformed(path: expectedURL.path, reason: "stance \(v)") }
                    stances[k] = s
                }
                var vetoes: [String: Veto] = [:]
                for (k, v) in t["vetoes"] as? [String: String] ?? [:] {
                    guard let s = Veto(rawValue: v) else { throw NewsroomError.malformed(path: expectedURL.path, reason: "veto \(v)") }
                    vetoes[k] = s
                }
                expected = Expected(year: t["year"] as? Int, yearInferred: t["yearInferred"] as? Bool, needed: t["needed"] as? Int,
                                    sponsorTarget: t["sponsorTarget"] as? Int, outcome: t["outcome"] as? String ?? "",
                                    stances: stances, vetoes: vetoes)
            }
            out.append(Case(name: base, article: article, expected: expected))
        }
        return out
    }

    /// Compares a tally with the gold.
    public static func score(_ c: Case, tally: Tally?) -> CaseResult {
        guard let expected = c.expected else {
            return CaseResult(name: c.name, outcomeRight: tally == nil, negative: true, stancesRight: 0, stancesTotal: 0, spurious: 0,
                              problems: tally == nil ? [] : ["expected no tally, got outcome \"\(tally?.outcome ?? "")\""])
        }
        guard let tally else {
            return CaseResult(name: c.name, outcomeRight: false, negative: false, stancesRight: 0, stancesTotal: expected.stances.count,
                              spurious: 0, problems: ["expected a tally, got none"])
        }
        var problems: [String] = []
        let outcomeRight = tally.outcome == expected.outcome
        if !outcomeRight { problems.append("outcome \"\(tally.outcome)\", expected \"\(expected.outcome)\"") }
        var right = 0
        for (name, stance) in expected.stances.sorted(by: { $0.key < $1.key }) {
            let got = tally.members.first { $0.name == name }?.stance
            if got == stance { right += 1 } else { problems.append("\(name): \(got?.rawValue ?? "not a member"), expected \(stance.rawValue)") }
        }
        var spurious = 0
        for m in tally.members where m.stance != .unknown && expected.stances[m.name] == nil {
            spurious += 1
            problems.append("\(m.name): \(m.stance.rawValue), expected unknown")
        }
        for (name, veto) in expected.vetoes {
            let got = tally.members.first { $0.name == name }?.veto
            if got != veto { problems.append("\(name) veto: \(got?.rawValue ?? "-"), expected \(veto.rawValue)") }
        }
        for m in tally.members where m.veto != .none && expected.vetoes[m.name] == nil {
            problems.append("\(m.name) veto: \(m.veto.rawValue), expected none")
        }
        if let y = expected.year, y != tally.year { problems.append("year \(tally.year.map(String.init) ?? "nil"), expected \(y)") }
        if expected.year == nil, tally.year != nil, c.expected?.yearInferred != nil { problems.append("year \(tally.year ?? 0), expected nil") }
        if let inferred = expected.yearInferred, inferred != tally.yearInferred { problems.append("yearInferred \(tally.yearInferred), expected \(inferred)") }
        if let n = expected.needed, n != tally.needed { problems.append("needed \(tally.needed), expected \(n)") }
        if expected.sponsorTarget != tally.sponsorTarget {
            problems.append("sponsorTarget \(tally.sponsorTarget.map(String.init) ?? "nil"), expected \(expected.sponsorTarget.map(String.init) ?? "nil")")
        }
        return CaseResult(name: c.name, outcomeRight: outcomeRight, negative: false, stancesRight: right,
                          stancesTotal: expected.stances.count, spurious: spurious, problems: problems)
    }
}
