import Foundation

/// The bundled name lists (`Resources/names/`): first names with the share of men who carry them,
/// and surnames, each with a frequency bucket 1…7. Keys are folded ("juppe").
public struct NameLists: Sendable {
    /// What the lists say about a first name.
    public struct FirstName: Sendable, Hashable {
        /// Percentage of bearers who are men (0…100).
        public var maleShare: UInt8
        /// Frequency bucket 1 (rare) … 7 (very common).
        public var bucket: UInt8
    }

    private let first: [String: FirstName]
    private let surnames: [String: UInt8]

    /// The bundled lists, loaded once.
    public static let shared = NameLists.loadBundled()

    /// Creates lists from the contents of the two TSV files.
    public init(firstNamesTSV: String, surnamesTSV: String) {
        var first: [String: FirstName] = [:]
        for line in firstNamesTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 3, let share = UInt8(f[1]), let bucket = UInt8(f[2]) else { continue }
            first[String(f[0])] = FirstName(maleShare: share, bucket: bucket)
        }
        var surnames: [String: UInt8] = [:]
        for line in surnamesTSV.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count == 2, let bucket = UInt8(f[1]) else { continue }
            surnames[String(f[0])] = bucket
        }
        self.first = first
        self.surnames = surnames
    }

    /// Empty lists.
    public static let empty = NameLists(firstNamesTSV: "", surnamesTSV: "")

    private static func loadBundled() -> NameLists {
        guard let firstData = try? BundledResources.data("names/first-names.tsv"),
              let surnameData = try? BundledResources.data("names/surnames.tsv") else { return .empty }
        return NameLists(firstNamesTSV: String(decoding: firstData, as: UTF8.self),
                         surnamesTSV: String(decoding: surnameData, as: UTF8.self))
    }

    /// The entry for a folded first name.
    public func firstName(_ folded: String) -> FirstName? { first[folded] }

    /// The frequency bucket of a folded surname, 0 when unknown.
    public func surnameBucket(_ folded: String) -> Int { Int(surnames[folded] ?? 0) }

    /// The sex a first name tells with at least 90 % confidence.
    public func sex(ofFirstName folded: String) -> Person.Sex? {
        guard let f = first[folded] else { return nil }
        if f.maleShare >= 90 { return .male }
        if f.maleShare <= 10 { return .female }
        return nil
    }
}
