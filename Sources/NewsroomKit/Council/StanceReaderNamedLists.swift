/// Members named in ways the cue scan cannot reach on its own: a person "of" a country, supporters
/// counted out after a colon, a list that goes on past relative clauses, and an undecided adjective
/// that describes the noun after it.
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
        while j < min(tokens.count, k + 80), tokens[j].sentence == s {
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

    /// The lists that continue list `k` past relative clauses: "Britain, which proposed it, the United
    /// States, Nationalist China …"; with `semicolons`, a list introduced by a colon also goes on
    /// after a semicolon ("abstained: France, which …; the Soviet Union and Bulgaria, which …; and Mali").
    /// "India, Brazil and South Africa, which had coordinated their positions, and Lebanon declined …":
    /// the list before a relative clause that list `k` continues after ", and", or nil.
    func listBeforeRelative(_ k: Int) -> Int? {
        let l = lists[k]
        guard k > 0, l.firstToken > 2, tokens[l.firstToken - 1].text == "and", tokens[l.firstToken - 2].text == "," else { return nil }
        let p = lists[k - 1]
        guard p.sentence == l.sentence, p.endToken + 1 < l.firstToken, tokens[p.endToken].text == ",",
              ["which", "who", "whose"].contains(tokens[p.endToken + 1].text), l.firstToken - p.endToken <= 24, hasActor(p) else { return nil }
        // The relative clause closes at the comma before "and" (no other clause between).
        let inner = (p.endToken + 2)..<(l.firstToken - 2)
        guard !inner.contains(where: { [",", ";", ":", "."].contains(tokens[$0].text) }) else { return nil }
        return k - 1
    }

    /// The comma closing a short apposition opened by ", the/a/an" that names no member (", the former
    /// administering power,"), or nil.
    func appositionClose(after comma: Int) -> Int? {
        let s = tokens[comma].sentence
        guard comma + 2 < tokens.count, ["the", "a", "an", "its"].contains(tokens[comma + 1].text) else { return nil }
        var j = comma + 2
        while j < min(tokens.count, comma + 9), tokens[j].sentence == s, tokens[j].text != "," {
            guard tokens[j].kind == .word || tokens[j].text == "-", listStartingAt[j] < 0 || !hasActor(lists[listStartingAt[j]]) else { return nil }
            j += 1
        }
        return j < tokens.count && tokens[j].text == "," && tokens[j].sentence == s ? j : nil
    }

    /// The comma closing an apposition that names a kind of member and no country, opened by the
    /// comma at `comma` (", the other nonaligned members,"), or nil.
    func groupApposition(after comma: Int) -> Int? {
        let s = tokens[comma].sentence
        guard comma + 2 < tokens.count, ["the", "its", "their", "both", "all"].contains(tokens[comma + 1].text) else { return nil }
        var j = comma + 1
        while j < min(tokens.count, comma + 8), tokens[j].sentence == s, tokens[j].text != "," {
            guard tokens[j].kind == .word, listStartingAt[j] < 0 || !hasActor(lists[listStartingAt[j]]) else { return nil }
            j += 1
        }
        guard j < tokens.count, tokens[j].text == ",", tokens[j].sentence == s,
              ["members", "countries", "nations", "states", "delegations", "allies", "sponsors"].contains(tokens[j - 1].text) else { return nil }
        return j
    }

    func continuedLists(after k: Int, semicolons: Bool) -> [Int] {
        var found: [Int] = []
        var last = k
        let s = lists[k].sentence
        func listAt(_ j: Int) -> Int? {
            var j = j
            while j < tokens.count, tokens[j].sentence == s, ["and", "the"].contains(tokens[j].text), listStartingAt[j] < 0 { j += 1 }
            guard j < tokens.count, tokens[j].sentence == s, listStartingAt[j] >= 0, hasActor(lists[listStartingAt[j]]) else { return nil }
            // "…, which …, the United States said": a list followed by its own verb opens a new clause.
            let after = lists[listStartingAt[j]].endToken
            guard after >= tokens.count || tokens[after].sentence != s || tokens[after].kind == .punct
                    || ["and", "or", "'s"].contains(tokens[after].text) else { return nil }
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
            } else if tokens[j].text == ",", let close = groupApposition(after: j), close + 3 < tokens.count,
                      tokens[close + 1].text == "as", tokens[close + 2].text == "well", tokens[close + 3].text == "as" {
                // "the firm support of India, Nicaragua, Pakistan and Peru, the other nonaligned members, as well
                // as the Soviet Union and the Ukraine": past an apposition naming the list's kind.
                j = close + 3
            } else if tokens[j].text == ",", tokens[j + 1].text == "and" {
                // "voted for it along with the United States, …, the Soviet Union and Nationalist China, and Argentina,
                // Bulgaria, …": a second list after ", and" that closes the clause (`listAt`).
            } else if tokens[j].text == "and", tokens[j + 1].text == "by" {
                // "sponsored by France and by Tunisia".
                j += 1
            } else if tokens[j].text == ",", let close = appositionClose(after: j), close + 2 < tokens.count,
                      tokens[close + 1].text == "and", tokens[close + 2].text == "by" {
                // "sponsored by France, the former administering power, and by Tunisia".
                j = close + 2
            } else if !(semicolons && tokens[j].text == ";") {
                break
            }
            guard let next = listAt(j + 1) else { break }
            found.append(next)
            last = next
        }
        return found
    }
}
