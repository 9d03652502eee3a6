/// The Unicode properties the quote tokenizer tests on scalars beyond ASCII, read from a table
/// for U+0080–U+07FF (Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic), U+0900–U+097F
/// (Devanagari), U+1E00–U+1EFF (Latin Extended Additional) and U+2000–U+206F (curly quotes,
/// dashes, typographic spaces) built once from the same properties; a property
/// look-up costs hundreds of instructions a scalar. Other scalars look up the one property
/// asked for, as before. Kept out of line, so the tokenizer's ASCII loop stays small.
enum QuoteScalarClass {
    private static let word: UInt8 = 1
    private static let upper: UInt8 = 2
    private static let lower: UInt8 = 4
    private static let space: UInt8 = 8

    /// Alphabetic, numeric or a non-spacing mark (`QuoteTokenizer.isWordScalar`).
    @inline(never) static func isWord(_ c: Unicode.Scalar) -> Bool {
        if let bits = tableBits(c) { return bits & word != 0 }
        return isWordProperty(c)
    }

    /// `Unicode.Scalar.Properties.isUppercase`.
    @inline(never) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if let bits = tableBits(c) { return bits & upper != 0 }
        return c.properties.isUppercase
    }

    /// `Unicode.Scalar.Properties.isLowercase`.
    @inline(never) static func isLower(_ c: Unicode.Scalar) -> Bool {
        if let bits = tableBits(c) { return bits & lower != 0 }
        return c.properties.isLowercase
    }

    /// U+00A0 or `Unicode.Scalar.Properties.isWhitespace`.
    @inline(never) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if let bits = tableBits(c) { return bits & space != 0 }
        return c.properties.isWhitespace
    }

    /// The table's bits for `c`, when it is in the table.
    @inline(__always) private static func tableBits(_ c: Unicode.Scalar) -> UInt8? {
        let v = c.value
        if v &- 0x80 < 0x780 { return table[Int(v) - 0x80] }
        if v &- 0x900 < 0x80 { return table[Int(v) - 0x900 + 0x780] }
        if v &- 0x1E00 < 0x100 { return table[Int(v) - 0x1E00 + 0x800] }
        if v &- 0x2000 < 0x70 { return table[Int(v) - 0x2000 + 0x900] }
        return nil
    }

    private static func isWordProperty(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Class bits of U+0080–U+07FF, U+0900–U+097F, U+1E00–U+1EFF and U+2000–U+206F, in order.
    private static let table: [UInt8] = (Array(UInt32(0x80)..<0x800) + Array(UInt32(0x900)..<0x980)
                                         + Array(UInt32(0x1E00)..<0x1F00) + Array(UInt32(0x2000)..<0x2070)).map { v in
        guard let c = Unicode.Scalar(v) else { return 0 }
        let p = c.properties
        var bits: UInt8 = 0
        if QuoteScalarClass.isWordProperty(c) { bits |= QuoteScalarClass.word }
        if p.isUppercase { bits |= QuoteScalarClass.upper }
        if p.isLowercase { bits |= QuoteScalarClass.lower }
        if c.value == 0xA0 || p.isWhitespace { bits |= QuoteScalarClass.space }
        return bits
    }
}
