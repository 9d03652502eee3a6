import NewsroomKit

/// Find-in-body matching: case- and diacritic-insensitive (NewsroomKit's `Folding`), linear in
/// the text for the short queries people type.
enum BodyFinder {
    /// Spans of `text` (scalar offsets) where `query` occurs, at most `limit`.
    static func matches(of query: String, in text: String, limit: Int) -> [TextSpan] {
        let needle = Array(Folding.fold(query).unicodeScalars)
        guard !needle.isEmpty else { return [] }
        var folded: [Unicode.Scalar] = []
        var origin: [Int] = []  // for each folded scalar, the source offset it came from
        folded.reserveCapacity(text.unicodeScalars.count)
        origin.reserveCapacity(text.unicodeScalars.count)
        var view = String.UnicodeScalarView()
        var i = 0
        for s in text.unicodeScalars {
            if s.isASCII {
                let v = s.value
                folded.append((v >= 65 && v <= 90) ? Unicode.Scalar(UInt8(v + 32)) : s)
                origin.append(i)
            } else {
                view.removeAll(keepingCapacity: true)
                Folding.appendFolded(s, to: &view)
                for f in view { folded.append(f); origin.append(i) }
            }
            i += 1
        }
        var out: [TextSpan] = []
        let first = needle[0]
        var p = 0
        let last = folded.count - needle.count
        while p <= last, out.count < limit {
            if folded[p] == first {
                var k = 1
                while k < needle.count, folded[p + k] == needle[k] { k += 1 }
                if k == needle.count {
                    let start = origin[p]
                    let end = origin[p + needle.count - 1] + 1
                    out.append(TextSpan(start: start, end: max(start, end)))
                    p += needle.count
                    continue
                }
            }
            p += 1
        }
        return out
    }
}
