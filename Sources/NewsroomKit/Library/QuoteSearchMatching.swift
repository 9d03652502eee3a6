/// The matching and highlighting passes of `QuoteSearchIndex`.
extension QuoteSearchIndex {
    /// Ordinals of the quotes matching `query`, ascending; only `candidates` are examined when
    /// given (they must be ascending).
    func matches(_ query: QuoteQuery, among candidates: [Int32]?) -> [Int32] {
        guard !query.isEmpty else { return [] }
        // Most selective first: long positive needles, then headlines, then exclusions.
        let ordered = query.terms.enumerated().sorted { x, y in
            func rank(_ t: SearchTerm) -> Int { t.negated ? 2 : t.scope == .headline ? 1 : 0 }
            if rank(x.element) != rank(y.element) { return rank(x.element) < rank(y.element) }
            if x.element.needle.count != y.element.needle.count { return x.element.needle.count > y.element.needle.count }
            return x.offset < y.offset
        }.map { $0.element }
        var remaining = ordered[...]
        var current: [Int32]
        if let candidates {
            current = candidates
        } else if let first = remaining.first, !first.negated, first.scope != .headline {
            current = scanAll(for: first)
            remaining = remaining.dropFirst()
        } else if let first = remaining.first, !first.negated {
            current = quotes(ofArticlesWithHeadline: first)
            remaining = remaining.dropFirst()
        } else {
            current = (0..<Int32(quoteCount)).map { $0 }
        }
        for term in remaining where !current.isEmpty {
            current = filter(current, by: term)
        }
        return current
    }

