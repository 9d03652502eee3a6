/// Decodes HTML/XML character references: `&#233;`, `&#xE9;` and the named entities news pages
/// use (`&amp;`, `&nbsp;`, `&rsquo;`, `&mdash;`, accented letters …). Unknown names stay as
/// written. Linear in the input.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "laquo": 0xAB,
        "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "euro": 0x20AC, "pound": 0xA3,
        "yen": 0xA5, "cent": 0xA2, "sect": 0xA7, "para": 0xB6, "times": 0xD7, "divide": 0xF7,
        "shy": 0xAD, "zwj": 0x200D, "zwnj": 0x200C, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
        "iexcl": 0xA1, "iquest": 0xBF, "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020,
        "aacute": 0xE1, "Aacute": 0xC1, "agrave": 0xE0, "Agrave": 0xC0, "acirc": 0xE2, "Acirc": 0xC2,
        "atilde": 0xE3, "Atilde": 0xC3, "auml": 0xE4, "Auml": 0xC4, "aring": 0xE5, "Aring": 0xC5,
        "aelig": 0xE6, "AElig": 0xC6, "ccedil": 0xE7, "Ccedil": 0xC7, "eacute": 0xE9, "Eacute": 0xC9,
        "egrave": 0xE8, "Egrave": 0xC8, "ecirc": 0xEA, "Ecirc": 0xCA, "euml": 0xEB, "Euml": 0xCB,
        "iacute": 0xED, "Iacute": 0xCD, "igrave": 0xEC, "Igrave": 0xCC, "icirc": 0xEE, "Icirc": 0xCE,
        "iuml": 0xEF, "Iuml": 0xCF, "ntilde": 0xF1, "Ntilde": 0xD1, "oacute": 0xF3, "Oacute": 0xD3,
        "ograve": 0xF2, "Ograve": 0xD2, "ocirc": 0xF4, "Ocirc": 0xD4, "otilde": 0xF5, "Otilde": 0xD5,
        "ouml": 0xF6, "Ouml": 0xD6, "oslash": 0xF8, "Oslash": 0xD8, "uacute": 0xFA, "Uacute": 0xDA,
        "ugrave": 0xF9, "Ugrave": 0xD9, "ucirc": 0xFB, "Ucirc": 0xDB, "uuml": 0xFC, "Uuml": 0xDC,
        "yacute": 0xFD, "Yacute": 0xDD, "yuml": 0xFF, "szlig": 0xDF, "scaron": 0x161, "Scaron": 0x160,
        "zcaron": 0x17E, "Zcaron": 0x17D, "oelig": 0x153, "OElig": 0x152,
    ]

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            guard b == 0x26 else { out.append(b); i += 1; continue }
            var j = i + 1
            while j < end, j - i <= 32, bytes[j] != 0x3B, bytes[j] != 0x26, bytes[j] != 0x20, bytes[j] != 0x3C { j += 1 }
            if j < end, bytes[j] == 0x3B, let scalar = reference(bytes[(i + 1)..<j]) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = j + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character for a reference body (`amp`, `#233`, `#xE9`); nil when unknown or invalid.
    private static func reference(_ body: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard let first = body.first else { return nil }
        if first == 0x23 {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if let x = digits.first, x == 0x78 || x == 0x58 { radix = 16; digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8 else { return nil }
            var value: UInt32 = 0
            for d in digits {
                let v: UInt32
                switch d {
                case 0x30...0x39: v = UInt32(d - 0x30)
                case 0x61...0x66 where radix == 16: v = UInt32(d - 0x61 + 10)
                case 0x41...0x46 where radix == 16: v = UInt32(d - 0x41 + 10)
                default: return nil
                }
                value = value * radix + v
                if value > 0x10FFFF { return nil }
            }
            if value == 0 { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return named[String(decoding: body, as: UTF8.self)].flatMap { Unicode.Scalar($0) }
    }
}
