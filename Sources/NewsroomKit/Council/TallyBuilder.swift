/// Reads an article about a UN Security Council decision into a vote tally.
///
/// The pipeline, all linear in the text: tokens and sentences → which body each sentence speaks
/// of (no tally for a General Assembly, Human Rights Council or parliament vote, nor for a passing
/// mention) → country names, capitals, government adjectives and groups → stance phrases and vote
/// totals → the year (the article's date, else inferred) and that year's roster → every seat's
/// stance (named evidence first, then groups, then what the totals leave) → Article 27 → outcome.
public struct TallyBuilder: Sendable {
    private let roster: CouncilRoster

    /// Creates a builder with the bundled roster.
    public init() { self.roster = CouncilRoster.bundled }

    /// Creates a builder with a given roster (tests).
    init(roster: CouncilRoster) { self.roster = roster }

    /// The tally for `article`, or nil when it is not about a Security Council decision.
    /// `text` is `article.text` as scalars.
    public func tally(for article: Article, text: ScalarText) -> Tally? {
        let (tokens, sentenceCount) = CouncilTokenizer.tokenize(text.scalars)
        guard !tokens.isEmpty else { return nil }
        let headline = CouncilTokenizer.tokenize(Array(article.headline.unicodeScalars)).tokens
        let relevance = CouncilRelevance(tokens: tokens, sentences: sentenceCount, headline: headline)
        guard relevance.isCouncilDecision else { return nil }
        let readable = relevance.readable

        let mentions = CouncilMentionFinder.mentions(in: tokens)
        let lists = CouncilMentionFinder.lists(mentions, tokens: tokens)
        let dated = CouncilYear.fromDate(article)
        var signals = StanceReader(tokens: tokens, mentions: mentions, lists: lists, readable: readable,
                                   articleYear: dated?.year).signals()
        let reported = VoteCountReader(tokens: tokens, lists: lists, mentions: mentions, readable: readable).read()
        signals.append(contentsOf: reported.listed)

        // The year, then the roster.
        var voting = Set<String>()
        for s in signals {
            for m in lists[s.list].members where mentions[m].actor { if let c = mentions[m].country { voting.insert(c) } }
        }
        let namedYears = tokens.compactMap { t -> Int? in
            guard t.kind == .number, t.text.count == 4, let y = t.number, y >= 1946, y <= 2026 else { return nil }
            return y
        }
        let year = dated?.year ?? CouncilYear.infer(voting: voting, namedYears: namedYears, roster: roster)
        let seats = seatsFor(year: year, monthDay: dated?.monthDay, voting: voting, mentions: mentions)
        let needed = year.map(CouncilRoster.votesNeeded) ?? 9
        let phrases = DecisionPhrases(tokens: tokens, readable: readable, needed: needed)

        // An article that names no body at all is read only when it gives members' stances.
        if relevance.unattributedOnly, signals.count < 2, !(signals.count == 1 && reported.hasTotals) { return nil }
        guard !signals.isEmpty || reported.hasTotals || phrases.saysAdopted != nil || phrases.saysNotAdopted != nil
            || phrases.saysShort != nil || phrases.saysLikely != nil else { return nil }

        var notes: [String] = []
        let postVote = phrases.voteTookPlace || reported.hasTotals || signals.contains { $0.stage == .vote }
        var state = SeatStates(seats: seats)
        apply(signals, to: &state, lists: lists, mentions: mentions, tokens: tokens, postVote: postVote, year: year, notes: &notes)
        if reported.unanimous, let evidence = reported.evidence {
            for k in seats.indices { state.offer(k, stance: .for, priority: 2, evidence: evidence, token: 0, stage: .vote) }
        }
        applyCopies(signals, to: &state, lists: lists, mentions: mentions)
        let totals = eliminate(reported: reported, state: &state, notes: &notes)

        // Article 27.
        var members: [TallyMember] = []
        var permanentAgainst: [String] = []
        var vetoThreatened = false
        for (k, seat) in seats.enumerated() {
            let s = state.best[k]
            var veto = Veto.none
            if seat.permanent {
                if postVote, s.stage == .vote, s.stance == .against { permanentAgainst.append(seat.name) }
                // Before the vote, a permanent member against the draft threatens its veto.
                if !postVote, s.stance == .against || state.threatened[k] && s.stance == .unknown { veto = .threatened; vetoThreatened = true }
            }
            members.append(TallyMember(name: seat.name, permanent: seat.permanent,
                                       stance: s.stance == .against && !postVote && state.threatened[k] ? .against : s.stance,
                                       veto: veto, evidence: s.stance == .unknown ? nil : s.evidence))
        }
        let counts = TallyCounts(members: members)
        var outcome: String
        if postVote {
            var yes = totals.yes ?? (counts.unknown == 0 && counts.undecided == 0 ? counts.for : nil)
            var yesWords = yes.map { "with \($0) votes in favour" }
            // Without totals: a draft that cannot have reached the number needed failed for that reason.
            if yes == nil, counts.for + counts.unknown + counts.undecided < needed {
                yes = counts.for
                yesWords = "with at most \(counts.for + counts.unknown + counts.undecided) votes in favour"
            }
            outcome = Article27.recordedOutcome(
                yes: yes, permanentAgainst: permanentAgainst, needed: needed, procedural: phrases.procedural,
                textSaysAdopted: phrases.saysAdopted != nil || reported.unanimous, textSaysNotAdopted: phrases.saysNotAdopted != nil)
            if outcome == Article27.Outcome.vetoed {
                for (k, m) in members.enumerated() where m.permanent && permanentAgainst.contains(m.name) { members[k].veto = .cast }
            }
            if let yes, yes < needed, !permanentAgainst.isEmpty, let yesWords {
                notes.append("\(permanentAgainst.joined(separator: ", ")) voted against, but \(yesWords) the draft had already failed to reach the \(needed) needed: not a veto.")
            }
            if phrases.procedural, !permanentAgainst.isEmpty, outcome == Article27.Outcome.adopted {
                notes.append("A procedural vote: the negative votes of \(permanentAgainst.joined(separator: " and ")) are not vetoes.")
            }
            if phrases.saysAdopted != nil, phrases.saysNotAdopted == nil, outcome != Article27.Outcome.adopted, outcome != Article27.Outcome.undetermined {
                notes.append("The text says the draft was adopted, but the votes it reports give: \(outcome).")
            }
            if phrases.saysNotAdopted != nil, phrases.saysAdopted == nil, outcome == Article27.Outcome.adopted {
                notes.append("The text says the draft was not adopted, but the votes it reports give: adopted.")
            }
        } else {
            outcome = Article27.expectedOutcome(
                vetoThreatened: vetoThreatened, forCount: counts.for, possible: counts.for + counts.undecided + counts.unknown,
                needed: needed, shortSaid: (phrases.saysShort != nil, phrases.saysShort?.votes), likelySaid: phrases.saysLikely != nil)
        }
        if totals.disagree { outcome += "; reported totals disagree with the named members" }
        if year == nil { notes.append("The year could not be decided: only the permanent members are known; the elected seats are unidentified.") }

        return Tally(
            year: year, yearInferred: dated == nil && year != nil,
            draft: DraftDescription.describe(tokens: tokens, text: text, mentions: mentions, readable: readable, seats: seats, postVote: postVote),
            needed: needed,
            sponsorTarget: postVote ? nil : phrases.sponsorTarget,
            members: members, outcome: outcome, notes: notes)
    }

