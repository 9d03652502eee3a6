import Foundation

/// The tagger's weight table: 2^rowBits hashed feature rows × `EntityLabels.count` labels,
/// quantised to Int16 (weight = value / scale).
///
/// File format (`Resources/people/tagger.weights`, little endian): magic "NRP1", UInt32 rowBits,
/// UInt32 label count, Float32 scale, UInt32 entry count, then per non-zero entry, in increasing
/// order of key = row × labels + label, the key delta from the previous key as a LEB128 varint
/// and the Int16 value.
public struct PerceptronWeights: Sendable {
    /// Number of hash bits for rows.
    public let rowBits: Int
    /// Quantisation scale.
    public let scale: Float
    /// Per row: 0 when all its weights are zero (most rows), else 1 + its index among the rows
    /// kept in `keptRows`.
    let rowIndex: [UInt32]
    /// The rows with a non-zero weight, `EntityLabels.count` weights each, after a row of zeros
    /// (so that `rowIndex` reads as an offset: row r starts at `rowIndex[r] × labels`). About a
    /// tenth of the dense table, so the tagger's look-ups stay in the processor's caches.
    let keptRows: [Int16]

    /// Number of rows.
    public var rows: Int { 1 << rowBits }

    /// The dense table, row-major (row × labels + label).
    public var table: [Int16] {
        let labels = EntityLabels.count
        var table = [Int16](repeating: 0, count: rows * labels)
        for (row, k) in rowIndex.enumerated() where k != 0 {
            for l in 0..<labels { table[row * labels + l] = keptRows[Int(k) * labels + l] }
        }
        return table
    }

    /// Creates weights from a dense table.
    public init(rowBits: Int, scale: Float, table: [Int16]) {
        let labels = EntityLabels.count
        precondition(table.count == (1 << rowBits) * labels)
        var builder = Builder(rowBits: rowBits)
        for (key, v) in table.enumerated() where v != 0 { builder.set(key, v) }
        self.init(rowBits: rowBits, scale: scale, builder: builder)
    }

    private init(rowBits: Int, scale: Float, builder: Builder) {
        self.rowBits = rowBits
        self.scale = scale
        self.rowIndex = builder.rowIndex
        self.keptRows = builder.keptRows
    }

    /// Collects non-zero weights into kept rows, in any order of keys.
    private struct Builder {
        var rowIndex: [UInt32]
        var keptRows = [Int16](repeating: 0, count: EntityLabels.count)

        init(rowBits: Int) {
            rowIndex = [UInt32](repeating: 0, count: 1 << rowBits)
        }

        /// Sets the weight of key = row × labels + label.
        mutating func set(_ key: Int, _ v: Int16) {
            let labels = EntityLabels.count
            let row = key / labels
            if rowIndex[row] == 0 {
                rowIndex[row] = UInt32(keptRows.count / labels)
                keptRows.append(contentsOf: repeatElement(0, count: labels))
            }
            keptRows[Int(rowIndex[row]) * labels + key % labels] = v
        }
    }

    /// Quantises float weights (dense, row-major) so the largest magnitude maps to 32000,
    /// dropping weights whose quantised magnitude is below `minMagnitude`.
    public init(rowBits: Int, floats: [Float], minMagnitude: Int = 1) {
        var maxAbs: Float = 0
        for w in floats { maxAbs = max(maxAbs, abs(w)) }
        let scale = maxAbs > 0 ? 32000 / maxAbs : 1
        var table = [Int16](repeating: 0, count: floats.count)
        for (k, w) in floats.enumerated() {
            let q = Int((w * scale).rounded())
            if abs(q) >= minMagnitude { table[k] = Int16(clamping: q) }
        }
        self.init(rowBits: rowBits, scale: scale, table: table)
    }

    /// Number of non-zero weights.
    public var nonZeroCount: Int { keptRows.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    /// The serialised form.
    public func serialized() -> Data {
        var out = Data()
        out.append(contentsOf: Array("NRP1".utf8))
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        u32(UInt32(rowBits))
        u32(UInt32(EntityLabels.count))
        u32(scale.bitPattern)
        u32(UInt32(nonZeroCount))
        var previous = 0
        let labels = EntityLabels.count
        for (row, k) in rowIndex.enumerated() where k != 0 {
            for l in 0..<labels {
                let v = keptRows[Int(k) * labels + l]
                guard v != 0 else { continue }
                let key = row * labels + l
                var delta = key - previous
                previous = key
                repeat {
                    let byte = UInt8(delta & 0x7F)
                    delta >>= 7
                    out.append(delta > 0 ? byte | 0x80 : byte)
                } while delta > 0
                withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
            }
        }
        return out
    }

    /// Reads the serialised form.
    public init(data: Data) throws {
        let bytes = [UInt8](data)
        var pos = 0
        func fail(_ why: String) -> NewsroomError { .resource(name: "people/tagger.weights", reason: why) }
        func u32() throws -> UInt32 {
            guard pos + 4 <= bytes.count else { throw fail("truncated header") }
            let v = UInt32(bytes[pos]) | UInt32(bytes[pos + 1]) << 8 | UInt32(bytes[pos + 2]) << 16 | UInt32(bytes[pos + 3]) << 24
            pos += 4
            return v
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Array("NRP1".utf8) else { throw fail("not a weight file") }
        pos = 4
        let rowBits = Int(try u32())
        let labels = Int(try u32())
        let scale = Float(bitPattern: try u32())
        let count = Int(try u32())
        guard rowBits >= 8, rowBits <= 24, labels == EntityLabels.count else { throw fail("unsupported shape") }
        let size = (1 << rowBits) * labels
        var builder = Builder(rowBits: rowBits)
        var key = 0
        for _ in 0..<count {
            var delta = 0
            var shift = 0
            while true {
                guard pos < bytes.count, shift < 35 else { throw fail("truncated entries") }
                let b = bytes[pos]
                pos += 1
                delta |= Int(b & 0x7F) << shift
                shift += 7
                if b & 0x80 == 0 { break }
            }
            key += delta
            guard key < size, pos + 2 <= bytes.count else { throw fail("entry out of range") }
            builder.set(key, Int16(bitPattern: UInt16(bytes[pos]) | UInt16(bytes[pos + 1]) << 8))
            pos += 2
        }
        self.init(rowBits: rowBits, scale: scale, builder: builder)
    }
}
