/// Turns any text into glyphs that are safe to draw: nothing of the source reaches the terminal
/// raw. Controls become caret escapes (`^[`, `^?`), C1 controls, bidi overrides, zero-width and
/// other invisible or unassigned characters become `<U+202E>`-style escapes; tabs and newlines
/// become spaces (the body wrapper handles newlines itself before this).
public enum DisplayText {
    /// The glyphs of `text`; offsets count scalars from the start of `text`.
    ///
    /// Runs of ASCII take a fast path byte by byte (an ASCII character followed by ASCII is a
    /// grapheme of its own); everything else goes through grapheme clusters.
    public static func glyphs(_ text: String) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.utf8.count)
        forEachGlyph(text) { out.append($0) }
        return out
    }

    /// Calls `body` with each glyph of `text` in order, without collecting them: the body wrapper
    /// streams a 50 MB article through here instead of holding a glyph per character.
    public static func forEachGlyph(_ text: String, _ body: (Glyph) -> Void) {
        var out: [Glyph] = []
        let bytes = Array(text.utf8)
        let n = bytes.count
        var i = 0, offset = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80, i + 1 == n || bytes[i + 1] < 0x80, !(b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) {
                if b >= 0x20, b < 0x7F {
                    body(Glyph(text: asciiStrings[Int(b)], width: 1, offset: offset, scalarCount: 1))
                } else {
                    append(Character(Unicode.Scalar(b)), offset: offset, to: &out)
                    for g in out { body(g) }
                    out.removeAll(keepingCapacity: true)
                }
                offset += 1
                i += 1
                continue
            }
            var j = i + 1
            while j < n, bytes[j] >= 0x80 || (bytes[j - 1] == 0x0D && bytes[j] == 0x0A) { j += 1 }
            let segment = String(decoding: bytes[i..<j], as: UTF8.self)
            for ch in segment {
                append(ch, offset: offset, to: &out)
                offset += ch.unicodeScalars.count
                for g in out { body(g) }
                out.removeAll(keepingCapacity: true)
            }
            i = j
        }
    }

    /// What the wrapper needs of a glyph: where it is, how wide, and whether it is a space or
    /// a line break. `forEachGlyphShape` reports these without building a `Glyph` (and its
    /// string) for each ASCII character, which makes wrapping a 50 MB article several times
    /// cheaper.
    struct GlyphShape {
        var offset: Int
        var scalarCount: Int
        var width: Int
        var isSpace: Bool
        var isLineBreak: Bool
        var isWide: Bool { width == 2 }
    }

    /// The shapes of the glyphs of `text`, in order: the same glyphs as `forEachGlyph`.
    static func forEachGlyphShape(_ text: String, _ body: (GlyphShape) -> Void) {
        var out: [Glyph] = []
        func emit() {
            for g in out {
                body(GlyphShape(offset: g.offset, scalarCount: g.scalarCount, width: g.width,
                                isSpace: !g.isEscape && !g.isLineBreak && g.text == " ", isLineBreak: g.isLineBreak))
            }
            out.removeAll(keepingCapacity: true)
        }
        text.utf8.withContiguousStorageIfAvailable { bytes in
            walk(bytes)
        } ?? {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer { walk($0) }
        }()
        func walk(_ bytes: UnsafeBufferPointer<UInt8>) {
            let n = bytes.count
            var i = 0, offset = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80, i + 1 == n || bytes[i + 1] < 0x80, !(b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A) {
                    if b >= 0x20, b < 0x7F {
                        body(GlyphShape(offset: offset, scalarCount: 1, width: 1, isSpace: b == 0x20, isLineBreak: false))
                    } else {
                        append(Character(Unicode.Scalar(b)), offset: offset, to: &out)
                        emit()
                    }
                    offset += 1
                    i += 1
                    continue
                }
                var j = i + 1
                while j < n, bytes[j] >= 0x80 || (bytes[j - 1] == 0x0D && bytes[j] == 0x0A) { j += 1 }
                let segment = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                for ch in segment {
                    append(ch, offset: offset, to: &out)
                    offset += ch.unicodeScalars.count
                    emit()
                }
                i = j
            }
        }
    }

    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Total display width of `text`.
    public static func width(_ text: String) -> Int {
        var w = 0
        for g in glyphs(text) { w += g.width }
        return w
    }

    /// Appends the glyphs of one grapheme cluster starting at scalar `offset`.
    public static func append(_ ch: Character, offset: Int, to out: inout [Glyph]) {
        let scalars = ch.unicodeScalars
        let first = scalars.first!
        // Fast path: printable ASCII.
        if scalars.count == 1, first.value >= 0x20, first.value < 0x7F {
            out.append(Glyph(text: String(ch), width: 1, offset: offset, scalarCount: 1))
            return
        }
        let emoji = first.properties.isEmoji && (first.value > 0xFF)
        var bad = false
        for s in scalars where isUnsafe(s, inEmoji: emoji) { bad = true; break }
        if !bad {
            var w = DisplayWidth.of(first)
            if DisplayWidth.isZeroWidth(first) {
                // A mark with nothing to sit on: show it on a dotted circle.
                out.append(Glyph(text: "\u{25CC}" + String(ch), width: 1, offset: offset, scalarCount: scalars.count))
                return
            }
            if emoji, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) { w = 2 }
            if first.value >= 0x1F1E6, first.value <= 0x1F1FF { w = scalars.count >= 2 ? 2 : 1 }
            out.append(Glyph(text: String(ch), width: max(1, w), offset: offset, scalarCount: scalars.count))
            return
        }
        // Split the cluster and escape what is unsafe.
        var o = offset
        var pendingBase: String.UnicodeScalarView? = nil
        var pendingStart = o, pendingCount = 0, pendingWidth = 1
        func flush() {
            if let p = pendingBase {
                out.append(Glyph(text: String(p), width: pendingWidth, offset: pendingStart, scalarCount: pendingCount))
            }
            pendingBase = nil
        }
        for s in scalars {
            if isUnsafe(s, inEmoji: false) {
                flush()
                if s == "\t" || s == "\n" {
                    out.append(Glyph(text: " ", width: 1, offset: o, scalarCount: 1, isLineBreak: s == "\n"))
                } else {
                    let e = escape(s)
                    out.append(Glyph(text: e, width: e.count, offset: o, scalarCount: 1, isEscape: true))
                }
            } else if DisplayWidth.isZeroWidth(s), pendingBase != nil {
                pendingBase!.append(s)
                pendingCount += 1
            } else {
                flush()
                var v = String.UnicodeScalarView()
                if DisplayWidth.isZeroWidth(s) { v.append("\u{25CC}") }
                v.append(s)
                pendingBase = v
                pendingStart = o
                pendingCount = 1
                pendingWidth = max(1, DisplayWidth.of(s))
            }
            o += 1
        }
        flush()
    }

    /// Whether `s` must never be sent to the terminal as it is.
    public static func isUnsafe(_ s: Unicode.Scalar, inEmoji: Bool) -> Bool {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if v < 0xA0 { return false }
        if inEmoji, v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v >= 0xE0020 && v <= 0xE007F) { return false }
        switch s.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate, .control:
            return true
        default:
            return false
        }
    }

    /// The visible form of an unsafe scalar: `^X` for C0 and DEL, `<U+XXXX>` otherwise.
    public static func escape(_ s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        var hex = String(v, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        return "<U+" + hex + ">"
    }
}
