/// The voting rules of Article 27 of the UN Charter, applied to a tally.
///
/// A substantive decision needs `needed` affirmative votes (9 of 15; 7 of 11 before 1966) and no
/// negative vote of a permanent member. A permanent member's abstention (or absence) is not a veto.
/// A draft with fewer affirmative votes than needed fails for that reason, whatever the permanent
/// members did. Procedural decisions need the same number of votes but cannot be vetoed.
public enum Article27 {
    /// Outcome words used in `Tally.outcome`.
    public enum Outcome {
        public static let adopted = "adopted"
        public static let vetoed = "vetoed"
        public static let failed = "failed to obtain the required number of votes"
        public static let blocked = "blocked by a threatened veto"
        public static let likely = "likely to pass"
        public static let undetermined = "undetermined"
        /// "short of the 9 votes needed".
        public static func short(_ needed: Int) -> String { "short of the \(needed) votes needed" }
    }

    /// What the rules make of a recorded vote.
    /// - Parameters:
    ///   - yes: affirmative votes (reported, or counted when every member is known); nil if unknown.
    ///   - permanentAgainst: permanent members that voted no.
    ///   - needed: affirmative votes needed.
    ///   - procedural: whether the vote is procedural.
    ///   - textSaysAdopted / textSaysNotAdopted: what the article calls the result, used when the numbers are missing.
    public static func recordedOutcome(yes: Int?, permanentAgainst: [String], needed: Int, procedural: Bool,
                                       textSaysAdopted: Bool, textSaysNotAdopted: Bool) -> String {
        if let yes {
            if yes < needed { return Outcome.failed }
            if !procedural, !permanentAgainst.isEmpty { return Outcome.vetoed }
            return Outcome.adopted
        }
        if !procedural, !permanentAgainst.isEmpty { return Outcome.vetoed }
        if textSaysAdopted, !textSaysNotAdopted { return Outcome.adopted }
        if textSaysNotAdopted { return Outcome.failed }
        return Outcome.undetermined
    }

    /// What the positions before a vote make likely.
    /// - Parameters:
    ///   - vetoThreatened: a permanent member threatens a veto.
    ///   - forCount / possible: members for, and members not against or abstaining (for, undecided, unknown).
    ///   - shortSaid: the text says the sponsors lack the votes (with the number it names, if any).
    ///   - likelySaid: the text says the draft is expected to pass.
    public static func expectedOutcome(vetoThreatened: Bool, forCount: Int, possible: Int, needed: Int,
                                       shortSaid: (said: Bool, votes: Int?), likelySaid: Bool) -> String {
        // A draft that cannot reach the votes needed fails for that reason, whatever a permanent member threatens.
        if possible < needed { return Outcome.short(needed) }
        if vetoThreatened { return Outcome.blocked }
        if shortSaid.said, (shortSaid.votes ?? needed) <= needed { return Outcome.short(needed) }
        if forCount >= needed || likelySaid { return Outcome.likely }
        return Outcome.undetermined
    }
}
