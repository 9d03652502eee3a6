/// What one phrase says about the members of one list.
struct StanceSignal: Sendable, Hashable {
    /// The list of mentions it speaks of.
    var list: Int
    var stance: Stance
    var veto: Veto
    var stage: CueStage
    /// 3 recorded vote by name, 2 recorded by group or elimination, 1 before the vote.
    var priority: Int
    /// The words that justify it.
    var evidence: TextSpan
    /// Token where the cue starts (text order decides ties).
    var token: Int
    /// A bare veto noun whose tense the article decides ("a Russian veto").
    var vetoNoun: Bool = false
    /// "Rumania voted with the Soviet Union": the members vote as this list's first member did.
    var copyOf: Int?
    /// The member did not vote at all (absent, did not participate).
    var absence = false
    /// "but has stopped short of threatening a veto": the member's opposition threatens no veto (no
    /// stance of its own).
    var vetoWithheld = false
    /// "has warned that if Outer Mongolia is blocked, Moscow will block Japan …": a position in the main clause
    /// after an opening condition, or in a relative clause after the member's own stance ("as has Nationalist
    /// China, which has promised to oppose …"), yields to any stance the member is given without one (and then
    /// threatens no veto).
    var conditional = false
}

/// Reads stance phrases and attaches each to the list of members it speaks of.
struct StanceReader {
    let tokens: [CouncilToken]
    let mentions: [CouncilMention]
    let lists: [MentionList]
    let readable: ReadableText
    /// The article year, when its date gives it (to skip phrases about other years' votes).
    let articleYear: Int?
    /// The article month (1–12), when its date gives it (to skip "In March …" votes in a June story).
    let articleMonth: Int?

    /// For each token, the index of the last list ending at or before it (-1 for none).
    let lastListEndingBefore: [Int]
    /// For each token, the list starting there (-1 for none).
    let listStartingAt: [Int]
    /// First token of each sentence.
    let sentenceStart: [Int]
    /// The weekday of the story's first sentence ("on Monday"), if it names one.
    let ledeWeekday: String?
    /// The story's first sentence tells of a vote still to come ("when it comes to a vote tomorrow").
    let ledeVoteAhead: Bool

    /// The article's day of the month, when its date gives it (with `articleMonth`: "on March 13" in a story of 31 March).
    let articleDay: Int?
    /// For each token, whether a mention ends right before it (is some mention's `endToken`), to ask so without going
    /// through every mention.
    let mentionEndsAt: [Bool]
    /// The lists of each sentence.
    let listsOfSentence: IndicesBySentence

    init(tokens: [CouncilToken], mentions: [CouncilMention], lists: [MentionList], readable: ReadableText, articleYear: Int?,
         articleMonth: Int? = nil, articleDay: Int? = nil) {
        self.tokens = tokens
        self.articleMonth = articleMonth
        self.articleDay = articleDay
        self.mentions = mentions
        self.lists = lists
        self.readable = readable
        self.articleYear = articleYear
        var before = [Int](repeating: -1, count: tokens.count + 1)
        var starting = [Int](repeating: -1, count: tokens.count + 1)
        var li = 0
        var last = -1
        for t in 0...tokens.count {
            while li < lists.count, lists[li].endToken <= t { last = li; li += 1 }
            before[t] = last
        }
        for (k, l) in lists.enumerated() { starting[l.firstToken] = k }
        self.lastListEndingBefore = before
        var ends = [Bool](repeating: false, count: tokens.count + 1)
        for m in mentions where m.endToken >= 0 && m.endToken <= tokens.count { ends[m.endToken] = true }
        self.mentionEndsAt = ends
        self.listsOfSentence = IndicesBySentence(lists.map(\.sentence))
        self.listStartingAt = starting
        var starts = [Int](repeating: 0, count: (tokens.last?.sentence ?? 0) + 1)
        for (k, t) in tokens.enumerated().reversed() { starts[t.sentence] = k }
        self.sentenceStart = starts
        self.ledeWeekday = Self.ledeWeekday(tokens)
        self.ledeVoteAhead = Self.ledeVoteAhead(tokens)
    }

    /// Appends `previous` told again of list `list` ("…, as did China", "So will Norway", the
    /// inverted phrase starting at token `i`); returns the token after the list.
    private func appendCopy(of previous: StanceSignal, list: Int, at i: Int, to out: inout [StanceSignal]) -> Int {
        let l = lists[list]
        var copy = previous
        copy.list = list
        copy.evidence = TextSpan(start: tokens[i].start, end: l.span.end)
        copy.token = i
        out.append(copy)
        return l.endToken
    }

    /// Every stance signal in the text, in text order.
    /// The first words of the phrases `signals` reads besides the cues: "as did", "so will",
    /// "Lining up with", "count on".
    private static let phraseStarts: WordSet = ["as", "so", "lining", "siding", "voting", "standing", "count", "("]

