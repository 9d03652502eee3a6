/// Rules of the ninth round (people10), fitted on newswire (the blind newswire set 1 at first
/// contact) and checked on the older newswire set and the training part out of fold:
///
/// - a name after a vessel prefix in capitals ("MV Alan Kurdi") is the ship's, that mention
///   only (the person the ship is named after stays a person elsewhere);
extension PersonRules {
    /// Prefixes of merchant and passenger ships ("MV Alan Kurdi"): the name after one, written
    /// in capitals, is the ship's; its other mentions may be the person it is named after.
    static let vesselPrefixes: WordSet = ["mv", "mts", "mt"]

    /// Whether the mention at `range` is a ship's name after a vessel prefix in capitals
    /// ("MV Alan Kurdi"); the ship's name does not make the person it honours a thing elsewhere.
    func isAfterVesselPrefix(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        let k = range.lowerBound - 1
        return k >= 0 && !t.tokens[range.lowerBound].followsNewline && Self.vesselPrefixes.contains(t.folded[k]) && t.isAllCaps(k)
    }
}
