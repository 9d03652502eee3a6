/// Members named in ways the cue scan cannot reach on its own: a person "of" a country, a count of
/// supporters spelt out after a colon, an undecided adjective that describes the noun after it.
extension StanceReader {
    /// The country list after a person's name and "of" starting at `k` ("Dr. T. F. Tsiang of Nationalist
    /// China", "Joza Brilej of Yugoslavia"), or nil.
    func personOfCountry(from k: Int) -> Int? {
        var j = k
        var names = 0
        while j < min(tokens.count, k + 9), tokens[j].sentence == tokens[k].sentence {
            if tokens[j].kind == .word, tokens[j].capitalized, listStartingAt[j] < 0 { names += 1 }
            else if !CouncilTokenizer.isAbbreviationPeriod(tokens, j) { break }
            j += 1
        }
        guard names > 0, j + 1 < tokens.count, tokens[j].text == "of", tokens[j + 1].sentence == tokens[k].sentence,
              listStartingAt[j + 1] >= 0, hasActor(lists[listStartingAt[j + 1]]) else { return nil }
        return listStartingAt[j + 1]
    }

    /// The phrase "count on" as a cue: its subject counts the votes.
    static let countOnCue = StanceCue("count on", .for)

    /// "Washington and London can count on only four: themselves, Spain, which co-sponsored the draft,
    /// and Bulgaria": the supporters a count spells out after a colon or dash (from `k`, the token after
    /// "count on"). Returns the lists named, whether the counters count themselves ("themselves",
    /// "its own") and the token after the last name.
    func countedSupporters(after k: Int) -> (lists: [Int], includesSubject: Bool, end: Int)? {
        guard k < tokens.count else { return nil }
        let s = tokens[k].sentence
        var j = k
        var counted = false
        // "only four", "seven firm votes", "at least 10 votes".
        while j < min(tokens.count, k + 6), tokens[j].sentence == s, ![":", "—", "-"].contains(tokens[j].text) {
            if tokens[j].number != nil { counted = true }
            else if !["only", "just", "at", "least", "firm", "sure", "certain", "solid", "votes", "supporters", "backers"].contains(tokens[j].text) { return nil }
            j += 1
        }
        guard counted, j < tokens.count, tokens[j].sentence == s, [":", "—", "-"].contains(tokens[j].text) else { return nil }
        j += 1
        var found: [Int] = []
        var includesSubject = false
        var end = j
        while j < tokens.count, tokens[j].sentence == s {
            let w = tokens[j].text
            if ["themselves", "itself", "ourselves"].contains(w) { includesSubject = true; j += 1; end = j; continue }
            if ["its", "their", "our"].contains(w), j + 1 < tokens.count, tokens[j + 1].text == "own" { includesSubject = true; j += 2; end = j; continue }
            if [",", "and", "the", "those", "of"].contains(w) { j += 1; continue }
            guard listStartingAt[j] >= 0, hasActor(lists[listStartingAt[j]]) else { break }
            found.append(listStartingAt[j])
            j = lists[listStartingAt[j]].endToken
            end = j
            // ", which co-sponsored the draft,": a relative clause inside the list.
            if j + 1 < tokens.count, tokens[j].text == ",", ["which", "who", "whose"].contains(tokens[j + 1].text) {
                var c = j + 2
                while c < min(tokens.count, j + 16), tokens[c].sentence == s, tokens[c].text != "," { c += 1 }
                guard c < tokens.count, tokens[c].text == "," else { break }
                j = c
            }
        }
        guard !found.isEmpty || includesSubject else { return nil }
        return (found, includesSubject, end)
    }

