/// What the article says about the decision as a whole: whether a vote took place, what the text
/// calls the result, whether the vote was procedural, and the sponsors' hopes before it.
struct DecisionPhrases: Sendable {
    /// The text says the draft was adopted ("adopted", "approved", "passed").
    var saysAdopted: TextSpan?
    /// The text says it was not ("was not adopted", "failed to pass", "was defeated").
    var saysNotAdopted: TextSpan?
    /// The text says the draft was vetoed ("was vetoed", "vetoed by").
    var saysVetoed: TextSpan?
    /// A past-tense vote word: the vote has taken place.
    var voteTookPlace = false
    /// "procedural vote": the veto does not apply.
    var procedural = false
    /// The token of the first word calling the vote procedural.
    var proceduralAt: Int?
    /// "short of the nine votes", "lacks the votes": the sponsors do not have enough.
    var saysShort: (span: TextSpan, votes: Int?)?
    /// "expected to pass", "has enough votes".
    var saysLikely: TextSpan?
    /// Votes the sponsors want before tabling ("the minimum 11 of 15 votes it feels it needs").
    var sponsorTarget: Int?
    /// The token where `sponsorTarget` was read.
    var sponsorTargetAt: Int?
    /// The vote will come later ("will vote", "is expected to vote", "plans to put to a vote").
    var voteAhead = false
    /// "are unlikely to need their veto", "had no need to use their veto": the permanent members
    /// against the draft need not veto it (it lacks the votes anyway).
    var vetoUnneeded = false
    /// "is expected to fall well short of the nine votes it needs": the vote's result is forecast to lack the votes
    /// (not a count of backers so far, as in "has the backing of only four members, three short of the seven").
    var shortForecast = false

    /// The words of the cases of `init`'s reading, exactly: with numbers, the only tokens a
    /// phrase starts from.
    static let phraseStarts: WordSet = [
        "carried", "adopted", "approved", "passed", "failed", "fails", "failing", "through", "unable",
        "defeated", "rejected", "vetoed", "fell", "vote", "procedural", "procedure", "agenda", "take",
        "invite", "convene", "adjourn", "postpone", "short", "near", "lacks", "lack", "lacked", "lacking", "votes",
        "enough", "expect", "expects", "expected", "likely", "set", "poised", "assured", "certain", "sure",
        "confident", "confidence", "objections", "objection", "objected", "unanimous", "unanimity", "need",
        "needed", "headed", "heading", "track", "subject",
    ]

    /// What the Council decides on: a draft, or an application, motion, proposal, request or
    /// recommendation before it ("The application is expected to be approved without opposition").
    static let draftWords: Set<String> = ["resolution", "draft", "text", "measure", "it", "application", "motion", "proposal",
                                          "request", "recommendation"]

    /// Whether "failed"/"fell" after `before` ends a clause telling that a text failed ("the text failed.",
    /// "which failed", "the measure fell, …"), not "failed to …" or a bid, an effort or a government falling.
    static func textFails(_ before: String, next: String, nextKind: CouncilToken.Kind) -> Bool {
        guard ["resolution", "draft", "text", "measure", "proposal", "motion", "which"].contains(before) else { return false }
        return next.isEmpty || nextKind == .punct && next != "-" || ["and", "but", "after", "when", "because", "as", "on", "in", "with"].contains(next)
    }

