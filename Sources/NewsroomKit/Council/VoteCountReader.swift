/// Totals an article reports for a vote, and the members it lists under each total.
struct ReportedVote: Sendable, Hashable {
    var yes: Int?
    var no: Int?
    var abstain: Int?
    /// "adopted unanimously", "voted 15-0".
    var unanimous = false
    /// Where the totals are written.
    var evidence: TextSpan?
    /// Members listed with a total ("2 abstentions (China, Russian Federation)").
    var listed: [StanceSignal] = []
    /// The totals were read noes first only because a rejection was told near them ("rejected … The vote
    /// was 7 to 4"), not because the text says so ("6 to 3 against").
    var noesFirstByRejection = false
    /// Whether any totals were read.
    var hasTotals: Bool { yes != nil || no != nil || abstain != nil || unanimous }
}

/// Reads vote totals in UN press-release wording ("by a vote of 13 in favour to none against, with
/// 2 abstentions (China, Russian Federation)") and agency wording ("voted 13-0 with two
/// abstentions", "by 14 votes to none", "received only four votes in favour").
struct VoteCountReader {
    let tokens: [CouncilToken]
    let lists: [MentionList]
    let mentions: [CouncilMention]
    let readable: ReadableText

    private enum Category { case yes, no, abstain }

    /// The first set of totals in the text (later, different totals are ignored).
    func read() -> ReportedVote {
        var vote = ReportedVote()
        var listStarting = [Int: Int]()
        for (k, l) in lists.enumerated() { listStarting[l.firstToken] = k }
        var i = 0
        var lastSentence = -1
        // The end of the last total read as a hope or a hypothesis.
        var hedgedEnd = -1
        // "The General Assembly last Thursday asked the Council to consider the package by a vote of 52 to 2, with
        // 5 abstentions": a sentence whose totals no Council can cast is another body's; none of its counts is read.
        var largerBodySentence = -1
        while i < tokens.count {
            let t = tokens[i]
            guard readable.reads(i, sentence: t.sentence) else { i += 1; continue }
            if t.kind == .number, let n = t.number, n > 15, n < 1000, t.text.count <= 3, i + 2 < tokens.count,
               tokens[i + 1].text == "to" || tokens[i + 1].text == "-" || tokens[i + 1].text == "votes" && tokens[i + 2].text == "to",
               tokens[i + 2].number != nil || tokens[i + 1].text == "votes" {
                largerBodySentence = t.sentence
            }
            if t.sentence == largerBodySentence { i += 1; continue }
            if t.text == "unanimously" || t.text == "unanimous" {
                let prev = i > 0 ? tokens[i - 1].text : ""
                let prev2 = i > 1 ? tokens[i - 2].text : ""
                let lo = max(0, i - 4)
                let modal = (lo..<i).contains { ["be", "expected", "would", "will", "could", "likely", "to", "may", "might"].contains(tokens[$0].text) }
                    || wished(i)
                let unreached = prev == "a" && ["reach", "reached", "reaching", "achieve", "achieved", "no", "without", "secure", "get", "for"].contains(prev2)
                if !modal, !unreached, !["not", "failed"].contains(prev) {
                    if !StanceLexicon.negations.contains(prev), !["unanimity", "consensus"].contains(prev) {
                        vote.unanimous = true
                        vote.evidence = vote.evidence ?? spanOfSentenceWords(around: i)
                    }
                }
                i += 1
                continue
            }
            // "adopting a resolution by acclamation": without a vote, every member in favour.
            if t.text == "acclamation", i > 0, tokens[i - 1].text == "by" {
                vote.unanimous = true
                vote.evidence = vote.evidence ?? spanOfSentenceWords(around: i)
                i += 1
                continue
            }
            guard let n = t.number, n <= 15, t.text.count <= 2 || t.kind == .word else { i += 1; continue }
            // Agency style "13-0", "12-2-1", "13 to 2", "14 votes to none".
            var skip = 1
            if i + 1 < tokens.count, tokens[i + 1].text == "votes", i + 2 < tokens.count, tokens[i + 2].text == "to" { skip = 2 }
            if i + skip + 1 < tokens.count,
               tokens[i + skip].text == "-" && skip == 1 || (tokens[i + skip].text == "to" && (skip == 2 || isVoteContext(i))),
               // "The vote was eight to nothing".
               let m = tokens[i + skip + 1].number ?? (tokens[i + skip].text == "to" && tokens[i + skip + 1].text == "nothing" ? 0 : nil),
               m <= 15, tokens[i + skip + 1].kind == .number || tokens[i + skip].text == "to",
               // ("The count was nine to two, with four abstentions".)
               sentenceHas(i, ["vote", "voted", "votes", "voting", "adopted", "approved", "passed", "pass", "passing", "resolution", "margin", "tally", "rejected", "defeated", "failed",
                               "count", "abstentions"]),
               !(i > 0 && tokens[i - 1].text == "-"), !wished(i) {
                if vote.yes == nil && vote.no == nil || lastSentence == t.sentence {
                    // "rejected 7-2": the larger number voted no.
                    // "… rejected a Soviet resolution. The vote was 9 to 2.": so too right after the rejection.
                    // "The vote was 6 to 3 against the Soviet proposal": the first number is the noes.
                    let againstAfter = i + skip + 2 < tokens.count && tokens[i + skip + 2].text == "against"
                        && tokens[i + skip + 2].sentence == t.sentence && tokens[safe: i + skip + 3]?.number == nil
                    let rejected = n > m && againstAfter || n > m && (rejectionNear(i, previousSentence: false)
                        || rejectionNear(i, previousSentence: true) && !sentenceHas(i, ["adopted", "approved", "passed", "favour", "favor"]))
                    if vote.yes == nil, vote.no == nil, rejected, !againstAfter { vote.noesFirstByRejection = true }
                    if vote.yes == nil { vote.yes = rejected ? m : n }
                    if vote.no == nil { vote.no = rejected ? n : m }
                    var end = i + skip + 2
                    if end + 1 < tokens.count, tokens[end].text == "-", let a = tokens[end + 1].number, a <= 15 {
                        if vote.abstain == nil { vote.abstain = a }
                        end += 2
                    }
                    // "adopted by 9 votes to 1 (Egypt)": members in parentheses right after the second number are its noes.
                    if !rejected, m > 0, end == i + skip + 2, end < tokens.count, tokens[end].text == "(",
                       let (listIndex, listEnd) = listedMembers(after: end, listStarting: listStarting) {
                        vote.listed.append(StanceSignal(list: listIndex, stance: .against, veto: .none, stage: .vote, priority: 3,
                                                        evidence: TextSpan(start: tokens[i].start, end: tokens[listEnd - 1].end), token: i))
                        end = listEnd
                    }
                    vote.evidence = merge(vote.evidence, TextSpan(start: tokens[i].start, end: tokens[end - 1].end))
                    lastSentence = t.sentence
                }
                i += skip + 2
                continue
            }
            guard let (category, phraseEnd) = categoryPhrase(after: i) else { i += 1; continue }
            // "have lined up at least 11 votes", "expects nine votes in favour": hopes, not a recorded vote.
            let hedged = (max(0, i - 4)..<i).contains {
                tokens[$0].sentence == t.sentence && ["least", "lined", "expect", "expects", "expected", "hope", "hopes", "need", "needs",
                                                       "needed", "seek", "seeks", "want", "wants", "would", "will", "could", "secure",
                                                       "win", "get", "muster", "short", "about", "if", "may", "might",
                                                       // "has almost no chance of winning the nine votes it needs".
                                                       "chance", "chances"].contains(tokens[$0].text)
            } || wished(i) // "was seeking the support of all 15 members": support sought, not given.
            // "even if Paris uses its veto, winning nine votes would give them …": a hypothesis.
            let hypothetical = phraseEnd < tokens.count && tokens[phraseEnd].sentence == t.sentence
                && ["would", "could", "might", "will", "may"].contains(tokens[phraseEnd].text)
                || (max(0, i - 12)..<i).contains { tokens[$0].sentence == t.sentence && ["if", "unless", "hope", "hopes", "hoping"].contains(tokens[$0].text) }
            // "Diplomats predicted 13 votes and two abstentions", "it would pass with 13 votes": a forecast.
            let forecast = (max(0, i - 10)..<i).contains(where: {
                tokens[$0].sentence == t.sentence && ["predicted", "predicts", "predict", "predicting", "forecast", "forecasts", "forecasting",
                                                      "projected", "projecting"].contains(tokens[$0].text)
            }) || i > 1 && (max(1, i - 6)..<i).contains(where: {
                tokens[$0].sentence == t.sentence && tokens[$0].text == "pass" && ["will", "would", "could", "should", "'ll"].contains(tokens[$0 - 1].text)
            })
            // "predicted it would pass with 13 votes and two abstentions": a total joined to a hedged one is hedged too.
            let joinedToHedged = hedgedEnd >= 0 && i >= hedgedEnd && i - hedgedEnd <= 3 && tokens[hedgedEnd].sentence == t.sentence
                && (hedgedEnd..<i).allSatisfy { ["and", ",", "with", "plus"].contains(tokens[$0].text) }
            if hedged || hypothetical || joinedToHedged || forecast { hedgedEnd = phraseEnd; i = phraseEnd; continue }
            // Only the first reported vote: totals in a later sentence that repeat a category are ignored.
            let already: Bool
            switch category {
            case .yes: already = vote.yes != nil
            case .no: already = vote.no != nil
            case .abstain: already = vote.abstain != nil
            }
            if already && lastSentence != t.sentence { i = phraseEnd; continue }
            // A later sentence may complete the totals ("… to none against. Two members abstained."),
            // but not two sentences on, and never beyond the Council's size (a second vote).
            if lastSentence >= 0, t.sentence > lastSentence + 1 { i = phraseEnd; continue }
            // The next sentence completes the totals only when it does not speak of another text.
            if lastSentence >= 0, t.sentence != lastSentence,
               sentenceHas(i, ["text", "draft", "resolution", "measure", "amendment", "proposal"]) { i = phraseEnd; continue }
            if !already, (vote.yes ?? 0) + (vote.no ?? 0) + (vote.abstain ?? 0) + n > 15 { i = phraseEnd; continue }
            if !already {
                switch category {
                case .yes: vote.yes = n
                case .no: vote.no = n
                case .abstain: vote.abstain = n
                }
            }
            lastSentence = t.sentence
            var evidenceEnd = tokens[phraseEnd - 1].end
            if let (listIndex, listEnd) = listedMembers(after: phraseEnd, listStarting: listStarting) {
                let stance: Stance = category == .yes ? .for : (category == .no ? .against : .abstain)
                let span = TextSpan(start: t.start, end: tokens[listEnd - 1].end)
                vote.listed.append(StanceSignal(list: listIndex, stance: stance, veto: .none, stage: .vote, priority: 3,
                                                evidence: span, token: i))
                evidenceEnd = tokens[listEnd - 1].end
            }
            vote.evidence = merge(vote.evidence, TextSpan(start: t.start, end: evidenceEnd))
            i = phraseEnd
        }
        return vote
    }

