import ArgumentParser
import Foundation
import NewsroomKit

/// Derives the compact name lists in `Resources/names/` from `../shared/names`.
///
/// - `first-names.tsv`: `name<TAB>male share 0…100<TAB>frequency bucket 1…7`, from the SSA
///   baby names 1880–2020 (summed over years), the 1990 census first names and the forenames of
///   ~100 countries.
/// - `surnames.tsv`: `name<TAB>frequency bucket 1…7`, from the 1990 census surnames (top 50,000 by rank) and the
///   surnames of ~75 countries.
///
/// Names are folded (lower case, no diacritics); rows are sorted, so the same input gives the
/// same bytes.
struct TrainNames: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Derives Resources/names/{first-names,surnames}.tsv from ../shared/names."
    )

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    @Option(help: "Output folder.")
    var output = "Resources/names"

    @Option(help: "Keep SSA first names given at least this many times in 1880–2020.")
    var minFirstNameCount = 300

    @Option(help: "Keep census surnames up to this frequency rank.")
    var maxSurnameRank = 50_000

    func run() throws {
        let root = try SharedData.required(shared)
        let names = root.appendingPathComponent("names")
        var male: [String: Double] = [:]
        var female: [String: Double] = [:]
        // SSA: name,sex,count per year.
        let ssa = names.appendingPathComponent("ssa")
        let years = try FileManager.default.contentsOfDirectory(atPath: ssa.path)
            .filter { $0.hasPrefix("yob") && $0.hasSuffix(".txt") }.sorted()
        for file in years {
            for line in try lines(ssa.appendingPathComponent(file)) {
                let f = line.split(separator: ",")
                guard f.count == 3, let count = Double(f[2]) else { continue }
                let key = Folding.fold(String(f[0]))
                if f[1] == "M" { male[key, default: 0] += count } else { female[key, default: 0] += count }
            }
        }
        var first: [String: (male: Double, female: Double)] = [:]
        for (k, v) in male { first[k, default: (0, 0)].male += v }
        for (k, v) in female { first[k, default: (0, 0)].female += v }
        first = first.filter { $0.value.male + $0.value.female >= Double(minFirstNameCount) }
        var firstBuckets: [String: Int] = [:]
        for (k, v) in first { firstBuckets[k] = bucket(count: v.male + v.female) }
        // Census 1990 first names: percent of population.
        for (file, isMale) in [("dist.male.first", true), ("dist.female.first", false)] {
            for line in try lines(names.appendingPathComponent("census-1990/\(file)")) {
                let f = line.split(separator: " ", omittingEmptySubsequences: true)
                guard f.count >= 2, let pct = Double(f[1]) else { continue }
                let key = Folding.fold(String(f[0]))
                let weight = pct * 1_000_000  // comparable scale with SSA counts
                if first[key] == nil {
                    first[key] = isMale ? (weight, 0) : (0, weight)
                    firstBuckets[key] = max(1, bucket(count: weight) - 1)
                }
            }
        }
        // Forenames by country: Gender M/F, romanized form.
        let forenames = try csvRows(names.appendingPathComponent("by-country/common-forenames-by-country.csv"))
        if let header = forenames.first, let g = header.firstIndex(of: "Gender"),
           let r = header.firstIndex(of: "Romanized Name") {
            for row in forenames.dropFirst() where row.count > max(g, r) {
                for part in row[r].split(separator: " ") {
                    let key = Folding.fold(String(part))
                    guard key.count > 1, first[key] == nil else { continue }
                    first[key] = row[g] == "M" ? (1, 0) : row[g] == "F" ? (0, 1) : (1, 1)
                    firstBuckets[key] = 3
                }
            }
        }
        var surnames: [String: Int] = [:]
        for line in try lines(names.appendingPathComponent("census-1990/dist.all.last")) {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 4, let rank = Int(f[3]), rank <= maxSurnameRank else { continue }
            surnames[Folding.fold(String(f[0]))] = surnameBucket(rank: rank)
        }
        let surnameRows = try csvRows(names.appendingPathComponent("by-country/common-surnames-by-country.csv"))
        if let header = surnameRows.first, let r = header.firstIndex(of: "Romanized Name") {
            for row in surnameRows.dropFirst() where row.count > r {
                let key = Folding.fold(row[r])
                guard key.count > 1, !key.contains(" ") else { continue }
                surnames[key] = max(surnames[key] ?? 0, 3)
            }
        }
        let out = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var firstText = "# folded first name\tmale share (0-100)\tfrequency bucket (1-7); see NOTICE\n"
        for key in first.keys.sorted() where isPlainName(key) {
            guard let v = first[key], let b = firstBuckets[key] else { continue }
            let share = Int((100 * v.male / max(v.male + v.female, 1e-9)).rounded())
            firstText += "\(key)\t\(share)\t\(b)\n"
        }
        var surnameText = "# folded surname\tfrequency bucket (1-7); see NOTICE\n"
        for key in surnames.keys.sorted() where isPlainName(key) {
            surnameText += "\(key)\t\(surnames[key] ?? 1)\n"
        }
        try Data(firstText.utf8).write(to: out.appendingPathComponent("first-names.tsv"))
        try Data(surnameText.utf8).write(to: out.appendingPathComponent("surnames.tsv"))
        print("first names: \(first.count), surnames: \(surnames.count) → \(out.path)")
    }

    /// 1…7 from a count on the SSA scale (about one per 10× more people).
    private func bucket(count: Double) -> Int {
        max(1, min(7, Int(log10(max(count, 1))) - 1))
    }

    /// 1…7 from a census surname rank (7 for the top 100).
    private func surnameBucket(rank: Int) -> Int {
        switch rank {
        case ...100: return 7
        case ...1_000: return 6
        case ...5_000: return 5
        case ...15_000: return 4
        case ...30_000: return 3
        default: return 2
        }
    }

    private func isPlainName(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { CharClass.isLetter($0) || $0 == "-" || $0 == "'" }
    }

    private func lines(_ url: URL) throws -> [Substring] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// Minimal CSV reader (quoted fields, doubled quotes); enough for the by-country files.
    private func csvRows(_ url: URL) throws -> [[String]] {
        var rows: [[String]] = []
        for line in try lines(url) {
            var fields: [String] = []
            var field = ""
            var quoted = false
            var it = line.makeIterator()
            while let ch = it.next() {
                if quoted {
                    if ch == "\"" { quoted = false } else { field.append(ch) }
                } else if ch == "\"" {
                    quoted = true
                } else if ch == "," {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(ch)
                }
            }
            fields.append(field)
            if rows.isEmpty, let f = fields.first, f.hasPrefix("\u{FEFF}") { fields[0] = String(f.dropFirst()) }
            rows.append(fields)
        }
        return rows
    }
}