    init(tokens: [CouncilToken], readable: ReadableText, needed: Int) {
        var i = 0
        while i < tokens.count {
            let s = tokens[i].sentence
            guard readable.reads(i, sentence: s) else { i += 1; continue }
            func w(_ k: Int) -> String {
                let j = i + k
                return j >= 0 && j < tokens.count && tokens[j].sentence == s ? tokens[j].text : ""
            }
            func span(_ a: Int, _ b: Int) -> TextSpan {
                TextSpan(start: tokens[max(0, i + a)].start, end: tokens[min(tokens.count - 1, i + b)].end)
            }
            let t = w(0)
            // Only a number or a word of the cases below starts a phrase.
            guard tokens[i].number != nil || Self.phraseStarts.contains(t) else { i += 1; continue }
            switch t {
            case "carried":
                // "The American resolution carried with exactly the seven votes required", "was carried by 9 votes".
                if ["resolution", "draft", "text", "measure", "proposal", "motion", "was", "were"].contains(w(-1)), w(1) != "out" {
                    saysAdopted = saysAdopted ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "adopted", "approved", "passed":
                let negated = ["not", "never", "n't"].contains(w(-1)) || (w(-1) == "be" && w(-2) == "to" && ["failed", "fails"].contains(w(-3)))
                    || w(-2) == "not"
                // "withdraw its forces \"as soon as the Ruler of Kuwait considers that the threat has passed\"",
                // "the deadline passed": a threat, a danger or a time passing is no text adopted.
                let timePassing = t == "passed" && (["threat", "danger", "crisis", "emergency", "peril", "deadline", "moment", "time",
                                                     "hour", "date", "storm", "point", "worst", "days", "weeks", "months", "years"].contains(w(-1))
                    || ["has", "had", "have"].contains(w(-1)) && ["threat", "danger", "crisis", "emergency", "peril", "deadline", "moment",
                                                                  "time", "hour", "date", "storm", "point", "worst"].contains(w(-2))
                    || w(1) == "away")
                let future = ["be", "to", "will", "would", "could"].contains(w(-1)) || timePassing
                if negated { saysNotAdopted = saysNotAdopted ?? span(-3, 0); voteTookPlace = true }
                else if !future, ["was", "were", "has", "had", "unanimously", "council", "resolution", "it", "and", "text", "measure", "draft", "been", "members", "body", "overwhelmingly", "narrowly", "easily", "quickly", "finally", "also", "which", "that", "later"].contains(w(-1)) || w(1) == "by" || w(1) == "unanimously" || w(1) == "resolution" || w(1) == "a" && w(2) == "resolution" {
                    // "Members had earlier approved …" is still a recorded result.
                    saysAdopted = saysAdopted ?? span(-2, 0)
                    voteTookPlace = true
                }
            case "failed", "fails", "failing":
                // "failed to gather the nine votes it needed": short of the votes, whether or not it was put to a vote.
                if w(1) == "to", ["gather", "win", "get", "secure", "muster", "attract", "garner", "obtain", "command", "reach"].contains(w(2)),
                   let (n, end) = votesPhrase(tokens, from: i + 3, sentence: s) {
                    saysShort = saysShort ?? (span(0, end - i - 1), n)
                }
                if ["to"].contains(w(1)), ["pass", "win", "obtain", "secure", "get", "garner", "muster", "receive", "gain", "be", "reach", "carry"].contains(w(2)),
                   ["was", "were", "did", "has", "had", "resolution", "draft", "text", "measure", "it"].contains(w(-1)) || w(-2) == "resolution" || w(-2) == "draft" {
                    saysNotAdopted = saysNotAdopted ?? span(-1, 3)
                    voteTookPlace = true
                }
                // "…; the text failed.", "voted for the text, which failed", "the measure fell": a text failing
                // outright, its clause ending there.
                if t == "failed", Self.textFails(w(-1), next: w(1), nextKind: i + 1 < tokens.count ? tokens[i + 1].kind : .punct) {
                    saysNotAdopted = saysNotAdopted ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "through":
                // "The American resolution squeaked through with the bare minimum of seven votes".
                if ["squeaked", "scraped", "squeezed", "sailed", "slipped", "breezed"].contains(w(-1)) {
                    saysAdopted = saysAdopted ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "unable":
                // "The Security Council … was unable to adopt the American draft resolution".
                if w(1) == "to", ["adopt", "pass", "approve"].contains(w(2)), ["was", "were", "is", "been", "council", "members"].contains(w(-1)) {
                    saysNotAdopted = saysNotAdopted ?? span(-1, 2)
                }
            case "defeated", "rejected":
                if ["was", "were", "been", "council", "members", "body"].contains(w(-1)) || w(1) == "by" {
                    saysNotAdopted = saysNotAdopted ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "vetoed":
                if ["was", "were", "been"].contains(w(-1)) || w(1) == "by" && w(-1) != "be" {
                    saysVetoed = saysVetoed ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "fell":
                if w(1) == "short" { saysNotAdopted = saysNotAdopted ?? span(0, 1); voteTookPlace = true }
                if Self.textFails(w(-1), next: w(1), nextKind: i + 1 < tokens.count ? tokens[i + 1].kind : .punct) {
                    saysNotAdopted = saysNotAdopted ?? span(-1, 0)
                    voteTookPlace = true
                }
            case "vote":
                if ["will", "to", "would", "'ll", "could", "may", "might", "a", "the"].contains(w(-1)) || ["on", "later", "next", "this", "as"].contains(w(1)) {
                    if ["will", "to", "'ll", "expected", "planned", "scheduled", "set"].contains(w(-1)) || ["later", "next"].contains(w(1)) { voteAhead = true }
                }
                if ["procedural"].contains(w(-1)) { procedural = true; proceduralAt = proceduralAt ?? i }
            case "procedural":
                // "contended that the question was procedural only in appearance", "whether it was
                // procedural", "not procedural": one side's argument or a doubt, not the Council's ruling.
                let disputed = ["not", "n't", "whether", "if"].contains(w(-1)) || ["not", "whether", "if"].contains(w(-2))
                    || w(1) == "only" && w(2) == "in" || (1...12).contains { ["contended", "argued", "claimed", "insisted", "maintained", "disputed", "denied"].contains(w(-$0)) }
                if !disputed, ["vote", "motion", "matter", "question", "decision", "ballot"].contains(w(1))
                    || ["was", "is", "as", "were", "be", "being"].contains(w(-1)) { procedural = true; proceduralAt = proceduralAt ?? i }
            case "subject":
                // "The procedural vote, which is not subject to veto, …", "was … not subject to a veto": the
                // Council's ruling that the veto does not apply.
                if w(-1) == "not", w(1) == "to", w(2) == "veto" || ["a", "the"].contains(w(2)) && w(3) == "veto" {
                    procedural = true; proceduralAt = proceduralAt ?? i
                }
            case "procedure":
                // "because the decision was one of procedure the veto did not apply", "a matter of procedure".
                let disputed = (1...12).contains { ["contended", "argued", "claimed", "insisted", "maintained", "disputed", "denied", "whether", "not", "n't"].contains(w(-$0)) }
                if w(-1) == "of", ["one", "matter", "question"].contains(w(-2)), !disputed { procedural = true; proceduralAt = proceduralAt ?? i }
            case "agenda":
                // Adopting an agenda or inviting a party is procedural: no veto applies. ("had fought for two
                // days to keep the question off the agenda" is a fight before the vote, not the vote.)
                if ["its", "the", "formal"].contains(w(-1)), w(-2) != "off", w(-3) != "off" { procedural = true; proceduralAt = proceduralAt ?? i }
            case "take", "invite", "convene", "adjourn", "postpone":
                if w(-1) == "to", [w(-2), w(-3), w(-4)].contains(where: { ["voted", "decided", "agreed"].contains($0) }) { procedural = true; proceduralAt = proceduralAt ?? i }
            case "short":
                // "That gives it eight votes, one short of the nine required": a count so far, not a forecast.
                // ("has only seven votes, two short of the nine needed" still says the sponsors lack them.)
                let countSoFar = i > 0 && tokens[i - 1].sentence == s && tokens[i - 1].number != nil
                    && !(max(0, i - 12)..<i).contains { tokens[$0].sentence == s && ["only", "just", "still", "merely"].contains(tokens[$0].text) }
                if w(1) == "of", !countSoFar, let (n, end) = votesPhrase(tokens, from: i + 2, sentence: s) {
                    saysShort = saysShort ?? (span(0, end - i - 1), n)
                    // ("fall well short", "falls far short", "to fall just short".)
                    let adverb = ["well", "far", "just", "badly", "way", "significantly", "considerably"].contains(w(-1)) ? 1 : 0
                    if ["fall", "falls", "falling"].contains(w(-1 - adverb)) { shortForecast = true }
                }
            case "near":
                // "the draft resolution nowhere near the nine votes it needs", "not anywhere near".
                if w(-1) == "nowhere" || w(-1) == "anywhere" && ["not", "n't"].contains(w(-2)),
                   let (n, end) = votesPhrase(tokens, from: i + 1, sentence: s) {
                    saysShort = saysShort ?? (span(-1, end - i - 1), n)
                }
            case "lacks", "lack", "lacked", "lacking":
                if let (n, end) = votesPhrase(tokens, from: i + 1, sentence: s) { saysShort = saysShort ?? (span(0, end - i - 1), n) }
            case "votes":
                // "it had the votes to pass", "has the votes".
                if w(-1) == "the", ["has", "have", "had"].contains(w(-2)) { saysLikely = saysLikely ?? span(-2, 0) }
            case "enough":
                // "it was unclear whether the text had enough support to pass": a question, not a count.
                let asked = (1...6).contains { ["whether", "if"].contains(w(-$0)) }
                if w(1) == "votes" || w(1) == "support", !asked {
                    let negated = ["not", "n't", "without", "lacks", "lack"].contains(w(-1)) || ["not", "n't", "lacks"].contains(w(-2)) || w(-2) == "have" && w(-3) == "not"
                    if negated { saysShort = saysShort ?? (span(-2, 1), nil) } else if ["has", "have", "had", "with", "secured", "won", "gathered", "mustered"].contains(w(-1)) { saysLikely = saysLikely ?? span(-1, 1) }
                }
            case "expect", "expects", "expected":
                // "diplomats expected the measure to pass", "the text was expected to be adopted".
                var k = 1
                while k < 5, !w(k).isEmpty, w(k) != "to" { k += 1 }
                let between = (1..<k).map { w($0) }
                let subjectIsDraft = between.isEmpty
                    ? (max(0, i - 25)..<i).contains { tokens[$0].sentence == s && Self.draftWords.contains(tokens[$0].text) }
                    : between.contains { Self.draftWords.contains($0) }
                // "The UN Security Council is expected to adopt a resolution …".
                let councilSubject = (max(0, i - 8)..<i).contains { tokens[$0].sentence == s && ["council", "members", "body"].contains(tokens[$0].text) }
                if w(1) == "to", councilSubject, ["adopt", "approve", "pass", "endorse"].contains(w(2)), !["not", "n't"].contains(w(-1)) {
                    saysLikely = saysLikely ?? span(0, 2)
                }
                if w(k) == "to", subjectIsDraft, !["not", "n't"].contains(w(-1)) {
                    let verb = w(k + 1)
                    if ["pass", "sail", "clear", "win"].contains(verb) || verb == "be" && ["adopted", "approved", "passed"].contains(w(k + 2)) {
                        saysLikely = saysLikely ?? span(0, k + 1)
                    }
                }
            case "likely", "set", "poised", "assured", "certain", "sure":
                if w(1) == "to", ["pass", "be", "win", "sail", "get", "clear"].contains(w(2)) {
                    if w(2) != "be" || ["adopted", "approved", "passed"].contains(w(3)) {
                        let subjectIsDraft = (max(0, i - 20)..<i).contains { tokens[$0].sentence == s && Self.draftWords.contains(tokens[$0].text) }
                        if subjectIsDraft { saysLikely = saysLikely ?? span(-1, 3) }
                    }
                }
                if t == "assured", w(1) == "of", w(2) == "passage" { saysLikely = saysLikely ?? span(0, 2) }
                // "appeared tonight to be assured of a majority when the Security Council votes".
                if t == "assured", w(1) == "of", ["a", "the"].contains(w(2)), ["majority", "votes"].contains(w(3)),
                   !(1...3).contains(where: { ["not", "n't", "no", "longer"].contains(w(-$0)) }) { saysLikely = saysLikely ?? span(0, 3) }
                if t == "set", w(1) == "for", ["adoption", "approval", "passage"].contains(w(2)) { saysLikely = saysLikely ?? span(0, 2) }
            case "confident", "confidence":
                // "officials confident that it would pass comfortably".
                if !["not", "n't", "less"].contains(w(-1)), (1...5).contains(where: { ["pass", "passed", "adopted", "approved"].contains(w($0)) }),
                   !(1...5).contains(where: { ["not", "n't", "fail"].contains(w($0)) }) {
                    saysLikely = saysLikely ?? span(0, 3)
                }
            case "objections", "objection", "objected":
                // "none had raised objections", "no member has objected": nothing stands in the draft's way.
                let nobody = (1...4).contains(where: { ["none", "nobody"].contains(w(-$0)) || w(-$0) == "one" && w(-$0 - 1) == "no" })
                    || t != "objected" && ["no", "any"].contains(w(-1)) && ["raised", "voiced"].contains(w(-2)) && ["has", "have", "had"].contains(w(-3)) && w(-4) != "not"
                let voiced = t == "objected" || (1...3).contains(where: { ["raised", "voiced", "lodged", "had", "has"].contains(w(-$0)) })
                if nobody, voiced, !(1...6).contains(where: { ["not", "n't", "if", "whether"].contains(w(-$0)) }) {
                    saysLikely = saysLikely ?? span(-3, 0)
                }
            case "unanimous", "unanimity":
                // "it wanted … a unanimous 15-0 vote": the sponsors' target is every seat.
                let wishes: Set<String> = ["wanted", "wants", "want", "seeks", "seeking", "sought", "seek", "hoping", "hopes", "hoped", "aiming", "aims", "pushing"]
                if (max(0, i - 14)..<i).contains(where: { tokens[$0].sentence == s && wishes.contains(tokens[$0].text) }), sponsorTarget == nil {
                    sponsorTarget = needed == 7 ? 11 : 15
                    sponsorTargetAt = i
                }
            case "need", "needed":
                // "Moscow and Beijing are unlikely to need their veto", "had no need to use their veto".
                // ("Moscow will not even need its veto": an adverb may stand between.)
                let adverb = ["even", "really", "actually", "probably", "likely", "ever"].contains(w(-1)) ? 1 : 0
                let noNeed = ["unlikely", "no", "not", "n't", "never"].contains(w(-1 - adverb))
                    || w(-1 - adverb) == "to" && ["unlikely", "not", "n't"].contains(w(-2 - adverb))
                if noNeed, (1...5).contains(where: { ["veto", "vetoes", "veto-wielding"].contains(w($0)) }) { vetoUnneeded = true }
            case "headed", "heading", "track":
                if ["for", "to"].contains(w(1)), ["adoption", "approval", "passage", "pass"].contains(w(2)) { saysLikely = saysLikely ?? span(0, 2) }
            default: break
            }
            // "has the support of at least 10 members", "has secured the nine votes needed".
            // "the support of at least 12 of the council's 15 members".
            var after = 1
            if w(1) == "of" {
                var j = 2
                while j < 6, !["members", "votes", "countries"].contains(w(j)), !w(j).isEmpty { j += 1 }
                if ["members", "votes", "countries"].contains(w(j)) { after = j }
            }
            if let n = tokens[i].number, n >= needed, n <= 15, ["votes", "members", "countries"].contains(w(after)) {
                let lo = max(0, i - 5)
                let before = (lo..<i).filter { tokens[$0].sentence == s }.map { tokens[$0].text }
                // ("was confident of at least nine votes", "predicted it would pass with 13 votes".)
                let has = before.contains { ["secured", "has", "have", "won", "lined", "gathered", "mustered", "commands", "confident", "assured",
                                             "sure", "certain", "expects", "predicted", "predicts", "pass", "passing"].contains($0) }
                    || before.contains("support") || before.contains("backing")
                let negated = before.contains { ["not", "n't", "lacks", "without", "short", "need", "needs", "needed", "unlikely", "fewer", "less",
                                                 "if", "unless"].contains($0) }
                // "has secured the nine votes needed": the threshold is reached.
                let secured = before.contains { ["secured", "won", "gathered", "mustered", "lined", "clinched"].contains($0) }
                if has, !negated, secured || !["needed", "required", "necessary", "to"].contains(w(after + 1)) || w(after + 2) == "adoption" {
                    saysLikely = saysLikely ?? span(0, 1)
                }
            }
            // "… would give the sponsors the nine votes they need. They are hoping for at least 10.": after a
            // wish, a number that ends its sentence stands for the votes of the sentence before.
            if let n = tokens[i].number, n > needed, n <= 15, sponsorTarget == nil, w(1) == "" || w(1) == ".",
               (max(0, i - 5)..<i).contains(where: { tokens[$0].sentence == s && ["hoping", "hope", "hopes", "hoped", "aiming", "aim", "aims",
                                                                                 "want", "wants", "wanted", "seeking", "seek", "seeks",
                                                                                 "targeting"].contains(tokens[$0].text) }),
               (max(0, i - 60)..<i).contains(where: { tokens[$0].sentence >= s - 1 && tokens[$0].text == "votes" }) {
                sponsorTarget = n
                sponsorTargetAt = i
            }
            // Sponsors' target: "the minimum 11 of 15 votes it feels it needs", "if we get 11 votes".
            // ("The draft needs seven of the eleven votes": the second number is the Council's size.)
            let sizeAfterCount = w(-1) == "of" && tokens[safe: i - 2]?.number != nil
                || w(-1) == "the" && w(-2) == "of" && tokens[safe: i - 3]?.number != nil
            if let n = tokens[i].number, n > needed, n <= 15, tokens[i].kind == .number || t != "no", !sizeAfterCount {
                var k = i + 1
                if w(1) == "of", tokens[safe: i + 2]?.number != nil { k = i + 3 }
                // "aiming for the backing of at least 12 of the 15 members".
                if w(1) == "of", w(2) == "the", tokens[safe: i + 3]?.number != nil { k = i + 4 }
                // "hoping to win the backing of all 15 members".
                let allMembers = k < tokens.count && tokens[k].text == "members" && (w(-1) == "all" || k > i + 1)
                    && (max(0, i - 7)..<i).contains { ["backing", "support", "votes"].contains(tokens[$0].text) }
                if k < tokens.count, tokens[k].sentence == s, tokens[k].text == "votes" || allMembers {
                    let lo = max(0, i - (allMembers ? 9 : 6)), hi = min(tokens.count, k + 6)
                    let context = (lo..<hi).filter { tokens[$0].sentence == s }.map { tokens[$0].text }
                    let wants: Set<String> = ["needs", "need", "needed", "wants", "want", "wanted", "hopes", "hope", "hoping", "hoped", "seek", "seeks", "seeking", "sought", "aim", "aims", "aiming", "target", "targeting", "secure", "muster", "gather", "if", "minimum", "short", "require", "requires"]
                    if context.contains(where: { wants.contains($0) }), sponsorTarget == nil { sponsorTarget = n; sponsorTargetAt = i }
                }
            }
            i += 1
        }
    }

    /// "the nine votes needed", "the minimum 11 of 15 votes", "enough votes": the number, and the
    /// token after the phrase.
    private func votesPhrase(_ tokens: [CouncilToken], from start: Int, sentence s: Int) -> (Int?, Int)? {
        var k = start
        var n: Int?
        var steps = 0
        while k < tokens.count, tokens[k].sentence == s, steps < 7 {
            let t = tokens[k].text
            if let v = tokens[k].number, v > 0, v <= 15, n == nil { n = v }
            if t == "votes" || t == "support" && n == nil { return (n, k + 1) }
            // "short of the nine needed".
            if n != nil, ["needed", "required", "necessary"].contains(t) { return (n, k + 1) }
            // "the two-thirds majority needed" is an Assembly's rule, not the Council's.
            if t == "majority" { return tokens[max(start, k - 2)..<k].contains { $0.text == "thirds" } ? nil : (n, k + 1) }
            k += 1
            steps += 1
        }
        return nil
    }
}