    /// The seats of `year` (on `monthDay` if known); without a year, the permanent members
    /// (the Soviet Union if the text names it) and unidentified elected seats.
    private func seatsFor(year: Int?, monthDay: String?, voting: Set<String>, mentions: [CouncilMention]) -> [CouncilSeat] {
        if let year, !roster.members(year: year, monthDay: monthDay).isEmpty {
            return roster.members(year: year, monthDay: monthDay)
        }
        let soviet = mentions.contains { $0.country == "Soviet Union" }
        var seats = [
            CouncilSeat(name: "China", official: "China", permanent: true, region: "AS"),
            CouncilSeat(name: "France", official: "France", permanent: true, region: "EU"),
            soviet ? CouncilSeat(name: "Soviet Union", official: "Union of Soviet Socialist Republics", permanent: true, region: "EU")
                : CouncilSeat(name: "Russia", official: "Russian Federation", permanent: true, region: "EU"),
            CouncilSeat(name: "United Kingdom", official: "United Kingdom of Great Britain and Northern Ireland", permanent: true, region: "EU"),
            CouncilSeat(name: "United States", official: "United States of America", permanent: true, region: "NA"),
        ]
        // Elected countries the text gives a stance, then unidentified seats up to 15.
        let elected = voting.subtracting(CouncilYear.permanentNames).filter { RosterDerivation.regions[$0] != nil }.sorted()
        for name in elected.prefix(10) {
            seats.append(CouncilSeat(name: name, official: name, permanent: false, region: RosterDerivation.regions[name] ?? "?"))
        }
        while seats.count < 15 {
            seats.append(CouncilSeat(name: "unidentified elected member \(seats.count - 4)", official: "", permanent: false, region: "?"))
        }
        return seats
    }

