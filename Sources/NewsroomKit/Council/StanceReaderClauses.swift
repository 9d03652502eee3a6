/// Where a cue's clause stands: after a modal or a forecast (before the vote), past a time adverbial,
/// inside a withheld question, or dated by an aside rather than by the vote.
extension StanceReader {
    /// Whether the year at `k` dates a participle or relative clause set off by commas that closes
    /// before the cue at `cueStart` ("The Yugoslav resolution, invoking the machinery set up by the
    /// Assembly in 1950, was adopted 7 to 2, with Australia and Belgium abstaining"): it dates that
    /// clause, not the vote. ("Diplomats recalled that, in 1950, the Soviet Union boycotted …" still
    /// dates the vote.)
    func datesAnAside(year k: Int, before cueStart: Int) -> Bool {
        let s = tokens[k].sentence
        guard k < cueStart, (k + 1..<cueStart).contains(where: { tokens[$0].text == "," }) else { return false }
        var open = k - 1
        while open >= max(0, k - 30), tokens[open].sentence == s, tokens[open].text != "," { open -= 1 }
        guard open >= max(0, k - 30), open + 1 < k, tokens[open].sentence == s, tokens[open].text == "," else { return false }
        let first = tokens[open + 1]
        return ["which", "who", "whose"].contains(first.text)
            || first.kind == .word && !first.capitalized && (first.text.hasSuffix("ing") || first.text.hasSuffix("ed"))
    }

    /// Whether the vote words at `i` follow a modal ("would take no part") or a count of votes
    /// expected ("could count on only four votes: those of …") in their sentence.
    func forecastBefore(_ i: Int) -> Bool {
        if i > 0, ["will", "would", "'ll", "shall"].contains(tokens[i - 1].text) { return true }
        let s = tokens[i].sentence
        // "Angola and Venezuela are leaning toward abstaining", "with exactly nine members committed to
        // voting yes", "is considering abstaining": an inclination or a commitment, not the vote.
        if i > 1, tokens[i - 1].sentence == s, tokens[i - 2].sentence == s, ["toward", "towards", "to"].contains(tokens[i - 1].text),
           ["leaning", "leans", "leaned", "lean", "inclined", "inclining", "tilting", "tilted", "edging", "committed", "pledged",
            "determined", "resolved"].contains(tokens[i - 2].text) { return true }
        if i > 0, tokens[i - 1].sentence == s,
           ["considering", "weighing", "contemplating", "mulling", "consider", "considers", "weigh", "weighs"].contains(tokens[i - 1].text) { return true }
        return (max(1, i - 12)..<i).contains { tokens[$0].sentence == s && tokens[$0].text == "on" && ["count", "counting", "counts"].contains(tokens[$0 - 1].text) }
    }

    /// The votes in favour of the totals told just before token `i` ("The tally was seven to two. …
    /// made up the seven"): the first number of the nearest "N to M" or "N-M" in the sentence of `i`
    /// or the four before it.
    func yesTotalBefore(_ i: Int) -> Int? {
        let s = tokens[i].sentence
        var k = i - 2
        while k >= 1, k >= i - 200, tokens[k].sentence + 4 >= s {
            if ["to", "-"].contains(tokens[k].text), let n = tokens[k - 1].number, tokens[k + 1].number != nil,
               tokens[k - 1].sentence == tokens[k].sentence, n <= 15 { return n }
            k -= 1
        }
        return nil
    }

    /// Whether a cue at `i` is a position for the coming vote ("… and will also abstain", "they will
    /// abstain, as Moscow did in March 2024"): a year named in its sentence dates something else.
    func futureCue(_ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { tokens[$0].sentence == tokens[i].sentence && ["will", "'ll", "shall", "intends", "plans"].contains(tokens[$0].text) }
    }

