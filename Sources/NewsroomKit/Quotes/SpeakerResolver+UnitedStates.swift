/// "the U.S. Geological Survey" after "the United States Geological Survey (USGS)": an
/// organisation written with "U.S." is named as the article spelled it out.
extension SpeakerResolver {
    /// The name with "U.S." written "United States" (and no leading "the"), when the article
    /// writes the name so; nil otherwise.
    mutating func unitedStatesSpelledOut(_ name: String) -> String? {
        guard name.contains("U.S. ") else { return nil }
        var fuller = name.replacingOccurrences(of: "U.S. ", with: "United States ")
        if fuller.hasPrefix("the ") || fuller.hasPrefix("The ") { fuller.removeFirst(4) }
        // At least one word after "United States" ("the U.S. said" stays as written).
        guard let r = fuller.range(of: "United States "), r.upperBound < fuller.endIndex else { return nil }
        return articleWrites(fuller) ? fuller : nil
    }

    /// Whether the article writes `name` (as `String.contains` finds it), a name holding "United
    /// States ": looked for only in the lines that can hold it (`UnitedStatesLines`), once per name.
    private mutating func articleWrites(_ name: String) -> Bool {
        if let known = spelledOutWritten[name] { return known }
        if unitedStatesLines == nil { unitedStatesLines = UnitedStatesLines(scan.scalars) }
        let written: Bool
        if let lines = unitedStatesLines?.lines(mayHolding: name) {
            written = lines.contains { scan.string($0.lowerBound, $0.upperBound).contains(name) }
        } else {
            written = articleText.contains(name)
        }
        spelledOutWritten[name] = written
        return written
    }

    /// The whole text of the article.
    var articleText: String { scan.string(0, scan.scalars.count) }
}
