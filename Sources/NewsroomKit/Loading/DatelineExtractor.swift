/// Takes the dateline off the first paragraph of a story.
///
/// Recognised: an upper-case place ("PARIS", "NEW YORK", "ST. PETERSBURG"), optionally followed by
/// a comma and a short region or date ("KYIV, Ukraine", "MOSCOW, March 3"), optionally by a news
/// agency in parentheses ("(Reuters)", "(AP)"), then a dash (—, –, or - / -- between spaces).
/// With an agency the place may be in title case ("Paris (AFP) -"). The dateline kept is the
/// place alone.
enum DatelineExtractor {
    /// The place, the date the dateline gives in full ("UNITED NATIONS, April 12, 2017 (Reuters) -"
    /// → 2017-04-12; nil for "MOSCOW, March 3", which has no year), and the paragraph without its
    /// dateline; nil when there is no dateline.
    static func extract(from paragraph: String) -> (place: String, date: String?, rest: String)? {
        let scalars = Array(paragraph.unicodeScalars.prefix(120))
        guard let (headEnd, restStart) = separator(in: scalars) else { return nil }
        var head = String(String.UnicodeScalarView(scalars[0..<headEnd])).trimmingWhitespace()
        var hasAgency = false
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let agency = head[head.index(after: open)..<head.index(before: head.endIndex)]
            guard (1...30).contains(agency.count), agency.first?.isUppercase == true else { return nil }
            hasAgency = true
            head = String(head[..<open]).trimmingWhitespace()
        }
        var place = head
        var date: String?
        if let comma = head.firstIndex(of: ",") {
            place = String(head[..<comma]).trimmingWhitespace()
            let qualifier = head[head.index(after: comma)...].trimmingWhitespaceSubstring()
            guard (1...30).contains(qualifier.count),
                  qualifier.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true })
            else { return nil }
            date = DateNormalizer.normalize(qualifier)
        }
        guard isPlace(place, allowTitleCase: hasAgency) else { return nil }
        let all = paragraph.unicodeScalars
        var restIndex = all.index(all.startIndex, offsetBy: restStart)
        while restIndex < all.endIndex, all[restIndex].properties.isWhitespace { restIndex = all.index(after: restIndex) }
        let rest = String(paragraph[restIndex...])
        guard !rest.isEmpty else { return nil }
        return (place, date, rest)
    }

    /// The first dash separator: (end of the head, start of what follows).
    private static func separator(in s: [Unicode.Scalar]) -> (Int, Int)? {
        var i = 1
        while i < s.count {
            let c = s[i]
            if c == "\u{2014}" || c == "\u{2013}" {
                return (i, i + 1)
            }
            if c == "-", s[i - 1] == " " {
                var j = i + 1
                if j < s.count, s[j] == "-" { j += 1 }
                if j < s.count, s[j] == " " || s[j] == "\u{00A0}" { return (i, j) }
            }
            if c == "\"" || c == "\u{201C}" { return nil }
            if c == ".", i + 1 < s.count, s[i + 1] == " ", !isAbbreviationEnd(s, i) { return nil }
            i += 1
        }
        return nil
    }

    /// "ST." in "ST. PETERSBURG" or "Calif." in "LOS ANGELES, Calif.": a short word before the dot.
    private static func isAbbreviationEnd(_ s: [Unicode.Scalar], _ dot: Int) -> Bool {
        var k = dot - 1, letters = 0
        while k >= 0, s[k].properties.isAlphabetic { letters += 1; k -= 1 }
        return (1...5).contains(letters)
    }

    private static func isPlace(_ place: String, allowTitleCase: Bool) -> Bool {
        guard (2...40).contains(place.count) else { return false }
        var letters = 0, upper = 0
        for c in place {
            if c.isLetter { letters += 1; if c.isUppercase { upper += 1 } } else if !" .'’-".contains(c) { return false }
        }
        guard letters >= 2 else { return false }
        if upper == letters { return true }
        guard allowTitleCase else { return false }
        let words = place.split(separator: " ")
        return words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true }
    }
}

extension StringProtocol {
    /// The text without surrounding whitespace.
    func trimmingWhitespaceSubstring() -> String { String(self).trimmingWhitespace() }
}