    /// Whether the sentence of token `i` opens with "On <weekday>" other than the one the story's first
    /// sentence gives its news ("The Security Council on Monday demanded … On Friday, Russia and China
    /// vetoed a U.S.-drafted text"): a vote told there is another day's.
    func otherDaysVote(_ i: Int) -> Bool {
        let s = tokens[i].sentence
        guard s > 0 else { return false }
        let first = sentenceStart[s]
        if let lede = ledeWeekday, first + 1 < tokens.count, tokens[first].text == "on" {
            let day = tokens[first + 1].text
            if CalendarWords.weekdays.contains(day) && day != lede { return true }
        }
        // "The Soviet Union last Friday vetoed an American resolution"; "… vetoed an American resolution on Friday"
        // after a first sentence that tells of a vote still to come ("when it comes to a vote tomorrow"): another
        // day's vote.
        var k = first
        while k + 1 < tokens.count, tokens[k + 1].sentence == s {
            let day = tokens[k + 1].text
            if CalendarWords.weekdays.contains(day), day != ledeWeekday {
                if tokens[k].text == "last" { return true }
                if tokens[k].text == "on", ledeVoteAhead { return true }
            }
            k += 1
        }
        return otherDateVote(s)
    }

    /// Whether sentence `s` (not the first) names a date "on March 13" or "on 13 March" more than two days from the
    /// article's date, in a story whose first sentence tells its news as today's, tonight's or yesterday's ("was
    /// recommended by the Security Council tonight … The Council's first attempt …, on March 13, ended when the Soviet
    /// Union cast a negative vote"): a vote told there is another day's. (Two days: a dateline's day may be the day
    /// before the date of the paper.)
    func otherDateVote(_ s: Int) -> Bool {
        guard s > 0, let articleMonth, let articleDay else { return false }
        // ("UNITED NATIONS, N.Y., Oct. 30 - The Security Council tonight …": a short first sentence is a dateline cut
        // off by an abbreviation; the lede runs on to the next.)
        let lede = sentenceStart.count > 1 && sentenceStart[1] < 8 ? 1 : 0
        guard s > lede else { return false }
        var k = 0
        var ledeRelative = false
        while k < tokens.count, tokens[k].sentence <= lede {
            if ["today", "tonight", "yesterday"].contains(tokens[k].text) { ledeRelative = true }
            k += 1
        }
        guard ledeRelative else { return false }
        var j = sentenceStart[s]
        while j + 2 < tokens.count, tokens[j + 2].sentence == s {
            if tokens[j].text == "on" {
                var month: Int?, day: Int?
                if let m = CalendarWords.monthNumbers[tokens[j + 1].text], tokens[j + 2].kind == .number { month = m; day = tokens[j + 2].number }
                if tokens[j + 1].kind == .number, let m = CalendarWords.monthNumbers[tokens[j + 2].text] { month = m; day = tokens[j + 1].number }
                if let month, let day, (1...31).contains(day), abs((articleMonth * 31 + articleDay) - (month * 31 + day)) > 2 { return true }
            }
            j += 1
        }
        return false
    }

    /// Whether the story's first sentence tells of a vote still to come ("when it comes to a vote tomorrow",
    /// "will vote on Friday", "is expected to vote").
    static func ledeVoteAhead(_ tokens: [CouncilToken]) -> Bool {
        var k = 0
        while k < tokens.count, tokens[k].sentence == 0 {
            let w = tokens[k].text
            if w == "tomorrow" { return true }
            if w == "vote", (max(0, k - 3)..<k).contains(where: {
                ["will", "'ll", "expected", "set", "scheduled", "due", "plans", "planned", "poised", "comes", "come", "put", "bring"].contains(tokens[$0].text)
            }) { return true }
            k += 1
        }
        return false
    }