    /// Whether a wish or aim stands shortly before token `i` in its sentence ("wanted not merely the
    /// nine votes needed but a unanimous 15-0 vote"): the totals are hoped for, not recorded.
    private func wished(_ i: Int) -> Bool {
        let wishes: Set<String> = ["wanted", "wants", "want", "seeks", "seeking", "sought", "seek", "hoping", "hopes", "hoped",
                                   "aiming", "aims", "aimed", "pushing", "push", "target", "targeting", "goal"]
        return (max(0, i - 14)..<i).contains { tokens[$0].sentence == tokens[i].sentence && wishes.contains(tokens[$0].text) }
    }

    private func merge(_ a: TextSpan?, _ b: TextSpan) -> TextSpan {
        guard let a else { return b }
        // Keep the first sentence's totals as the evidence; extend only within reach.
        if b.start - a.end > 200 { return a }
        return TextSpan(start: min(a.start, b.start), end: max(a.end, b.end))
    }

    private func spanOfSentenceWords(around i: Int) -> TextSpan {
        var lo = i, hi = i
        let s = tokens[i].sentence
        while lo > 0, tokens[lo - 1].sentence == s, i - lo < 6 { lo -= 1 }
        while hi + 1 < tokens.count, tokens[hi + 1].sentence == s, hi - i < 3, tokens[hi + 1].kind != .punct { hi += 1 }
        return TextSpan(start: tokens[lo].start, end: tokens[hi].end)
    }