    /// Whether the undecided adjective at `i` describes the noun after it ("to win over six wavering
    /// Security Council members", "the undecided delegations") rather than telling its subject's stance
    /// ("Chile is still undecided", "Chile and Mexico are wavering members" keep theirs).
    func attributive(at i: Int) -> Bool {
        let s = tokens[i].sentence
        if i > 0, ["is", "are", "was", "were", "remain", "remains", "remained", "still", "seen", "considered", "be", "been"].contains(tokens[i - 1].text) { return false }
        var j = i + 1
        while j < tokens.count, tokens[j].sentence == s, ["security", "council", "un", "u.n.", "elected", "non-permanent", "permanent"].contains(tokens[j].text) { j += 1 }
        return j < tokens.count && tokens[j].sentence == s
            && ["members", "member", "countries", "country", "nations", "nation", "states", "delegations", "delegation", "governments"].contains(tokens[j].text)
    }

    /// Whether the year at `k` dates a participle or relative clause set off by commas that closes
    /// before the cue at `cueStart` ("The Yugoslav resolution, invoking the machinery set up by the
    /// Assembly in 1950, was adopted 7 to 2, with Australia and Belgium abstaining"): it dates that
    /// clause, not the vote. ("Diplomats recalled that, in 1950, the Soviet Union boycotted …" still
    /// dates the vote.)
    func datesAnAside(year k: Int, before cueStart: Int) -> Bool {
        let s = tokens[k].sentence
        guard k < cueStart, (k + 1..<cueStart).contains(where: { tokens[$0].text == "," }) else { return false }
        var open = k - 1
        while open >= 0, tokens[open].sentence == s, tokens[open].text != "," { open -= 1 }
        guard open >= 0, open + 1 < k, tokens[open].sentence == s else { return false }
        let first = tokens[open + 1]
        return ["which", "who", "whose"].contains(first.text)
            || first.kind == .word && !first.capitalized && (first.text.hasSuffix("ing") || first.text.hasSuffix("ed"))
    }

    /// Whether the vote words at `i` follow a modal ("would take no part") or a count of votes
    /// expected ("could count on only four votes: those of …") in their sentence.
    func forecastBefore(_ i: Int) -> Bool {
        if i > 0, ["will", "would", "'ll", "shall", "'d"].contains(tokens[i - 1].text) { return true }
        let s = tokens[i].sentence
        return (max(1, i - 12)..<i).contains { tokens[$0].sentence == s && tokens[$0].text == "on" && ["count", "counting", "counts"].contains(tokens[$0 - 1].text) }
    }

    /// The lists that continue list `k` past relative clauses: "Britain, which proposed it, the United
    /// States, Nationalist China …"; with `semicolons`, a list introduced by a colon also goes on
    /// after a semicolon ("abstained: France, which …; the Soviet Union and Bulgaria, which …; and Mali").
    func continuedLists(after k: Int, semicolons: Bool) -> [Int] {
        var found: [Int] = []
        var last = k
        let s = lists[k].sentence
        func listAt(_ j: Int) -> Int? {
            var j = j
            while j < tokens.count, tokens[j].sentence == s, ["and", "the"].contains(tokens[j].text), listStartingAt[j] < 0 { j += 1 }
            guard j < tokens.count, tokens[j].sentence == s, listStartingAt[j] >= 0, hasActor(lists[listStartingAt[j]]) else { return nil }
            return listStartingAt[j]
        }
        while found.count < 10 {
            var j = lists[last].endToken
            guard j + 1 < tokens.count, tokens[j].sentence == s else { break }
            if tokens[j].text == ",", ["which", "who", "whose"].contains(tokens[j + 1].text) {
                // Past the relative clause, to its closing comma or semicolon.
                j += 2
                while j < min(tokens.count, lists[last].endToken + 24), tokens[j].sentence == s, ![",", ";", "."].contains(tokens[j].text) { j += 1 }
                guard j < tokens.count, tokens[j].sentence == s, tokens[j].text == "," || semicolons && tokens[j].text == ";" else { break }
            } else if !(semicolons && tokens[j].text == ";") {
                break
            }
            guard let next = listAt(j + 1) else { break }
            found.append(next)
            last = next
        }
        return found
    }

    /// After an undecided cue ending at `end`: when a question follows ("would not say whether their
    /// country … would still vote for a text it had drafted", "has not said how it will vote"), the
    /// token that ends its clause ("but", ";", ", and" or the sentence end), since nothing inside the question
    /// is told; otherwise `end`.
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
