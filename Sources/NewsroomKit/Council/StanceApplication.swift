/// How stance signals become seats' stances: named members first, then groups expanded with the
/// year's roster, then "voted with" copies.
extension TallyBuilder {
    /// Applies stance signals to seats: named members, then groups. Returns the countries reported
    /// voting that did not sit on the Council that year.
    @discardableResult
    func apply(_ signals: [StanceSignal], to state: inout SeatStates, lists: [MentionList], mentions: [CouncilMention],
                       tokens: [CouncilToken], postVote: Bool, year: Int?, notes: inout [String]) -> Set<String> {
        var nonMembersVoting = Set<String>()
        let mentionsOfSentence = IndicesBySentence(mentions.map(\.sentence))
        // Countries named as actors in each sentence (for "the other 14 members").
        var namedInSentence: [Int: Set<Int>] = [:]
        for m in mentions where m.actor {
            if let c = m.country, let k = state.index(of: c, holder: m.holder) { namedInSentence[m.sentence, default: []].insert(k) }
        }
        // Members who vote as another ("Only East Germany stood with Moscow"): told, though their
        // stance is known only once the copies are applied, so "the 13 other members" are not they.
        var copying = Set<Int>()
        for signal in signals where signal.copyOf != nil && signal.stage == .vote {
            for m in lists[signal.list].members where mentions[m].actor {
                if let c = mentions[m].country, let k = state.index(of: c, holder: mentions[m].holder) { copying.insert(k) }
            }
        }
        // Named members first, then groups, so that "the others" see who was named.
        let ordered = signals.sorted { a, b in
            let ga = lists[a.list].members.contains { mentions[$0].group != nil }
            let gb = lists[b.list].members.contains { mentions[$0].group != nil }
            return ga == gb ? a.token < b.token : !ga
        }
        for signal in ordered where signal.copyOf == nil {
            var veto = signal.veto
            var stage = signal.stage
            if signal.vetoNoun {
                let threat = sentenceHasThreat(tokens, aroundToken: signal.token)
                let killed = sentenceHas(tokens, aroundToken: signal.token, ["killed", "sank", "scuttled", "torpedoed", "doomed", "defeated", "blocked", "felled"])
                if (postVote || killed) && !threat { veto = .cast; stage = .vote } else { veto = .threatened; stage = .prevote }
            }
            let priority = stage == .vote ? max(signal.priority, 3) : min(signal.priority, 1)
            for m in lists[signal.list].members where mentions[m].actor {
                let mention = mentions[m]
                if signal.vetoWithheld, mention.country == nil { continue }
                if let country = mention.country {
                    if signal.vetoWithheld {
                        if let k = state.index(of: country, holder: mention.holder) { state.vetoWithheld[k] = true }
                        continue
                    }
                    guard let k = state.index(of: country, holder: mention.holder) else {
                        if stage == .vote, let year, RosterDerivation.regions[country] != nil || CouncilYear.permanentNames.contains(country) {
                            notes.append("\(country) is reported voting but did not sit on the Council in \(year).")
                            nonMembersVoting.insert(country)
                        }
                        continue
                    }
                    state.offer(k, stance: signal.stance, priority: signal.conditional ? 0 : priority, evidence: signal.evidence,
                                token: signal.token, stage: stage, absent: signal.absence)
                    // (A conditional threat whose member is given another stance threatens nothing.)
                    if veto == .threatened, state.seats[k].permanent, !signal.conditional || state.best[k].stance == signal.stance {
                        state.threatened[k] = true
                    }
                } else if let group = mention.group {
                    // "The other 14 council members, with the exception of Bulgaria, have said they back …": the
                    // excepted members are not in the group, and its count leaves them out.
                    let excepted = exceptedMembers(after: mention, tokens: tokens, mentions: mentions, ofSentence: mentionsOfSentence, state: state)
                    let count = mention.groupCount.map { $0 - excepted.count }
                    let targets = expand(group, count: count, sentence: mention.sentence, state: state,
                                         named: (namedInSentence[mention.sentence] ?? []).union(excepted), stage: stage, stance: signal.stance,
                                         copying: copying, groupToken: signal.token, year: year).filter { !excepted.contains($0) }
                    if targets.isEmpty {
                        notes.append("A group (\(tokenText(tokens, mention))) could not be matched to the roster.")
                    }
                    for k in targets {
                        state.offer(k, stance: signal.stance, priority: stage == .vote ? 2 : priority, evidence: signal.evidence, token: signal.token, stage: stage)
                        if veto == .threatened, state.seats[k].permanent { state.threatened[k] = true }
                    }
                }
            }
        }
        return nonMembersVoting
    }

