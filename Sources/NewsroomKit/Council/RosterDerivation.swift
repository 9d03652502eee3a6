import Foundation

/// Derives the Council roster fact table (`Resources/council/roster.tsv`) from the sources kept in
/// `../shared/unsc` and the facts listed in `../shared/README.md`. Used by `newsroom-train roster`;
/// the product itself only reads the derived table (see `CouncilRoster`).
public enum RosterDerivation {
    /// One derivation run: the table text and what the cross-checks found.
    public struct Result: Sendable {
        /// The TSV text to write to `Resources/council/roster.tsv`.
        public var table: String
        /// Disagreements between the sources, one line each.
        public var disagreements: [String]
        /// Problems that make the table wrong (wrong member counts, …); empty when the table is sound.
        public var errors: [String]
    }

    /// Elected members after 2019, from the UN's election announcements as listed in
    /// `../shared/README.md` (names as the UN writes them).
    public static let electedAfter2019: [Int: [String]] = [
        2020: ["Belgium", "Dominican Republic", "Estonia", "Germany", "Indonesia", "Niger",
               "Saint Vincent and the Grenadines", "South Africa", "Tunisia", "Viet Nam"],
        2021: ["Estonia", "India", "Ireland", "Kenya", "Mexico", "Niger",
               "Saint Vincent and the Grenadines", "Tunisia", "Viet Nam", "Norway"],
        2022: ["Albania", "Brazil", "Gabon", "Ghana", "India", "Ireland", "Kenya", "Mexico", "Norway",
               "United Arab Emirates"],
        2023: ["Albania", "Brazil", "Ecuador", "Gabon", "Ghana", "Japan", "Malta", "Mozambique", "Switzerland",
               "United Arab Emirates"],
        2024: ["Algeria", "Ecuador", "Guyana", "Japan", "Malta", "Mozambique", "Republic of Korea", "Sierra Leone",
               "Slovenia", "Switzerland"],
        2025: ["Algeria", "Denmark", "Greece", "Guyana", "Pakistan", "Panama", "Republic of Korea", "Sierra Leone",
               "Slovenia", "Somalia"],
        2026: ["Bahrain", "Colombia", "Democratic Republic of the Congo", "Denmark", "Greece", "Latvia", "Liberia",
               "Pakistan", "Panama", "Somalia"],
    ]

    /// Derives the table. `csv` is `elected-members-by-year.csv`, `html` the UN page.
    public static func derive(csv: String, html: String) -> Result {
        var disagreements: [String] = []
        var errors: [String] = []
        let fromCSV = electedByYear(csv: csv)
        let fromUN = electedByYear(unPage: html)

        // Cross-check the two sources year by year (1946–2019, and 2020 against the README list).
        for year in 1946...2020 {
            let a = Set((year <= 2019 ? fromCSV[year] : electedAfter2019[year]) ?? [])
            let b = Set(fromUN[year] ?? [])
            let source = year <= 2019 ? "elected-members-by-year.csv" : "README 2020 list"
            // The UN page predates the 2019 election, so for 2020 it can only confirm the second
            // year of the terms that began in 2019.
            for name in a.subtracting(b).sorted() where year <= 2019 {
                disagreements.append("\(year): \(name) is in \(source) but not on the UN page")
            }
            for name in b.subtracting(a).sorted() {
                disagreements.append("\(year): \(name) is on the UN page but not in \(source)")
            }
        }

        var lines = ["# year\tname\tseat\tofficial\tregion\tfrom\tuntil",
                     "# Derived by `newsroom-train roster` from ../shared/unsc and ../shared/README.md; see NOTICE."]
        for year in 1946...2026 {
            var rows: [(String, String, String, String, String, String)] = []
            for p in permanentSeats(in: year) {
                rows.append((p.name, "P", p.official, p.region, p.from, p.until))
            }
            let elected = (year <= 2019 ? fromCSV[year] : electedAfter2019[year]) ?? []
            for official in elected.sorted() {
                let name = displayName(official: official, year: year)
                let region = regions[name] ?? regions[official]
                if region == nil { errors.append("\(year): no region for \(official)") }
                rows.append((name, "E", official, region ?? "?", "", ""))
            }
            let expected = year < 1966 ? 11 : 15
            for date in ["01-01", "12-31"] {
                let sitting = rows.filter { ($0.4.isEmpty || $0.4 <= date) && ($0.5.isEmpty || date <= $0.5) }
                if sitting.count != expected {
                    errors.append("\(year)-\(date): \(sitting.count) members, expected \(expected)")
                }
            }
            for r in rows { lines.append("\(year)\t\(r.0)\t\(r.1)\t\(r.2)\t\(r.3)\t\(r.4)\t\(r.5)") }
        }
        return Result(table: lines.joined(separator: "\n") + "\n", disagreements: disagreements, errors: errors)
    }