    /// Applies stance signals to seats: named members, then groups.
    private func apply(_ signals: [StanceSignal], to state: inout SeatStates, lists: [MentionList], mentions: [CouncilMention],
                       tokens: [CouncilToken], postVote: Bool, year: Int?, notes: inout [String]) {
        // Countries named as actors in each sentence (for "the other 14 members").
        var namedInSentence: [Int: Set<Int>] = [:]
        for m in mentions where m.actor {
            if let c = m.country, let k = state.index(of: c, holder: m.holder) { namedInSentence[m.sentence, default: []].insert(k) }
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
                if postVote && !threat { veto = .cast; stage = .vote } else { veto = .threatened; stage = .prevote }
            }
            let priority = stage == .vote ? max(signal.priority, 3) : min(signal.priority, 1)
            for m in lists[signal.list].members where mentions[m].actor {
                let mention = mentions[m]
                if let country = mention.country {
                    guard let k = state.index(of: country, holder: mention.holder) else {
                        if stage == .vote, let year, RosterDerivation.regions[country] != nil || CouncilYear.permanentNames.contains(country) {
                            notes.append("\(country) is reported voting but did not sit on the Council in \(year).")
                        }
                        continue
                    }
                    state.offer(k, stance: signal.stance, priority: priority, evidence: signal.evidence, token: signal.token, stage: stage)
                    if veto == .threatened, state.seats[k].permanent { state.threatened[k] = true }
                } else if let group = mention.group {
                    let targets = expand(group, count: mention.groupCount, sentence: mention.sentence, state: state,
                                         named: namedInSentence[mention.sentence] ?? [], stage: stage, stance: signal.stance)
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
    }

    /// "Rumania voted with the Soviet Union": applied once the others' votes are known.
    private func applyCopies(_ signals: [StanceSignal], to state: inout SeatStates, lists: [MentionList], mentions: [CouncilMention]) {
        for signal in signals {
            guard let other = signal.copyOf,
                  let first = lists[other].members.first(where: { mentions[$0].actor && mentions[$0].country != nil }),
                  let k = state.index(of: mentions[first].country ?? "", holder: mentions[first].holder),
                  state.best[k].stance != .unknown else { continue }
            let stance = state.best[k].stance
            for m in lists[signal.list].members where mentions[m].actor {
                if let c = mentions[m].country, let j = state.index(of: c, holder: mentions[m].holder) {
                    state.offer(j, stance: stance, priority: 3, evidence: signal.evidence, token: signal.token, stage: .vote)
                }
            }
        }
    }

    private func tokenText(_ tokens: [CouncilToken], _ m: CouncilMention) -> String {
        tokens[m.firstToken..<m.endToken].map(\.text).joined(separator: " ")
    }

    private func sentenceHasThreat(_ tokens: [CouncilToken], aroundToken i: Int) -> Bool {
        let s = tokens[i].sentence
        let lo = max(0, i - 12), hi = min(tokens.count, i + 8)
        let words: Set<String> = ["threat", "threats", "threatened", "threatening", "threatens", "would", "could", "might", "may",
                                  "possible", "possibility", "likely", "looming", "expected", "fear", "feared", "fears", "risk",
                                  "prospect", "avoid", "face", "faces", "facing", "certain", "will", "wield", "spectre", "specter"]
        return (lo..<hi).contains { tokens[$0].sentence == s && words.contains(tokens[$0].text) }
    }

    /// The seats a group phrase covers, when the roster makes it unambiguous.
    private func expand(_ group: CouncilGroup, count: Int?, sentence: Int, state: SeatStates, named: Set<Int>, stage: CueStage,
                        stance: Stance) -> [Int] {
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
        case .others:
            // Those without a stance of this stage yet, else those not named in the sentence.
            let open = seats.indices.filter { state.best[$0].stage != stage || state.best[$0].stance == .unknown }
            if let ks = fits(open) { return ks }
            // "the remaining 11 members, including Britain, France and Germany, abstained".
            if let ks = fits(seats.indices.filter { open.contains($0) || state.best[$0].stage == stage && state.best[$0].stance == stance }) { return ks }
            if let ks = fits(open.filter { !named.contains($0) }) { return ks }
            let rest = seats.indices.filter { !named.contains($0) }
            return fits(rest) ?? []
        }
    }

    /// Totals after elimination, and whether the named members disagree with them.
    private struct Totals { var yes: Int?; var disagree: Bool }

    /// Fills the members the totals leave no doubt about ("13 in favour … 2 abstentions (China,
    /// Russian Federation)": the other 13 voted for), and notes any disagreement.
    private func eliminate(reported: ReportedVote, state: inout SeatStates, notes: inout [String]) -> Totals {
        let size = state.seats.count
        var yes = reported.yes, no = reported.no, abstain = reported.abstain
        if reported.unanimous, yes == nil { yes = size; no = 0; abstain = 0 }
        guard yes != nil || no != nil || abstain != nil else { return Totals(yes: nil, disagree: false) }
        let known = [yes, no, abstain].compactMap { $0 }
        if known.count == 2, known.reduce(0, +) <= size {
            let rest = size - known.reduce(0, +)
            if yes == nil { yes = rest } else if no == nil { no = rest } else { abstain = rest }
        }
        var disagree = false
        let reportedSum = (yes ?? 0) + (no ?? 0) + (abstain ?? 0)
        if reportedSum > size {
            notes.append("The reported totals add up to \(reportedSum), more than the Council's \(size) members.")
            disagree = true
        }
        func named(_ s: Stance) -> [Int] { state.seats.indices.filter { state.best[$0].stage == .vote && state.best[$0].stance == s } }
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
        } else if reportedSum == size, positive.reduce(0, { $0 + $1.1 }) != open.count {
            notes.append("The reported totals (\(yes ?? 0)-\(no ?? 0)-\(abstain ?? 0)) do not match the members the text names.")
            disagree = true
        }
        return Totals(yes: yes, disagree: disagree)
    }
}

