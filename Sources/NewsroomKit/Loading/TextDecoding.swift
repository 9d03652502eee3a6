import Foundation

/// The text of a file after decoding, with what the decoder had to do to get it.
struct DecodedText: Sendable {
    /// The text as valid Unicode, line endings normalised to "\n".
    var text: String
    /// Warnings about the decoding (file still loaded), e.g. replaced bytes or a guessed encoding.
    var warnings: [String]
}

/// Why a file's bytes are not loaded as text at all.
enum UndecodableReason: Error, Sendable, Equatable {
    /// Zero bytes, or only whitespace.
    case empty
    /// NUL bytes or many control bytes: an image, archive, executable …
    case binary

    var message: String {
        switch self {
        case .empty: return "empty file (nothing to load)"
        case .binary: return "binary file, not text (contains NUL or control bytes); not loaded"
        }
    }
}

/// Turns the bytes of a file into text.
///
/// Rules, in order:
/// 1. A byte-order mark decides: UTF-8 (stripped), UTF-16 LE or BE.
/// 2. Without a BOM, a NUL byte or more than 10 % control bytes (other than tab, newline,
///    carriage return, form feed, vertical tab and escape) in the first 64 KiB means binary: skipped.
/// 3. Valid UTF-8 is taken as is.
/// 4. Otherwise the bytes are either UTF-8 with damage or a legacy 8-bit encoding. If the file holds
///    more well-formed multi-byte UTF-8 sequences than invalid bytes it is UTF-8 with damage:
///    invalid bytes become U+FFFD and a warning names how many. If not (typically no valid sequence
///    at all, with lone bytes 0x80–0xFF such as é = 0xE9), it is Windows-1252, the superset of
///    Latin-1 that the web and Windows use, decoded with a warning.
/// Line endings ("\r\n" and lone "\r") become "\n".
enum TextDecoding {
    static func decode(_ data: Data) -> Result<DecodedText, UndecodableReason> {
        data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self))
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DecodedText, UndecodableReason> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return finish(decodeUTF8(UnsafeBufferPointer(rebasing: bytes[3...]), bom: true))
        }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return finish(decodeUTF16(UnsafeBufferPointer(rebasing: bytes[2...]), littleEndian: bytes[0] == 0xFF))
        }
        if let littleEndian = utf16ByteOrderWithoutBOM(bytes) {
            var decoded = decodeUTF16(bytes, littleEndian: littleEndian)
            decoded.warnings.insert("UTF-16 \(littleEndian ? "LE" : "BE") without a byte-order mark (detected from its zero bytes); save the file as UTF-8 to be sure", at: 0)
            return finish(decoded)
        }
        if isBinary(bytes) { return .failure(.binary) }
        return finish(decodeUTF8(bytes, bom: false))
    }

    private static func finish(_ decoded: DecodedText) -> Result<DecodedText, UndecodableReason> {
        var decoded = decoded
        decoded.text = normaliseLineEndings(decoded.text)
        if isBlank(decoded.text) { return .failure(.empty) }
        return .success(decoded)
    }

    /// UTF-16 without a BOM: in the first 4 KiB nearly every other byte is zero (ASCII-range text),
    /// the bytes between are not. True for little-endian, false for big-endian, nil when not UTF-16.
    static func utf16ByteOrderWithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZeros += 1 }
            if bytes[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = n / 2
        if oddZeros * 10 >= pairs * 9, evenZeros * 20 <= pairs { return true }
        if evenZeros * 10 >= pairs * 9, oddZeros * 20 <= pairs { return false }
        return nil
    }

    /// NUL anywhere in the first 64 KiB, or more than 10 % control bytes there.
    static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(bytes.count, 65_536)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x0B, b != 0x1B { controls += 1 }
        }
        return n > 0 && controls * 10 > n
    }

    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, bom: Bool) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, warnings: [])
        }
        let (validSequences, invalidBytes) = countUTF8(bytes)
        if validSequences > invalidBytes || bom {
            return DecodedText(
                text: String(decoding: bytes, as: UTF8.self),
                warnings: ["invalid UTF-8: \(invalidBytes) byte(s) replaced with U+FFFD (\u{FFFD}); save the file as UTF-8 to fix"])
        }
        return DecodedText(
            text: decodeWindows1252(bytes),
            warnings: ["not UTF-8: decoded as Windows-1252/Latin-1 (\(invalidBytes) non-UTF-8 byte(s)); save the file as UTF-8 to be sure"])
    }

    /// Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none.
    static func countUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0, i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var ok = length > 0 && i + length <= n
            if ok {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { ok = false; break }
            }
            if ok { valid += 1; i += length } else { invalid += 1; i += 1 }
        }
        return (valid, invalid)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (undefined ones kept as C1).
    static func decodeWindows1252(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> DecodedText {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var warnings: [String] = []
        if bytes.count % 2 == 1 { warnings.append("UTF-16 file has an odd number of bytes; the last byte was dropped") }
        var damaged = 0
        var lastWasHigh = false
        for u in units {
            let high = (0xD800...0xDBFF).contains(u), low = (0xDC00...0xDFFF).contains(u)
            if low && !lastWasHigh { damaged += 1 }
            if lastWasHigh && !low { damaged += 1 }
            lastWasHigh = high
        }
        if lastWasHigh { damaged += 1 }
        if damaged > 0 { warnings.append("invalid UTF-16: \(damaged) unpaired surrogate(s) replaced with U+FFFD") }
        return DecodedText(text: String(decoding: units, as: UTF16.self), warnings: warnings)
    }

    /// "\r\n" and lone "\r" become "\n"; returns the string unchanged when it has no "\r".
    static func normaliseLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for b in text.utf8 {
            if b == 0x0D { out.append(0x0A); previousCR = true; continue }
            if b == 0x0A && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the text is empty or whitespace only.
    static func isBlank(_ text: String) -> Bool {
        for s in text.unicodeScalars where !s.properties.isWhitespace { return false }
        return true
    }
}
