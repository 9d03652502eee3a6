/// A string viewed as an array of Unicode scalars, so that code-point offsets
/// (the contract's `start`/`end`) can be sliced in constant time.
public struct ScalarText: Sendable {
    /// The original string.
    public let string: String
    /// Its unicode scalars.
    public let scalars: [Unicode.Scalar]

    /// Wraps `string`.
    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Number of scalars.
    public var count: Int { scalars.count }

    /// The text covered by `span` (clamped to the text).
    public subscript(span: TextSpan) -> String {
        let lo = max(0, min(span.start, scalars.count))
        let hi = max(lo, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }
}
