/// Fast character classes for the tokenizer and the taggers (ASCII fast paths, Unicode properties
/// otherwise).
///
/// The Unicode-property paths are kept out of line (`@inline(never)`): the standard library's
/// property types are resilient, and a function that inlines one of them sets up their metadata
/// on every call, even when only ASCII passes through it.
public enum CharClass {
    /// Space, tab, line breaks and the Unicode space separators (including no-break spaces).
    @inlinable public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Line feed, carriage return and the Unicode line and paragraph separators.
    @inlinable public static func isNewline(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{0B}" || c == "\u{0C}"
    }

    /// A letter of any script.
    @inlinable public static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return isLetterBeyondASCII(c)
    }

    /// `isLetter` beyond ASCII.
    @usableFromInline @inline(never) static func isLetterBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        if let k = tableIndex(c) { return table[k] & letterBit != 0 }
        return letterProperty(c)
    }

    /// A decimal digit.
    @inlinable public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 48 && v <= 57 }
        return isDigitBeyondASCII(c)
    }

    /// `isDigit` beyond ASCII.
    @usableFromInline @inline(never) static func isDigitBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        if let k = tableIndex(c) { return table[k] & digitBit != 0 }
        return digitProperty(c)
    }

    /// A letter or a digit.
    @inlinable public static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    /// A combining mark.
    @inlinable public static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        return isMarkBeyondLatin(c)
    }

    /// `isMark` from U+0300 on.
    @usableFromInline @inline(never) static func isMarkBeyondLatin(_ c: Unicode.Scalar) -> Bool {
        if let k = tableIndex(c) { return table[k] & markBit != 0 }
        return markProperty(c)
    }

    /// An upper-case or title-case letter.
    @inlinable public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return isUpperBeyondASCII(c)
    }

    /// `isUpper` beyond ASCII.
    @usableFromInline @inline(never) static func isUpperBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        if let k = tableIndex(c) { return table[k] & upperBit != 0 }
        return upperProperty(c)
    }

    /// A lower-case letter.
    @inlinable public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 97 && v <= 122 }
        return isLowerBeyondASCII(c)
    }

    /// `isLower` beyond ASCII.
    @usableFromInline @inline(never) static func isLowerBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        if let k = tableIndex(c) { return table[k] & lowerBit != 0 }
        return lowerProperty(c)
    }

    /// The straight or typographic apostrophe.
    @inlinable public static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{02BC}"
    }

    /// A hyphen that joins words (not a dash).
    @inlinable public static func isHyphen(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2010}" || c == "\u{2011}"
    }

    /// Lower-cases an ASCII letter; other scalars are returned unchanged.
    @inlinable public static func lowerASCII(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 65 && v <= 90, let l = Unicode.Scalar(v + 32) { return l }
        return c
    }

    // The classes of the non-ASCII scalars news text uses most — the two-byte UTF-8 range
    // (U+0080–U+07FF: Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic), Devanagari
    // (U+0900–U+097F), Latin Extended Additional (U+1E00–U+1EFF, Vietnamese) and typographic
    // punctuation (U+2000–U+206F: curly quotes, dashes) — are read from a table made once
    // (about a millisecond) from the same properties; looking the properties up costs hundreds
    // of instructions a scalar.
    private static let letterBit: UInt8 = 1
    private static let upperBit: UInt8 = 2
    private static let lowerBit: UInt8 = 4
    private static let digitBit: UInt8 = 8
    private static let markBit: UInt8 = 16

    /// The position of `c` (not ASCII) in `table`, if it is there.
    @inline(__always) private static func tableIndex(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v < 0x800 { return Int(v) - 0x80 }
        if v &- 0x900 < 0x80 { return Int(v) - 0x900 + 0x780 }
        if v &- 0x1E00 < 0x100 { return Int(v) - 0x1E00 + 0x800 }
        if v &- 0x2000 < 0x70 { return Int(v) - 0x2000 + 0x900 }
        return nil
    }

    /// Class bits of U+0080–U+07FF, U+0900–U+097F, U+1E00–U+1EFF and U+2000–U+206F, in order.
    private static let table: [UInt8] = (Array(UInt32(0x80)..<0x800) + Array(UInt32(0x900)..<0x980)
                                         + Array(UInt32(0x1E00)..<0x1F00) + Array(UInt32(0x2000)..<0x2070)).map { v in
        guard let c = Unicode.Scalar(v) else { return UInt8(0) }
        var bits: UInt8 = 0
        if letterProperty(c) { bits |= letterBit }
        if upperProperty(c) { bits |= upperBit }
        if lowerProperty(c) { bits |= lowerBit }
        if digitProperty(c) { bits |= digitBit }
        if c.value >= 0x300 && markProperty(c) { bits |= markBit }
        return bits
    }

    private static func letterProperty(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic && !(c.value >= 0x300 && markProperty(c))
    }

    private static func digitProperty(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    private static func markProperty(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func upperProperty(_ c: Unicode.Scalar) -> Bool {
        let cat = c.properties.generalCategory
        return cat == .uppercaseLetter || cat == .titlecaseLetter
    }

    private static func lowerProperty(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .lowercaseLetter
    }
}
