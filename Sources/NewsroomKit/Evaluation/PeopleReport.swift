/// Formats people scores for the evaluation and training commands.
public enum PeopleReport {
    /// One line: P/R/F1 with counts, and linking scores when there are chains.
    public static func line(_ name: String, _ s: PeopleScores) -> String {
        var out = "\(name): person P \(f3(s.precision)) R \(f3(s.recall)) F1 \(f3(s.f1))"
            + " (tp \(s.truePositives), fp \(s.falsePositives), fn \(s.falseNegatives); \(s.documents) docs)"
        if s.linkGold > 0 {
            out += "; linking: mentions found \(f3(s.mentionsFound)) (\(s.linkFound)/\(s.linkGold)),"
                + " B3 P \(f3(s.b3Precision)) R \(f3(s.b3Recall)) F1 \(f3(s.b3F1))"
        }
        return out
    }

    /// A number with three decimals.
    public static func f3(_ x: Double) -> String {
        let v = Int((x * 1000).rounded())
        let whole = v / 1000
        let frac = String(v % 1000)
        return "\(whole)." + String(repeating: "0", count: 3 - frac.count) + frac
    }
}
