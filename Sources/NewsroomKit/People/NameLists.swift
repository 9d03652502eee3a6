import Foundation

/// The bundled name lists (`Resources/names/`): first names with the share of men who carry them,
/// and surnames, each with a frequency bucket 1…7; and the common-word lexicon
/// (`Resources/people/common-words.tsv`: words written mostly in lower case, bucket 1…7). Keys
/// are folded ("juppe").
public struct NameLists: Sendable {
    /// What the lists say about a first name.
    public struct FirstName: Sendable, Hashable {
        /// Percentage of bearers who are men (0…100).
        public var maleShare: UInt8
        /// Frequency bucket 1 (rare) … 7 (very common).
        public var bucket: UInt8
    }

    private let first: WordMap<FirstName>
    private let surnames: WordMap<UInt8>
    private let common: WordMap<UInt8>

    /// The bundled lists, loaded once.
    public static let shared = NameLists.loadBundled()

    /// Creates lists from the contents of the TSV files (the common-word lexicon may be empty).
    /// A key listed twice keeps its last row.
    public init(firstNamesTSV: String, surnamesTSV: String, commonWordsTSV: String = "") {
        var first: [(String, FirstName)] = []
        first.reserveCapacity(30_000)
        Self.forEachRow(firstNamesTSV) { key, numbers in
            guard numbers.count == 2, numbers[0] <= 100, numbers[1] <= 7 else { return }
            first.append((key, FirstName(maleShare: UInt8(numbers[0]), bucket: UInt8(numbers[1]))))
        }
        var surnames: [(String, UInt8)] = []
        surnames.reserveCapacity(60_000)
        Self.forEachRow(surnamesTSV) { key, numbers in
            guard numbers.count == 1, numbers[0] <= 7 else { return }
            surnames.append((key, UInt8(numbers[0])))
        }
        var common: [(String, UInt8)] = []
        Self.forEachRow(commonWordsTSV) { key, numbers in
            guard numbers.count == 1, numbers[0] <= 7 else { return }
            common.append((key, UInt8(numbers[0])))
        }
        self.first = WordMap(first, capacity: first.count)
        self.surnames = WordMap(surnames, capacity: surnames.count)
        self.common = WordMap(common, capacity: common.count)
    }

    /// Calls `body(key, numbers)` for every `key<TAB>n<TAB>n…` line, skipping `#` comments
    /// and malformed lines. Works on the UTF-8 bytes directly (the lists load in a few ms).
    private static func forEachRow(_ tsv: String, _ body: (String, [Int]) -> Void) {
        var text = tsv
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            var numbers: [Int] = []
            while i < n {
                var end = i
                while end < n, bytes[end] != 10 { end += 1 }
                defer { i = end + 1 }
                guard end > i, bytes[i] != 35 else { continue }  // "#"
                var tab = i
                while tab < end, bytes[tab] != 9 { tab += 1 }
                guard tab > i, tab < end else { continue }
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<tab]), as: UTF8.self)
                numbers.removeAll(keepingCapacity: true)
                var value = 0, digits = 0, ok = true
                for k in (tab + 1)...end {
                    let b: UInt8 = k < end ? bytes[k] : 9
                    if b == 9 || b == 13 {
                        if b == 13 && k != end - 1 { ok = false }
                        if b == 9 {
                            guard digits > 0 else { ok = false; break }
                            numbers.append(value)
                            value = 0
                            digits = 0
                        }
                    } else if b >= 48 && b <= 57, digits < 6 {
                        value = value * 10 + Int(b - 48)
                        digits += 1
                    } else {
                        ok = false
                        break
                    }
                }
                if ok { body(key, numbers) }
            }
        }
    }

    /// Empty lists.
    public static let empty = NameLists(firstNamesTSV: "", surnamesTSV: "")

    private static func loadBundled() -> NameLists {
        guard let firstData = try? BundledResources.data("names/first-names.tsv"),
              let surnameData = try? BundledResources.data("names/surnames.tsv") else { return .empty }
        let commonData = (try? BundledResources.data("people/common-words.tsv")) ?? Data()
        return NameLists(firstNamesTSV: String(decoding: firstData, as: UTF8.self),
                         surnamesTSV: String(decoding: surnameData, as: UTF8.self),
                         commonWordsTSV: String(decoding: commonData, as: UTF8.self))
    }

    /// The entry for a folded first name.
    public func firstName(_ folded: String) -> FirstName? { first[folded] }

    /// The frequency bucket of a folded surname, 0 when unknown.
    public func surnameBucket(_ folded: String) -> Int { Int(surnames[folded] ?? 0) }

    /// The common-word bucket of a folded word (1…7, log2 of its lower-case count), 0 when the
    /// word is not written mostly in lower case.
    public func commonWordBucket(_ folded: String) -> Int { Int(common[folded] ?? 0) }

    /// The sex a first name tells with at least 90 % confidence.
    public func sex(ofFirstName folded: String) -> Person.Sex? {
        guard let f = first[folded] else { return nil }
        if f.maleShare >= 90 { return .male }
        if f.maleShare <= 10 { return .female }
        return nil
    }
}
