/// Folds text into the byte form quote search compares: UTF-8 of `Folding`'s case- and
/// diacritic-folded text, with every run of whitespace and control characters collapsed to one
/// space (none at either end) and invisible format characters (zero-width spaces, bidi
/// controls, soft hyphens) dropped.
///
/// Optionally records, for each folded byte, the scalar offset in the original string it came
/// from, so that a match in folded bytes maps back to code-point offsets for highlighting even
/// where folding changed lengths ("ß" → "ss", "e" + U+0301 → "e").
struct SearchFolder: Sendable {
    /// Folded UTF-8 of every non-ASCII scalar met so far; an empty entry drops the scalar, a
    /// single space marks it as whitespace.
    private(set) var cache: [UInt32: [UInt8]] = [:]

    /// Creates a folder with an empty cache.
    init() {}

    /// Appends the folded bytes of `string` to `bytes`, learning new scalars into the cache.
    mutating func append(_ string: String, to bytes: inout [UInt8]) {
        var ignored: [Int32] = []
        fold(string, into: &bytes, origins: &ignored, recordOrigins: false, learn: true)
    }

    /// The folded bytes of `string` without changing the cache (used for queries).
    func folded(_ string: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var ignored: [Int32] = []
        var copy = self
        copy.fold(string, into: &bytes, origins: &ignored, recordOrigins: false, learn: false)
        return bytes
    }

    /// The folded bytes of `string` and, for each byte, the scalar offset it came from, followed
    /// by one sentinel entry: the offset just past the last scalar that produced bytes (and past
    /// combining marks right after it), so a match at the very end maps to a span without the
    /// trailing whitespace. A match of bytes `s..<e` covers scalars
    /// `origins[s] ..< max(origins[e], origins[e - 1] + 1)`.
    func foldedWithOrigins(_ string: String) -> (bytes: [UInt8], origins: [Int32]) {
        var bytes: [UInt8] = []
        var origins: [Int32] = []
        var copy = self
        copy.fold(string, into: &bytes, origins: &origins, recordOrigins: true, learn: false)
        return (bytes, origins)
    }

    private mutating func fold(
        _ string: String, into bytes: inout [UInt8], origins: inout [Int32], recordOrigins: Bool, learn: Bool
    ) {
        let startCount = bytes.count
        var pendingSpace: Int32 = -1  // scalar offset of a whitespace run not yet written
        var scalarIndex: Int32 = 0
        var contentEnd: Int32 = 0  // past the last scalar that produced bytes, and marks after it

        @inline(__always) func emit(_ byte: UInt8, _ origin: Int32) {
            if pendingSpace >= 0 {
                if bytes.count > startCount {
                    bytes.append(0x20)
                    if recordOrigins { origins.append(pendingSpace) }
                }
                pendingSpace = -1
            }
            bytes.append(byte)
            if recordOrigins { origins.append(origin) }
            contentEnd = origin + 1
        }

        // ASCII fast path; other scalars are folded through the cache.
        for scalar in string.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                if byte <= 0x20 || byte == 0x7F {
                    if pendingSpace < 0 { pendingSpace = scalarIndex }
                } else if byte >= 0x41 && byte <= 0x5A {
                    emit(byte + 32, scalarIndex)
                } else {
                    emit(byte, scalarIndex)
                }
            } else {
                let folded = foldedBytes(of: scalar, learn: learn)
                if folded == [0x20] {
                    if pendingSpace < 0 { pendingSpace = scalarIndex }
                } else if folded.isEmpty {
                    if pendingSpace < 0 && contentEnd == scalarIndex { contentEnd = scalarIndex + 1 }
                } else {
                    for b in folded { emit(b, scalarIndex) }
                }
            }
            scalarIndex += 1
        }
        if recordOrigins { origins.append(contentEnd) }
    }

    private mutating func foldedBytes(of scalar: Unicode.Scalar, learn: Bool) -> [UInt8] {
        if let cached = cache[scalar.value] { return cached }
        let bytes = Self.computeFolded(scalar)
        if learn { cache[scalar.value] = bytes }
        return bytes
    }

    private static func computeFolded(_ scalar: Unicode.Scalar) -> [UInt8] {
        let props = scalar.properties
        if props.generalCategory == .format { return [] }  // ZWSP, ZWJ, bidi controls, soft hyphen
        if props.isWhitespace || props.generalCategory == .control { return [0x20] }
        var view = String.UnicodeScalarView()
        Folding.appendFolded(scalar, to: &view)
        let folded = Array(String(view).utf8)
        if !folded.isEmpty && folded.allSatisfy({ $0 == 0x20 }) { return [0x20] }
        return folded
    }
}