/// Each seat's best-supported stance while a tally is read.
struct SeatStates {
    struct Best { var stance: Stance = .unknown; var priority = 0; var token = -1; var evidence: TextSpan?; var stage: CueStage = .prevote }
    let seats: [CouncilSeat]
    var best: [Best]
    var threatened: [Bool]

    init(seats: [CouncilSeat]) {
        self.seats = seats
        self.best = Array(repeating: Best(), count: seats.count)
        self.threatened = Array(repeating: false, count: seats.count)
    }

    /// The seat a country name refers to ("Russia" is the Soviet Union's seat before 1992).
    func index(of country: String, holder: ChinaHolder?) -> Int? {
        if let k = seats.firstIndex(where: { $0.key == country || $0.name == country }) {
            if country == "China", let holder {
                let isRepublic = seats[k].official == "Republic of China"
                if (holder == .republic) != isRepublic { return nil }
            }
            return k
        }
        if country == "Russia" { return seats.firstIndex { $0.name == "Soviet Union" } }
        return nil
    }

    /// Records a stance unless a stronger or later one of the same strength is there.
    mutating func offer(_ k: Int, stance: Stance, priority: Int, evidence: TextSpan, token: Int, stage: CueStage) {
        let b = best[k]
        // Positions before a vote: the latest wins (a change of mind). A recorded vote: the first
        // report wins (later sentences tend to speak of other votes).
        let later = priority >= 3 && b.stance != .unknown ? token < b.token : token >= b.token
        if priority > b.priority || (priority == b.priority && later) {
            // Before the vote, an "against" is not weakened by a later softer word of the same rank
            // unless it is a real change of mind; keep the latest, as the text tells it.
            best[k] = Best(stance: stance, priority: priority, token: token, evidence: evidence, stage: stage)
        }
    }
}
