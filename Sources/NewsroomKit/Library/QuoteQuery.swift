/// Where a search term looks.
enum SearchScope: Sendable, Hashable {
    /// The quote's text or its speaker (plain words, `'exact`, `"phrases"`).
    case textOrSpeaker
    /// The speaker only (`speaker:lavrov`).
    case speaker
    /// The headline of the quote's article (`headline:syria`).
    case headline

    /// Whether every place this scope looks at is also looked at by `other`.
    func isWithin(_ other: SearchScope) -> Bool {
        self == other || (self == .speaker && other == .textOrSpeaker)
    }
}

/// One term of a parsed query: a folded needle, where to look for it, and how.
struct SearchTerm: Sendable, Hashable {
    /// Folded UTF-8 of the word or phrase (see `SearchFolder`); never empty.
    var needle: [UInt8]
    /// Only whole-word occurrences count (`'word`).
    var wholeWord: Bool
    /// The quote must NOT match (`!word`).
    var negated: Bool
    /// Where to look.
    var scope: SearchScope

    /// Whether every quote this term accepts is also accepted by `other`: lets a search that
    /// extends the previous query look only at the previous hits.
    func narrows(_ other: SearchTerm) -> Bool {
        guard negated == other.negated else { return false }
        if !negated {
            // A match of self must be a match of other.
            guard scope.isWithin(other.scope), needle.contains(subsequence: other.needle) else { return false }
            return !other.wholeWord || (wholeWord && needle == other.needle)
        }
        // Self excludes at least what other excludes: other matching implies self matching.
        guard other.scope.isWithin(scope), other.needle.contains(subsequence: needle) else { return false }
        return !wholeWord || (other.wholeWord && needle == other.needle)
    }
}

/// A parsed search query: its terms, ANDed.
///
/// Syntax, term by term (terms are separated by spaces):
/// - `word` — the folded word occurs anywhere in the quote text or the speaker;
/// - `'word` — the same, whole words only;
/// - `"a phrase"` — the folded phrase occurs (an unclosed `"` runs to the end, so results keep
///   up while the phrase is typed; typographic quotes “…” work too);
/// - `!term` — no quote matching `term` is shown;
/// - `speaker:lavrov`, `speaker:"sergei lavrov"` — the speaker only;
/// - `headline:syria` — the headline of the quote's article.
/// Terms that fold to nothing (a lone `'`, `!` or `speaker:`) are ignored.
struct QuoteQuery: Sendable, Hashable {
    /// Longest query looked at, in scalars; the rest is ignored.
    static let maxScalars = 2_000

    /// The non-empty terms, in the order typed.
    var terms: [SearchTerm]

    /// Whether the query has no usable term (it then matches nothing).
    var isEmpty: Bool { terms.isEmpty }

    /// Parses `query`, folding needles with `folder`.
    init(_ query: String, folder: SearchFolder) {
        let scalars = Array(query.unicodeScalars.prefix(Self.maxScalars))
        var terms: [SearchTerm] = []
        var i = 0
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || s.value < 0x20 }
        func isOpenQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "\u{201C}" || s == "\u{201E}" }
        func isCloseQuote(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "\u{201D}" || s == "\u{201C}" }
        while i < scalars.count {
            if isSpace(scalars[i]) { i += 1; continue }
            var negated = false, wholeWord = false, scope = SearchScope.textOrSpeaker
            if scalars[i] == "!" { negated = true; i += 1 }
            for (prefix, prefixScope) in [("speaker:", SearchScope.speaker), ("headline:", .headline)] {
                let p = Array(prefix.unicodeScalars)
                if i + p.count <= scalars.count,
                   zip(scalars[i..<(i + p.count)], p).allSatisfy({ Self.lower($0) == $1 }) {
                    scope = prefixScope
                    i += p.count
                    break
                }
            }
            if i < scalars.count, scalars[i] == "'" || scalars[i] == "\u{2019}" || scalars[i] == "\u{2018}" {
                wholeWord = true
                i += 1
            }
            var raw = String.UnicodeScalarView()
            if i < scalars.count, isOpenQuote(scalars[i]) {
                i += 1
                while i < scalars.count, !isCloseQuote(scalars[i]) { raw.append(scalars[i]); i += 1 }
                i += 1  // the closing quote, if any
            } else {
                while i < scalars.count, !isSpace(scalars[i]) { raw.append(scalars[i]); i += 1 }
            }
            let needle = folder.folded(String(raw))
            if !needle.isEmpty {
                terms.append(SearchTerm(needle: needle, wholeWord: wholeWord, negated: negated, scope: scope))
            }
        }
        self.terms = terms
    }

    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(UInt8(s.value + 32)) : s
    }

    /// Whether every quote this query accepts is also accepted by `previous`, so that searching
    /// only `previous`'s hits gives the full answer.
    func narrows(_ previous: QuoteQuery) -> Bool {
        guard !previous.isEmpty else { return false }
        return previous.terms.allSatisfy { old in terms.contains { $0.narrows(old) } }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in this array (short arrays; not for hot loops).
    func contains(subsequence needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > count { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if self[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