    private func isVoteContext(_ i: Int) -> Bool {
        let lo = max(0, i - 4)
        if (lo..<i).contains(where: { ["voted", "vote", "by", "of", "margin", "adopted", "approved", "passed", "rejected", "was", "defeated"].contains(tokens[$0].text) }) {
            return true
        }
        // "The Security Council approved a cease-fire resolution on Bizerte tonight, 10 to 0.": totals set off
        // by a comma after the decision verb of their sentence, closing it or followed by "with".
        guard i > 0, tokens[i - 1].text == ",", i + 3 <= tokens.count else { return false }
        let close = i + 3 == tokens.count || tokens[i + 3].sentence != tokens[i].sentence || [",", ";", "with", "."].contains(tokens[i + 3].text)
        return close && (max(0, i - 25)..<i).contains {
            tokens[$0].sentence == tokens[i].sentence
                && ["voted", "adopted", "approved", "passed", "rejected", "defeated", "endorsed", "authorized", "authorised"].contains(tokens[$0].text)
        }
    }

    /// Whether the sentence of token `i` has one of `words` within 40 tokens of it (a window, so
    /// that a text without sentence breaks stays linear).
    private func sentenceHas(_ i: Int, _ words: Set<String>) -> Bool {
        let s = tokens[i].sentence
        for k in max(0, i - 40)..<min(tokens.count, i + 40) where tokens[k].sentence == s {
            if words.contains(tokens[k].text) { return true }
        }
        return false
    }


