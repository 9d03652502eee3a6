/// Normalises publication dates to `YYYY-MM-DD`.
///
/// Understood: ISO 8601 (`2019-01-04`, `2019-01-04T10:00:00Z`, `2019/01/04`), RFC 822 as RSS uses
/// it (`Fri, 04 Jan 2019 10:00:00 +0000`), `January 4, 2019`, `Jan. 4, 2019`, `4 January 2019`,
/// with or without a weekday. Anything else is kept as given by the caller.
enum DateNormalizer {
    private static let months = CalendarWords.monthNumbers
    private static let weekdays: Set<String> = CalendarWords.weekdays.union([
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ])
    private static let fillers: Set<String> = [
        "utc", "gmt", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "am", "pm", "z", "t",
        "at", "on", "updated", "published", "posted", "the", "of", "th", "st", "nd", "rd",
    ]

    /// `YYYY-MM-DD` for a date in one of the understood forms, else nil.
    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.utf8.count <= 80 else { return nil }
        if let iso = isoDate(Array(text.utf8)) { return iso }
        let tokens = words(text)
        guard let monthIndex = tokens.firstIndex(where: { months[$0] != nil }),
              let month = months[tokens[monthIndex]] else { return nil }
        guard let year = tokens.lazy.compactMap({ $0.count == 4 ? Int($0) : nil }).first(where: { (1000...2999).contains($0) })
        else { return nil }
        var day: Int?
        for neighbour in [monthIndex + 1, monthIndex - 1] where tokens.indices.contains(neighbour) {
            if let d = dayNumber(tokens[neighbour]) { day = d; break }
        }
        guard let day else { return nil }
        return format(year, month, day)
    }

    /// Whether `line` is nothing but a date (with weekday, time or zone), e.g. "Friday, January 4, 2019".
    static func isDateOnly(_ raw: String) -> Bool {
        guard raw.utf8.count <= 80 else { return false }
        let line = raw.trimmingWhitespace()
        guard !line.contains("\n"), normalize(line) != nil else { return false }
        return words(line).allSatisfy { token in
            months[token] != nil || weekdays.contains(token) || fillers.contains(token)
                || token.allSatisfy(\.isNumber) || isOrdinal(token)
        }
    }

    private static func isOrdinal(_ token: String) -> Bool {
        for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) {
            return Int(token.dropLast(2)) != nil
        }
        return false
    }

    private static func dayNumber(_ token: String) -> Int? {
        var digits = Substring(token)
        if isOrdinal(token) { digits = digits.dropLast(2) }
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    /// Lower-cased runs of letters and digits.
    private static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// `YYYY-MM-DD…` or `YYYY/MM/DD…` at the start (month and day may have one digit).
    private static func isoDate(_ b: [UInt8]) -> String? {
        func number(_ start: Int, _ maxLength: Int) -> (Int, Int)? {
            var i = start, value = 0
            while i < b.count, i - start < maxLength, (0x30...0x39).contains(b[i]) { value = value * 10 + Int(b[i] - 0x30); i += 1 }
            return i > start ? (value, i) : nil
        }
        guard let (year, afterYear) = number(0, 4), afterYear == 4, afterYear < b.count,
              b[afterYear] == 0x2D || b[afterYear] == 0x2F else { return nil }
        let separator = b[afterYear]
        guard let (month, afterMonth) = number(afterYear + 1, 2), afterMonth < b.count, b[afterMonth] == separator,
              let (day, afterDay) = number(afterMonth + 1, 2) else { return nil }
        if afterDay < b.count, (0x30...0x39).contains(b[afterDay]) { return nil }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return format(year, month, day)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

extension String {
    /// The string without leading and trailing whitespace (including no-break spaces) and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
