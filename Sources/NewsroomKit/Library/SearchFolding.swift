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
    /// Returns true when folded byte `i` came from scalar `i` for every `i` (ASCII text without
    /// whitespace runs to collapse): matches then map back to the text without refolding it.
    @discardableResult
    mutating func append(_ string: String, to bytes: inout [UInt8]) -> Bool {
        var sink = ByteSink(capacity: string.utf8.count + 8)
        let outcome = fold(string, into: &sink, learn: true)
        bytes.append(contentsOf: sink.buffer)
        sink.free()
        return !outcome.nonASCII && sink.count == string.utf8.count
    }

    /// The folded bytes of `string` without changing the cache (used for queries).
    func folded(_ string: String) -> [UInt8] {
        var sink = ByteSink(capacity: string.utf8.count + 8)
        var copy = self
        copy.fold(string, into: &sink, learn: false)
        let bytes = Array(sink.buffer)
        sink.free()
        return bytes
    }

    /// The folded bytes of `string` and, for each byte, the scalar offset it came from, followed
    /// by one sentinel entry: the offset just past the last scalar that produced bytes (and past
    /// combining marks right after it), so a match at the very end maps to a span without the
    /// trailing whitespace. A match of bytes `s..<e` covers scalars
    /// `origins[s] ..< max(origins[e], origins[e - 1] + 1)`.
    func foldedWithOrigins(_ string: String) -> (bytes: [UInt8], origins: [Int32]) {
        var sink = OriginSink()
        var copy = self
        let end = copy.fold(string, into: &sink, learn: false).contentEnd
        sink.origins.append(end)
        return (sink.bytes, sink.origins)
    }

    /// Folds `string` into `sink`; returns the sentinel origin (see `foldedWithOrigins`) and
    /// whether any scalar was not ASCII.
    @discardableResult
    private mutating func fold<Sink: FoldSink>(
        _ string: String, into sink: inout Sink, learn: Bool
    ) -> (contentEnd: Int32, nonASCII: Bool) {
        var state = FoldState()
        let contiguous: Void? = string.utf8.withContiguousStorageIfAvailable { buffer in
            var i = 0
            let count = buffer.count
            while i < count {
                let byte = buffer[i]
                if byte < 0x80 {
                    state.ascii(byte, into: &sink)
                    i += 1
                } else {
                    // Native strings hold valid UTF-8: decode the sequence by its lead byte.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    var k = 1
                    while k < length, i + k < count {
                        value = value << 6 | UInt32(buffer[i + k] & 0x3F)
                        k += 1
                    }
                    state.folded(foldedBytes(of: Unicode.Scalar(value) ?? "\u{FFFD}", learn: learn), into: &sink)
                    i += k
                }
            }
        }
        if contiguous == nil {  // not contiguous (a bridged string): walk the scalars instead
            for scalar in string.unicodeScalars {
                if scalar.isASCII {
                    state.ascii(UInt8(truncatingIfNeeded: scalar.value), into: &sink)
                } else {
                    state.folded(foldedBytes(of: scalar, learn: learn), into: &sink)
                }
            }
        }
        return (state.contentEnd, state.nonASCII)
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

/// Where folded bytes go.
private protocol FoldSink {
    /// Number of bytes written so far.
    var count: Int { get }
    /// Writes one byte that came from the scalar at `origin`.
    mutating func write(_ byte: UInt8, origin: Int32)
}

/// Whitespace collapsing and origin bookkeeping, one scalar at a time.
private struct FoldState {
    /// Scalar offset of a whitespace run not yet written, or -1.
    var pendingSpace: Int32 = -1
    /// Offset of the scalar being folded.
    var scalarIndex: Int32 = 0
    /// Past the last scalar that produced bytes, and past marks right after it.
    var contentEnd: Int32 = 0
    /// Whether a non-ASCII scalar was met.
    var nonASCII = false

    @inline(__always)
    mutating func emit<Sink: FoldSink>(_ byte: UInt8, into sink: inout Sink) {
        if pendingSpace >= 0 {
            if sink.count > 0 { sink.write(0x20, origin: pendingSpace) }
            pendingSpace = -1
        }
        sink.write(byte, origin: scalarIndex)
        contentEnd = scalarIndex + 1
    }

    @inline(__always)
    mutating func ascii<Sink: FoldSink>(_ byte: UInt8, into sink: inout Sink) {
        if byte <= 0x20 || byte == 0x7F {
            if pendingSpace < 0 { pendingSpace = scalarIndex }
        } else {
            emit(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte, into: &sink)
        }
        scalarIndex += 1
    }

    @inline(__always)
    mutating func folded<Sink: FoldSink>(_ bytes: [UInt8], into sink: inout Sink) {
        nonASCII = true
        if bytes.count == 1 && bytes[0] == 0x20 {
            if pendingSpace < 0 { pendingSpace = scalarIndex }
        } else if bytes.isEmpty {
            if pendingSpace < 0 && contentEnd == scalarIndex { contentEnd = scalarIndex + 1 }
        } else {
            for b in bytes { emit(b, into: &sink) }
        }
        scalarIndex += 1
    }
}

/// Collects bytes in a growable raw buffer (the index build path: no per-byte array checks).
private struct ByteSink: FoldSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func write(_ byte: UInt8, origin: Int32) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func free() { base.deallocate() }
}

/// Collects bytes and the scalar offset each came from (the highlighting path).
private struct OriginSink: FoldSink {
    var bytes: [UInt8] = []
    var origins: [Int32] = []
    var count: Int { bytes.count }

    mutating func write(_ byte: UInt8, origin: Int32) {
        bytes.append(byte)
        origins.append(origin)
    }
}
