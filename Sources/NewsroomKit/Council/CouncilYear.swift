/// Decides which year's Council an article speaks of.
enum CouncilYear {
    /// The year and day from the article's date ("2011-08-10" → 2011, "08-10").
    static func fromDate(_ article: Article) -> (year: Int, monthDay: String?)? {
        guard let year = article.year ?? yearInText(article.date), year >= 1900, year <= 2100 else { return nil }
        guard let date = article.date, date.count >= 10 else { return (year, nil) }
        let chars = Array(date)
        guard chars[4] == "-", chars[7] == "-" else { return (year, nil) }
        return (year, String(chars[5..<10]))
    }

    /// A year written anywhere in a date that is not `YYYY-MM-DD` ("October 4, 2011").
    static func yearInText(_ date: String?) -> Int? {
        guard let date else { return nil }
        var digits = ""
        for ch in date {
            if ch.isASCII, ch.isNumber { digits.append(ch); continue }
            if digits.count == 4, let y = Int(digits), y >= 1940, y <= 2100 { return y }
            digits = ""
        }
        if digits.count == 4, let y = Int(digits), y >= 1940, y <= 2100 { return y }
        return nil
    }

    /// The permanent members' short names.
    static let permanentNames: Set<String> = ["China", "France", "Russia", "Soviet Union", "United Kingdom", "United States"]

    /// Infers the year from the countries the text treats as voting members and from years the text
    /// names. `voting` are the short names of countries given a stance; `namedYears` the years
    /// written in the text. The year is the one in which most of those countries sat together as
    /// elected members, if only one year does; a year the text names breaks a tie. Nil when
    /// nothing decides it.
    /// `datedYears` (the named years that close a full date, "Feb. 28, 1955") break a tie the
    /// named years leave: a bare year ("the armistice was signed in 1949") is more often background.
    /// `minimumShared`: how many of the countries must have sat together for their year to decide
    /// (only named years decide below it; used for countries merely named, not given a stance).
    static func infer(voting: Set<String>, namedYears: [Int], datedYears: [Int] = [], roster: CouncilRoster, minimumShared: Int = 1) -> Int? {
        guard let range = roster.years else { return nil }
        let elected = voting.subtracting(permanentNames)
        var candidates = Array(range)
        if voting.contains("Soviet Union") { candidates = candidates.filter { $0 <= 1991 } }
        let named = Set(namedYears)
        if !elected.isEmpty {
            var best = 0
            var bestYears: [Int] = []
            for year in candidates {
                let score = elected.filter { roster.isElected($0, in: year) }.count
                if score > best { best = score; bestYears = [year] } else if score == best, score > 0 { bestYears.append(year) }
            }
            if best >= minimumShared {
                if bestYears.count == 1 { return bestYears[0] }
                let fitting = bestYears.filter { named.contains($0) }
                if fitting.count == 1 { return fitting[0] }
                let dated = bestYears.filter { datedYears.contains($0) }
                return Set(dated).count == 1 ? dated[0] : nil
            }
        }
        // No elected member with a stance: only a year the text names decides.
        if minimumShared > 1 { return nil }
        let fitting = named.filter { candidates.contains($0) }
        if fitting.count == 1 { return fitting.first }
        let dated = Set(datedYears).filter { candidates.contains($0) }
        return fitting.count > 1 && dated.count == 1 ? dated.first : nil
    }

    /// The month names and abbreviations a full date may use.
    private static let months = CalendarWords.months

    /// Whether the year at `k` closes a full date: "Feb. 28, 1955", "March 3, 1960", "28 February 1955".
    static func closesFullDate(_ tokens: [CouncilToken], at k: Int) -> Bool {
        func text(_ j: Int) -> String { j >= 0 && j < tokens.count ? tokens[j].text : "" }
        func isDay(_ j: Int) -> Bool { j >= 0 && tokens[j].kind == .number && (1...31).contains(tokens[j].number ?? 0) }
        func isMonth(_ j: Int) -> Bool { months.contains(text(j)) || text(j) == "." && months.contains(text(j - 1)) }
        if text(k - 1) == ",", isDay(k - 2), isMonth(k - 3) { return true }
        return isMonth(k - 1) && isDay(k - 2)
    }
}