    /// "Rumania voted with the Soviet Union": applied once the others' votes are known.
    func applyCopies(_ signals: [StanceSignal], to state: inout SeatStates, lists: [MentionList], mentions: [CouncilMention]) {
        for signal in signals {
            guard let other = signal.copyOf else { continue }
            // The stance of the first member of the other list whose vote is known (a group counts too).
            var known: Stance?
            for m in lists[other].members where mentions[m].actor {
                var seats: [Int] = []
                if let c = mentions[m].country, let k = state.index(of: c, holder: mentions[m].holder) { seats = [k] }
                if let g = mentions[m].group {
                    seats = expand(g, count: mentions[m].groupCount, sentence: mentions[m].sentence, state: state, named: [], stage: .vote, stance: .unknown)
                }
                if let k = seats.first(where: { state.best[$0].stance != .unknown }) { known = state.best[k].stance; break }
            }
            guard let stance = known else { continue }
            for m in lists[signal.list].members where mentions[m].actor {
                if let c = mentions[m].country, let j = state.index(of: c, holder: mentions[m].holder) {
                    state.offer(j, stance: stance, priority: signal.priority, evidence: signal.evidence, token: signal.token, stage: signal.stage)
                }
            }
        }
    }

    /// The members a group phrase excepts right after it: ", with the exception of Bulgaria,", ", except (for)
    /// Bulgaria and Ireland,", ", apart from …", ", save (for) …", ", other than …", ", excluding …" (up to the next comma).
    /// `ofSentence` holds the mentions of each sentence.
    func exceptedMembers(after mention: CouncilMention, tokens: [CouncilToken], mentions: [CouncilMention], ofSentence: IndicesBySentence,
                         state: SeatStates) -> Set<Int> {
        let s = mention.sentence
        func at(_ k: Int) -> String { k < tokens.count && tokens[k].sentence == s ? tokens[k].text : "" }
        var j = mention.endToken
        if at(j) == "," { j += 1 }
        if at(j) == "with", at(j + 1) == "the", at(j + 2) == "exception", at(j + 3) == "of" { j += 4 }
        else if ["except", "save"].contains(at(j)) { j += at(j + 1) == "for" ? 2 : 1 }
        else if at(j) == "apart", at(j + 1) == "from" { j += 2 }
        else if at(j) == "other", at(j + 1) == "than" { j += 2 }
        else if at(j) == "excluding" { j += 1 }
        else { return [] }
        var end = j
        while end < tokens.count, tokens[end].sentence == s, ![",", ";", ":", "."].contains(tokens[end].text), end < j + 12 { end += 1 }
        var out = Set<Int>()
        for m in ofSentence[s].map({ mentions[$0] }) where m.firstToken >= j && m.firstToken < end {
            if let c = m.country, let k = state.index(of: c, holder: m.holder) { out.insert(k) }
        }
        return out
    }

    func tokenText(_ tokens: [CouncilToken], _ m: CouncilMention) -> String {
        tokens[m.firstToken..<m.endToken].map(\.text).joined(separator: " ")
    }

    func sentenceHas(_ tokens: [CouncilToken], aroundToken i: Int, _ words: Set<String>) -> Bool {
        let s = tokens[i].sentence
        return (max(0, i - 12)..<min(tokens.count, i + 8)).contains { tokens[$0].sentence == s && words.contains(tokens[$0].text) }
    }

    func sentenceHasThreat(_ tokens: [CouncilToken], aroundToken i: Int) -> Bool {
        let s = tokens[i].sentence
        let lo = max(0, i - 12), hi = min(tokens.count, i + 8)
        let words: Set<String> = ["threat", "threats", "threatened", "threatening", "threatens", "would", "could", "might", "may",
                                  "possible", "possibility", "likely", "looming", "expected", "fear", "feared", "fears", "risk",
                                  "prospect", "avoid", "face", "faces", "facing", "certain", "will", "wield", "spectre", "specter"]
        return (lo..<hi).contains { tokens[$0].sentence == s && words.contains(tokens[$0].text) }
    }