    /// Whether the sentence of token `i` (not the story's first) opens with "Last <weekday>", "Last
    /// week/month" or "Earlier this/last week/month" ("Last Friday the Soviet Union vetoed an American
    /// resolution" in a preview of tomorrow's vote): a vote told there is an earlier one.
    func lastPeriodVote(_ i: Int) -> Bool {
        let first = sentenceStart[tokens[i].sentence]
        guard tokens[i].sentence > 0, first + 1 < i else { return false }
        let periods: Set<String> = ["week", "month", "weekend"]
        func period(_ w: String) -> Bool { periods.contains(w) || CalendarWords.weekdays.contains(w) }
        if tokens[first].text == "last", period(tokens[first + 1].text) || tokens[first + 1].text == "year" { return true }
        // "A week ago the Soviet Union vetoed …", "Two days ago, …".
        if first + 2 < i, ["a", "an", "one", "two", "three", "four", "five", "six", "ten", "several", "few"].contains(tokens[first].text) || tokens[first].number != nil,
           ["day", "days", "week", "weeks", "month", "months"].contains(tokens[first + 1].text), tokens[first + 2].text == "ago" { return true }
        if tokens[first].text == "earlier", first + 2 < i, ["this", "last"].contains(tokens[first + 1].text), period(tokens[first + 2].text) { return true }
        return false
    }

    /// Whether the sentence of token `i` opens with "Later" and tells of a vote on another text ("Later in the evening the
    /// Soviet Union vetoed an American proposal for an investigation"), or opens with "That/This draft" right after
    /// such a sentence ("That draft had nine votes in its favour; Poland again voted with the Soviet Union"): a vote
    /// told there is another decision's.
    func laterOtherTextVote(_ i: Int) -> Bool {
        let s = tokens[i].sentence
        guard s > 0 else { return false }
        func laterOther(_ s: Int) -> Bool {
            guard s > 0, s < sentenceStart.count else { return false }
            let first = sentenceStart[s]
            guard first + 1 < tokens.count else { return false }
            // "A rival Russian resolution calling for a humanitarian cease-fire then won only four votes": a rival
            // text opening the sentence (not the first) is voted on apart from the story's.
            if ["a", "the"].contains(tokens[first].text), ["rival", "competing"].contains(tokens[first + 1].text),
               (first + 2..<min(tokens.count, first + 6)).contains(where: { tokens[$0].sentence == s && ["resolution", "draft", "text", "proposal", "motion"].contains(tokens[$0].text) }) {
                return true
            }
            guard tokens[first].text == "later" else { return false }
            var k = first + 1
            while k + 2 < tokens.count, tokens[k].sentence == s {
                if ["vetoed", "rejected", "defeated", "adopted", "approved", "blocked", "killed"].contains(tokens[k].text),
                   ["a", "an", "another"].contains(tokens[k + 1].text),
                   (k + 2..<min(tokens.count, k + 6)).contains(where: { tokens[$0].sentence == s && DecisionPhrases.draftWords.contains(tokens[$0].text) && tokens[$0].text != "it" }) {
                    return true
                }
                k += 1
            }
            return false
        }
        if laterOther(s) { return true }
        let first = sentenceStart[s]
        if first + 1 < tokens.count, ["that", "this"].contains(tokens[first].text),
           ["draft", "text", "resolution", "proposal", "motion"].contains(tokens[first + 1].text) { return laterOther(s - 1) }
        // ("The United States and Britain voted against it, and the other nine members abstained": right after such a
        // sentence, a vote on "it" with no text named is on the other text too.)
        var k = first
        var onIt = false
        while k + 1 < tokens.count, tokens[k].sentence == s {
            if ["resolution", "draft", "text", "proposal", "motion", "resolutions", "drafts"].contains(tokens[k].text) { return false }
            if tokens[k + 1].text == "it", ["against", "for", "backed", "supported", "opposed"].contains(tokens[k].text) { onIt = true }
            k += 1
        }
        return onIt && laterOther(s - 1)
    }

    /// Whether the sentence of token `i` opens with "In <month>" other than the story's own month ("In
    /// March Russia and China vetoed a U.S. text on Gaza" in a June story): a vote told there is another
    /// month's.
    func otherMonthsVote(_ i: Int) -> Bool {
        guard let articleMonth else { return false }
        let first = sentenceStart[tokens[i].sentence]
        guard tokens[i].sentence > 0, first + 1 < i, tokens[first].text == "in",
              let month = CalendarWords.monthNumbers[tokens[first + 1].text] else { return false }
        return month != articleMonth
    }

