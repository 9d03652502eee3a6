import NewsroomKit

/// One display line of the body pane.
public struct BodyLine: Hashable, Sendable {
    /// Where the line's text comes from.
    public enum Source: Hashable, Sendable {
        /// The headline.
        case headline
        /// The dateline, source and date line (`BodyLayout.meta`).
        case meta
        /// The article text; the range indexes its scalars.
        case text
        /// A photo caption (index into `captions`, prefixed by "Photo: ").
        case caption(Int)
        /// An empty separator line.
        case blank
    }

    /// Where the text comes from.
    public var source: Source
    /// Scalar range within that source.
    public var range: Range<Int>
}

/// The open article wrapped to the body pane's width. Rebuilt when the article or the width
/// changes, never on a keystroke that only scrolls.
public struct BodyLayout: Sendable {
    /// Index of the article in the library.
    public let article: Int
    /// The wrap width.
    public let width: Int
    /// The display lines.
    public let lines: [BodyLine]
    /// The article text as scalars.
    public let scalars: [Unicode.Scalar]
    /// The headline as scalars.
    public let headline: [Unicode.Scalar]
    /// The meta line: dateline, source and date.
    public let meta: [Unicode.Scalar]
    /// Captions as scalars, each prefixed by "Photo: ".
    public let captions: [[Unicode.Scalar]]
    /// Indices of the lines that show article text, in order.
    private let textLines: [Int]

    /// Wraps `annotated` (library index `index`) to `width` columns.
    public init(article annotated: AnnotatedArticle, index: Int, width: Int) {
        let a = annotated.article
        article = index
        self.width = width
        scalars = ScalarDecoding.scalars(of: a.text)
        headline = Array(a.headline.unicodeScalars)
        var m: [String] = []
        if let d = a.dateline, !d.isEmpty { m.append(d + " \u{2014}") }
        var rest: [String] = []
        if let s = a.source, !s.isEmpty { rest.append(s) }
        if let d = a.date, !d.isEmpty { rest.append(d) }
        let metaString = (m + [rest.joined(separator: " \u{00B7} ")]).filter { !$0.isEmpty }.joined(separator: " ")
        meta = Array(metaString.unicodeScalars)
        captions = a.captions.map { Array(("Photo: " + $0).unicodeScalars) }

        var lines: [BodyLine] = []
        for r in Wrapper.wrap(a.headline, width: width) { lines.append(BodyLine(source: .headline, range: r)) }
        if !metaString.isEmpty {
            for r in Wrapper.wrap(metaString, width: width) { lines.append(BodyLine(source: .meta, range: r)) }
        }
        lines.append(BodyLine(source: .blank, range: 0..<0))
        for r in Wrapper.wrap(a.text, width: width) { lines.append(BodyLine(source: .text, range: r)) }
        for (i, c) in a.captions.enumerated() {
            lines.append(BodyLine(source: .blank, range: 0..<0))
            for r in Wrapper.wrap("Photo: " + c, width: width) { lines.append(BodyLine(source: .caption(i), range: r)) }
        }
        self.lines = lines
        textLines = lines.indices.filter { lines[$0].source == .text }
    }

    /// The line showing text offset `offset` (the last text line starting at or before it).
    public func line(forOffset offset: Int) -> Int {
        guard !textLines.isEmpty else { return 0 }
        var lo = 0, hi = textLines.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lines[textLines[mid]].range.lowerBound <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return textLines[found]
    }

    /// The text offset shown at line `index` (for remembering the reading position).
    public func offset(ofLine index: Int) -> Int {
        guard !textLines.isEmpty else { return 0 }
        var lo = 0, hi = textLines.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if textLines[mid] <= index { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return textLines[found] <= index ? lines[textLines[found]].range.lowerBound : 0
    }

    /// The scalars a line draws.
    public func scalars(of line: BodyLine) -> ArraySlice<Unicode.Scalar> {
        let src: [Unicode.Scalar]
        switch line.source {
        case .headline: src = headline
        case .meta: src = meta
        case .text: src = scalars
        case .caption(let i): src = captions[i]
        case .blank: return []
        }
        let lo = max(0, min(line.range.lowerBound, src.count))
        let hi = max(lo, min(line.range.upperBound, src.count))
        return src[lo..<hi]
    }
}
