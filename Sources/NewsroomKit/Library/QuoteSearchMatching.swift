import Foundation

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
            current = Self.inParallel(quoteCount) { scan(for: first, records: $0) }
            remaining = remaining.dropFirst()
        } else if let first = remaining.first, !first.negated {
            current = quotes(ofArticlesWithHeadline: first)
            remaining = remaining.dropFirst()
        } else {
            current = (0..<Int32(quoteCount)).map { $0 }
        }
        for term in remaining where !current.isEmpty {
            let candidates = current
            current = Self.inParallel(candidates.count) { filter(candidates[$0], by: term) }
        }
        return current
    }

    /// Below this many records or candidates a pass runs on one thread.
    static let parallelThreshold = 16_384

    /// `pass` over `0..<count`, split into contiguous chunks run on all cores when `count` is
    /// large, the chunks' results joined in order.
    static func inParallel(_ count: Int, _ pass: @Sendable (Range<Int>) -> [Int32]) -> [Int32] {
        let chunks = min(8, ProcessInfo.processInfo.activeProcessorCount, count / (parallelThreshold / 2))
        guard count >= parallelThreshold, chunks > 1 else { return pass(0..<count) }
        let results = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            results.set(c, pass((count * c / chunks)..<(count * (c + 1) / chunks)))
        }
        return results.joined()
    }

    /// The quotes among `records` with an occurrence of `term` (positive, text/speaker scope):
    /// one pass over their bytes, jumping to the next record after each hit.
    private func scan(for term: SearchTerm, records: Range<Int>) -> [Int32] {
        guard !records.isEmpty else { return [] }
        if term.needle.count == 1, ByteClasses.isExact(term.needle[0]), !term.wholeWord, term.scope == .textOrSpeaker {
            // One letter or digit: the class masks alone answer.
            let bit = ByteClasses.bit[Int(term.needle[0])]
            return records.filter { classMask[$0] & bit != 0 }.map { Int32($0) }
        }
        let needle = PreparedNeedle(term.needle, frequency: frequency)
        var found: [Int32] = []
        bytes.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { nb in
                textStart.withUnsafeBufferPointer { textStart in
                    speakerStart.withUnsafeBufferPointer { speakerStart in
                        recordEnd.withUnsafeBufferPointer { recordEnd in
                            var record = records.lowerBound
                            var p = Int(textStart[record])
                            let count = records.upperBound
                            let end = Int(recordEnd[count - 1])
                            while record < count,
                                  let s = ByteSearch.first(needle, nb, wholeWord: term.wholeWord,
                                                           in: hay, from: p, to: end) {
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
    private func filter(_ candidates: ArraySlice<Int32>, by term: SearchTerm) -> [Int32] {
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
        let needleMask = ByteClasses.mask(of: term.needle)
        var kept: [Int32] = []
        kept.reserveCapacity(candidates.count)
        bytes.withUnsafeBufferPointer { hay in
            needle.bytes.withUnsafeBufferPointer { nb in
                let starts = term.scope == .speaker ? speakerStart : textStart
                starts.withUnsafeBufferPointer { starts in
                    recordEnd.withUnsafeBufferPointer { recordEnd in
                        for o in candidates {
                            let i = Int(o)
                            let hit = classMask[i] & needleMask == needleMask
                                && ByteSearch.first(needle, nb, wholeWord: term.wholeWord,
                                                    in: hay, from: Int(starts[i]), to: Int(recordEnd[i])) != nil
                            if hit != term.negated { kept.append(o) }
                        }
                    }
                }
            }
        }
        return kept
    }

    /// The needles a query highlights, prepared once for all the hits shown.
    struct Highlighter {
        /// Terms highlighted in the quote text (plain words, exact words, phrases).
        var text: [(needle: PreparedNeedle, wholeWord: Bool)]
        /// Terms highlighted in the speaker (those, and `speaker:` terms).
        var speaker: [(needle: PreparedNeedle, wholeWord: Bool)]
    }

    /// The highlighter for `query`.
    func highlighter(for query: QuoteQuery) -> Highlighter {
        var h = Highlighter(text: [], speaker: [])
        for term in query.terms where !term.negated && term.scope != .headline {
            let prepared = (PreparedNeedle(term.needle, frequency: frequency), term.wholeWord)
            if term.scope == .textOrSpeaker { h.text.append(prepared) }
            h.speaker.append(prepared)
        }
        return h
    }

    /// The hit for one quote with every occurrence of the query's positive terms highlighted.
    func hit(ordinal: Int, using h: Highlighter) -> QuoteHit {
        var textMatches: [TextSpan] = []
        if !h.text.isEmpty {
            textMatches = plainText[ordinal]
                ? plainHighlights(from: Int(textStart[ordinal]), to: Int(speakerStart[ordinal]) - 1, terms: h.text)
                : highlights(of: texts[ordinal], terms: h.text)
        }
        var speakerMatches: [TextSpan] = []
        if let speaker = speakers[ordinal], !h.speaker.isEmpty {
            speakerMatches = plainSpeaker[ordinal]
                ? plainHighlights(from: Int(speakerStart[ordinal]), to: Int(recordEnd[ordinal]), terms: h.speaker)
                : highlights(of: speaker, terms: h.speaker)
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
    private func plainHighlights(
        from: Int, to: Int, terms: [(needle: PreparedNeedle, wholeWord: Bool)]
    ) -> [TextSpan] {
        var spans: [TextSpan] = []
        let to = min(to, from + Self.maxHighlightedBytes)
        bytes.withUnsafeBufferPointer { hay in
            for (needle, wholeWord) in terms {
                needle.bytes.withUnsafeBufferPointer { nb in
                    var p = from
                    var found = 0
                    while found < Self.maxHighlightsPerTerm,
                          let s = ByteSearch.first(needle, nb, wholeWord: wholeWord, in: hay, from: p, to: to) {
                        spans.append(TextSpan(start: s - from, end: s - from + nb.count))
                        p = s + 1
                        found += 1
                    }
                }
            }
        }
        return Self.merged(spans, sort: terms.count > 1)
    }

    /// Scalar spans of `string` covered by occurrences of `terms`, sorted and merged.
    private func highlights(of string: String, terms: [(needle: PreparedNeedle, wholeWord: Bool)]) -> [TextSpan] {
        var string = string
        if string.utf8.count > Self.maxHighlightedBytes {
            string = String(decoding: string.utf8.prefix(Self.maxHighlightedBytes), as: UTF8.self)
        }
        let (folded, origins) = folder.foldedWithOrigins(string)
        var spans: [TextSpan] = []
        folded.withUnsafeBufferPointer { hay in
            for (needle, wholeWord) in terms {
                needle.bytes.withUnsafeBufferPointer { nb in
                    var p = 0
                    var found = 0
                    while found < Self.maxHighlightsPerTerm,
                          let s = ByteSearch.first(needle, nb, wholeWord: wholeWord, in: hay, from: p, to: hay.count) {
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
        return Self.merged(spans, sort: terms.count > 1)
    }

    /// `spans` sorted (they already are when `sort` is false), overlapping and touching ones joined.
    static func merged(_ spans: [TextSpan], sort: Bool) -> [TextSpan] {
        if spans.count < 2 { return spans }
        var merged: [TextSpan] = []
        merged.reserveCapacity(spans.count)
        for span in sort ? spans.sorted() : spans {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
            } else {
                merged.append(span)
            }
        }
        return merged
    }
}

/// Results of the chunks of a parallel pass, each set once.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[Int32]]

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ i: Int, _ part: [Int32]) { lock.withLock { parts[i] = part } }

    func joined() -> [Int32] { lock.withLock { Array(parts.joined()) } }
}