    func signals() -> [StanceSignal] {
        var out: [StanceSignal] = []
        // The signals of `out` by sentence, for the questions about one sentence below.
        var told = SignalsBySentence()
        var lastSubject: Int?
        var i = 0
        while i < tokens.count {
            // Only a cue's first word or a word of the four phrases below starts a signal.
            if StanceLexicon.byFirstWord[tokens[i].text] == nil, !Self.phraseStarts.contains(tokens[i].text) {
                i += 1
                continue
            }
            let sentence = tokens[i].sentence
            // "…, with one member (China) not participating in the vote": a press release names the members
            // that did not vote in parentheses before the phrase (also "did not participate", "not voting").
            if tokens[i].text == "(" {
                if i + 1 < tokens.count, listStartingAt[i + 1] >= 0, hasActor(lists[listStartingAt[i + 1]]),
                   readable.reads(i, sentence: sentence) {
                    let l = lists[listStartingAt[i + 1]]
                    func w(_ k: Int) -> String { l.endToken + k < tokens.count && tokens[l.endToken + k].sentence == sentence ? tokens[l.endToken + k].text : "" }
                    let notVoting = w(1) == "not" && ["participating", "voting"].contains(w(2)) || w(1) == "not" && w(2) == "taking" && w(3) == "part"
                        || w(1) == "did" && w(2) == "not" && ["participate", "vote"].contains(w(3)) || w(1) == "did" && w(2) == "not" && w(3) == "take" && w(4) == "part"
                    if w(0) == ")", notVoting {
                        let end = l.endToken + (w(1) == "did" ? 4 : 3)
                        out.append(StanceSignal(list: listStartingAt[i + 1], stance: .abstain, veto: .none, stage: .vote, priority: 3,
                                                evidence: TextSpan(start: l.span.start, end: tokens[min(end, tokens.count) - 1].end), token: i,
                                                absence: true))
                        i = end
                        continue
                    }
                }
                i += 1
                continue
            }
            // "Britain and France said they would vote in favour, as did China and Russia".
            // ("…, as will Dr. T. F. Tsiang of Nationalist China": a person of a country speaks for it.)
            // ("…, as will the United States and Britain": an article before the members.)
            let afterAux = i + 3 < tokens.count && listStartingAt[i + 2] < 0 && tokens[i + 2].text == "the" && tokens[i + 2].sentence == sentence ? i + 3 : i + 2
            if tokens[i].text == "as", i + 2 < tokens.count, ["did", "do", "does", "had", "have", "has", "will", "would", "are", "is", "was", "were"].contains(tokens[i + 1].text),
               let told = listStartingAt[afterAux] >= 0 ? listStartingAt[afterAux] : personOfCountry(from: i + 2),
               let previous = out.last, tokens[previous.token].sentence == sentence {
                i = appendCopy(of: previous, list: told, at: i, to: &out)
                continue
            }
            // "Britain … let it be known that it would abstain. So will Norway": the members after an
            // inverted "so will/would/did" take the last stance told (in this sentence or the one before).
            if tokens[i].text == "so", i + 2 < tokens.count, i == 0 || tokens[i - 1].sentence != sentence || ["and", ","].contains(tokens[i - 1].text),
               ["will", "would", "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "could", "should", "shall", "can"].contains(tokens[i + 1].text),
               listStartingAt[afterAux] >= 0, hasActor(lists[listStartingAt[afterAux]]), readable.reads(i, sentence: sentence),
               let previous = out.last, previous.stance != .unknown, sentence - tokens[previous.token].sentence <= 1 {
                i = appendCopy(of: previous, list: listStartingAt[afterAux], at: i, to: &out)
                continue
            }
            // "Lining up with the United States were Britain, France, …": an inverted sentence, the members
            // after "were" vote as the one after "with" did ("Siding with Moscow was China"; "Lining up
            // behind the draft were …" are for it).
            if ["lining", "siding", "voting", "standing"].contains(tokens[i].text), i == sentenceStart[sentence], readable.reads(i, sentence: sentence),
               let (signal, next) = invertedCompanion(at: i) {
                out.append(signal)
                i = next
                continue
            }
            // "Washington and London can count on only four: themselves, Spain, …, and Bulgaria".
            if tokens[i].text == "count", i + 1 < tokens.count, tokens[i + 1].text == "on", readable.reads(i, sentence: sentence),
               let counted = countedSupporters(after: i + 2) {
                let span = TextSpan(start: tokens[i].start, end: tokens[counted.end - 1].end)
                var named = counted.lists
                if counted.includesSubject, let own = subject(before: i, cue: Self.countOnCue) { named.append(own) }
                for l in named {
                    out.append(StanceSignal(list: l, stance: .for, veto: .none, stage: .prevote, priority: 1, evidence: span, token: i))
                }
                i += 1
                continue
            }
            guard readable.reads(i, sentence: sentence), let cues = StanceLexicon.byFirstWord[tokens[i].text] else { i += 1; continue }
            var advanced = false
            for cue in cues {
                guard let end = cue.match(tokens, at: i), end > i else { continue }
                guard !isHistorical(cueStart: i, cueEnd: end, stage: cue.stage) else { continue }
                // "lined up behind the text", "lined up Belgium and Italy behind the text"; not "lined up against it".
                if cue.objectSame, !(end < tokens.count && tokens[end].text == "behind"),
                   !(object(after: end).map { lists[$0].endToken < tokens.count && tokens[lists[$0].endToken].text == "behind" } ?? false) { continue }
                // "have tabled a rival text", "would reject the rival draft": about another text.
                if (end..<min(tokens.count, end + 4)).contains(where: {
                    tokens[$0].sentence == sentence && ["rival", "competing", "alternative", "counter-draft"].contains(tokens[$0].text)
                }) { continue }
                // "the draft would be vetoed", "a text that was backed": passive, the subject is the text.
                if cue.direction == .subject, i > 0, ["be", "been", "being", "was", "were", "is", "are", "get", "got"].contains(tokens[i - 1].text),
                   ["vetoed", "blocked", "rejected", "backed", "supported", "endorsed", "sponsored", "cosponsored", "drafted",
                    "proposed", "tabled", "introduced", "circulated", "favoured", "favored", "championed", "authored", "penned",
                    "submitted", "presented", "adopted", "killed", "put"].contains(tokens[i].text) { continue }
                // "vetoed a European-drafted resolution": a participle after a hyphen is part of an adjective,
                // never a verb with a subject of its own (the compound's member is read by the "- drafted" cue).
                if cue.direction == .subject, !cue.adjacent, i > 1, tokens[i - 1].text == "-",
                   tokens[i - 1].end == tokens[i].start, tokens[i - 2].end == tokens[i - 1].start, tokens[i - 2].text != "co" { continue }
                // "even a vetoed text", "the backed draft": a participle used as an adjective of the text.
                if cue.direction == .subject, i > 0, end < tokens.count, end == i + 1,
                   ["a", "an", "the", "any"].contains(tokens[i - 1].text),
                   ["text", "texts", "draft", "drafts", "resolution", "resolutions", "measure", "proposal"].contains(tokens[end].text) { continue }
                // "Russia rejected the accusations": a stance on something other than a text. ("voted to hold
                // the meeting" is a procedural vote on the meeting itself.)
                if cue.direction == .subject, !cue.adjacent, end + 1 < tokens.count, !(cue.stage == .vote && ["voted", "voting"].contains(tokens[i].text)),
                   ["accusations", "accusation", "allegations", "allegation", "claims", "charges", "criticism", "report",
                    "credentials", "letter", "letters", "evidence", "condolences", "apologies",
                    "reports", "findings", "notion", "suggestion", "characterization", "comparison", "accusation", "invasion",
                    "occupation", "annexation", "attack", "attacks", "strikes", "war", "coup", "discussion", "meeting",
                    "debate", "session", "statement", "talks", "efforts", "attempts", "progress", "briefing",
                    // "Russia vetoed the amendments", "Putin proposed an online summit".
                    "amendments", "amendment", "summit", "conference",
                    // "Moscow supported the principle but wanted a time limit": the idea, not the text.
                    "principle", "principles", "idea", "ideas", "concept", "spirit", "thrust", "intent", "intention", "goal", "goals",
                    "aim", "aims", "objective", "objectives"]
                    .contains(Self.objectHead(tokens, from: end)),
                   cue.stance == .against || cue.stance == .for { continue }
                // "Oscar Lange of Poland supported him": a stance on a person, not on the text.
                if cue.direction == .subject, !cue.adjacent, cue.stance == .for || cue.stance == .against, end < tokens.count,
                   tokens[end].sentence == tokens[i].sentence,
                   tokens[end].text == "him" || tokens[end].text == "her" && (end + 1 >= tokens.count || tokens[end + 1].kind == .punct || tokens[end + 1].text == "and") { continue }
                // "Russia proposed changes" is no sponsorship of the draft.
                if cue.stance == .for, end < tokens.count,
                   ["changes", "amendments", "amendment", "revisions", "alterations", "edits", "alternative", "its", "their"].contains(tokens[end].text),
                   ["proposed", "proposes", "introduced", "submitted", "tabled", "circulated", "presented", "drafted"].contains(tokens[i].text) { continue }
                // "… and China and Russia firmly against.": the phrase must end there.
                if cue.nearlyAdjacent, cue.stance == .against, end < tokens.count,
                   !(tokens[end].kind == .punct || ["and", "while", "with", "but"].contains(tokens[end].text)) { continue }
                // "hoping to win the backing of all 15 members": support wished for, not given.
                let verbBefore = i > 0 && ["the", "a", "its", "their"].contains(tokens[i - 1].text) ? i - 2 : i - 1
                // ("the text was likely to win the backing of the other 14 members": a forecast, not a wish.)
                let forecastWin = verbBefore > 1 && ["likely", "expected", "certain", "sure", "set", "poised", "bound", "assured", "predicted", "tipped"]
                    .contains(tokens[verbBefore - 2].text)
                if cue.direction == .object, cue.stance == .for, verbBefore > 0,
                   ["win", "secure", "get", "gain", "garner", "attract", "muster", "enlist", "obtain", "receive", "draw"].contains(tokens[verbBefore].text) && tokens[verbBefore - 1].text == "to" && !forecastWin
                    || ["seeking", "seeks", "sought", "seek", "needs", "need", "wants", "want", "hoping"].contains(tokens[verbBefore].text) { continue }
                // ("hoping to receive the votes of all 15 members": the verb is the cue's first word.)
                if cue.direction == .object, cue.stance == .for, i > 1, cue.pattern.count == 4, cue.pattern[1] == ["the"], cue.pattern[2].contains("ayes"),
                   tokens[i - 1].text == "to",
                   !["likely", "expected", "certain", "sure", "set", "poised", "bound", "assured", "predicted", "tipped"].contains(tokens[i - 2].text) { continue }
                // "the new aid distribution system backed by Israel and the US": a participle right after a noun that
                // is no word for the text backs that thing, not the draft.
                if cue.direction == .object, cue.stance == .for, cue.pattern.last == ["by"], i > 0,
                   Self.nonTextNouns.contains(tokens[i - 1].text) { continue }
                // "can count on seven firm votes: its own, those of Britain and France": "those of" after votes.
                if cue.pattern[0] == ["those"], !(max(0, i - 14)..<i).contains(where: {
                    tokens[$0].sentence == tokens[i].sentence && ["votes", "vote"].contains(tokens[$0].text)
                }) || (max(0, i - 14)..<i).contains(where: {
                    tokens[$0].sentence == tokens[i].sentence && ["against", "negative", "abstentions", "abstaining", "no"].contains(tokens[$0].text)
                }) { continue }
                // "… made up the seven": the members are the votes in favour only when the number is the first
                // of the totals told just before ("The tally was seven to two"), or "the majority".
                if cue.pattern.count == 4, cue.pattern[1] == ["up"], cue.pattern[3] == ["*"],
                   !(["majority", "ayes", "yeas"].contains(tokens[end - 1].text) || tokens[end - 1].number.map({ yesTotalBefore(i) == $0 }) == true) { continue }
                // "to win over six wavering Security Council members": the adjective describes its noun.
                if cue.direction == .subject, cue.stance == .undecided, end == i + 1, attributive(at: i) {
                    // "That leaves six undecided members whose votes are being fiercely courted by Washington and
                    // London: Mexico, Chile, …": the members the noun's colon or dash spells out.
                    if let named = listAfterColon(from: end) {
                        out.append(StanceSignal(list: named, stance: .undecided, veto: .none, stage: .prevote, priority: 1,
                                                evidence: TextSpan(start: tokens[i].start, end: lists[named].span.end), token: i))
                    }
                    continue
                }
                // "approved the resolution … without a dissenting vote" (also "with no dissenting vote",
                // "without dissent"): an adjective or noun of a vote nobody cast tells no one's stance.
                if i > 0, ["dissenting", "dissented"].contains(tokens[i].text),
                   ["without", "no"].contains(tokens[i - 1].text)
                    || i > 1 && ["a", "any", "one", "single"].contains(tokens[i - 1].text) && ["without", "no"].contains(tokens[i - 2].text) { continue }
                // "will abstain rather than oppose the text": the alternative turned down is no stance.
                if i > 1, tokens[i - 1].text == "than" && tokens[i - 2].text == "rather" || tokens[i - 1].text == "of" && tokens[i - 2].text == "instead" { continue }
                // "The draft, co-sponsored by the United States, …, has the support of Bulgaria": the support
                // "of" a member is that member's, not the subject's (read by "support of").
                if cue.direction == .subject, cue.pattern.first == ["has", "have", "had"], end < tokens.count,
                   tokens[end].text == "of", ["support", "backing"].contains(tokens[end - 1].text) { continue }
                // "China also opposes the draft, but Beijing has not said whether it would go as far as a veto":
                // a question only about the veto leaves the stance told earlier in the sentence ("Russia has not
                // said whether it will veto the text", with nothing told before, is still undecided).
                if cue.stance == .undecided, questionOnlyAboutVeto(after: end),
                   told.contains(out, sentence: sentence, tokens: tokens, where: { $0.stance == .against }) {
                    if let l = openingSubject(of: i) { out.append(vetoWithheldSignal(list: l, from: i, to: endOfWithheldQuestion(after: end))) }
                    continue
                }
                // "the administration had not decided whether to call a vote or withdraw the draft": a question only
                // about tabling or withdrawing the text is the sponsor's choice, not a stance withheld.
                if cue.stance == .undecided, questionOnlyAboutTabling(after: end) { continue }
                // "Russia opposes the sanctions, Ambassador Vitaly Churkin said, but he did not say how Moscow would
                // vote": after "but", a withheld question on the vote keeps the opposition told before it in the
                // sentence, without a threatened veto (the member has not said it will vote no).
                if cue.stance == .undecided, endOfWithheldQuestion(after: end) > end,
                   (max(0, i - 4)..<i).contains(where: { tokens[$0].sentence == sentence && tokens[$0].text == "but" }),
                   told.contains(out, sentence: sentence, tokens: tokens, where: { $0.stance == .against && $0.stage == .prevote }),
                   let l = openingSubject(of: i) {
                    out.append(vetoWithheldSignal(list: l, from: i, to: endOfWithheldQuestion(after: end)))
                    i = endOfWithheldQuestion(after: end)
                    advanced = true
                    break
                }
                // "has stopped short of threatening a veto": so is the step not taken.
                if i > 2, tokens[i - 1].text == "of", tokens[i - 2].text == "short",
                   ["stopped", "stops", "stop", "stopping", "fell", "falls", "fall", "falling"].contains(tokens[i - 3].text) {
                    if cue.veto == .threatened, let l = openingSubject(of: i) { out.append(vetoWithheldSignal(list: l, from: i - 3, to: end)) }
                    continue
                }
                // "had privately indicated support but had not seen the final language": a position on a
                // text the member has not seen is hedged, no stance.
                if cue.stage == .prevote, cue.stance == .for || cue.stance == .against, textUnseen(after: end) { continue }
                var stance = cue.stance
                if cue.plainVerb {
                    let prev = i > 0 ? tokens[i - 1].text : ""
                    if ["the", "a", "an", "'s", "its", "their", "his", "her", "of", "for", "with", "win", "won", "towards", "toward", "seek", "seeking", "sought", "garner", "gain", "enough", "broad", "strong", "without", "and", "to", "no", "more", "some", "any", "wide", "widespread", "unanimous", "council"].contains(prev) { continue }
                    if ["oppose", "reject"].contains(tokens[i].text) { stance = .against }
                    // "Western nations said it would roll back hard-won gains": "back" as the particle of a
                    // phrasal verb ("roll back", "pull back", "hit back", "scale back") is no support.
                    if tokens[i].text == "back", ["roll", "rolls", "rolled", "rolling", "pull", "pulls", "pulled", "pulling",
                        "hit", "hits", "hitting", "fight", "fights", "fought", "fighting", "scale", "scales", "scaled", "scaling",
                        "cut", "cuts", "cutting", "push", "pushes", "pushed", "pushing", "step", "steps", "stepped", "stepping",
                        "turn", "turns", "turned", "turning", "set", "sets", "setting", "hold", "holds", "held", "holding",
                        "walk", "walks", "walked", "walking", "come", "comes", "came", "coming", "go", "goes", "went", "going",
                        "bring", "brings", "brought", "bringing", "get", "gets", "got", "getting", "give", "gives", "gave",
                        "giving", "call", "calls", "called", "calling", "write", "wrote",
                        "report", "reported", "reporting", "look", "looked", "looking", "looks", "send", "sent",
                        "sending", "sends", "strike", "struck", "striking", "strikes"].contains(prev) { continue }
                }
                var list: Int?
                // "co-sponsor Japan", "sponsor Britain": the noun names the member right after it.
                let sponsorNoun = cue.direction == .subject && ["sponsor", "sponsors", "co-sponsor", "cosponsor"].contains(tokens[end - 1].text)
                    && end < tokens.count && listStartingAt[end] >= 0 && hasActor(lists[listStartingAt[end]])
                // "Nationalist China, Denmark and Colombia said they would do the same": the last stance told.
                if cue.copiesPrevious {
                    guard let previous = told.last(out, fromSentence: tokens[i].sentence - 1, tokens: tokens, where: { $0.stance != .unknown }),
                          cue.direction == .subject || tokens[previous.token].sentence == tokens[i].sentence else { continue }
                    stance = previous.stance
                }
                // "Moscow accuses the sponsors of ignoring attacks": after a determiner the word is the noun,
                // not the verb "sponsors" ("co-sponsor Japan" above names its member instead).
                if cue.direction == .subject, !sponsorNoun, i > 0, ["the", "its", "their", "these", "fellow"].contains(tokens[i - 1].text),
                   ["sponsors", "co-sponsors", "cosponsors", "drafts"].contains(tokens[end - 1].text) { continue }
                switch cue.direction {
                case .subject where sponsorNoun:
                    list = listStartingAt[end]
                case .subject:
                    list = subject(before: i, cue: cue)
                    // The fallbacks below must not skip a negation ("but has not threatened a veto").
                    let negatedNearby = !cue.negated && (max(0, i - 4)..<i).contains {
                        tokens[$0].sentence == tokens[i].sentence && StanceLexicon.negations.contains(tokens[$0].text)
                    }
                    if negatedNearby { break }
                    // "…, but in the end it abstained": the pronoun takes the last subject.
                    if list == nil, !cue.adjacent, let last = lastSubject, pronounBefore(i), tokens[i].sentence - lists[last].sentence <= 1 {
                        list = last
                        // "China has said the inspections should go on but has signalled that it would abstain"
                        // after "Germany and Syria have said …": the pronoun takes its own sentence's opening
                        // subject before the last one told in an earlier sentence.
                        if lists[last].sentence < tokens[i].sentence {
                            let first = lastListEndingBefore[min(i, firstTokenOfSentence(i) + 6)]
                            if first >= 0, lists[first].sentence == tokens[i].sentence, lists[first].firstToken <= firstTokenOfSentence(i) + 1,
                               hasActor(lists[first]) { list = first }
                        }
                    }
                    // "…, but have not formally committed": the subject left out is the sentence's.
                    if list == nil, !cue.adjacent, elidedSubjectBefore(i) {
                        let first = lastListEndingBefore[min(i, firstTokenOfSentence(i) + 6)]
                        if first >= 0, lists[first].sentence == tokens[i].sentence, lists[first].firstToken <= firstTokenOfSentence(i) + 2,
                           hasActor(lists[first]) { list = first }
                    }
                    // “We cannot support this text,” Russia's ambassador told reporters.
                    if list == nil, !cue.adjacent, firstPersonBefore(i) { list = speakerAfterQuote(from: end) ?? speakerBeforeQuote(of: i) }
                case .object: list = object(after: end)
                }
                // "at least 11 were prepared to vote yes, among them Sweden, the Netherlands …".
                if cue.stance != .unknown, !cue.copiesObject, cue.direction == .subject {
                    for named in namedAfter(cueStart: i, cueEnd: end) {
                        out.append(StanceSignal(list: named, stance: stance, veto: .none, stage: cue.stage, priority: cue.stage == .vote ? 3 : 1,
                                                evidence: TextSpan(start: tokens[i].start, end: lists[named].span.end), token: i))
                    }
                }
                guard let list else { continue }
                let l = lists[list]
                // "The United States, backed by Britain and France, vetoed": backing a member, not the text.
                if cue.direction == .object, cue.stance == .for, i >= 2, tokens[i - 1].text == ",",
                   lastListEndingBefore[i - 1] >= 0, lists[lastListEndingBefore[i - 1]].endToken == i - 1,
                   hasActor(lists[lastListEndingBefore[i - 1]]) { continue }
                // "Neither Russia nor China voted against".
                if l.firstToken > 0, ["neither", "not"].contains(tokens[l.firstToken - 1].text) { continue }
                // "if no permanent member vetoes it", "unless a permanent member objects": nobody in particular.
                if l.firstToken > 0, ["no", "any", "a"].contains(tokens[l.firstToken - 1].text),
                   mentions[l.members[0]].group != nil { continue }
                // "None of the Western permanent members has threatened a veto": the group's members are denied it.
                if l.firstToken > 1, mentions[l.members[0]].group != nil, noneOf(before: l) { continue }
                // "Several of the other elected members were still awaiting instructions": some members of the
                // group, not all of them.
                if mentions[l.members[0]].group != nil, partitiveBefore(l) { continue }
                // "watching whether China and India abstain", "if Russia vetoes it": a question or a condition.
                let beforeList = l.firstToken > 1 && tokens[l.firstToken - 1].text == "the" ? l.firstToken - 2 : l.firstToken - 1
                if cue.direction == .subject, beforeList >= 0, ["whether", "if", "unless"].contains(tokens[beforeList].text) { continue }
                // "can block any resolution, however many other members support it": a concession, nobody in particular.
                if l.firstToken > 1, tokens[l.firstToken - 1].text == "many", ["however", "how"].contains(tokens[l.firstToken - 2].text) { continue }
                // "Russia has signalled that it will abstain, objecting to language on …": a participle after
                // a comma gives the reason for the stance its subject has just been given, not a second one.
                if cue.direction == .subject, i > 0, tokens[i - 1].text == ",", tokens[i].text.hasSuffix("ing"),
                   told.contains(out, sentence: tokens[i].sentence, tokens: tokens, where: { $0.list == list && $0.stance != stance }) { continue }
                if cue.direction == .subject, !cue.adjacent { lastSubject = list }
                // "voted in favour along with Malta and Guyana": the companions vote the same way.
                // "The Russian delegation voted no, joined by Bolivia": so too.
                let joinedBy = end + 2 < tokens.count && tokens[end].text == "," && tokens[end + 1].text == "joined" && tokens[end + 2].text == "by"
                // "were among six council members that abstained, along with Algeria, Brazil …": so too after a comma.
                // ("were still consulting on Monday morning, along with Guyana": past a time adverbial too.)
                // ("Jordan … voted for it along with the United States", "voted for the resolution along with …": past
                // the text named after the cue.)
                var pastText = end
                if pastText < tokens.count, tokens[pastText].text == "it" { pastText += 1 }
                else if pastText + 1 < tokens.count, ["the", "this"].contains(tokens[pastText].text),
                        ["draft", "text", "resolution", "measure", "proposal"].contains(tokens[pastText + 1].text) { pastText += 2 }
                let afterTime = timeAdverbialEnd(from: pastText < tokens.count && tokens[pastText].sentence == tokens[i].sentence
                    && ["along", "together", "alongside"].contains(tokens[pastText].text) ? pastText : end)
                let w0 = afterTime + 1 < tokens.count && tokens[afterTime].text == "," && tokens[afterTime].sentence == tokens[i].sentence ? afterTime + 1 : afterTime
                // ("have declared firmly for the draft, besides Morocco, whose delegate …": "besides" after a comma
                // adds its members too.)
                var b = end
                if b < tokens.count, ["draft", "text", "resolution", "measure", "proposal", "it"].contains(tokens[b].text) { b += 1 }
                let besides = b + 2 < tokens.count && tokens[b].sentence == tokens[i].sentence && tokens[b].text == ","
                    && ["besides", "plus"].contains(tokens[b + 1].text)
                if cue.direction == .subject, !cue.adjacent, w0 + 1 < tokens.count,
                   ["along", "together"].contains(tokens[w0].text) && tokens[w0 + 1].text == "with"
                    || tokens[w0].text == "alongside" || joinedBy || besides {
                    if let companions = object(after: besides ? b + 2 : joinedBy ? end + 3 : w0 + (tokens[w0].text == "alongside" ? 1 : 2)) {
                        for companions in [companions] + continuedLists(after: companions, semicolons: false) {
                            let c = lists[companions]
                            out.append(StanceSignal(list: companions, stance: stance, veto: cue.veto, stage: cue.stage,
                                                    priority: cue.stage == .vote ? 3 : 1,
                                                    evidence: TextSpan(start: tokens[i].start, end: c.span.end), token: i))
                        }
                    }
                }
                // "have lined up Belgium, Italy, Croatia and Costa Rica behind the text".
                if cue.objectSame, let other = object(after: end), lists[other].endToken < tokens.count, tokens[lists[other].endToken].text == "behind" {
                    let o = lists[other]
                    out.append(StanceSignal(list: other, stance: stance, veto: .none, stage: cue.stage, priority: 1,
                                            evidence: TextSpan(start: tokens[i].start, end: o.span.end), token: i))
                }
                if cue.objectUndecided, let other = object(after: end + (end < tokens.count && tokens[end].text == "over" ? 1 : 0)) {
                    let o = lists[other]
                    out.append(StanceSignal(list: other, stance: .undecided, veto: .none, stage: .prevote, priority: 1,
                                            evidence: TextSpan(start: tokens[i].start, end: o.span.end), token: i))
                }
                if cue.copiesObject {
                    // "followed the Russian lead", "in the French camp": the member stands inside the phrase,
                    // right before its noun.
                    let leadNoun = cue.pattern.last.map { $0 == ["lead", "example"] || $0 == ["camp"] ? $0 : [] } ?? []
                    let objectFrom = leadNoun.isEmpty ? end : (i + 1..<end).first(where: { tokens[$0].text == "the" }) ?? i + 1
                    guard let other = object(after: objectFrom) else { continue }
                    let o = lists[other]
                    if !leadNoun.isEmpty {
                        var n = o.endToken
                        if n < tokens.count, tokens[n].text == "'s" { n += 1 }
                        guard n < tokens.count, leadNoun.contains(tokens[n].text) else { continue }
                    }
                    let aboutAVote = (max(0, i - 20)..<min(tokens.count, end + 20)).contains(where: {
                        tokens[$0].sentence == tokens[i].sentence && ["vote", "voted", "votes", "voting", "abstained", "vetoed"].contains(tokens[$0].text)
                    })
                    // "voted with the United States against the Soviet text", "joined the Soviet Union in
                    // supporting the resolution": the words after the companion give both lists' stance.
                    if let (named, wordsEnd) = Self.voteAfterCompanion(tokens, from: o.endToken) {
                        // A vote when this sentence or the one before speaks of it ("The vote was 9 to 2. Only
                        // Poland joined the Soviet Union in supporting the resolution").
                        // ("Germany and Syria have said they will vote against it. China has joined Paris and Moscow
                        // in opposing the resolution": a vote still to come is none.)
                        let voteBefore = (max(0, i - 30)..<i).contains(where: { k in
                            tokens[k].sentence == tokens[i].sentence - 1 && ["vote", "voted", "votes", "voting"].contains(tokens[k].text)
                                && !(max(0, k - 2)..<k).contains(where: { ["will", "'ll", "would", "shall", "to", "could", "might", "may"].contains(tokens[$0].text) })
                        })
                        // "have promised to join Lebanon in voting for it" is a position before the vote.
                        let future = ["join", "joins"].contains(tokens[i].text)
                        // ("joined France in sponsoring the text, and the United States has said it will vote for it":
                        // sponsorship is a position before the vote, whatever vote its sentence speaks of.)
                        let sponsoring = o.endToken + 1 < tokens.count && (Self.sponsoringWords.contains(tokens[o.endToken + 1].text)
                            || tokens[o.endToken + 1].text == "co")
                        let stage: CueStage = !future && !sponsoring && (aboutAVote || voteBefore || cue.pattern[0].contains("voted")) ? .vote : .prevote
                        let span = TextSpan(start: l.span.start, end: tokens[wordsEnd - 1].end)
                        for target in [list, other] {
                            out.append(StanceSignal(list: target, stance: named, veto: .none, stage: stage, priority: stage == .vote ? 3 : 1,
                                                    evidence: span, token: i))
                        }
                        i = wordsEnd
                        advanced = true
                        break
                    }
                    // "The vote was 10 to 2, with East Germany joining the Soviet Union": only about a vote.
                    if cue.pattern[0].contains("joining"), !aboutAVote || ["join", "joins"].contains(tokens[i].text) { continue }
                    // "publicly committed to joining Washington", "expected to side with Moscow": a promise
                    // or a forecast, before the vote.
                    let promised = i > 0 && tokens[i - 1].text == "to" && tokens[i - 1].sentence == tokens[i].sentence || cue.stage == .prevote
                    out.append(StanceSignal(list: list, stance: .unknown, veto: .none, stage: promised ? .prevote : .vote, priority: promised ? 1 : 3,
                                            evidence: TextSpan(start: l.span.start, end: o.span.end), token: i, copyOf: other))
                    i = end
                    advanced = true
                    break
                }
                // "six members, including China and South Africa, abstained": the group votes too.
                // ("the other eleven council members, among them Britain, France and Germany, abstained": so too.)
                let amongThem = l.firstToken > 2 && ["them", "whom"].contains(tokens[l.firstToken - 1].text) && tokens[l.firstToken - 2].text == "among"
                // ("the other nine members, including the United States, Britain and France, voted against it".)
                let includingThe = l.firstToken > 2 && tokens[l.firstToken - 1].text == "the" && tokens[l.firstToken - 2].text == "including"
                if cue.direction == .subject, l.firstToken > 1, tokens[l.firstToken - 1].text == "including" || amongThem || includingThe {
                    let opener = amongThem || includingThe ? l.firstToken - 2 : l.firstToken - 1
                    let k = lastListEndingBefore[opener]
                    if k >= 0, lists[k].sentence == l.sentence, lists[k].endToken >= opener - 1, hasActor(lists[k]) {
                        out.append(StanceSignal(list: k, stance: stance, veto: cue.veto, stage: cue.stage,
                                                priority: cue.stage == .vote ? 3 : 1,
                                                evidence: TextSpan(start: lists[k].span.start, end: tokens[end - 1].end), token: i))
                    }
                }
                if cue.direction == .subject, let joiner = joinerList(of: l) {
                    let j = lists[joiner]
                    out.append(StanceSignal(list: joiner, stance: stance, veto: cue.veto, stage: cue.stage,
                                            priority: cue.stage == .vote ? 3 : 1,
                                            evidence: TextSpan(start: j.span.start, end: tokens[end - 1].end), token: i, vetoNoun: cue.vetoNoun))
                }
                let evidence = TextSpan(start: min(l.span.start, tokens[i].start), end: max(l.span.end, tokens[end - 1].end))
                // "… voted for it; Russia and China against": the verb left out is the vote.
                var stage = cue.stage
                // "would take no part in a vote", "could count on only four votes: those of …": a recorded
                // vote's words after a modal or a forecast are a position before the vote.
                if stage == .vote, forecastBefore(i) { stage = .prevote }
                // "… with 11 votes in favour, Russia, China and Venezuela against": so too after reported totals.
                if cue.nearlyAdjacent, (max(0, i - 14)..<i).contains(where: { tokens[$0].sentence == tokens[i].sentence && ["voted", "voting", "votes"].contains(tokens[$0].text) }) {
                    stage = .vote
                }
                var signal = StanceSignal(list: list, stance: stance, veto: cue.veto, stage: stage,
                                          priority: stage == .vote ? 3 : ((cue.adjacent && !cue.vetoNoun) || cue.pattern[0].contains("its") || cue.weak ? 0 : 1),
                                          evidence: evidence, token: i, vetoNoun: cue.vetoNoun)
                signal.absence = cue.absence
                if stage == .prevote, cue.direction == .subject, conditionOpens(before: l) { signal.conditional = true; signal.priority = 0 }
                // "Earlier in the day Russian diplomats had objected to language …" after "Russia would vote for the
                // text": a position in the past perfect was held before the story's time; it yields to one told
                // without it, as a condition does (alone, it stands).
                if stage == .prevote, cue.direction == .subject, i > 0, tokens[i - 1].text == "had", tokens[i - 1].sentence == sentence {
                    signal.conditional = true; signal.priority = 0
                }
                // "Beijing objects on principle to military intervention" after "China has signalled that it will abstain".
                if stage == .prevote, Self.heldOnPrinciple(tokens, cueStart: i, cueEnd: end) { signal.priority = 0 }
                // "Italy, Argentina and Ecuador have said they will support it, as has Nationalist China, which has
                // promised to oppose the admission of Outer Mongolia …": a relative clause after the member's
                // stance in the main clause speaks of something else; it yields as a condition does.
                if stage == .prevote, cue.direction == .subject, l.endToken + 1 < i, tokens[l.endToken].text == ",",
                   ["which", "who"].contains(tokens[l.endToken + 1].text),
                   told.contains(out, sentence: sentence, tokens: tokens, where: { $0.list == list && $0.token < l.endToken && $0.stance != stance }) {
                    signal.conditional = true; signal.priority = 0
                }
                out.append(signal)
                // "supported by Britain, which proposed it, the United States, …", "abstained: France, which …;
                // the Soviet Union and Bulgaria, which …; and Mali": a list split by relative clauses.
                // ("India, Brazil and South Africa, which had coordinated their positions, and Lebanon, Syria's
                // neighbour, declined to back the text or to oppose it": so too before a subject cue.)
                if cue.direction == .object || cue.direction == .subject && !cue.adjacent && !cue.nearlyAdjacent {
                    var more = continuedLists(after: list, semicolons: cue.pattern.last == [":"]).filter { cue.direction == .object || lists[$0].endToken <= i }
                    if cue.direction == .subject, let before = listBeforeRelative(list) { more.append(before) }
                    for more in more {
                        var copy = signal
                        copy.list = more
                        copy.evidence = TextSpan(start: min(evidence.start, lists[more].span.start), end: max(evidence.end, lists[more].span.end))
                        out.append(copy)
                    }
                }
                i = cue.stance == .undecided ? endOfWithheldQuestion(after: end) : end
                advanced = true
                break
            }
            if !advanced { i += 1 }
        }
        out.append(contentsOf: groupBackedSignals())
        return out
    }

    /// "an Arab-backed draft resolution … the council's Arab member, Tunisia, …": a text backed by a group the story
    /// names on the Council ("the council's (only) Arab member(s), X", "the council's African members, X, Y and Z")
    /// has those members' support.
    private func groupBackedSignals() -> [StanceSignal] {
        let groups: Set<String> = ["arab", "african", "nonaligned", "non-aligned", "latin", "caribbean"]
        let backers: Set<String> = ["backed", "sponsored", "drafted", "led"]
        let texts: Set<String> = ["draft", "resolution", "text", "measure", "proposal"]
        // The first "<group>-backed" text of each group (the only one used).
        var backed: [String: Int] = [:]
        for k in tokens.indices.dropFirst().dropLast() where tokens[k].text == "-" && groups.contains(tokens[k - 1].text)
            && backed[tokens[k - 1].text] == nil && backers.contains(tokens[k + 1].text)
            && (k + 2..<min(tokens.count, k + 6)).contains(where: { texts.contains(tokens[$0].text) })
            && readable.reads(k, sentence: tokens[k].sentence) { backed[tokens[k - 1].text] = k }
        guard !backed.isEmpty else { return [] }
        // The lists holding a mention that starts at a token, built once (not per apposition).
        var listsWithMentionAt: [Int: [Int]] = [:]
        var out: [StanceSignal] = []
        for k in tokens.indices where k + 3 < tokens.count && (tokens[k + 1].text == "member" || tokens[k + 1].text == "members")
            && tokens[k + 2].text == "," {
            guard let at = backed[tokens[k].text],
                  (max(0, k - 4)..<k).contains(where: { tokens[$0].text == "council" && tokens[$0].sentence == tokens[k].sentence }) else { continue }
            if listsWithMentionAt.isEmpty {
                for j in lists.indices { for m in lists[j].members { listsWithMentionAt[mentions[m].firstToken, default: []].append(j) } }
            }
            let b = (group: tokens[k].text, at: at)
            // (The apposition may open a list of its own or close the group's: "the council's African members, Ghana and Gabon".)
            let index = listStartingAt[k + 3] >= 0 ? listStartingAt[k + 3]
                : (listsWithMentionAt[k + 3] ?? []).min { lists[$0].members.count < lists[$1].members.count }
            guard let index, hasActor(lists[index]) else { continue }
            out.append(StanceSignal(list: index, stance: .for, veto: .none, stage: .prevote, priority: 1,
                                    evidence: TextSpan(start: tokens[b.at - 1].start, end: lists[index].span.end), token: b.at))
        }
        return out
    }

    /// Whether the subject list `l` opens the main clause after a condition in its sentence: "if …," or
    /// "unless …," right before it, opened at the sentence's start or after "that" ("has warned that if
    /// Outer Mongolia is blocked, Moscow will block Japan").
    private func conditionOpens(before l: MentionList) -> Bool {
        var k = l.firstToken - 1
        if k >= 0, tokens[k].text == "the" { k -= 1 }
        guard k > 0, tokens[k].text == ",", tokens[k].sentence == l.sentence else { return false }
        var j = k - 1
        while j >= 0, tokens[j].sentence == l.sentence, k - j <= 20 {
            if ["if", "unless"].contains(tokens[j].text) {
                return j == sentenceStart[l.sentence] || j > 0 && ["that", ","].contains(tokens[j - 1].text)
            }
            if [",", ";", ":", "—", "(", ")"].contains(tokens[j].text) { return false }
            j -= 1
        }
        return false
    }

    /// Whether an indefinite quantifier stands before the group list `l` ("several of the other elected
    /// members", "some elected members", "a few of the non-permanent members").
    private func partitiveBefore(_ l: MentionList) -> Bool {
        var j = l.firstToken - 1
        var steps = 0
        while j >= 0, steps < 3, tokens[j].sentence == l.sentence, ["other", "the", "of", "council"].contains(tokens[j].text) { j -= 1; steps += 1 }
        guard j >= 0, tokens[j].sentence == l.sentence else { return false }
        if ["several", "some", "many", "most", "few", "various", "certain", "half"].contains(tokens[j].text) { return true }
        // "Four of the five permanent members": a number of the group, not all of it.
        return tokens[j].number != nil && j + 1 < l.firstToken && tokens[j + 1].text == "of"
    }

    /// Whether the clause after a cue ending at `end` goes on with "but had not (yet) seen the final
    /// text" (also "language", "wording", "draft"), within a few words.
    private func textUnseen(after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        let s = tokens[end].sentence
        var k = end
        while k < min(tokens.count, end + 6), tokens[k].sentence == s, tokens[k].text != "but" { k += 1 }
        guard k < tokens.count, tokens[k].sentence == s, tokens[k].text == "but" else { return false }
        let window = (k + 1..<min(tokens.count, k + 10)).filter { tokens[$0].sentence == s }
        guard let seen = window.first(where: { ["seen", "read", "received"].contains(tokens[$0].text) }),
              window.contains(where: { $0 < seen && ["not", "n't", "yet", "never"].contains(tokens[$0].text) }) else { return false }
        return window.contains { $0 > seen && $0 <= seen + 3 && ["text", "language", "wording", "draft", "version"].contains(tokens[$0].text) }
    }

    /// Whether "none of (the)" stands right before the group list `l` ("None of the Western permanent members").
    private func noneOf(before l: MentionList) -> Bool {
        var j = l.firstToken - 1
        if tokens[j].text == "the" { j -= 1 }
        return j >= 1 && tokens[j].text == "of" && tokens[j - 1].text == "none" && tokens[j - 1].sentence == l.sentence
    }

    /// "Lining up with the United States were Britain, France, …" (at `i`, the sentence's first word):
    /// the signal for the members after "were" and the token after them.
    private func invertedCompanion(at i: Int) -> (StanceSignal, Int)? {
        let s = tokens[i].sentence
        var k = i + 1
        if k < tokens.count, tokens[k].text == "up" { k += 1 }
        guard k < tokens.count, tokens[k].sentence == s, ["with", "alongside", "behind"].contains(tokens[k].text) else { return nil }
        k += 1
        var companion: Int?
        if k + 1 < tokens.count, tokens[k].text == "the", listStartingAt[k] < 0, listStartingAt[k + 1] >= 0 { k += 1 }
        if listStartingAt[k] >= 0, hasActor(lists[listStartingAt[k]]) {
            companion = listStartingAt[k]
            k = lists[listStartingAt[k]].endToken
        } else {
            // "behind the draft", "with the resolution".
            var j = k
            while j < min(tokens.count, k + 4), tokens[j].sentence == s, !["resolution", "draft", "text", "measure"].contains(tokens[j].text) {
                guard ["the", "a", "its", "this", "american", "british", "french", "soviet", "revised", "new"].contains(tokens[j].text) else { return nil }
                j += 1
            }
            guard j < tokens.count, ["resolution", "draft", "text", "measure"].contains(tokens[j].text) else { return nil }
            k = j + 1
        }
        guard k + 1 < tokens.count, tokens[k].sentence == s, ["were", "was", "are", "is"].contains(tokens[k].text),
              listStartingAt[k + 1] >= 0, hasActor(lists[listStartingAt[k + 1]]) else { return nil }
        let target = listStartingAt[k + 1]
        let past = ["were", "was"].contains(tokens[k].text)
        let span = TextSpan(start: tokens[i].start, end: lists[target].span.end)
        var signal = StanceSignal(list: target, stance: .for, veto: .none, stage: past ? .vote : .prevote, priority: past ? 3 : 1,
                                  evidence: span, token: i)
        if let companion {
            signal.stance = .unknown
            signal.copyOf = companion
        }
        return (signal, lists[target].endToken)
    }

    /// The lists introduced by "among them" or "including" right after a cue ("…, among them Sweden,
    /// which hosted the talks, the Netherlands and Peru"), within a few words of it; a relative clause
    /// may split the list.
    private func namedAfter(cueStart: Int, cueEnd: Int) -> [Int] {
        // "Eight countries voted against the draft — the three Western powers along with the Netherlands, …":
        // a count of members as the subject, named in a dashed or colon apposition after the phrase.
        let s = tokens[cueStart].sentence
        if cueStart > 1, tokens[cueStart - 2].number != nil, tokens[cueStart - 2].sentence == s,
           ["countries", "members", "nations", "states", "delegations", "others"].contains(tokens[cueStart - 1].text) {
            var j = cueEnd
            while j < min(tokens.count, cueEnd + 3), tokens[j].sentence == s, ["the", "it", "draft", "resolution", "text", "measure"].contains(tokens[j].text) { j += 1 }
            var start = j + 1
            if start + 1 < tokens.count, tokens[start].text == "the", listStartingAt[start] < 0 { start += 1 }
            if start < tokens.count, tokens[j].sentence == s, ["—", "-", ":"].contains(tokens[j].text), listStartingAt[start] >= 0,
               hasActor(lists[listStartingAt[start]]) {
                var found = [listStartingAt[start]]
                // "… the three Western powers along with the Netherlands, Sweden …".
                let first = lists[listStartingAt[start]]
                if first.endToken + 2 < tokens.count, ["along", "together"].contains(tokens[first.endToken].text), tokens[first.endToken + 1].text == "with" {
                    var k = first.endToken + 2
                    if tokens[k].text == "the", listStartingAt[k] < 0 { k += 1 }
                    if listStartingAt[k] >= 0, hasActor(lists[listStartingAt[k]]) { found.append(listStartingAt[k]) }
                }
                return found
            }
        }
        var k = cueEnd
        var start: Int?
        while k < min(tokens.count, cueEnd + 6), tokens[k].sentence == tokens[cueEnd - 1].sentence {
            if tokens[k].text == "among", k + 1 < tokens.count, ["them", "whom"].contains(tokens[k + 1].text) { start = k + 2; break }
            if tokens[k].text == "including", k > 0, tokens[k - 1].text == "," { start = k + 1; break }
            if [".", ";", ":"].contains(tokens[k].text) { return [] }
            k += 1
        }
        guard let start, start < tokens.count, listStartingAt[start] >= 0, hasActor(lists[listStartingAt[start]]) else { return [] }
        var found = [listStartingAt[start]]
        // ", which hosted the talks at Rimbo, the Netherlands, Poland …".
        while let last = found.last, lists[last].endToken + 1 < tokens.count, tokens[lists[last].endToken].text == ",",
              ["which", "who", "whose"].contains(tokens[lists[last].endToken + 1].text) {
            var j = lists[last].endToken + 2
            while j < min(tokens.count, lists[last].endToken + 16), tokens[j].text != ",", tokens[j].sentence == lists[last].sentence { j += 1 }
            guard j + 1 < tokens.count, tokens[j].text == ",", listStartingAt[j + 1] >= 0, hasActor(lists[listStartingAt[j + 1]]) else { break }
            found.append(listStartingAt[j + 1])
        }
        return found
    }

    /// The vote named right after a companion list ("against", "in favour", "in supporting",
    /// "in voting against", "in abstaining") and the token after those words.
    /// Words of sponsorship after "joined France in …": a position before the vote, not the vote.
    /// Things other than the text a member may back ("the aid distribution system backed by Israel and the US").
    static let nonTextNouns: Set<String> = ["system", "mechanism", "foundation", "operation", "force", "forces", "government",
                                            "regime", "militia", "militias", "rebels", "group", "groups", "coalition", "offensive",
                                            "campaign", "process", "court", "tribunal", "movement", "party", "army", "administration",
                                            "fund", "programme", "program", "scheme", "candidate", "candidacy", "bid", "invasion",
                                            "intervention", "blockade", "company", "companies", "contractor", "contractors"]

    static let sponsoringWords: Set<String> = ["sponsoring", "co-sponsoring", "cosponsoring", "drafting", "tabling", "proposing",
                                               "introducing", "presenting", "submitting", "authoring", "circulating"]

    static func voteAfterCompanion(_ tokens: [CouncilToken], from k: Int) -> (Stance, Int)? {
        func w(_ j: Int) -> String { k + j < tokens.count && tokens[k + j].sentence == tokens[k].sentence ? tokens[k + j].text : "" }
        guard k < tokens.count else { return nil }
        if w(0) == "against" { return (.against, k + 1) }
        if w(0) == "in", ["favour", "favor"].contains(w(1)) { return (.for, k + 2) }
        if w(0) == "in", ["supporting", "backing", "endorsing", "approving", "adopting"].contains(w(1)) { return (.for, k + 2) }
        if w(0) == "in", ["opposing", "rejecting", "blocking", "vetoing"].contains(w(1)) { return (.against, k + 2) }
        // "Britain and Luxembourg have joined France in sponsoring the text" (also "co-sponsoring", "drafting").
        if w(0) == "in", sponsoringWords.contains(w(1)) { return (.for, k + 2) }
        if w(0) == "in", w(1) == "co", w(2) == "-", ["sponsoring", "drafting"].contains(w(3)) { return (.for, k + 4) }
        if w(0) == "in", ["abstaining", "abstention"].contains(w(1)) { return (.abstain, k + 2) }
        // "joined Yugoslavia in the majority".
        if w(0) == "in", w(1) == "the", w(2) == "majority" { return (.for, k + 3) }
        if w(0) == "in", w(1) == "voting" {
            if ["against", "no"].contains(w(2)) { return (.against, k + 3) }
            if ["for", "yes"].contains(w(2)) { return (.for, k + 3) }
            if w(2) == "in", ["favour", "favor"].contains(w(3)) { return (.for, k + 4) }
        }
        return nil
    }

    /// Adjectives of a group of members before "vetoes" ("three Western vetoes": one vote, several members).
    static let vetoGroupAdjectives: Set<String> = ["western", "permanent", "allied", "great-power", "big-power", "p5", "p-5",
                                                   "p3", "p-3", "european", "african", "arab", "non-aligned", "nonaligned"]

    /// Whether the phrase speaks of an earlier vote ("vetoed two previous drafts", "used its veto 16 times").
    private func isHistorical(cueStart: Int, cueEnd: Int, stage: CueStage) -> Bool {
        let s = tokens[cueStart].sentence
        if stage == .vote, otherDaysVote(cueStart) { return true }
        if stage == .vote, otherMonthsVote(cueStart) { return true }
        if stage == .vote, lastPeriodVote(cueStart) { return true }
        if stage == .vote, laterOtherTextVote(cueStart) { return true }
        // A position for the coming vote is not dated by a year in its sentence.
        let future = stage == .prevote && futureCue(cueStart)
        let lo = max(0, cueStart - 3), hi = min(tokens.count, cueEnd + 6)
        // "The United States, Britain and France tonight vetoed four African-sponsored resolutions": several texts
        // vetoed "today" or "tonight" are the story's vote, not earlier ones.
        let sameDay = stage == .vote && cueStart > 0 && tokens[cueStart - 1].sentence == s && ["today", "tonight"].contains(tokens[cueStart - 1].text)
        for k in lo..<hi where tokens[k].sentence == s {
            let w = tokens[k].text
            if sameDay, ["resolutions", "drafts", "texts"].contains(w) { continue }
            // ("sponsored by France, the former administering power, and by Tunisia": "former" in an apposition
            // describes the country, not the text.)
            if w == "former", k >= 2, tokens[k - 1].text == "the", tokens[k - 2].text == "," { continue }
            if ["previous", "prior", "past", "times", "former", "resolutions", "drafts", "texts", "repeatedly", "similar"].contains(w) { return true }
            if w == "earlier", k + 1 < tokens.count, ["draft", "drafts", "resolution", "resolutions", "version", "text", "vote", "votes"].contains(tokens[k + 1].text) { return true }
            // "Yemen, …, which abstained on the original sanctions in August, voted in favour this time": "the original"
            // right after the cue in its own clause is the earlier text ("one of the original sponsors" before it is not).
            if w == "original", k > cueEnd, tokens[k - 1].text == "the",
               !(cueEnd..<k).contains(where: { tokens[$0].kind == .punct }) { return true }
            if !future, k >= cueEnd, let y = tokens[k].number, tokens[k].kind == .number, y >= 1945, y <= 2030,
               let articleYear, y != articleYear, tokens[k].text.count == 4, k > 0, tokens[k - 1].text == "in" { return true }
        }
        // "stalemated by two Soviet vetoes in as many days": a count of one member's vetoes (not "the three
        // Western vetoes" of today's vote, nor a group's) is earlier votes.
        for k in lo..<hi where k >= 2 && tokens[k].sentence == s && tokens[k].text == "vetoes" {
            if ["two", "three", "four", "five", "six", "several", "repeated", "successive", "multiple"].contains(tokens[k - 2].text),
               tokens[k - 2].sentence == s, !Self.vetoGroupAdjectives.contains(tokens[k - 1].text),
               k < 3 || !["the", "its", "their", "those", "these"].contains(tokens[k - 3].text) { return true }
        }
        // "In October 1956 London and Paris together vetoed …" in a 1996 story, "Fifty years ago today …":
        // a dated year other than the article's (after "in", "since", "on", "until" or a month) or
        // "years ago" anywhere in the sentence.
        let months = CalendarWords.months
        for k in max(0, cueStart - 25)..<min(tokens.count, cueEnd + 25) where tokens[k].sentence == s && k > 0 {
            if ["years", "decades"].contains(tokens[k - 1].text), tokens[k].text == "ago" { return true }
            if !future, let articleYear, let y = tokens[k].number, tokens[k].kind == .number, tokens[k].text.count == 4, y >= 1945, y <= 2030,
               y != articleYear, ["in", "since", "on", "until"].contains(tokens[k - 1].text) || months.contains(tokens[k - 1].text),
               !datesAnAside(year: k, before: cueStart) {
                return true
            }
        }
        // "the United States, which vetoed the application five months ago, …": "months ago" in the
        // cue's own clause (no comma or full stop between them).
        var k = cueEnd
        while k < min(tokens.count, cueEnd + 8), tokens[k].sentence == s, ![",", ";", ".", ":"].contains(tokens[k].text) {
            if k > 0, tokens[k].text == "ago", ["months", "month"].contains(tokens[k - 1].text) { return true }
            // ("The United States, which abstained last year when the council set up the commission, voted in favour
            // this time": "last year" in the cue's own clause.)
            if k > 0, tokens[k].text == "year", tokens[k - 1].text == "last" { return true }
            k += 1
        }
        // ", which vetoed a U.S. text on Friday, …": a relative clause about another text.
        // (", which had vetoed every candidate acceptable to the West, agreed to support him": every, each or all of
        // many, and a past perfect in the relative clause, are earlier votes too.)
        if stage == .vote, cueStart > 0, ["which", "who"].contains(tokens[cueStart - 1].text) || cueStart > 1 && ["which", "who"].contains(tokens[cueStart - 2].text),
           cueEnd < tokens.count, ["a", "an", "another", "two", "three", "every", "each", "all"].contains(tokens[cueEnd].text)
            || cueStart > 1 && tokens[cueStart - 1].text == "had" && ["which", "who"].contains(tokens[cueStart - 2].text) {
            return true
        }
        // "days after Russia and China vetoed a United States text": a clause opened by "after",
        // "since" or "following" about another text is an earlier vote.
        if stage == .vote, cueEnd < tokens.count, ["a", "an", "another", "two", "three"].contains(tokens[cueEnd].text) {
            var j = cueStart - 1
            var steps = 0
            while j >= 0, steps < 10, tokens[j].sentence == s, ![",", ";", ":", "."].contains(tokens[j].text) {
                if ["after", "since", "following"].contains(tokens[j].text) { return true }
                j -= 1
                steps += 1
            }
        }
        return false
    }

    /// Plural nouns that are a verb's own subject right before it ("…, as Arab states pressed ahead").
    private static let ownSubjects: Set<String> = [
        "states", "countries", "nations", "diplomats", "officials", "governments", "powers",
        "envoys", "ambassadors", "leaders", "ministers", "sponsors", "allies", "partners",
        "others", "rebels", "activists", "groups", "lawmakers", "critics", "analysts",
        // "winning exactly the nine votes it needed as six members abstained".
        "members", "delegations",
    ]

    /// The list a subject cue at `cueStart` speaks of.
    func subject(before cueStart: Int, cue: StanceCue) -> Int? {
        let sentence = tokens[cueStart].sentence
        // "The representative of the United States said that, by vetoing the text, the Russian Federation
        // had shown …": a participle after a "by" that opens the sentence or the clause after "that" takes
        // the subject that follows the phrase (not "The US allowed it to pass, by abstaining").
        if !cue.adjacent, cueStart > 1, tokens[cueStart - 1].text == "by", tokens[cueStart].text.hasSuffix("ing"),
           cueStart - 2 < firstTokenOfSentence(cueStart) || ["that", "\""].contains(tokens[cueStart - 2].text)
            || cueStart > 2 && tokens[cueStart - 2].text == "," && ["that", "\""].contains(tokens[cueStart - 3].text) {
            var j = cueStart + 1
            while j < min(tokens.count, cueStart + 14), tokens[j].sentence == sentence, tokens[j].text != "," { j += 1 }
            guard j + 1 < tokens.count, tokens[j].sentence == sentence, tokens[j].text == "," else { return nil }
            j += 1
            if tokens[j].text == "the", listStartingAt[j] < 0 { j += 1 }
            guard j < tokens.count, tokens[j].sentence == sentence, listStartingAt[j] >= 0, hasActor(lists[listStartingAt[j]]) else { return nil }
            return listStartingAt[j]
        }
        // ", abstaining in a 14-0 vote": a participle after a comma takes the sentence's subject.
        if !cue.adjacent, cueStart > 0, tokens[cueStart - 1].text == ",", tokens[cueStart].text.hasSuffix("ing") {
            let sentenceFirst = firstTokenOfSentence(cueStart)
            let k = lastListEndingBefore[min(cueStart, sentenceFirst + 4)]
            // The list that opens the sentence (within its first few words).
            var first = k
            while first >= 0, lists[first].firstToken >= sentenceFirst, first > 0, lists[first - 1].firstToken >= sentenceFirst { first -= 1 }
            if first >= 0, lists[first].sentence == sentence, lists[first].firstToken <= sentenceFirst + 3,
               lists[first].endToken <= cueStart, hasActor(lists[first]) {
                return first
            }
        }
        var candidate = lastListEndingBefore[cueStart]
        var searchedFrom = cueStart
        var pastToldObject = false
        // "…, as Arab states pressed ahead": a subject of its own stands right before the verb.
        if !cue.adjacent, !cue.nearlyAdjacent {
            var k = cueStart - 1
            while k >= 0, ["has", "have", "had", "will", "would", "also", "still", "now", "then", "were", "are", "is", "was"].contains(tokens[k].text) { k -= 1 }
            if k >= 0, Self.ownSubjects.contains(tokens[k].text), !tokens[k].capitalized, candidate >= 0, lists[candidate].endToken != k + 1 || lists[candidate].endToken <= k {
                let l = lists[candidate]
                if !(l.firstToken <= k && k < l.endToken) { return nil }
            }
        }
        while candidate >= 0 {
            // "Britain, the United States and France — South Africa's principal trading partners — have
            // made clear …": a list inside a dashed or bracketed aside is not the subject; the list before it is.
            // (The aside itself, however long, does not count towards the distance to the cue.)
            var asideLength = 0
            if candidate > 0, let outer = asideHolder(of: candidate, before: cueStart),
               // "Four of the five permanent members -- Britain, …, France and the Soviet Union -- abstained":
               // after a number of a group, the aside names the subject.
               !(mentions[lists[outer].members[0]].group != nil && partitiveBefore(lists[outer]) && hasActor(lists[candidate])) {
                searchedFrom = lists[candidate].firstToken
                asideLength = lists[candidate].endToken - lists[outer].endToken
                candidate = outer
            }
            let l = lists[candidate]
            guard l.sentence == sentence else { return nil }
            let gap = l.endToken..<cueStart
            if cue.nearlyAdjacent {
                let adverbs: Set<String> = ["firmly", "strongly", "still", "also", "all", "both", "squarely", "solidly", "resolutely", "now", "clearly"]
                guard gap.count <= 2, gap.allSatisfy({ adverbs.contains(tokens[$0].text) }), hasActor(l) else { return nil }
                return candidate
            }
            if cue.adjacent {
                let words = gap.map { tokens[$0].text }
                guard words.isEmpty || words == ["'s"] || words == ["'"] else { return nil }
                // "a rival Russian draft" is Russia's own text, not a stance on the draft.
                if cue.pattern[0].contains("draft"), l.firstToken > 0,
                   ["rival", "competing", "alternative", "own", "separate", "counter"].contains(tokens[l.firstToken - 1].text) { return nil }
                return hasActor(l) ? candidate : nil
            }
            // A relative clause after the subject (", which …,") may be long.
            // ("Denmark, in whose economic zone two of the four blasts took place, closed …": so too after a preposition.)
            let relative = gap.count >= 2 && tokens[gap.lowerBound].text == "," && ["which", "who", "whose"].contains(tokens[gap.lowerBound + 1].text)
                || gap.count >= 3 && tokens[gap.lowerBound].text == "," && ["in", "on", "at", "of", "from", "to", "for", "with"].contains(tokens[gap.lowerBound + 1].text)
                    && ["which", "whom", "whose"].contains(tokens[gap.lowerBound + 2].text)
            // "Pakistan, the only council member among eight Arab and Muslim-majority countries that issued a joint
            // statement supporting the resolution on Friday, is expected to vote in favor": so may an apposition
            // that closes with a comma just before the cue.
            let apposition = gap.count >= 4 && tokens[gap.lowerBound].text == "," && ["the", "a", "an"].contains(tokens[gap.lowerBound + 1].text)
                && (max(gap.lowerBound + 2, cueStart - 4)..<cueStart).contains { tokens[$0].text == "," }
            guard gap.count - asideLength <= (relative || apposition || pastToldObject ? 30 : 16) else { return nil }
            // A parenthetical right after the subject ("Britain, as a party to the dispute, did not vote")
            // is not a clause boundary.
            var checkRange = l.endToken..<searchedFrom
            if l.endToken < cueStart, tokens[l.endToken].text == ",",
               let close = (l.endToken + 1..<cueStart).first(where: { tokens[$0].text == "," }) {
                checkRange = close..<cueStart
            }
            // "The Soviet Union, which wants the council to order Britain to …, is expected to abstain":
            // a list inside a relative clause that closes before the cue is not the subject. ("France,
            // which … withdrew its officials from Conakry after the Guinean vote, is expected to abstain":
            // a clause boundary inside the relative clause does not end the search either.)
            var insideRelative = false
            if candidate > 0, gap.contains(where: { tokens[$0].text == "," }) {
                let before = lists[candidate - 1]
                if before.sentence == sentence, before.endToken + 1 < l.firstToken, tokens[before.endToken].text == ",",
                   ["which", "who", "whose"].contains(tokens[before.endToken + 1].text) {
                    insideRelative = true
                }
            }
            for k in checkRange where !insideRelative {
                let w = tokens[k].text
                // "the Kremlin has since said …": "since" as an adverb opens no clause.
                if w == "since", k > 0, ["has", "have", "had", "ever", "long"].contains(tokens[k - 1].text) { continue }
                // "said in a joint statement that they \"express our joint support\"": a quotation opening
                // right after "they" or "it" before the cue goes on with the reported subject.
                // ("told reporters that the Soviet Union \"has not yet taken a decision\"": so too right after the
                // subject named.)
                if w == "\"", k + 1 == cueStart, k > 0, ["they", "it"].contains(tokens[k - 1].text) || k == l.endToken, k + 1 < tokens.count { continue }
                if StanceLexicon.clauseBoundaries.contains(w) { return nil }
                // ("the United States decided not to use its veto and abstained": a vote verb joined by "and" after the
                // negated phrase is outside the negation.)
                if !cue.negated, StanceLexicon.negations.contains(w),
                   !(cue.stage == .vote && cueStart - k > 2 && tokens[cueStart - 1].text == "and") { return nil }
                // "headed by Henry Cabot Lodge Jr., is backing": an abbreviation's period ends no clause.
                if w == ".", !CouncilTokenizer.isAbbreviationPeriod(tokens, k) { return nil }
            }
            // Skip lists that are places or objects of a preposition ("ties with Syria", "unlike France").
            let prev = l.firstToken > 0 ? tokens[l.firstToken - 1].text : ""
            // "with Britain, the United States, Togo and Rwanda among its backers".
            if prev == "with", hasActor(l), tokens[cueStart].text == "among", gap.isEmpty { return candidate }
            // "with Russia likely to abstain".
            if prev == "with", hasActor(l), !gap.isEmpty,
               gap.allSatisfy({ ["likely", "expected", "set", "poised", "to", "also", "both", "all"].contains(tokens[$0].text) }) { return candidate }
            // "with Australia and Belgium abstaining": the participle's own subject.
            // ("with China not participating": so too after "not".)
            if prev == "with", hasActor(l), gap.allSatisfy({ ["both", "all", "also", "each"].contains(tokens[$0].text) }),
               tokens[cueStart].text.hasSuffix("ing")
                || tokens[cueStart].text == "not" && cueStart + 1 < tokens.count && tokens[cueStart + 1].text.hasSuffix("ing") { return candidate }
            // "with Syria, the only Arab nation on the council, abstaining": so too past an apposition or a
            // relative clause closed by a comma.
            if prev == "with", hasActor(l), relative || apposition, tokens[cueStart - 1].text == ",",
               tokens[cueStart].text.hasSuffix("ing") { return candidate }
            // "a U.S. text", "the French draft": a country naming a text is no subject.
            let modifierOnly = l.members.allSatisfy { mentions[$0].country != nil && mentions[$0].kind != .capital }
                && l.endToken < tokens.count && CouncilMentionFinder.stanceNouns.contains(tokens[l.endToken].text)
                && tokens[l.endToken].text != "-"
                && ["a", "an", "the", "its", "their", "his", "her", "this", "that", "another", "rival"].contains(prev)
            // "the representative of China said his delegation had abstained".
            // "Joza Brilej of Yugoslavia indicated that he would abstain": so too after a person's name.
            let speakerOf = prev == "of" && l.firstToken > 1
                && (["representative", "representatives", "delegate", "delegates", "delegation", "delegations", "ambassador", "ambassadors", "envoy", "envoys",
                     "minister", "spokesman", "spokeswoman", "government", "governments", "speaker", "president"].contains(tokens[l.firstToken - 2].text)
                    || tokens[l.firstToken - 2].capitalized && tokens[l.firstToken - 2].kind == .word && !tokens[l.firstToken - 2].allCaps
                        && l.firstToken - 2 > firstTokenOfSentence(l.firstToken) && !mentionEndsAt[l.firstToken - 1])
            if speakerOf, hasActor(l) { return candidate }
            // "China, India and the United Arab Emirates, which have so far declined to say …".
            if hasActor(l), gap.count >= 2, tokens[gap.lowerBound].text == ",", ["which", "who"].contains(tokens[gap.lowerBound + 1].text),
               !CouncilMentionFinder.placePrepositions.contains(prev) { return candidate }
            // "warnings from Russia that it would block the text".
            if hasActor(l), let first = gap.first, ["that", ","].contains(tokens[first].text),
               gap.dropFirst().prefix(2).contains(where: { ["it", "they"].contains(tokens[$0].text) }),
               !CouncilMentionFinder.placePrepositions.contains(prev),
               // "Britain and France, still at odds with Washington, said they …": not the object of a preposition.
               !["with", "over", "on", "about", "against", "to", "toward", "towards", "than", "like", "unlike", "between", "among", "for"].contains(prev) {
                return candidate
            }
            let skip = insideRelative || modifierOnly || !hasActor(l) || ["with", "on", "about", "over", "for", "of", "toward", "towards", "than", "like", "unlike", "from", "by", "between", "among", "against", "to", "accused", "urged", "asked",
                                                                          // "China declined to follow Moscow and abstained".
                                                                          "follow", "follows", "followed", "following"].contains(prev)
            // "The three Western powers told the Lebanese delegate, Dr. Charles Malik, that they would
            // abstain": the one told is not the subject of what it was told.
            // ("have told Washington they will abstain": so too without "that".)
            if !skip, gap.contains(where: { tokens[$0].text == "that" }) || gap.first.map({ ["they", "it", "he", "she"].contains(tokens[$0].text) }) == true,
               toldObject(candidate) {
                pastToldObject = true
                searchedFrom = l.firstToken
                candidate -= 1
                continue
            }
            if !skip {
                // "urged Russia to abstain": the stance is asked for, not told.
                if gap.contains(where: { tokens[$0].text == "to" }), controlled(l) { return nil }
                if controlled(l), cue.stage == .prevote, gap.count <= 2 { return nil }
                return candidate
            }
            // "South Africa joined Moscow and Beijing in voting no": the joiner votes the same way.
            // ("China, which has joined Russia in vetoing several texts on Syria, had not said how it would
            // vote": not inside a relative clause, whose head is the subject.)
            if !insideRelative, l.firstToken > 0, ["joined", "joining", "joins", "join"].contains(tokens[l.firstToken - 1].text)
                || l.firstToken > 1 && tokens[l.firstToken - 1].text == "the" && ["joined", "joining"].contains(tokens[l.firstToken - 2].text) {
                return candidate
            }
            if controlled(l), !insideRelative { return nil }
            searchedFrom = l.firstToken
            candidate -= 1
        }
        return nil
    }

    func firstTokenOfSentence(_ i: Int) -> Int { sentenceStart[tokens[i].sentence] }

    /// The list right before a dashed or bracketed aside that holds list `k` and closes before
    /// `cueStart` ("France — South Africa's main trading partner — will abstain"), or nil.
    private func asideHolder(of k: Int, before cueStart: Int) -> Int? {
        let inner = lists[k], outer = lists[k - 1]
        let open = outer.endToken
        guard outer.sentence == inner.sentence, open < inner.firstToken, inner.firstToken - open <= 3,
              ["—", "-", "(", ","].contains(tokens[open].text), hasActor(outer) else { return nil }
        // "China, normally Moscow's partner in blocking Western initiatives, abstained": between commas,
        // only a possessive noun phrase in apposition is an aside.
        if tokens[open].text == "," {
            guard inner.endToken < tokens.count, tokens[inner.endToken].text == "'s",
                  (open + 1..<inner.firstToken).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized }) else { return nil }
        }
        let closer = tokens[open].text == "(" ? ")" : tokens[open].text
        guard (inner.endToken..<cueStart).contains(where: { tokens[$0].text == closer }) else { return nil }
        return k - 1
    }

    /// Whether list `k` is the one told something ("told the Lebanese delegate"), or a name in
    /// apposition to it ("…, Dr. Charles Malik,").
    private func toldObject(_ k: Int) -> Bool {
        let verbs: Set<String> = ["told", "informed", "assured", "notified", "warned", "advised"]
        func told(_ l: MentionList) -> Bool {
            guard controlled(l) else { return false }
            let v = l.firstToken > 1 && tokens[l.firstToken - 1].text == "the" ? l.firstToken - 2 : l.firstToken - 1
            return v >= 0 && verbs.contains(tokens[v].text)
        }
        if told(lists[k]) { return true }
        guard k > 0 else { return false }
        var j = lists[k].firstToken - 1
        var steps = 0
        while j > lists[k - 1].endToken, steps < 5, tokens[j].capitalized || tokens[j].text.hasSuffix(".") { j -= 1; steps += 1 }
        return j == lists[k - 1].endToken && tokens[j].text == "," && told(lists[k - 1])
    }

    /// Whether the list is the object of a verb such as "urge", "convince" or "failed to convince".
    private func controlled(_ l: MentionList) -> Bool {
        var k = l.firstToken - 1
        if k >= 0, tokens[k].text == "the" { k -= 1 }
        guard k >= 0, tokens[k].sentence == l.sentence else { return false }
        return StanceLexicon.controlVerbs.contains(tokens[k].text)
    }

    /// The list an object cue ending at `cueEnd` speaks of.
    /// The sentence's opening subject before token `i` (a list of members starting its sentence), or nil.
    private func openingSubject(of i: Int) -> Int? {
        let start = firstTokenOfSentence(i)
        let k = start + 1 < tokens.count && tokens[start].text == "the" ? start + 1 : start
        guard k < i, listStartingAt[k] >= 0, hasActor(lists[listStartingAt[k]]) else { return nil }
        return listStartingAt[k]
    }

    /// A signal that list `l` threatens no veto, with the words from token `from` to `to` as evidence.
    private func vetoWithheldSignal(list l: Int, from: Int, to: Int) -> StanceSignal {
        StanceSignal(list: l, stance: .unknown, veto: .none, stage: .prevote, priority: 0,
                     evidence: TextSpan(start: tokens[from].start, end: tokens[max(from, min(to, tokens.count) - 1)].end), token: from,
                     vetoWithheld: true)
    }

    /// The list spelled out after the first colon or dash within twenty words of `k` in its sentence
    /// (past a relative clause on the noun), or nil.
    private func listAfterColon(from k: Int) -> Int? {
        let s = tokens[k].sentence
        var j = k
        while j < min(tokens.count, k + 20), tokens[j].sentence == s, ![":", "—"].contains(tokens[j].text) {
            if [".", ";", "("].contains(tokens[j].text) { return nil }
            j += 1
        }
        guard j + 1 < tokens.count, tokens[j].sentence == s, [":", "—"].contains(tokens[j].text) else { return nil }
        var start = j + 1
        if start + 1 < tokens.count, tokens[start].text == "the", listStartingAt[start] < 0 { start += 1 }
        guard tokens[start].sentence == s, listStartingAt[start] >= 0, hasActor(lists[listStartingAt[start]]) else { return nil }
        return listStartingAt[start]
    }

    private func object(after cueEnd: Int) -> Int? {
        var k = cueEnd
        var skipped = 0
        while k < tokens.count, skipped < 3 {
            if listStartingAt[k] >= 0 {
                let l = listStartingAt[k]
                return hasActor(lists[l]) ? l : nil
            }
            // ("drew support from only one other member, the Dominican Republic".)
            guard ["the", "(", ":", "—", "-", ",", "both", "fellow", "its", "from", "by", "of", "permanent", "council", "members", "'s", "all", "only"].contains(tokens[k].text) else { return nil }
            k += 1
            skipped += 1
        }
        if k < tokens.count, listStartingAt[k] >= 0, hasActor(lists[listStartingAt[k]]) { return listStartingAt[k] }
        return namedKind(after: cueEnd)
    }

    /// "put forward by the council's nonaligned members — Botswana, Honduras, …", "drafted by the eight
    /// nonaligned members of the Council, Guinea, India, …": a kind of members no group reads, named right after
    /// by a dash, colon or comma: the list that names them.
    private func namedKind(after cueEnd: Int) -> Int? {
        guard cueEnd < tokens.count else { return nil }
        let s = tokens[cueEnd].sentence
        func w(_ k: Int) -> String { k < tokens.count && tokens[k].sentence == s ? tokens[k].text : "" }
        var k = cueEnd
        guard ["the", "its", "their"].contains(w(k)) else { return nil }
        k += 1
        if w(k) == "council", w(k + 1) == "'s" { k += 2 }
        let nouns: Set<String> = ["members", "states", "countries", "nations", "delegations", "powers", "governments", "allies", "sponsors"]
        var words = 0
        while words < 3, !w(k).isEmpty, !nouns.contains(w(k)), tokens[k].kind != .punct, listStartingAt[k] < 0 { k += 1; words += 1 }
        guard nouns.contains(w(k)) else { return nil }
        k += 1
        if w(k) == "of", w(k + 1) == "the", w(k + 2) == "council" { k += 3 }
        guard ["—", ":", ",", "-", "("].contains(w(k)) else { return nil }
        k += 1
        guard k < tokens.count, tokens[k].sentence == s, listStartingAt[k] >= 0, hasActor(lists[listStartingAt[k]]) else { return nil }
        return listStartingAt[k]
    }

    /// The head word of the object after a verb: "the accusations", "a formal discussion" → the noun.
    static func objectHead(_ tokens: [CouncilToken], from k: Int) -> String {
        var j = k
        var steps = 0
        while j < tokens.count, steps < 3, ["the", "its", "any", "a", "an", "their", "formal", "open", "public", "further", "such", "to", "his", "her",
                                            "online", "virtual", "emergency", "urgent"].contains(tokens[j].text) {
            j += 1
            steps += 1
        }
        return j < tokens.count ? tokens[j].text : ""
    }

    /// Whether "we" (a delegation speaking) stands just before the cue inside a quotation.
    private func firstPersonBefore(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, tokens[k].sentence == tokens[i].sentence {
            if tokens[k].text == "we" { return true }
            if tokens[k].text == "\"" { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The country named as the speaker right after the closing quotation mark.
    private func speakerAfterQuote(from end: Int) -> Int? {
        var k = end
        var steps = 0
        while k < tokens.count, steps < 25, tokens[k].text != "\"" { k += 1; steps += 1 }
        guard k < tokens.count, tokens[k].text == "\"" else { return nil }
        let speech: Set<String> = ["said", "says", "told", "added", "insisted", "warned", "stated", "declared", "argued", "tweeted"]
        var j = k + 1
        var seenSpeech = false
        while j < tokens.count, j <= k + 8 {
            if speech.contains(tokens[j].text) { seenSpeech = true }
            if listStartingAt[j] >= 0 {
                let l = lists[listStartingAt[j]]
                let after = (l.endToken..<min(tokens.count, l.endToken + 5)).contains { speech.contains(tokens[$0].text) }
                if (seenSpeech || after), hasActor(l) { return listStartingAt[j] }
            }
            j += 1
        }
        return nil
    }

    /// The country of a speaker introduced before the quotation: "Adlai E. Stevenson, who announced that
    /// the United States would end all sales …, told the Council that “we shall support” the text". The
    /// quotation must follow a verb of speech (and "that"), and the sentence must name exactly one
    /// country before it.
    private func speakerBeforeQuote(of i: Int) -> Int? {
        let s = tokens[i].sentence
        var open = i - 1
        while open >= 0, tokens[open].sentence == s, tokens[open].text != "\"" { open -= 1 }
        guard open > 0, tokens[open].sentence == s else { return nil }
        let speech: Set<String> = ["said", "says", "told", "declared", "announced", "insisted", "stated", "added", "replied", "assured"]
        guard (max(0, open - 6)..<open).contains(where: { tokens[$0].sentence == s && speech.contains(tokens[$0].text) }) else { return nil }
        // Countries after a preposition ("sales … to South Africa") are not speakers.
        let prepositions: Set<String> = ["to", "from", "with", "in", "on", "against", "of", "for", "by", "over", "about", "toward", "towards", "into", "at"]
        let named = listsOfSentence[s].filter {
            lists[$0].endToken <= open && hasActor(lists[$0])
                && !(lists[$0].firstToken > 0 && prepositions.contains(tokens[lists[$0].firstToken - 1].text))
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Whether the cue follows "but" or "and" with no subject of its own ("but have not committed").
    private func elidedSubjectBefore(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, tokens[k].sentence == tokens[i].sentence {
            if ["but", "yet", "and"].contains(tokens[k].text) { return true }
            // ("…, but are expected to abstain": a copula and "expected/likely to" before the verb.)
            guard ["would", "will", "had", "has", "have", "also", "still", "not", "formally", "publicly", "'d", "'ll", "so", "far",
                   "are", "is", "were", "was", "expected", "likely", "to"].contains(tokens[k].text) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Whether a subject pronoun stands just before the cue ("it abstained", "they would abstain").
    private func pronounBefore(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 3, tokens[k].sentence == tokens[i].sentence {
            if ["it", "they"].contains(tokens[k].text) { return true }
            guard ["would", "will", "had", "has", "have", "also", "still", "then", "'d", "'ll", "could", "might", "may", "all", "both"].contains(tokens[k].text) else { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The list before "joined" when `l` follows it ("Australia and Denmark joined the three Western powers").
    private func joinerList(of l: MentionList) -> Int? {
        var j = l.firstToken - 1
        if j > 0, tokens[j].text == "the" { j -= 1 }
        guard j > 0, ["joined", "joining", "joins", "join"].contains(tokens[j].text) else { return nil }
        let k = lastListEndingBefore[j]
        guard k >= 0, lists[k].sentence == l.sentence, hasActor(lists[k]) else { return nil }
        if lists[k].endToken >= l.firstToken - 3 { return k }
        // "Britain and France, which hold vetoes, joined the United States": a relative clause between.
        let end = lists[k].endToken
        guard tokens[j - 1].text == ",", end < j - 1, j - 1 - end <= 10, tokens[end].text == ",",
              (end..<(j - 1)).contains(where: { ["which", "who", "whose"].contains(tokens[$0].text) }) else { return nil }
        return k
    }

    func hasActor(_ l: MentionList) -> Bool { l.members.contains { mentions[$0].actor } }
}
