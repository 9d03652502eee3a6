/// Deterministic hashing used for features (FNV-1a and a 64-bit mixer; no per-process seeds).
enum Hashing {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func step(_ h: UInt64, _ v: UInt32) -> UInt64 {
        (h ^ UInt64(v)) &* prime
    }

    /// One FNV-1a step over a byte (`fnv(String)` is these steps over the UTF-8).
    @inline(__always) static func stepByte(_ h: UInt64, _ b: UInt8) -> UInt64 {
        (h ^ UInt64(b)) &* prime
    }

    /// FNV-1a over the UTF-8 of `s`.
    static func fnv(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a over the scalar values of `scalars`.
    static func fnv<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var h = offset
        for c in scalars { h = step(h, c.value) }
        return h
    }

    /// Mixes two 64-bit values (a multiply and the splitmix64 finaliser).
    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ b
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}
