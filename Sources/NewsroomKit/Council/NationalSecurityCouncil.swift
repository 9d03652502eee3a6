/// A country's or leader's own security council ("Members of Russia's Security Council lined up to back the
/// recognition", "Putin's Security Council"), told apart from the UN's.
extension CouncilRelevance {
    /// Possessors that name the UN or a time, not a country's own council ("the U.N.'s Security Council",
    /// "last month's Security Council resolution").
    private static let unOrTimePossessors: Set<String> = Set([
        "u.n.", "un", "nations", "body", "organization", "organisation", "world", "today", "yesterday", "tomorrow",
        "day", "week", "month", "year", "night", "morning", "evening", "weekend",
    ]).union(CalendarWords.weekdays)

    /// Nouns after "X's Security Council" that make it X's place on the UN's ("Russia's Security Council veto",
    /// "India's Security Council bid", "Japan's Security Council term").
    private static let unCouncilNouns: Set<String> = [
        "veto", "vetoes", "vetos", "seat", "seats", "bid", "bids", "ambitions", "ambition", "ally", "allies", "partner",
        "partners", "presidency", "membership", "term", "terms", "envoy", "envoys", "ambassador", "ambassadors",
        "delegation", "delegate", "delegates", "mission", "representative", "vote", "votes", "voting", "resolution",
        "resolutions", "draft", "drafts", "colleagues", "counterparts", "role", "power", "powers", "status", "candidacy",
        "campaign", "debut", "diplomacy", "diplomats", "record", "agenda", "statement", "team", "stint", "tenure",
        "colleague", "counterpart", "position", "positions", "stance", "action", "actions", "initiative", "push",
        "hopes", "aspirations", "prospects", "election", "reform", "partnership", "approach", "policy", "strategy",
        "priorities", "chair", "chairmanship", "spokesman", "spokeswoman", "career", "experience",
    ]

    /// Whether "Security Council" at `i` (the token "council") is someone's own: after a possessive "'s" whose owner is
    /// neither the UN nor a time, and not followed by a noun of the UN's council ("Russia's Security Council veto").
    static func ownSecurityCouncil(_ t: [CouncilToken], _ i: Int) -> Bool {
        guard i >= 3, t[i - 1].text == "security", t[i - 2].text == "'s", t[i - 3].sentence == t[i].sentence,
              t[i - 3].kind == .word, !unOrTimePossessors.contains(t[i - 3].text) else { return false }
        let next = i + 1 < t.count && t[i + 1].sentence == t[i].sentence ? t[i + 1].text : ""
        return !unCouncilNouns.contains(next)
    }
}
