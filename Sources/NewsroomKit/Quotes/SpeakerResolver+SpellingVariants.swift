/// Surnames transliterated two ways in one article ("Yahya Sarea" … "Saree said"): a lone
/// capitalised speaker word of five letters or more that is one edit (a letter changed, added or
/// dropped, not the first, and not a plural "s") from the surname of exactly one person of the article is that person.
extension SpeakerResolver {
    /// The one person whose folded surname is one edit from `word`, if exactly one is.
    func personBySpellingVariant(_ word: String) -> Int? {
        let w = Array(word.unicodeScalars)
        guard w.count >= 5 else { return nil }
        var found: Int?
        for (surname, person) in surnames {
            let s = Array(surname.unicodeScalars)
            guard s.count >= 5, s.first == w.first, Self.isOneEditApart(w, s) else { continue }
            if let f = found, f != person { return nil }
            found = person
        }
        return found
    }

    /// Whether `a` and `b` differ by exactly one substitution, insertion or deletion. Linear.
    static func isOneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var i = 0
        while i < min(a.count, b.count), a[i] == b[i] { i += 1 }
        if a.count == b.count { return a[(i + 1)...] == b[(i + 1)...] }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        // A plural is another word ("Republicans" is not a "Republican").
        if i == short.count, long.last == "s" { return false }
        return long[(i + 1)...] == short[i...]
    }
}
