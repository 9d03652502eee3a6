#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A search needle prepared for fast scanning: the libc `memchr` (vectorised) looks for its
/// rarest byte, and `memcmp` checks the rest around each candidate.
struct PreparedNeedle: Sendable {
    /// The bytes to find; never empty.
    let bytes: [UInt8]
    /// Index in `bytes` of the byte that is rarest in the searched corpus.
    let rareIndex: Int

    /// Prepares `bytes`, choosing the anchor byte by `frequency` (occurrences per byte value).
    init(_ bytes: [UInt8], frequency: [Int]) {
        self.bytes = bytes
        var best = 0
        for (i, b) in bytes.enumerated() where frequency[Int(b)] < frequency[Int(bytes[best])] { best = i }
        rareIndex = best
    }
}

/// Substring search on raw bytes with an optional whole-word condition.
enum ByteSearch {
    /// The start of the first occurrence of `needle` in `haystack[from..<to]` (whole words only
    /// when `wholeWord`), or nil. Word boundaries look at the bytes just outside the occurrence,
    /// even outside `from..<to`: callers separate fields with non-word bytes.
    @inline(__always)
    static func first(
        _ needle: UnsafeBufferPointer<UInt8>, rareIndex: Int, wholeWord: Bool,
        in haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        let n = needle.count
        guard n > 0, to - from >= n, let base = haystack.baseAddress, let needleBase = needle.baseAddress else {
            return nil
        }
        let rare = Int32(needle[rareIndex])
        var p = from + rareIndex
        let last = to - n + rareIndex  // last position where the rare byte can sit
        while p <= last {
            guard let found = memchr(base + p, rare, last - p + 1) else { return nil }
            let q = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            let start = q - rareIndex
            if memcmp(base + start, needleBase, n) == 0,
               !wholeWord || isWordBoundary(haystack, before: start, after: start + n) {
                return start
            }
            p = q + 1
        }
        return nil
    }

    /// Whether neither the scalar ending just before `before` nor the one starting at `after`
    /// is a word character (letter or digit).
    static func isWordBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before: Int, after: Int) -> Bool {
        if before > 0 {
            var lead = before - 1
            while lead > 0, before - lead < 4, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            if isWordScalar(at: lead, in: bytes) { return false }
        }
        if after < bytes.count, isWordScalar(at: after, in: bytes) { return false }
        return true
    }

    /// Whether the scalar whose UTF-8 starts at `i` is a letter or a digit.
    static func isWordScalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
        }
        var decoder = UTF8()
        var iterator = bytes[i..<min(bytes.count, i + 4)].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        let props = scalar.properties
        return props.isAlphabetic || props.numericType != nil
    }
}
