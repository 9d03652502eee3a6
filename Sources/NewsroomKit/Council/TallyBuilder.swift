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
        let dated = CouncilYear.fromDate(article)
        // The Security Council first met in January 1946: a story dated before cannot be about it.
        if let year = dated?.year, year < 1946 { return nil }
        let relevance = CouncilRelevance(tokens: tokens, sentences: sentenceCount, headline: headline, articleYear: dated?.year,
                                         articleMonth: dated?.monthDay.flatMap { Int($0.prefix(2)) })
        guard relevance.isCouncilDecision else { return nil }
        // An obituary recalls its subject's votes; it reports no decision of its own.
        if CouncilGenre.isObituary(headline: headline, tokens: tokens) { return nil }
        let readable = relevance.readable

        let mentions = CouncilMentionFinder.mentions(in: tokens)
        let lists = CouncilMentionFinder.lists(mentions, tokens: tokens)
        let reader = StanceReader(tokens: tokens, mentions: mentions, lists: lists, readable: readable,
                                  articleYear: dated?.year, articleMonth: dated?.monthDay.flatMap { Int($0.prefix(2)) },
                                  articleDay: dated?.monthDay.flatMap { Int($0.suffix(2)) })
        var signals = reader.signals()
        signals.append(contentsOf: reader.countedSupportSignals())
        let reported = VoteCountReader(tokens: tokens, lists: lists, mentions: mentions, readable: readable).read()
        signals.append(contentsOf: reported.listed)
        // An opinion piece argues about the Council; only a vote it records with totals is a tally.
        if relevance.isOpinion, !reported.hasTotals { return nil }

        // The year, then the roster.
        var voting = Set<String>()
        for s in signals {
            for m in lists[s.list].members where mentions[m].actor { if let c = mentions[m].country { voting.insert(c) } }
        }
        // "was vetoed in August last year, only six months after … February 1948": a year named in a
        // sentence that speaks of "last year" is the year before the story's.
        var lastYearSentences = Set<Int>()
        for k in tokens.indices.dropFirst() where tokens[k].text == "year" && tokens[k - 1].text == "last" { lastYearSentences.insert(tokens[k].sentence) }
        // ("the Arab territories occupied since 1967": a year after "since" starts a span that runs to the story; it is
        // not the story's year.)
        let namedYears = tokens.indices.compactMap { k -> Int? in
            let t = tokens[k]
            guard t.kind == .number, t.text.count == 4, let y = t.number, y >= 1946, y <= 2026, k == 0 || tokens[k - 1].text != "since" else { return nil }
            return lastYearSentences.contains(t.sentence) ? y + 1 : y
        }
        // The named years that close a full date ("Feb. 28, 1955") break a tie among them.
        let datedYears = (namedYears.count < 2 ? [] : tokens.indices.filter { CouncilYear.closesFullDate(tokens, at: $0) })
            .compactMap { k -> Int? in
                guard tokens[k].kind == .number, tokens[k].text.count == 4, let y = tokens[k].number, y >= 1946, y <= 2026 else { return nil }
                return lastYearSentences.contains(tokens[k].sentence) ? y + 1 : y
            }
        var year = dated?.year ?? CouncilYear.infer(voting: voting, namedYears: namedYears, datedYears: datedYears, roster: roster)
        // "The resolution was drafted by the eight nonaligned members of the Council, Guinea, India, …"
        // in an undated story whose vote is told only in totals ("voted 14-0"): when the members given
        // a stance decide nothing, the elected countries the story names at all decide, if at least
        // three of them sat together in one year only.
        if dated == nil, year == nil {
            // ("Israel and Egypt, which are not Council members, …": a sentence denying membership names none.)
            var denied = Set<Int>()
            for k in tokens.indices where ["member", "members", "non-member", "non-members", "nonmember", "nonmembers"].contains(tokens[k].text)
                && (tokens[k].text.hasPrefix("non") || (max(0, k - 3)..<k).contains { tokens[$0].sentence == tokens[k].sentence && tokens[$0].text == "not" }) {
                denied.insert(tokens[k].sentence)
            }
            let named = Set(mentions.filter { $0.actor && !denied.contains($0.sentence) }.compactMap(\.country))
            year = CouncilYear.infer(voting: named, namedYears: namedYears, datedYears: datedYears, roster: roster, minimumShared: 3)
        }
        let seats = seatsFor(year: year, monthDay: dated?.monthDay, voting: voting, mentions: mentions)
        // 9 of 15, or 7 of 11 before 1966; a year outside the roster is read with today's Council.
        let needed = seats.count == 11 ? 7 : 9
        let phrases = DecisionPhrases(tokens: tokens, readable: readable, needed: needed)

        // An article that names no body at all is read only when it gives members' stances.
        if relevance.unattributedOnly, signals.count < 2, !(signals.count == 1 && reported.hasTotals) { return nil }
        guard !signals.isEmpty || reported.hasTotals || phrases.saysAdopted != nil || phrases.saysNotAdopted != nil
            || phrases.saysVetoed != nil
            || phrases.saysShort != nil || phrases.saysLikely != nil else { return nil }

        // A feature recalling an earlier year's vote: no tally unless the story tells of a vote of its own
        // (one recorded, reported in totals, ahead, or expected to pass or fail).
        if relevance.recallsPastVote, !reported.hasTotals, !phrases.voteAhead, !phrases.voteTookPlace,
           phrases.saysLikely == nil, phrases.saysShort == nil, !signals.contains(where: { $0.stage == .vote }) { return nil }

        // "The vote … was 9 to 1 … Later the Council voted 10 to 1 … Because that decision was procedural, the
        // Soviet vote did not count as a veto": a ruling next to other totals than the story's vote is
        // about that other vote.
        var procedural = phrases.procedural
        if procedural, let at = phrases.proceduralAt, let yes = reported.yes, let no = reported.no,
           let other = Self.totalsNear(at, tokens: tokens), Set([other.0, other.1]) != Set([yes, no]) { procedural = false }

        var notes: [String] = []
        var state = SeatStates(seats: seats)
        // "The Haitian government has been boycotting talks", "… to remove Haiti's military leaders, … with nine
        // members committed to voting yes": a vote word told only of countries off that year's Council does not
        // make the story a recorded vote.
        let memberVoteSignal = signals.contains { signal in
            signal.stage == .vote && lists[signal.list].members.contains { m in
                guard let country = mentions[m].country else { return true }
                return state.index(of: country, holder: mentions[m].holder) != nil
            }
        }
        let voteReported = phrases.voteTookPlace || reported.hasTotals || memberVoteSignal
        let nonMembersVoting = apply(signals, to: &state, lists: lists, mentions: mentions, tokens: tokens, postVote: voteReported,
                                     year: year, notes: &notes)
        // "Hungary vetoed a European Union plan": a vote by a country that did not sit on the Council,
        // in a story that never names the Council, is another body's.
        if !relevance.namesCouncil, !nonMembersVoting.isEmpty { return nil }
        // "Mexico and Uruguay voted against, while the United States, Colombia and Brazil voted in
        // favour": when more countries off that year's Council are reported voting than members, the
        // vote is another body's (a regional organisation, an assembly), whatever "council" it names.
        let membersVoting = state.best.filter { $0.stage == .vote && $0.stance != .unknown }.count
        if nonMembersVoting.count >= 2, nonMembersVoting.count > membersVoting { return nil }
        // "A Russian veto killed the measure": a veto read as cast also tells that the vote took place.
        let postVote = voteReported || state.best.contains { $0.stage == .vote && $0.stance != .unknown }
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
                // After a vote, a permanent member reported only as against the draft ("Russia's lone vote
                // against sank the resolution") voted against it, unless the story says the draft was
                // adopted or its totals leave no negative vote.
                let againstOnRecord = s.stage == .vote
                    || (reported.no ?? 1) > 0 && !reported.unanimous && !(phrases.saysAdopted != nil && phrases.saysNotAdopted == nil)
                if postVote, againstOnRecord, s.stance == .against { permanentAgainst.append(seat.name) }
                // Before the vote, a permanent member against the draft threatens its veto.
                // ("China also opposes the draft, but Beijing has not said whether it would go as far as a veto":
                // not when the story says the member stops short of one, unless it threatens one elsewhere.)
                if !postVote, s.stance == .against && (!state.vetoWithheld[k] || state.threatened[k]) || state.threatened[k] && s.stance == .unknown {
                    veto = .threatened; vetoThreatened = true
                }
            }
            members.append(TallyMember(name: seat.name, permanent: seat.permanent,
                                       stance: s.stance == .against && !postVote && state.threatened[k] ? .against : s.stance,
                                       veto: veto, evidence: s.stance == .unknown ? nil : s.evidence))
        }
        let counts = TallyCounts(members: members)
        // Nothing about the draft's fate: no member's stance, no totals, no word on the result.
        if counts.unknown == members.count, !reported.hasTotals, phrases.saysAdopted == nil, phrases.saysNotAdopted == nil,
           phrases.saysVetoed == nil,
           phrases.saysShort == nil, phrases.saysLikely == nil { return nil }
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
                yes: yes, permanentAgainst: permanentAgainst, needed: needed, procedural: procedural,
                textSaysAdopted: phrases.saysAdopted != nil || reported.unanimous, textSaysNotAdopted: phrases.saysNotAdopted != nil)
            // "The resolution was vetoed" with no member named: the text's word decides.
            if outcome == Article27.Outcome.undetermined, phrases.saysVetoed != nil { outcome = Article27.Outcome.vetoed }
            if outcome == Article27.Outcome.vetoed {
                for (k, m) in members.enumerated() where m.permanent && permanentAgainst.contains(m.name) { members[k].veto = .cast }
            }
            if let yes, yes < needed, !permanentAgainst.isEmpty, let yesWords {
                notes.append("\(permanentAgainst.joined(separator: ", ")) voted against, but \(yesWords) the draft had already failed to reach the \(needed) needed: not a veto.")
            }
            if procedural, !permanentAgainst.isEmpty, outcome == Article27.Outcome.adopted {
                notes.append("A procedural vote: the negative votes of \(permanentAgainst.joined(separator: " and ")) are not vetoes.")
            }
            if phrases.saysAdopted != nil, phrases.saysNotAdopted == nil, outcome != Article27.Outcome.adopted, outcome != Article27.Outcome.undetermined {
                notes.append("The text says the draft was adopted, but the votes it reports give: \(outcome).")
            }
            if phrases.saysNotAdopted != nil, phrases.saysAdopted == nil, outcome == Article27.Outcome.adopted {
                notes.append("The text says the draft was not adopted, but the votes it reports give: adopted.")
            }
        } else {
            let possible = counts.for + counts.undecided + counts.unknown
            // "is expected to fall well short of the nine votes it needs … The United States, Britain and France will vote
            // against the text": when the story forecasts that the draft will fall short of the votes and never speaks
            // of a veto, permanent members against it threaten none (it fails without one). ("has the backing of only
            // four members, three short of the seven votes required" counts backers so far: the threat stands.)
            let shortWithoutThreat = phrases.shortForecast && phrases.saysShort.map { ($0.votes ?? needed) <= needed } == true
                && !Self.speaksOfVeto(tokens, readable: readable)
            outcome = Article27.expectedOutcome(
                vetoThreatened: vetoThreatened && !(phrases.vetoUnneeded && phrases.saysShort != nil) && !shortWithoutThreat,
                forCount: counts.for, possible: possible,
                needed: needed, shortSaid: (phrases.saysShort != nil, phrases.saysShort?.votes), likelySaid: phrases.saysLikely != nil)
            // A draft that cannot reach the votes needed fails for that reason: a permanent member against
            // it threatens no veto (as after a vote, where no veto is counted then).
            if outcome == Article27.Outcome.short(needed) { for k in members.indices { members[k].veto = .none } }
        }
        if totals.disagree { outcome += "; reported totals disagree with the named members" }
        // "Officials in Kuala Lumpur said they hoped the vote would be unanimous": a wish told only of countries off that
        // year's Council (no sponsor, no member) is not the sponsors' target.
        var sponsorTarget = phrases.sponsorTarget
        if let at = phrases.sponsorTargetAt {
            let named = mentions.filter { $0.sentence == tokens[at].sentence && $0.firstToken < at && $0.country != nil }
            if !named.isEmpty, named.allSatisfy({ state.index(of: $0.country ?? "", holder: $0.holder) == nil }) { sponsorTarget = nil }
        }
        if year == nil { notes.append("The year could not be decided: only the permanent members are known; the elected seats are unidentified.") }

        return Tally(
            year: year, yearInferred: dated == nil && year != nil,
            draft: DraftDescription.describe(tokens: tokens, text: text, mentions: mentions, readable: readable, seats: seats, postVote: postVote,
                                           members: members, outcome: outcome),
            needed: needed,
            sponsorTarget: postVote ? nil : sponsorTarget,
            members: members, outcome: outcome, notes: notes)
    }

    /// Words that speak of a veto or of blocking a draft.
    private static let vetoWords: Set<String> = ["veto", "vetoes", "vetoed", "vetoing", "vetos", "veto-wielding", "block", "blocks",
                                                 "blocked", "blocking"]

    /// Whether a sentence the tally reads speaks of a veto ("threatened to veto", "Russia's veto", "will block it").
    static func speaksOfVeto(_ tokens: [CouncilToken], readable: ReadableText) -> Bool {
        tokens.indices.contains { vetoWords.contains(tokens[$0].text) && readable.reads($0, sentence: tokens[$0].sentence) }
    }

    /// The totals ("10 to 1", "10-1") in the sentence of token `at`, else in the sentence before it.
    static func totalsNear(_ at: Int, tokens: [CouncilToken]) -> (Int, Int)? {
        let s = tokens[at].sentence
        for sentence in [s, s - 1] where sentence >= 0 {
            for k in tokens.indices.dropFirst().dropLast() where tokens[k].sentence == sentence && ["to", "-"].contains(tokens[k].text) {
                if let n = tokens[k - 1].number, let m = tokens[k + 1].number, n <= 15, m <= 15,
                   tokens[k - 1].sentence == sentence, tokens[k + 1].sentence == sentence { return (n, m) }
            }
        }
        return nil
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
}