    /// Every quote with an occurrence of `term` (positive, text/speaker scope): one pass over
    /// the whole buffer, jumping to the next record after each hit.
    private func scanAll(for term: SearchTerm) -> [Int32] {
        let needle = PreparedNeedle(term.needle, frequency: frequency)
        var found: [Int32] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { nb in
                textStart.withUnsafeBufferPointer { textStart in
                    speakerStart.withUnsafeBufferPointer { speakerStart in
                        recordEnd.withUnsafeBufferPointer { recordEnd in
                            var record = 0
                            var p = 0
                            let count = recordEnd.count
                            while record < count,
                                  let s = ByteSearch.first(needle, nb, wholeWord: term.wholeWord,
                                                           in: hay, from: p, to: hay.count) {
                                while record < count, Int(recordEnd[record]) <= s { record += 1 }
                                guard record < count else { break }
                                if s < Int(textStart[record]) { p = Int(textStart[record]); continue }
                                if term.scope == .speaker, s < Int(speakerStart[record]) {
                                    p = Int(speakerStart[record])
                                    continue
                                }
                                found.append(Int32(record))
                                p = Int(recordEnd[record]) + 1
                                record += 1
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// All quotes of the articles whose headline contains `term`.
    private func quotes(ofArticlesWithHeadline term: SearchTerm) -> [Int32] {
        var found: [Int32] = []
        for a in 0..<(firstOrdinal.count - 1) where headlineMatches(term, article: a) {
            found.append(contentsOf: firstOrdinal[a]..<firstOrdinal[a + 1])
        }
        return found
    }

    private func headlineMatches(_ term: SearchTerm, article a: Int) -> Bool {
        let needle = PreparedNeedle(term.needle, frequency: frequency)
        return headlines.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { nb in
                ByteSearch.first(needle, nb, wholeWord: term.wholeWord, in: hay,
                                 from: Int(headlineStart[a]), to: Int(headlineStart[a + 1]) - 1) != nil
            }
        }
    }

    /// The candidates that satisfy `term` (that do not match it, for an exclusion).
    private func filter(_ candidates: [Int32], by term: SearchTerm) -> [Int32] {
        if term.scope == .headline {
            var verdict: [Int32: Bool] = [:]
            return candidates.filter { o in
                let a = articleOf[Int(o)]
                if let known = verdict[a] { return known }
                let keep = headlineMatches(term, article: Int(a)) != term.negated
                verdict[a] = keep
                return keep
            }
        }
        let needle = PreparedNeedle(term.needle, frequency: frequency)
        var kept: [Int32] = []
        kept.reserveCapacity(candidates.count)
        bytes.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { nb in
                let starts = term.scope == .speaker ? speakerStart : textStart
                starts.withUnsafeBufferPointer { starts in
                    recordEnd.withUnsafeBufferPointer { recordEnd in
                        for o in candidates {
                            let i = Int(o)
                            let hit = ByteSearch.first(needle, nb, wholeWord: term.wholeWord,
                                                       in: hay, from: Int(starts[i]), to: Int(recordEnd[i])) != nil
                            if hit != term.negated { kept.append(o) }
                        }
                    }
                }
            }
        }
        return kept
    }

    /// The hit for one quote with every occurrence of the query's positive terms highlighted.
    func hit(ordinal: Int, query: QuoteQuery) -> QuoteHit {
        let positive = query.terms.filter { !$0.negated && $0.scope != .headline }
        let textTerms = positive.filter { $0.scope == .textOrSpeaker }
        var textMatches: [TextSpan] = []
        if !textTerms.isEmpty {
            textMatches = plainText[ordinal]
                ? plainHighlights(from: Int(textStart[ordinal]), to: Int(speakerStart[ordinal]) - 1, terms: textTerms)
                : highlights(of: texts[ordinal], terms: textTerms)
        }
        var speakerMatches: [TextSpan] = []
        if let speaker = speakers[ordinal], !positive.isEmpty {
            speakerMatches = plainSpeaker[ordinal]
                ? plainHighlights(from: Int(speakerStart[ordinal]), to: Int(recordEnd[ordinal]), terms: positive)
                : highlights(of: speaker, terms: positive)
        }
        return QuoteHit(ref: ref(ordinal: ordinal), textMatches: textMatches, speakerMatches: speakerMatches)
    }

    /// Highlights stop after this many occurrences per term and field (a pane shows far fewer).
    static let maxHighlightsPerTerm = 1_000
    /// Only the first this many bytes of a quote are refolded for highlights: a 50 MB quote must
    /// not make every keystroke refold it. Matching itself always looks at the whole quote.
    static let maxHighlightedBytes = 1 << 20

    /// Highlights for a field whose folded bytes `from..<to` in `bytes` map one to one onto its
    /// scalars (see `plainText`).
    private func plainHighlights(from: Int, to: Int, terms: [SearchTerm]) -> [TextSpan] {
        var spans: [TextSpan] = []
        let to = min(to, from + Self.maxHighlightedBytes)
        bytes.withUnsafeBufferPointer { hay in
            for term in terms {
                let needle = PreparedNeedle(term.needle, frequency: frequency)
                needle.bytes.withUnsafeBufferPointer { nb in
                    var p = from
                    var found = 0
                    while found < Self.maxHighlightsPerTerm,
                          let s = ByteSearch.first(needle, nb, wholeWord: term.wholeWord, in: hay, from: p, to: to) {
                        spans.append(TextSpan(start: s - from, end: s - from + nb.count))
                        p = s + 1
                        found += 1
                    }
                }
            }
        }
        return Self.merged(spans)
    }

    /// Scalar spans of `string` covered by occurrences of `terms`, sorted and merged.
    private func highlights(of string: String, terms: [SearchTerm]) -> [TextSpan] {
        var string = string
        if string.utf8.count > Self.maxHighlightedBytes {
            string = String(decoding: string.utf8.prefix(Self.maxHighlightedBytes), as: UTF8.self)
        }
        let (folded, origins) = folder.foldedWithOrigins(string)
        var spans: [TextSpan] = []
        folded.withUnsafeBufferPointer { hay in
            for term in terms {
                let needle = PreparedNeedle(term.needle, frequency: frequency)
                needle.bytes.withUnsafeBufferPointer { nb in
                    var p = 0
                    var found = 0
                    while found < Self.maxHighlightsPerTerm,
                          let s = ByteSearch.first(needle, nb, wholeWord: term.wholeWord, in: hay, from: p, to: hay.count) {
                        found += 1
                        let e = s + nb.count
                        let start = Int(origins[s])
                        let end = max(Int(origins[e]), Int(origins[e - 1]) + 1)
                        spans.append(TextSpan(start: start, end: max(start, end)))
                        p = s + 1
                    }
                }
            }
        }
        return Self.merged(spans)
    }

    /// `spans` sorted, overlapping and touching ones joined.
    static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var merged: [TextSpan] = []
        for span in spans.sorted() {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}
