/// What reported totals say about the members a story does not name.
extension TallyBuilder {
    /// Totals after elimination, and whether the named members disagree with them.
    struct Totals { var yes: Int?; var disagree: Bool }

    /// Fills the members the totals leave no doubt about ("13 in favour … 2 abstentions (China,
    /// Russian Federation)": the other 13 voted for), and notes any disagreement.
    func eliminate(reported: ReportedVote, state: inout SeatStates, notes: inout [String]) -> Totals {
        let size = state.seats.count
        var yes = reported.yes, no = reported.no, abstain = reported.abstain
        // "The Council rejected the Western resolution on Goa. The vote was 7 to 4. … was supported by Nationalist
        // China, Chile and Ecuador. Ceylon, Liberia and the United Arab Republic joined the Soviet Union in opposing
        // it": a rejection makes the larger number the noes only until the members named say otherwise (more
        // named for than the smaller number, and no more named against than it: a veto, not a defeat).
        if reported.noesFirstByRejection, let y = yes, let n = no, y < n {
            let namedFor = state.best.filter { $0.stance == .for }.count
            let namedAgainst = state.best.filter { $0.stance == .against }.count
            if namedFor > y, namedFor <= n, namedAgainst <= y { yes = n; no = y }
        }
        if reported.unanimous, yes == nil { yes = size; no = 0; abstain = 0 }
        guard yes != nil || no != nil || abstain != nil else { return Totals(yes: nil, disagree: false) }
        // Members that did not vote at all are in none of the totals.
        let absent = state.best.filter { $0.absent && $0.stage == .vote }.count
        let voting = size - absent
        let known = [yes, no, abstain].compactMap { $0 }
        if known.count == 2, known.reduce(0, +) <= voting {
            let rest = voting - known.reduce(0, +)
            if yes == nil { yes = rest } else if no == nil { no = rest } else { abstain = rest }
        }
        var disagree = false
        let reportedSum = (yes ?? 0) + (no ?? 0) + (abstain ?? 0)
        if reportedSum > size {
            notes.append("The reported totals add up to \(reportedSum), more than the Council's \(size) members.")
            disagree = true
        }
        func named(_ s: Stance) -> [Int] {
            state.seats.indices.filter { state.best[$0].stage == .vote && state.best[$0].stance == s && !state.best[$0].absent }
        }
        let categories: [(Stance, Int?, String)] = [(.for, yes, "in favour"), (.against, no, "against"), (.abstain, abstain, "abstaining")]
        var remaining: [(Stance, Int)] = []
        for (stance, total, words) in categories {
            guard let total else { continue }
            let n = named(stance).count
            if n > total {
                notes.append("The text reports \(total) \(words) but names \(n) members \(words).")
                disagree = true
            }
            remaining.append((stance, total - n))
        }
        var open = state.seats.indices.filter { state.best[$0].stage != .vote || state.best[$0].stance == .unknown }
        var positive = remaining.filter { $0.1 > 0 }
        guard !disagree, let evidence = reported.evidence else { return Totals(yes: yes, disagree: disagree) }
        // Members whose stated position before the vote fills a category exactly are taken to have
        // voted that way ("over the objections of China and Russia … 2 against").
        if positive.count > 1 {
            for (stance, left) in positive where stance != .for || positive.count == 1 {
                let matching = open.filter { state.best[$0].stance == stance }
                if matching.count == left, left > 0 {
                    for k in matching { state.offer(k, stance: stance, priority: 2, evidence: state.best[k].evidence ?? evidence, token: state.best[k].token, stage: .vote) }
                    open.removeAll { matching.contains($0) }
                    positive.removeAll { $0.0 == stance }
                }
            }
        }
        if positive.count == 1, positive[0].1 == open.count {
            for k in open { state.offer(k, stance: positive[0].0, priority: 2, evidence: evidence, token: 0, stage: .vote) }
        } else if reportedSum == voting, positive.reduce(0, { $0 + $1.1 }) != open.count {
            notes.append("The reported totals (\(yes ?? 0)-\(no ?? 0)-\(abstain ?? 0)) do not match the members the text names.")
            disagree = true
        }
        return Totals(yes: yes, disagree: disagree)
    }
}
