/// Members named among the votes a side counts before the vote: "British officials said they had at least 10 firm
/// votes among the other members, including Canada, Argentina, Slovenia, Brazil, Gabon and Namibia".
extension StanceReader {
    /// Verbs by which a side holds a count of votes it claims ("had at least 10 firm votes", "has lined up 11 votes").
    private static let holdingVerbs: Set<String> = [
        "has", "have", "had", "having", "counted", "counts", "count", "secured", "lined", "commands", "command",
        "claimed", "claims", "claim", "holds", "held", "gathered", "mustered", "boasts", "rallied",
    ]
    /// Words that make the count a want, a doubt or a shortfall, not votes held ("needs nine votes, including …").
    private static let notHeld: Set<String> = [
        "not", "n't", "no", "without", "lacks", "lack", "lacked", "short", "need", "needs", "needed", "fewer", "less",
        "if", "unless", "whether", "hoped", "hopes", "hoping", "wants", "wanted", "seeks", "seeking", "sought",
    ]

    /// For each "N (firm/solid …) votes" held by a side before the vote, followed in its sentence by ", including X,
    /// Y and Z" or "among them X …": X, Y and Z are for the text (a position before the vote).
    func countedSupportSignals() -> [StanceSignal] {
        var out: [StanceSignal] = []
        // From each count (a number token: far fewer than words), "votes" up to two words after it ("10 firm votes",
        // "nine solid votes").
        for n in tokens.indices where tokens[n].number != nil {
            guard let count = tokens[n].number, (1...15).contains(count) else { continue }
            let s = tokens[n].sentence
            func inSentence(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].sentence == s }
            guard let v = (n + 1..<min(tokens.count, n + 4)).first(where: { inSentence($0) && tokens[$0].text == "votes" }),
                  readable.reads(v, sentence: s) else { continue }
            // The holding verb, a few words before the count ("had at least 10", "has lined up 11").
            let before = (max(0, n - 5)..<n).filter(inSentence)
            guard before.contains(where: { Self.holdingVerbs.contains(tokens[$0].text) }),
                  !before.contains(where: { Self.notHeld.contains(tokens[$0].text) }) else { continue }
            // ", including" or "among them" within a few words after "votes".
            var k = v + 1
            var start: Int?
            while k < min(tokens.count, v + 8), inSentence(k) {
                if tokens[k].text == "including", tokens[k - 1].text == "," { start = k + 1; break }
                if tokens[k].text == "among", inSentence(k + 1), ["them", "whom"].contains(tokens[k + 1].text) { start = k + 2; break }
                if [".", ";", ":"].contains(tokens[k].text) { break }
                k += 1
            }
            guard var first = start, inSentence(first) else { continue }
            if tokens[first].text == "the", listStartingAt[first] < 0 { first += 1 }
            guard first < tokens.count, listStartingAt[first] >= 0, hasActor(lists[listStartingAt[first]]) else { continue }
            let list = listStartingAt[first]
            out.append(StanceSignal(list: list, stance: .for, veto: .none, stage: .prevote, priority: 1,
                                    evidence: TextSpan(start: tokens[n].start, end: lists[list].span.end), token: n))
        }
        return out
    }
}
