import Foundation

/// One seat holder of the Security Council in one year.
public struct CouncilSeat: Sendable, Hashable {
    /// The short common name shown in the tally ("Russia", "China", "Viet Nam").
    public var name: String
    /// The name the UN uses ("Russian Federation", "People's Republic of China").
    public var official: String
    /// Whether the seat is permanent.
    public var permanent: Bool
    /// Region code: AF, AS, EU, LA, NA, OC.
    public var region: String
    /// First day of the year the holder sat ("10-25"), nil for the whole year.
    public var from: String?
    /// Last day of the year the holder sat ("10-24"), nil for the whole year.
    public var until: String?

    /// The key country names are matched on: the short name for a permanent seat, the UN name
    /// without qualifiers for an elected one ("Syrian Arab Republic", "Sri Lanka") — the same
    /// in every year, whatever the country was called then.
    public var key: String { permanent ? name : RosterDerivation.commonName(official: official) }

    /// Whether the holder sat on `monthDay` ("MM-DD"); with nil, whether it sat at the start of the year.
    func sits(on monthDay: String?) -> Bool {
        let day = monthDay ?? "01-01"
        if let from, day < from { return false }
        if let until, day > until { return false }
        return true
    }
}

/// The Council's membership for every year 1946–2026, read once from the bundled
/// `Resources/council/roster.tsv` (derived by `newsroom-train roster`).
public struct CouncilRoster: Sendable {
    /// Seat holders by year, each with the part of the year it sat.
    public let seatsByYear: [Int: [CouncilSeat]]

    /// The bundled roster (empty if the resource is missing, which the tests catch).
    public static let bundled: CouncilRoster = {
        guard let data = try? BundledResources.data("council/roster.tsv"),
              let text = String(data: data, encoding: .utf8) else { return CouncilRoster(seatsByYear: [:]) }
        return CouncilRoster(tsv: text)
    }()

    /// Creates a roster from explicit seats.
    public init(seatsByYear: [Int: [CouncilSeat]]) {
        self.seatsByYear = seatsByYear
        self.electedNames = Self.electedNames(seatsByYear)
    }

    /// Per year, the shown names and keys of the elected members (for `isElected`).
    private let electedNames: [Int: Set<String>]

    private static func electedNames(_ seatsByYear: [Int: [CouncilSeat]]) -> [Int: Set<String>] {
        var out: [Int: Set<String>] = [:]
        for (year, seats) in seatsByYear {
            var names = Set<String>()
            for seat in seats where !seat.permanent { names.insert(seat.name); names.insert(seat.key) }
            out[year] = names
        }
        return out
    }

    /// Parses the TSV table (`year name seat official region from until`, `#` comments).
    public init(tsv: String) {
        var out: [Int: [CouncilSeat]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 5, let year = Int(cells[0]) else { continue }
            let from = cells.count > 5 && !cells[5].isEmpty ? cells[5] : nil
            let until = cells.count > 6 && !cells[6].isEmpty ? cells[6] : nil
            out[year, default: []].append(CouncilSeat(
                name: cells[1], official: cells[3], permanent: cells[2] == "P", region: cells[4], from: from, until: until))
        }
        self.seatsByYear = out
        self.electedNames = Self.electedNames(out)
    }

    /// The years the roster covers.
    public var years: ClosedRange<Int>? {
        guard let lo = seatsByYear.keys.min(), let hi = seatsByYear.keys.max() else { return nil }
        return lo...hi
    }

    /// The members sitting in `year`: permanent members first (China, France, Russia or the Soviet
    /// Union, United Kingdom, United States), then the elected members alphabetically.
    /// `monthDay` ("MM-DD") picks the holder of a seat that changed hands during the year
    /// (China in 1971, the Soviet Union/Russia in 1991); without it the holder on 1 January is shown.
    public func members(year: Int, monthDay: String? = nil) -> [CouncilSeat] {
        (seatsByYear[year] ?? []).filter { $0.sits(on: monthDay) }
    }

    /// Whether a country (by shown name or key) was an elected member in `year`.
    public func isElected(_ name: String, in year: Int) -> Bool {
        electedNames[year]?.contains(name) ?? false
    }

    /// Affirmative votes needed to adopt a substantive decision: 7 of 11 until 1965, 9 of 15 after.
    public static func votesNeeded(year: Int) -> Int { year < 1966 ? 7 : 9 }

    /// Number of seats: 11 until 1965, 15 after.
    public static func size(year: Int) -> Int { year < 1966 ? 11 : 15 }
}