    /// Whether token `i`'s sentence (or the one before it) says the draft was rejected: "rejected",
    /// "defeated", "voted down", "turned down" (not "shooting down a plane").
    private func rejectionNear(_ i: Int, previousSentence: Bool) -> Bool {
        let s = tokens[i].sentence - (previousSentence ? 1 : 0)
        return (max(0, i - 40)..<min(tokens.count, i + 40)).contains { k in
            guard tokens[k].sentence == s else { return false }
            let w = tokens[k].text
            return w == "rejected" || w == "defeated"
                || w == "down" && k > 0 && ["voted", "voting", "turned", "turning", "vote"].contains(tokens[k - 1].text)
        }
    }

    /// The category a number at `i` counts ("13 in favour", "2 against", "two abstentions").
    private func categoryPhrase(after i: Int) -> (Category, Int)? {
        func w(_ k: Int) -> String { i + k < tokens.count && tokens[i + k].sentence == tokens[i].sentence ? tokens[i + k].text : "" }
        var k = 1
        // "13 members voted in favour", "two countries abstained", "nine votes in favour".
        // "eleven of the council's 15 members".
        if w(k) == "of" {
            var j = k + 1
            while j < k + 6, w(j) != "members", !w(j).isEmpty { j += 1 }
            if w(j) == "members" { k = j }
        }
        // "Thirteen Security Council members voted in favor", "Ten U.N. Security Council members".
        if ["u.n.", "un"].contains(w(k)), w(k + 1) == "security", w(k + 2) == "council" { k += 2 }
        if w(k) == "security", w(k + 1) == "council" { k += 1 }
        if w(k) == "council" { k += 1 }
        if ["members", "countries", "delegations", "states", "nations"].contains(w(k)) {
            k += 1
            // "Nine members of the U.N. Security Council voted in favour".
            if w(k) == "of", let c = (1...5).first(where: { w(k + $0) == "council" }) { k += c + 1 }
        }
        if w(k) == "all" { k += 1 }
        var voted = false
        if w(k) == "voted" || w(k) == "voting" { k += 1; voted = true }
        let a = w(k), b = w(k + 1), c = w(k + 2)
        // "twelve of the 15 members voted for the resolution", "three voted against".
        if voted, a == "for" || a == "yes" { return (.yes, i + k + 1) }
        if voted, a == "no" { return (.no, i + k + 1) }
        // "Ten members voted to put the issue on the agenda": members voting to do what the motion does are its yes
        // votes (not "voted to reject it", "voted to abstain").
        if voted, k > 1, a == "to", tokens[safe: i + k + 1]?.number == nil, !b.isEmpty,
           !["reject", "block", "defeat", "oppose", "abstain", "kill", "veto", "scrap", "drop", "postpone", "delay", "adjourn"].contains(b) {
            return (.yes, i + k + 1)
        }
        // "winning the support of only four of the 15 members: Russia, China, …".
        // "won the backing of thirteen members" (a vote won, not "appeared to have the backing of four").
        let wonBacking = (max(0, i - 3)..<i).contains(where: { ["backing", "approval", "votes"].contains(tokens[$0].text) })
            && (max(0, i - 6)..<i).contains(where: { ["won", "winning", "received", "receiving", "garnered", "garnering", "drew", "drawing",
                                                      "got", "getting", "gained", "gaining", "obtained", "obtaining"].contains(tokens[$0].text) })
        // ("The draft … has the support of seven council members, two short of the nine votes it needs": support
        // a text has now is its declared backers before the vote, not a total.)
        let heldNow = (max(0, i - 5)..<i).contains(where: { ["has", "have", "enjoys", "enjoy", "commands", "command"].contains(tokens[$0].text) })
        if !heldNow, wonBacking || (max(0, i - 3)..<i).contains(where: { tokens[$0].text == "support" }), i >= 2,
           (max(0, i - 2)..<i).contains(where: { tokens[$0].text == "of" }), w(k - 1) == "members" || w(k - 1) == "countries" {
            return (.yes, i + k)
        }
        // "The Brazilian-Colombian resolution was favored by ten members".
        if i >= 2, tokens[i - 1].text == "by", ["favored", "favoured", "supported", "backed", "endorsed", "approved"].contains(tokens[i - 2].text),
           w(k - 1) == "members" || w(k - 1) == "countries" || w(k - 1) == "delegations" { return (.yes, i + k) }
        // "nine members supported the text".
        if k > 1, ["supported", "backed", "endorsed", "favoured", "favored"].contains(a) { return (.yes, i + k + 1) }
        if k > 1, ["opposed", "rejected"].contains(a) { return (.no, i + k + 1) }
        // "ten members gave the green light", "two withheld their votes".
        if k > 1, ["gave", "give"].contains(a), b == "the" || b == "their" || b == "its", c == "green" { return (.yes, i + k + 4) }
        if k > 1, ["withheld", "withholding"].contains(a) { return (.abstain, i + k + 3) }
        if a == "in", b == "favour" || b == "favor" || b == "support" { return (.yes, i + k + 2) }
        if a == "votes" || a == "vote", b == "in", c == "favour" || c == "favor" { return (.yes, i + k + 3) }
        if a == "votes", b == "for" { return (.yes, i + k + 2) }
        if a == "yes" || a == "affirmative" || a == "ayes" { return (.yes, i + k + (b == "votes" || b == "vote" ? 2 : 1)) }
        if a == "for", [",", "to", "and", "against", "with", "-"].contains(b) || tokens[safe: i + k + 1]?.number != nil { return (.yes, i + k + 1) }
        if a == "votes", b == "to", tokens[safe: i + k + 2]?.number != nil { return (.yes, i + k + 1) }
        if a == "against" || a == "opposed" || a == "nays" { return (.no, i + k + 1) }
        if a == "votes" || a == "vote", b == "against" { return (.no, i + k + 2) }
        if a == "negative" || (a == "no" && (b == "votes" || b == "vote")) { return (.no, i + k + (b == "votes" || b == "vote" ? 2 : 1)) }
        if a == "abstentions" || a == "abstention" || a == "abstaining" || a == "abstained" { return (.abstain, i + k + 1) }
        if a == "votes", b == "abstaining" { return (.abstain, i + k + 2) }
        // "received only four votes", "won nine votes" (a past verb before the number, not "needs nine votes").
        if a == "votes" || a == "vote", i > 0 {
            let lo = max(0, i - 3)
            let window = (lo..<i).map { tokens[$0].text }
            let got = window.contains { ["received", "won", "got", "garnered", "obtained", "drew", "secured", "gained", "mustered", "attracted", "collected", "receiving", "winning", "getting", "garnering", "drawing", "securing", "gaining"].contains($0) }
                || window.contains("with") && (max(0, i - 5)..<i).contains { ["passed", "adopted", "approved"].contains(tokens[$0].text) }
            // "received fewer than the nine votes needed" is the threshold, not the count.
            let threshold = window.contains { ["fewer", "less", "short", "than", "only"].contains($0) } && ["needed", "required", "necessary"].contains(b)
                // "had secured the nine votes needed to adopt it": the sponsors' count before the vote.
                || ["needed", "required", "necessary"].contains(b) && ["to", "for"].contains(c)
            if got, !threshold { return (.yes, i + k + 1) }
            // "adopting a US-drafted resolution with the bare minimum of nine votes needed": the minimum a text
            // passed with is its yes total (not "wanted more than the bare minimum of nine", "needs the minimum of …").
            if i >= 2, tokens[i - 1].text == "of", tokens[i - 2].text == "minimum" {
                let before = (max(0, i - 14)..<(i - 2)).filter { tokens[$0].sentence == tokens[i].sentence }.map { tokens[$0].text }
                let passed = before.contains { ["adopting", "adopted", "passed", "passing", "approved", "approving", "carried", "won", "winning", "through"].contains($0) }
                let wanted = before.contains { ["than", "short", "fewer", "less", "needs", "need", "wants", "wanted", "want", "if", "would", "will", "could"].contains($0) }
                if passed, !wanted { return (.yes, i + k + 1) }
            }
        }
        return nil
    }

    /// Members listed right after a total: "(China, Russian Federation)", ": Brazil, China …",
    /// "from China and Russia", ", China and Russia." (an appositive that ends the clause).
    private func listedMembers(after end: Int, listStarting: [Int: Int]) -> (Int, Int)? {
        var k = end
        var sawComma = false
        var skipped = 0
        while k < tokens.count, skipped < 3, listStarting[k] == nil, ["(", ":", "—", "-", ",", "from", "by", "namely", "the", "[", "of", "including", "it"].contains(tokens[k].text) {
            if tokens[k].text == "," { sawComma = true }
            k += 1
            skipped += 1
        }
        guard let li = listStarting[k], tokens[k].sentence == tokens[end - 1].sentence else { return nil }
        let l = lists[li]
        if sawComma && skipped == 1 {
            // ", China and Russia voted against" starts a new clause: not a list of this total.
            let after = l.endToken < tokens.count ? tokens[l.endToken] : nil
            if let after, after.kind == .word { return nil }
        }
        var listEnd = l.endToken
        if listEnd < tokens.count, tokens[listEnd].text == ")" { listEnd += 1 }
        return (li, listEnd)
    }
}
