import Foundation

/// Word classes learnt from unlabeled text (`newsroom-train clusters`, `ExchangeClustering`), at a
/// few granularities, for the tagger's features: words used alike ("Obama"/"Merkel",
/// "Tuesday"/"Friday") share a class, so weights learnt on one reach the others.
///
/// Text form: `#` comment lines, then one line per folded word (`TokenizedText.folded`):
/// `word<TAB>class<TAB>class…`, one class id (0-based) per granularity, coarsest first.
public struct WordClusters: Sendable {
    /// Number of granularities (class ids per word).
    public let granularities: Int
    /// Per folded-word hash (`TokenizedText.foldHashes`): class id + 1 per granularity, 16 bits
    /// each, coarsest in the low bits.
    private let packed: HashedMap<UInt64>

    /// Parses the text form; throws on a malformed line.
    public init(tsv: String) throws {
        var map = HashedMap<UInt64>(capacity: 1 << 15)
        var granularities = 0
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 2, f.count <= 5, granularities == 0 || f.count - 1 == granularities else {
                throw NewsroomError.unreadable(path: "clusters", reason: "bad line: \(line)")
            }
            granularities = f.count - 1
            var v: UInt64 = 0
            for (g, s) in f.dropFirst().enumerated() {
                guard let id = UInt16(s), id < UInt16.max else {
                    throw NewsroomError.unreadable(path: "clusters", reason: "bad class id: \(line)")
                }
                v |= UInt64(id + 1) << (16 * UInt64(g))
            }
            map[Hashing.fnv(String(f[0]))] = v
        }
        self.granularities = granularities
        packed = map
    }

    /// The classes of the folded word with hash `hash` (class id + 1 per granularity in 16-bit
    /// fields, coarsest lowest), 0 for a word without classes.
    func classes(ofHash hash: UInt64) -> UInt64 { packed[hash] ?? 0 }

    /// The class id of `folded` at granularity `g` (0: coarsest), nil when the word has none.
    public func classID(of folded: String, granularity g: Int) -> Int? {
        let v = classes(ofHash: Hashing.fnv(folded)) >> (16 * UInt64(g)) & 0xFFFF
        return v == 0 ? nil : Int(v) - 1
    }
}
