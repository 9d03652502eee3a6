/// Positions held "on principle" or "in principle": a view of a kind of action, weaker than a stated vote.
extension StanceReader {
    /// Whether the cue from `cueStart` to `cueEnd` is told "on principle" or "in principle", right after it (a comma
    /// may stand between: "objects, on principle, to …") or right before it ("in principle opposes"): "Brazil and
    /// China have signalled that they will abstain. … Beijing objects on principle to military intervention". Such
    /// a position yields to a stated vote for the same member, as a weak cue does (alone, it stands).
    static func heldOnPrinciple(_ tokens: [CouncilToken], cueStart: Int, cueEnd: Int) -> Bool {
        guard cueStart < tokens.count else { return false }
        let s = tokens[cueStart].sentence
        func word(_ k: Int) -> String { k >= 0 && k < tokens.count && tokens[k].sentence == s ? tokens[k].text : "" }
        var k = cueEnd
        if word(k) == "," { k += 1 }
        if ["on", "in"].contains(word(k)), word(k + 1) == "principle" { return true }
        return ["on", "in"].contains(word(cueStart - 2)) && word(cueStart - 1) == "principle"
    }
}
