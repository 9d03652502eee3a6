/// The Unicode properties the quote tokenizer tests on scalars beyond ASCII, read from a table
/// for U+0080–U+07FF (Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic) and U+2000–U+206F
/// (curly quotes, dashes, typographic spaces) built once from the same properties; a property
/// look-up costs hundreds of instructions a scalar. Other scalars are looked up as before.
enum QuoteScalarClass {
    /// `QuoteTokenizer.isWordScalar`: alphabetic, numeric or a non-spacing mark.
    static let word: UInt8 = 1
    /// `Unicode.Scalar.Properties.isUppercase`.
    static let upper: UInt8 = 2
    /// `Unicode.Scalar.Properties.isLowercase`.
    static let lower: UInt8 = 4
    /// White space: U+00A0 or `Unicode.Scalar.Properties.isWhitespace`.
    static let space: UInt8 = 8

    /// The class bits of a scalar beyond ASCII.
    @inline(__always)
    static func of(_ c: Unicode.Scalar) -> UInt8 {
        let v = c.value
        if v < 0x800 { return table[Int(v) - 0x80] }
        if v &- 0x2000 < 0x70 { return table[Int(v) - 0x2000 + 0x780] }
        return properties(c)
    }

    /// Class bits of U+0080–U+07FF and U+2000–U+206F, in order.
    private static let table: [UInt8] = (Array(UInt32(0x80)..<0x800) + Array(UInt32(0x2000)..<0x2070)).map { v in
        Unicode.Scalar(v).map(QuoteScalarClass.properties) ?? 0
    }

    /// The class bits from the scalar's Unicode properties.
    @inline(never)
    private static func properties(_ c: Unicode.Scalar) -> UInt8 {
        let p = c.properties
        var bits: UInt8 = 0
        if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark { bits |= word }
        if p.isUppercase { bits |= upper }
        if p.isLowercase { bits |= lower }
        if c.value == 0xA0 || p.isWhitespace { bits |= space }
        return bits
    }
}
