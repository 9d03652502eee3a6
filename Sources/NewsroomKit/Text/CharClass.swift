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

    @usableFromInline @inline(never) static func isLetterBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic && !isMark(c)
    }

    /// A decimal digit.
    @inlinable public static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 48 && v <= 57 }
        return isDigitBeyondASCII(c)
    }

    @usableFromInline @inline(never) static func isDigitBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.numericType == .decimal
    }

    /// A letter or a digit.
    @inlinable public static func isAlnum(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

    /// A combining mark.
    @inlinable public static func isMark(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x300 { return false }
        return isMarkBeyondLatin(c)
    }

    @usableFromInline @inline(never) static func isMarkBeyondLatin(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// An upper-case or title-case letter.
    @inlinable public static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return isUpperBeyondASCII(c)
    }

    @usableFromInline @inline(never) static func isUpperBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        let cat = c.properties.generalCategory
        return cat == .uppercaseLetter || cat == .titlecaseLetter
    }

    /// A lower-case letter.
    @inlinable public static func isLower(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 97 && v <= 122 }
        return isLowerBeyondASCII(c)
    }

    @usableFromInline @inline(never) static func isLowerBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .lowercaseLetter
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
}
