/// The member states of the European Union (the European Communities before 1993) by year, for
/// "the council's European Union members" and "the council's EU members": a fact table, with the
/// roster's names.
enum EuropeanUnion {
    /// Each member state's roster name, the year it joined and the year it was no longer a member (if it left).
    /// (West Germany and Germany are one membership under the roster's two names; Czechoslovakia never joined.)
    private static let members: [(name: String, from: Int, until: Int?)] = [
        ("Belgium", 1958, nil), ("France", 1958, nil), ("West Germany", 1958, nil), ("Germany", 1958, nil),
        ("Italy", 1958, nil), ("Luxembourg", 1958, nil), ("Netherlands", 1958, nil),
        // The United Kingdom left on 31 January 2020.
        ("Denmark", 1973, nil), ("Ireland", 1973, nil), ("United Kingdom", 1973, 2020),
        ("Greece", 1981, nil), ("Spain", 1986, nil), ("Portugal", 1986, nil),
        ("Austria", 1995, nil), ("Finland", 1995, nil), ("Sweden", 1995, nil),
        ("Cyprus", 2004, nil), ("Czech Republic", 2004, nil), ("Estonia", 2004, nil), ("Hungary", 2004, nil),
        ("Latvia", 2004, nil), ("Lithuania", 2004, nil), ("Malta", 2004, nil), ("Poland", 2004, nil),
        ("Slovakia", 2004, nil), ("Slovenia", 2004, nil),
        ("Bulgaria", 2007, nil), ("Romania", 2007, nil), ("Croatia", 2013, nil),
    ]

    /// Whether the country of roster name `name` was a member state in `year`.
    static func isMember(_ name: String, year: Int) -> Bool {
        members.contains { $0.name == name && $0.from <= year && ($0.until.map { year < $0 } ?? true) }
    }
}
