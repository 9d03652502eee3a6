/// Month and weekday names as the lower-cased word tokens of news text carry them, shared by
/// the date normaliser and the Council readings.
enum CalendarWords {
    /// Month names and their abbreviations ("sept", "oct"), with the month's number (1–12).
    static let monthNumbers: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Month names and their abbreviations.
    static let months: Set<String> = Set(monthNumbers.keys)

    /// The seven weekday names, written out.
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
}