    /// The weekday after "on" in the story's first sentence ("on Monday"), if any.
    static func ledeWeekday(_ tokens: [CouncilToken]) -> String? {
        var k = 1
        while k < tokens.count, tokens[k].sentence == 0 {
            if CalendarWords.weekdays.contains(tokens[k].text), tokens[k - 1].text == "on" { return tokens[k].text }
            k += 1
        }
        return nil
    }

    /// After an undecided cue ending at `end`: when a question follows ("would not say whether their
    /// country … would still vote for a text it had drafted", "has not said how it will vote"), the
    /// token that ends its clause ("but", ";", ", and" or the sentence end), since nothing inside the
    /// question is told; otherwise `end`.
    func endOfWithheldQuestion(after end: Int) -> Int {
        guard end > 0, end < tokens.count else { return end }
        let s = tokens[end - 1].sentence
        guard ["whether", "if", "how"].contains(tokens[end - 1].text)
                || tokens[end].sentence == s && ["whether", "if", "how"].contains(tokens[end].text) else { return end }
        var j = end
        // (", and Lebanon … was certain to vote against": a new clause after a comma and "and".)
        while j < tokens.count, tokens[j].sentence == s, !["but", ";", "while", "whereas"].contains(tokens[j].text),
              !(tokens[j].text == "and" && tokens[j - 1].text == ",") { j += 1 }
        return j
    }

    /// Whether the question after an undecided cue ending at `end` asks only about a veto ("has not said
    /// whether it would go as far as a veto", "would not say if it would use its veto"): the member may
    /// oppose the text without vetoing it, so the stance is not withheld.
    func questionOnlyAboutVeto(after end: Int) -> Bool {
        let close = endOfWithheldQuestion(after: end)
        guard close > end else { return false }
        let words = Set((end..<close).map { tokens[$0].text })
        // ("Russia also opposes the draft, though Moscow has not said whether it would block it": "block" is the veto.)
        return !words.isDisjoint(with: ["veto", "vetoes", "vetoing", "block", "blocking", "kill", "sink", "scuttle"])
            && words.isDisjoint(with: ["vote", "votes", "voting", "support", "back", "oppose", "abstain", "favour", "favor", "against", "for"])
    }

    /// Whether the question after an undecided cue ending at `end` asks only whether to table, press or withdraw the
    /// text ("had not decided whether to call a vote or withdraw the draft"): the sponsor's choice, no stance withheld.
    func questionOnlyAboutTabling(after end: Int) -> Bool {
        let close = endOfWithheldQuestion(after: end)
        guard close > end else { return false }
        let range = end..<close
        let tabling: Set<String> = ["withdraw", "withdrawing", "withdrawn", "shelve", "shelving", "table", "tabling", "call", "calling",
                                    "press", "pressing", "force", "forcing", "put", "putting", "bring", "bringing", "postpone", "postponing", "delay",
                                    // ("were still weighing whether to present a new resolution": whether to table one at all.)
                                    "present", "presenting", "introduce", "introducing", "submit", "submitting", "circulate", "circulating"]
        let stances: Set<String> = ["support", "back", "oppose", "abstain", "favour", "favor", "against", "veto", "yes", "no", "block"]
        return range.contains { tabling.contains(tokens[$0].text) }
            && !range.contains { stances.contains(tokens[$0].text)
                || tokens[$0].text == "for" && !["call", "calling", "press", "pressing", "ask", "asking"].contains(tokens[$0 - 1].text) }
    }

    /// The token after a short time adverbial starting at `k` ("on Monday morning", "tonight", "late
    /// on Thursday"), or `k` when none stands there.
    func timeAdverbialEnd(from k: Int) -> Int {
        let days: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let words: Set<String> = ["on", "late", "early", "this", "last", "morning", "afternoon", "evening", "night",
                                  "tonight", "today", "yesterday", "week"]
        var j = k
        var sawTime = false
        while j < min(tokens.count, k + 4), tokens[j].sentence == tokens[max(0, k - 1)].sentence, words.contains(tokens[j].text) || days.contains(tokens[j].text) {
            if tokens[j].text != "on", tokens[j].text != "late", tokens[j].text != "early" { sawTime = true }
            j += 1
        }
        return sawTime ? j : k
    }
}
