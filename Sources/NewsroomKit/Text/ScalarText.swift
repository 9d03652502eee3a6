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
        // Encoded to UTF-8 by hand: appending scalars to a `String.UnicodeScalarView` costs
        // hundreds of instructions each.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(hi - lo)
        for c in scalars[lo..<hi] {
            let v = c.value
            if v < 0x80 {
                utf8.append(UInt8(v))
            } else if v < 0x800 {
                utf8.append(UInt8(0xC0 | v >> 6))
                utf8.append(UInt8(0x80 | v & 0x3F))
            } else if v < 0x10000 {
                utf8.append(UInt8(0xE0 | v >> 12))
                utf8.append(UInt8(0x80 | v >> 6 & 0x3F))
                utf8.append(UInt8(0x80 | v & 0x3F))
            } else {
                utf8.append(UInt8(0xF0 | v >> 18))
                utf8.append(UInt8(0x80 | v >> 12 & 0x3F))
                utf8.append(UInt8(0x80 | v >> 6 & 0x3F))
                utf8.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
