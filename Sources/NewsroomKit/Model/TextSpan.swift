/// A half-open range of Unicode scalar (code point) offsets into an article's `text`.
///
/// This is the indexing of the JSON contract: `text.unicodeScalars`, end exclusive,
/// the same as Python's `str[start:end]`.
public struct TextSpan: Sendable, Hashable, Codable, Comparable {
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan end before start")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