    /// The seats a group phrase covers, when the roster makes it unambiguous.
    func expand(_ group: CouncilGroup, count: Int?, sentence: Int, state: SeatStates, named: Set<Int>, stage: CueStage,
                        stance: Stance, copying: Set<Int> = [], groupToken: Int? = nil, year: Int? = nil) -> [Int] {
        let seats = state.seats
        func fits(_ ks: [Int]) -> [Int]? { (count == nil || ks.count == count) && !ks.isEmpty ? ks : nil }
        switch group {
        case .permanent:
            return fits(seats.indices.filter { seats[$0].permanent }) ?? []
        case .otherPermanent:
            return seats.indices.filter { seats[$0].permanent && !named.contains($0) }
        case .western:
            return seats.indices.filter { ["United States", "United Kingdom", "France"].contains(seats[$0].name) }
        case .elected:
            return fits(seats.indices.filter { !seats[$0].permanent && seats[$0].region != "?" }) ?? []
        case .all:
            return fits(Array(seats.indices)) ?? []
        case .region(let r):
            let elected = seats.indices.filter { !seats[$0].permanent && seats[$0].region == r }
            if r == "EU" {
                let withPermanent = seats.indices.filter { seats[$0].region == "EU" && !["Russia", "Soviet Union"].contains(seats[$0].name) }
                if let ks = fits(withPermanent) { return ks }
            }
            return fits(elected) ?? []
        case .europeanUnion(let excludingNamed):
            guard let year else { return [] }
            return fits(seats.indices.filter { EuropeanUnion.isMember(seats[$0].name, year: year) && !(excludingNamed && named.contains($0)) }) ?? []
        case .named(let countries):
            return countries.compactMap { state.index(of: $0, holder: nil) }
        case .others:
            // Those without a stance of this stage yet, else those not named in the sentence.
            let open = seats.indices.filter { (state.best[$0].stage != stage || state.best[$0].stance == .unknown) && !copying.contains($0) }
            if let ks = fits(open) { return ks }
            // "the remaining 11 members, including Britain, France and Germany, abstained".
            if let ks = fits(seats.indices.filter { open.contains($0) || state.best[$0].stage == stage && state.best[$0].stance == stance }) { return ks }
            // "Panama and Romania abstained. The other seven members, including the Soviet Union and China,
            // refused to take part": those without a stance and the ones the sentence names with this one
            // (not members of the same stance told in another sentence).
            if let ks = fits(seats.indices.filter { open.contains($0) || named.contains($0) && state.best[$0].stage == stage && state.best[$0].stance == stance }) { return ks }
            if let ks = fits(open.filter { !named.contains($0) }) { return ks }
            // ("The other 14 council members, with the exception of Bulgaria, have said they back …" with Britain and France
            // given a position only later in the story: "other" looks back, so a stance told after the group is open too.)
            if let groupToken, let ks = fits(seats.indices.filter { !named.contains($0) && (open.contains($0) || state.best[$0].token > groupToken) }) {
                return ks
            }
            // ("Only Poland supported the Soviet Union. The other nine members, including Britain, …, voted against it":
            // the others are those not told another stance before the group, whatever its stage.)
            if let groupToken, let ks = fits(seats.indices.filter {
                !copying.contains($0) && !(state.best[$0].stance != .unknown && state.best[$0].stance != stance && state.best[$0].token < groupToken)
            }) { return ks }
            let rest = seats.indices.filter { !named.contains($0) }
            if let ks = fits(rest) { return ks }
            // "drew support from only one other member, … Russia and China opposed it, and the other eleven
            // council members, among them Britain, France and Germany, abstained": the members with no
            // stance yet and those the sentence gives this one.
            return fits(seats.indices.filter { state.best[$0].stance == .unknown || state.best[$0].stance == stance && state.best[$0].stage == stage }) ?? []
        }
    }
}
