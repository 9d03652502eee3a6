#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A search needle prepared for fast scanning: the two bytes of the needle that are rarest in
/// the searched corpus are looked for together, 32 positions at a time with SIMD compares, and
/// only where both sit is the whole needle compared (the "packed pair" technique). One-byte
/// needles use the libc `memchr`.
struct PreparedNeedle: Sendable {
    /// The bytes to find; never empty.
    let bytes: [UInt8]
    /// Index in `bytes` of the byte rarest in the corpus.
    let rareIndex: Int
    /// Index of the second rarest byte (another index; equal to `rareIndex` for one byte).
    let pairIndex: Int

    /// Prepares `bytes`, choosing the anchor bytes by `frequency` (occurrences per byte value).
    init(_ bytes: [UInt8], frequency: [Int]) {
        self.bytes = bytes
        let ranked = bytes.indices.sorted { frequency[Int(bytes[$0])] < frequency[Int(bytes[$1])] }
        rareIndex = ranked.first ?? 0
        pairIndex = ranked.count > 1 ? ranked[1] : rareIndex
    }
}

/// Byte classes for quick rejection: each of a–z and 0–9 has a class of its own (so a quote
/// whose mask has the class of `r` contains an `r`); the other bytes share the remaining classes.
enum ByteClasses {
    /// The class bit of each byte value.
    static let bit: [UInt64] = (0..<256).map { b in
        switch b {
        case 0x61...0x7A: return 1 << UInt64(b - 0x61)  // a–z: 0–25
        case 0x30...0x39: return 1 << UInt64(26 + b - 0x30)  // 0–9: 26–35
        default: return 1 << UInt64(36 + b % 28)  // everything else: 36–63, shared
        }
    }

    /// Whether a byte's class is its own (finding the class means finding the byte).
    static func isExact(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }

    /// The classes of every byte of `needle`.
    static func mask(of needle: [UInt8]) -> UInt64 { needle.reduce(0) { $0 | bit[Int($1)] } }
}

/// Substring search on raw bytes with an optional whole-word condition.
enum ByteSearch {
    /// The start of the first occurrence of `needle` in `haystack[from..<to]` (whole words only
    /// when `wholeWord`), or nil. Word boundaries look at the bytes just outside the occurrence,
    /// even outside `from..<to`: callers separate fields with non-word bytes.
    @inline(__always)
    static func first(
        _ prepared: PreparedNeedle, _ needle: UnsafeBufferPointer<UInt8>, wholeWord: Bool,
        in haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        let n = needle.count
        guard n > 0, from >= 0, to <= haystack.count, to - from >= n, let base = haystack.baseAddress else {
            return nil
        }
        if n == 1, to - from > 256 { return firstByte(needle[0], wholeWord: wholeWord, in: haystack, from: from, to: to) }
        let i1 = prepared.rareIndex, i2 = prepared.pairIndex
        let b1 = needle[i1], b2 = needle[i2]
        let lastStart = to - n
        var start = from
        let lanes = 32
        // Blocks may read past `to` (never past the haystack): positions after `lastStart` are
        // ignored, so a short field costs one or two blocks and no byte-by-byte tail.
        let blockLimit = haystack.count - lanes - max(i1, i2)  // last start whose loads fit
        if start <= blockLimit {
            let v1 = SIMD32<UInt8>(repeating: b1), v2 = SIMD32<UInt8>(repeating: b2)
            let raw = UnsafeRawPointer(base)
            while start <= lastStart && start <= blockLimit {
                let x = raw.loadUnaligned(fromByteOffset: start + i1, as: SIMD32<UInt8>.self)
                let y = raw.loadUnaligned(fromByteOffset: start + i2, as: SIMD32<UInt8>.self)
                // Each lane of the mask is 0x00 or 0xFF: read it as four 64-bit words.
                let words = unsafeBitCast((x .== v1) .& (y .== v2), to: SIMD4<UInt64>.self)
                if (words[0] | words[1] | words[2] | words[3]) != 0 {
                    let lastLane = min(lanes, lastStart - start + 1) - 1
                    for w in 0..<4 {
                        var bits = words[w]
                        while bits != 0 {
                            let byte = bits.trailingZeroBitCount / 8
                            let lane = w * 8 + byte
                            if lane > lastLane { break }
                            let s = start + lane
                            if matches(needle, at: s, in: base),
                               !wholeWord || isWordBoundary(haystack, before: s, after: s + n) {
                                return s
                            }
                            bits &= ~(UInt64(0xFF) << UInt64(byte * 8))
                        }
                    }
                }
                start += lanes
            }
        }
        while start <= lastStart {
            if base[start + i1] == b1, base[start + i2] == b2, matches(needle, at: start, in: base),
               !wholeWord || isWordBoundary(haystack, before: start, after: start + n) {
                return start
            }
            start += 1
        }
        return nil
    }

    @inline(__always)
    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, at s: Int, in base: UnsafePointer<UInt8>) -> Bool {
        for j in 0..<needle.count where base[s + j] != needle[j] { return false }
        return true
    }

    private static func firstByte(
        _ byte: UInt8, wholeWord: Bool, in haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int
    ) -> Int? {
        guard let base = haystack.baseAddress else { return nil }
        var p = from
        while p < to {
            guard let found = memchr(base + p, Int32(byte), to - p) else { return nil }
            let q = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if !wholeWord || isWordBoundary(haystack, before: q, after: q + 1) { return q }
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