    /// The permanent seats in `year`, with the part of the year each holder sat (MM-DD, inclusive).
    static func permanentSeats(in year: Int) -> [(name: String, official: String, region: String, from: String, until: String)] {
        var seats: [(String, String, String, String, String)] = []
        // China: the Republic of China until 25 October 1971, the People's Republic from that day.
        if year < 1971 {
            seats.append(("China", "Republic of China", "AS", "", ""))
        } else if year == 1971 {
            seats.append(("China", "Republic of China", "AS", "", "10-24"))
            seats.append(("China", "People's Republic of China", "AS", "10-25", ""))
        } else {
            seats.append(("China", "People's Republic of China", "AS", "", ""))
        }
        seats.append(("France", "France", "EU", "", ""))
        // The Soviet Union until the Russian Federation took its seat on 24 December 1991.
        if year < 1991 {
            seats.append(("Soviet Union", "Union of Soviet Socialist Republics", "EU", "", ""))
        } else if year == 1991 {
            seats.append(("Soviet Union", "Union of Soviet Socialist Republics", "EU", "", "12-23"))
            seats.append(("Russia", "Russian Federation", "EU", "12-24", ""))
        } else {
            seats.append(("Russia", "Russian Federation", "EU", "", ""))
        }
        seats.append(("United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "EU", "", ""))
        seats.append(("United States", "United States of America", "NA", "", ""))
        return seats.map { (name: $0.0, official: $0.1, region: $0.2, from: $0.3, until: $0.4) }
    }

    /// The short name shown for an elected member: the UN's name without its parenthetical
    /// qualifier ("Iran (Islamic Republic of)" → "Iran"); "East Germany" for the German Democratic Republic.
    public static func commonName(official: String) -> String {
        if official == "German Democratic Republic" { return "East Germany" }
        if let paren = official.range(of: " (") { return String(official[..<paren.lowerBound]) }
        return official
    }

    /// The name shown for an elected member in `year`: the short common name, as the country was
    /// called then ("Ceylon" in 1960, "Zaire" in 1982, "West Germany" in 1977, "Syria", "Libya").
    public static func displayName(official: String, year: Int) -> String {
        let name = commonName(official: official)
        switch name {
        case "Syrian Arab Republic": return "Syria"
        case "Libyan Arab Jamahiriya": return "Libya"
        case "United Republic of Tanzania": return "Tanzania"
        case "Sri Lanka" where year < 1972: return "Ceylon"
        case "Democratic Republic of the Congo" where year >= 1971 && year <= 1997: return "Zaire"
        case "Germany" where year < 1990: return "West Germany"
        case "Belarus" where year < 1991: return "Byelorussia"
        default: return name
        }
    }

    /// Cleans a country cell: trailing spaces, non-breaking and zero-width spaces.
    static func cleanName(_ raw: String) -> String {
        let junk: Set<Unicode.Scalar> = ["\u{00A0}", "\u{200B}", "\u{FEFF}", " ", "\t", "\r", "\n"]
        var scalars = Array(raw.unicodeScalars)
        while let last = scalars.last, junk.contains(last) { scalars.removeLast() }
        while let first = scalars.first, junk.contains(first) { scalars.removeFirst() }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let name = String(view)
        return name == "East Germany" ? "German Democratic Republic" : name
    }

    /// Reads a year cell: "1999", "2e3" (2000 written in scientific notation).
    static func parseYear(_ raw: String) -> Int? {
        let t = cleanName(raw)
        if let y = Int(t) { return y }
        if let d = Double(t), d == d.rounded(), d >= 1900, d <= 2100 { return Int(d) }
        return nil
    }

    /// Elected members by year from the CSV (`country,which_tenure,year,year_of_tenure`).
    static func electedByYear(csv: String) -> [Int: [String]] {
        var out: [Int: [String]] = [:]
        for (i, line) in csv.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() where i > 0 {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 3, let year = parseYear(cells[2]) else { continue }
            let name = cleanName(cells[0])
            guard !name.isEmpty else { continue }
            out[year, default: []].append(name)
        }
        return out
    }

    /// Elected members by year from the UN page: each country's paragraph followed by its terms
    /// ("1968 – 1969 , 1988 – 1989"; a lone year for a split term).
    static func electedByYear(unPage html: String) -> [Int: [String]] {
        // Keep the body list: it starts at the first country paragraph.
        guard let start = html.range(of: "<p>Algeria") else { return [:] }
        var body = String(html[start.lowerBound...])
        if let end = body.range(of: "</div>") { body = String(body[..<end.lowerBound]) }
        // Tags become line breaks.
        var text = ""
        var inTag = false
        for ch in body {
            if ch == "<" { inTag = true; text.append("\n"); continue }
            if ch == ">" { inTag = false; continue }
            if !inTag { text.append(ch) }
        }
        var out: [Int: [String]] = [:]
        var current: String?
        for rawLine in text.split(separator: "\n") {
            let line = cleanName(String(rawLine)).replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            if line.isEmpty { continue }
            let years = termYears(line)
            if years.isEmpty {
                // A country name, unless it is a cross-reference, a permanent member or a declined seat.
                if line.contains("(see") || line.contains("Permanent Member") || line.contains("declined")
                    || line.hasPrefix("A/") || line == ")" {
                    current = nil
                } else {
                    current = cleanName(line)
                }
            } else if let name = current {
                for y in years { out[y, default: []].append(name) }
            }
        }
        return out
    }

    /// The years of a terms line: ranges "1968 – 1969" and single years, separated by commas.
    static func termYears(_ line: String) -> [Int] {
        var years: [Int] = []
        for part in line.split(separator: ",") {
            let digits = part.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { $0 >= 1945 && $0 <= 2100 }
            if digits.count == 2, digits[0] <= digits[1] {
                years.append(contentsOf: digits[0]...digits[1])
            } else if digits.count == 1 {
                years.append(digits[0])
            }
        }
        return years
    }

    /// Region of every country that has sat on the Council (for group phrases such as "the three
    /// African members"): AF Africa, AS Asia-Pacific, EU Europe, LA Latin America and Caribbean,
    /// NA North America, OC Oceania. Geographic facts, written for the project.
    public static let regions: [String: String] = {
        var r: [String: String] = [:]
        let table: [(String, String)] = [
            ("AF", "Algeria|Angola|Benin|Botswana|Burkina Faso|Burundi|Cabo Verde|Cameroon|Chad|Congo|Côte d'Ivoire|Democratic Republic of the Congo|Djibouti|Egypt|Equatorial Guinea|Ethiopia|Gabon|Gambia|Ghana|Guinea|Guinea-Bissau|Kenya|Liberia|Libyan Arab Jamahiriya|Madagascar|Mali|Mauritania|Mauritius|Morocco|Mozambique|Namibia|Niger|Nigeria|Rwanda|Senegal|Sierra Leone|Somalia|South Africa|Sudan|Togo|Tunisia|Uganda|United Republic of Tanzania|Zambia|Zimbabwe|United Arab Republic"),
            ("AS", "Azerbaijan|Bahrain|Bangladesh|India|Indonesia|Iran|Iraq|Japan|Jordan|Kazakhstan|Kuwait|Lebanon|Malaysia|Nepal|Oman|Pakistan|Philippines|Qatar|Republic of Korea|Singapore|Sri Lanka|Syrian Arab Republic|Thailand|Viet Nam|Yemen|United Arab Emirates|Turkey"),
            ("EU", "Albania|Austria|Belarus|Belgium|Bosnia and Herzegovina|Bulgaria|Croatia|Czech Republic|Czechoslovakia|Denmark|Estonia|Finland|German Democratic Republic|Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Luxembourg|Malta|Netherlands|Norway|Poland|Portugal|Romania|Slovakia|Slovenia|Spain|Sweden|Switzerland|Ukraine|Yugoslavia"),
            ("LA", "Argentina|Bolivia|Brazil|Chile|Colombia|Costa Rica|Cuba|Dominican Republic|Ecuador|Guatemala|Guyana|Honduras|Jamaica|Mexico|Nicaragua|Panama|Paraguay|Peru|Saint Vincent and the Grenadines|Trinidad and Tobago|Uruguay|Venezuela"),
            ("NA", "Canada"),
            ("OC", "Australia|New Zealand"),
        ]
        for (region, names) in table {
            for n in names.split(separator: "|") { r[String(n)] = region }
        }
        return r
    }()
}
