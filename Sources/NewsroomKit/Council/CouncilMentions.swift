/// A group of Council members named together ("the permanent five", "the three African members").
enum CouncilGroup: Sendable, Hashable {
    /// The five permanent members.
    case permanent
    /// The permanent members other than those named beside the group ("the other permanent members").
    case otherPermanent
    /// The United States, the United Kingdom and France.
    case western
    /// Elected members of a region (AF, EU, LA, AS); Europe also takes in France and the United Kingdom.
    case region(String)
    /// The elected members.
    case elected
    /// Every member.
    case all
    /// Every member not named beside the group ("the other 14 members", "the rest of the Council").
    case others
    /// The members that belonged to the European Union that year ("the council's other European Union members");
    /// after "other", not those the sentence names.
    case europeanUnion(excludingNamed: Bool)
    /// Countries named before and taken up again by number: "Brazil, Malta and Switzerland … The three
    /// countries". Resolved to the most recent list of that many countries in the last two sentences.
    case named([String])
}

/// A country or group the text names, found by `CouncilMentionFinder`.
struct CouncilMention: Sendable, Hashable {
    /// The country's short name, nil for a group.
    var country: String?
    /// The group, nil for a country.
    var group: CouncilGroup?
    /// A number the group phrase states ("the three African members" → 3).
    var groupCount: Int?
    /// Name, capital or adjective (countries only).
    var kind: AliasKind
    /// For China: which holder the alias fits.
    var holder: ChinaHolder?
    /// First and one-past-last token.
    var firstToken: Int
    var endToken: Int
    /// Code-point span.
    var span: TextSpan
    /// Whether the mention can be an actor (false for a place: "in Moscow", "a Russian city").
    var actor: Bool
    /// Sentence index.
    var sentence: Int
}

/// Mentions joined into one list ("South Africa, India and Brazil").
struct MentionList: Sendable, Hashable {
    /// Indices into the mention array.
    var members: [Int]
    var firstToken: Int
    var endToken: Int
    var span: TextSpan
    var sentence: Int
}

/// Finds country names, capitals, government adjectives and member groups in tokens.
enum CouncilMentionFinder {
    /// Nouns after an adjective that make it name a government ("Russian diplomats").
    static let governmentNouns: Set<String> = [
        "diplomats", "diplomat", "delegation", "delegations", "delegate", "delegates", "envoy", "envoys",
        "ambassador", "ambassadors", "government", "officials", "official", "ministry", "mission", "representative",
        "representatives", "president", "leaders", "leader", "side", "authorities", "administration", "negotiators",
        "negotiator", "minister", "foreign", "spokesman", "spokeswoman", "spokesperson", "team",
        // "The Soviet chair remained empty".
        "chair", "seat",
    ]
    /// Words allowed between such an adjective and its noun ("Russian U.N. ambassador").
    static let nounModifiers: Set<String> = ["u.n.", "un", "deputy", "permanent", "chief", "top", "senior", "acting", "foreign", "un's"]
    /// Nouns of stance after an adjective ("a Russian veto", "the French draft").
    static let stanceNouns: Set<String> = [
        "veto", "vetoes", "opposition", "objections", "abstention", "draft", "drafts", "proposal", "text", "support",
        "backing", "resolution", "threat", "-", "motion", "initiative",
        // "followed the Russian lead", "firmly in the French camp": the government whose lead is followed.
        "lead", "camp",
    ]
    /// Prepositions that make a following name a place.
    static let placePrepositions: Set<String> = [
        "in", "at", "into", "inside", "across", "near", "throughout", "within", "visited", "visiting", "visit",
        "toward", "towards", "via", "outside", "around",
    ]

    /// Finds every mention in `tokens`, in order.
    static func mentions(in tokens: [CouncilToken]) -> [CouncilMention] {
        var out: [CouncilMention] = []
        var i = 0
        while i < tokens.count {
            if let g = group(at: i, tokens) {
                out.append(g)
                i = g.endToken
                continue
            }
            guard tokens[i].kind == .word, let candidates = CountryNames.aliasesByFirstWord[tokens[i].text] else { i += 1; continue }
            var matched: (CountryAlias, Int)?
            for alias in candidates {
                let end = i + alias.tokens.count
                guard end <= tokens.count else { continue }
                var ok = true
                for k in 0..<alias.tokens.count where tokens[i + k].text != alias.tokens[k] { ok = false; break }
                if !ok { continue }
                if alias.requiresCaps, !tokens[i + alias.tokens.count - 1].allCaps, !tokens[i].allCaps { continue }
                // "the" aliases need a capital only for the name part.
                if alias.kind != .adjective, alias.tokens.count == 1, !tokens[i].capitalized { continue }
                matched = (alias, end)
                break
            }
            guard let (alias, end) = matched else { i += 1; continue }
            // "Niger" must not be read inside a hyphenated or longer name ("South Sudan" is matched first).
            let actor = isActor(alias: alias, start: i, end: end, tokens)
            var mentionEnd = end
            if alias.kind == .adjective, actor.headEnd > end { mentionEnd = actor.headEnd }
            out.append(CouncilMention(
                country: alias.country, group: nil, groupCount: nil, kind: alias.kind, holder: alias.holder,
                firstToken: i, endToken: mentionEnd,
                span: TextSpan(start: tokens[i].start, end: tokens[mentionEnd - 1].end),
                actor: actor.actor, sentence: tokens[i].sentence))
            i = end
        }
        // "Tunisia and Niger, the council's African members from the region, …": a group in apposition
        // to named countries adds no one.
        for k in out.indices where out[k].group != nil && k > 0 && out[k - 1].country != nil {
            let between = (out[k - 1].endToken..<out[k].firstToken).map { tokens[$0].text }
            if between.first == ",", between.count <= 4, between.allSatisfy({ [",", "the", "council", "'s", "two", "three", "its"].contains($0) }) {
                out[k].actor = false
            }
        }
        // "drew support from only one other member, the Dominican Republic": a counted group followed by
        // exactly that many countries in apposition adds no one.
        for k in out.indices where out[k].group != nil {
            guard let n = out[k].groupCount, k + n < out.count, out[k].endToken < tokens.count, tokens[out[k].endToken].text == "," else { continue }
            var named = 0
            var j = k + 1
            var gapStart = out[k].endToken
            while j < out.count, out[j].country != nil, out[j].sentence == out[k].sentence, named <= n {
                let gap = (gapStart..<out[j].firstToken).map { tokens[$0].text }
                guard gap.allSatisfy({ [",", "the", "and"].contains($0) }), gap.count <= 3 else { break }
                named += 1
                gapStart = out[j].endToken
                j += 1
            }
            let ends = gapStart >= tokens.count || tokens[gapStart].kind == .punct || !["and", ","].contains(tokens[gapStart].text)
            if named == n, ends { out[k].actor = false }
        }
        resolveAnaphora(&out, tokens: tokens)
        return withEnvoys(out, tokens: tokens)
    }

    /// "Russia's ambassador Vassily Nebenzia … Nebenzia voted no": a person introduced as a country's
    /// envoy, minister or leader speaks for that country when named again. The introduction is a
    /// government mention ("Russian ambassador", "Russia's envoy to the U.N.") followed by one to
    /// three capitalized words in the same sentence; the last of them is the name looked for later.
    private static func withEnvoys(_ mentions: [CouncilMention], tokens: [CouncilToken]) -> [CouncilMention] {
        var envoys: [String: CouncilMention] = [:]
        var introduction = Set<Int>()
        var covered = Set<Int>()
        for m in mentions { for t in m.firstToken..<m.endToken { covered.insert(t) } }
        for m in mentions where m.country != nil && m.actor {
            var k = m.endToken
            var sawNoun = (m.firstToken..<m.endToken).contains { governmentNouns.contains(tokens[$0].text) }
            var skipped = 0
            while k < tokens.count, skipped < 6, tokens[k].sentence == m.sentence,
                  ["'s", "'", ",", "to", "the", "at", "u.n.", "un", "united", "nations"].contains(tokens[k].text)
                    || nounModifiers.contains(tokens[k].text) || governmentNouns.contains(tokens[k].text) {
                if governmentNouns.contains(tokens[k].text) { sawNoun = true }
                k += 1
                skipped += 1
            }
            guard sawNoun else { continue }
            var last: Int?
            var j = k
            while j < tokens.count, j < k + 3, tokens[j].sentence == m.sentence, tokens[j].kind == .word, tokens[j].capitalized,
                  !covered.contains(j), !notNames.contains(tokens[j].text) {
                last = j
                j += 1
            }
            guard let name = last, j == tokens.count || !tokens[j].capitalized || tokens[j].kind != .word else { continue }
            envoys[tokens[name].text] = m
            introduction.formUnion(k...name)
        }
        guard !envoys.isEmpty else { return mentions }
        var out = mentions
        for (i, t) in tokens.enumerated() where t.kind == .word && t.capitalized && !covered.contains(i) && !introduction.contains(i) {
            guard let m = envoys[t.text], i > m.endToken else { continue }
            // "Nebenzia's deputy", "the Nebenzia plan": only the person as an actor.
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].capitalized { continue }
            out.append(CouncilMention(country: m.country, group: nil, groupCount: nil, kind: .name, holder: m.holder,
                                      firstToken: i, endToken: i + 1, span: TextSpan(start: t.start, end: t.end),
                                      actor: true, sentence: t.sentence))
        }
        out.sort { $0.firstToken < $1.firstToken }
        return out
    }

    /// Capitalized words after a government mention that are not a person's name.
    private static let notNames: Set<String> = [
        "united", "nations", "u.n.", "un", "security", "council", "general", "assembly", "he", "she", "it", "they", "i", "we",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "on", "in", "said", "told",
    ]

    /// Nouns that take up countries named before ("the three countries").
    private static let anaphoraNouns: Set<String> = [
        "countries", "nations", "governments", "sponsors", "co-sponsors", "cosponsors", "allies", "delegations", "powers", "states",
    ]

    /// Words after "all five" that show the number stands alone ("all five will co-sponsor").
    private static let anaphoraVerbs: Set<String> = ["will", "would", "have", "had", "are", "were", "voted", "abstained", "backed",
                                                     "supported", "agreed", "said", "say", "'ll"]

    /// Resolves "the three countries" to the latest list of exactly that many countries in its sentence
    /// or the two before; else, to the first such list later in its own sentence ("which all five will
    /// co-sponsor, was worked out among the permanent five - the United States, …"); unresolved, it
    /// names no one.
    private static func resolveAnaphora(_ out: inout [CouncilMention], tokens: [CouncilToken]) {
        func exactly(_ n: Int, _ window: [CouncilMention]) -> (MentionList) -> Bool {
            { list in list.members.count == n && Set(list.members.compactMap { window[$0].country }).count == n }
        }
        for k in out.indices {
            guard case .named = out[k].group, let n = out[k].groupCount else { continue }
            let lo = max(0, k - 24)
            let window = Array(out[lo..<k]).filter { $0.country != nil && $0.sentence + 2 >= out[k].sentence }
            if let list = lists(window, tokens: tokens).last(where: exactly(n, window)) {
                out[k].group = .named(list.members.compactMap { window[$0].country })
                continue
            }
            let hi = min(out.count, k + 1 + 24)
            let later = Array(out[(k + 1)..<hi]).filter { $0.country != nil && $0.sentence == out[k].sentence }
            let list = lists(later, tokens: tokens).first(where: exactly(n, later))
            out[k].group = .named(list.map { $0.members.compactMap { later[$0].country } } ?? [])
        }
    }

    /// Whether a matched alias names an acting government, and where its head noun ends.
    private static func isActor(alias: CountryAlias, start: Int, end: Int, _ tokens: [CouncilToken]) -> (actor: Bool, headEnd: Int) {
        let prev = start > 0 && tokens[start - 1].sentence == tokens[start].sentence ? tokens[start - 1].text : ""
        let prev2 = start > 1 ? tokens[start - 2].text : ""
        switch alias.kind {
        case .name, .capital:
            if placePrepositions.contains(prev) { return (false, end) }
            // A dateline ("WASHINGTON —", "MOSCOW (Reuters) -") is a place.
            if alias.kind == .capital, tokens[start].allCaps
                || (start == 0 || tokens[start - 1].sentence != tokens[start].sentence) && end < tokens.count && ["—", "-", "("].contains(tokens[end].text) {
                return (false, end)
            }
            if prev == "the", placePrepositions.contains(prev2) { return (false, end) }
            // "Moscow's position" is an actor; "the Moscow metro" is not, but stance cues decide that.
            return (true, end)
        case .adjective:
            var j = end
            var steps = 0
            while j < tokens.count, steps < 3, nounModifiers.contains(tokens[j].text) { j += 1; steps += 1 }
            if j < tokens.count, governmentNouns.contains(tokens[j].text) {
                if tokens[j].text == "foreign", j + 1 < tokens.count,
                   ["minister", "ministry", "office"].contains(tokens[j + 1].text) { return (true, j + 2) }
                if tokens[j].text != "foreign" { return (true, j + 1) }
            }
            if end < tokens.count, stanceNouns.contains(tokens[end].text) { return (true, end) }
            // "the Chinese said …", "the French, …": the adjective as a plural noun.
            if prev == "the", end < tokens.count, tokens[end].kind == .punct || pluralNounFollowers.contains(tokens[end].text) {
                return (true, end)
            }
            return (false, end)
        }
    }

    /// Words after "the French"/"the Chinese" that show the adjective is used as a noun.
    private static let pluralNounFollowers: Set<String> = [
        "have", "had", "has", "were", "was", "are", "is", "will", "would", "could", "may", "might", "said", "say",
        "says", "voted", "abstained", "vetoed", "backed", "opposed", "and", "also", "still", "insisted", "want",
        "wanted", "signalled", "signaled", "threatened", "remain", "remained",
    ]

    /// Nouns that make a group of members ("the other 14 members", "the permanent powers").
    private static let memberNouns: Set<String> = ["members", "member", "countries", "nations", "states", "powers", "council", "envoys", "delegations", "ambassadors"]
    /// Regional adjectives and the roster's region codes.
    private static let regionWords: [String: String] = ["african": "AF", "european": "EU", "asian": "AS"]

    /// The words other than numbers that `group(at:)` can start from: its first-word tests and
    /// `regionWords`.
    private static let groupStarts: WordSet = [
        "other", "remaining", "rest", "all", "every", "permanent", "p5", "p", "p3", "a3", "e10", "western", "elected",
        "non-permanent", "nonpermanent", "non", "latin", "african", "european", "asian", "eu",
    ]
    /// What may stand between two mentions of one list. ("Russia itself, China, Egypt and Venezuela":
    /// the sponsor's own vote heads the list.)
    private static let listJoiners: Set<String> = [",", "and", ", and", "as well as", "along with", "together with", "plus", "and the", ", the", ", and the", "or", ", or", "and fellow", "nor", ", nor", ", as well as", ", along with", ", together with", ", and also", "as well as the", "along with the", "and also",
                                                   "itself ,", "themselves ,", "itself and", "themselves and", "itself , and",
                                                   // "Russia, China and the council's African … members".
                                                   "and the council 's",
                                                   // "winning support only from Moscow and its ally China".
                                                   "and its ally", "and its allies", "and its close ally", "and their ally", "and their allies"]

    /// A group phrase starting at `i`.
    private static func group(at i: Int, _ tokens: [CouncilToken]) -> CouncilMention? {
        let t = tokens[i].text
        // A group starts with a number or one of the words tested below.
        guard tokens[i].number != nil || groupStarts.contains(t) else { return nil }
        func word(_ k: Int) -> String { i + k < tokens.count ? tokens[i + k].text : "" }
        func make(_ g: CouncilGroup, _ len: Int, count: Int? = nil) -> CouncilMention {
            CouncilMention(country: nil, group: g, groupCount: count, kind: .name, holder: nil, firstToken: i,
                           endToken: i + len, span: TextSpan(start: tokens[i].start, end: tokens[i + len - 1].end),
                           actor: true, sentence: tokens[i].sentence)
        }
        let memberNouns = Self.memberNouns
        // "the other 14 members", "the remaining members", "the rest of the Council", "all other members".
        // "four other members abstained": an indefinite number before "other" counts the group too, which
        // then takes only that many members ("the ten remaining members" are all the rest, as before).
        let definite = i > 0 && ["the", "its", "their", "all"].contains(tokens[i - 1].text)
        let countBefore = tokens[i].number.flatMap { (1...15).contains($0) && !definite && ["other", "remaining"].contains(word(1)) ? $0 : nil }
        // ("The text is likely to be backed by the 14 other council members": after a determiner the number
        // opens the group too, so that a phrase before it reaches it, but the group is all the rest, uncounted.)
        if definite, countBefore == nil, let n = tokens[i].number, (1...15).contains(n), ["other", "remaining"].contains(word(1)),
           let rest = group(at: i + 1, tokens), rest.group == .others || rest.group == .otherPermanent {
            return make(rest.group!, rest.endToken - i)
        }
        // "Other members, including Argentina, Ghana and the United Arab Emirates, said …": without a
        // determiner or a number, "other members" that name some of them ("including", "such as", "among
        // them") are those, not the rest of the Council ("Other members voted in favour" still is).
        var indefinite = false
        if t == "other", !definite, i == 0 || tokens[i - 1].sentence != tokens[i].sentence || tokens[i - 1].kind == .punct,
           tokens[safe: i + 1]?.number == nil {
            var k = i + 1
            if word(k - i) == "council" { k += 1 }
            if memberNouns.contains(word(k - i)) {
                var j = k + 1
                if j < tokens.count, tokens[j].text == "," { j += 1 }
                let next = j < tokens.count ? tokens[j].text : ""
                let after = j + 1 < tokens.count ? tokens[j + 1].text : ""
                indefinite = next == "including" || next == "such" && after == "as" || next == "among" && ["them", "whom"].contains(after)
            }
        }
        if t == "other" || t == "remaining" || countBefore != nil {
            if indefinite { return nil }
            var k = countBefore == nil ? 1 : 2
            var count = countBefore
            if count == nil, let n = tokens[safe: i + k]?.number { count = n; k += 1 }
            if word(k) == "permanent", memberNouns.contains(word(k + 1)) { return make(.otherPermanent, k + 2, count: count) }
            if word(k) == "council", memberNouns.contains(word(k + 1)) { return make(.others, k + 2, count: count) }
            if memberNouns.contains(word(k)), word(k) != "council" { return make(.others, k + 1, count: count) }
            if count != nil, ["voted", "abstained", "backed", "supported", "were", "all"].contains(word(k)) { return make(.others, k, count: count) }
            return nil
        }
        if t == "rest", word(1) == "of", word(2) == "the", word(3) == "council" { return make(.others, 4) }
        // "the rest abstained".
        if t == "rest", i > 0, tokens[i - 1].text == "the",
           ["abstained", "voted", "backed", "supported", "opposed", "were", "all", "either"].contains(word(1)) { return make(.others, 1) }
        if t == "all", let n = tokens[safe: i + 1]?.number, n >= 11, memberNouns.contains(word(2)) { return make(.all, 3, count: n) }
        if t == "all", word(1) == "the", word(2) == "others" { return make(.others, 3) }
        // "all ten others abstained", "ten others abstained", "the 10 others voted in favour".
        if let n = tokens[i].number, (1...15).contains(n), word(1) == "others" { return make(.others, 2, count: definite ? nil : n) }
        if t == "all", let n = tokens[safe: i + 1]?.number, (1...15).contains(n), word(2) == "others" { return make(.others, 3, count: n) }
        // "It is likely to get the backing of every other council member".
        if t == "every", word(1) == "other", word(2) == "council", ["member", "country", "nation", "state", "delegation"].contains(word(3)) { return make(.others, 4) }
        if t == "every", word(1) == "other", ["member", "country", "nation", "delegation"].contains(word(2)) { return make(.others, 3) }
        if t == "permanent", word(1) == "five" { return make(.permanent, 2, count: 5) }
        if t == "p5" || (t == "p" && word(1) == "-" && word(2) == "5") { return make(.permanent, t == "p5" ? 1 : 3, count: 5) }
        if t == "p3" { return make(.western, 1, count: 3) }
        if t == "a3" { return make(.region("AF"), 1, count: 3) }
        if t == "e10" { return make(.elected, 1, count: 10) }
        var k = 0
        var count: Int?
        if let n = tokens[i].number, n > 0, n <= 15 { count = n; k = 1 }
        let w0 = word(k), w1 = word(k + 1), w2 = word(k + 2)
        // "the negative votes of permanent members": without a determiner or number the phrase speaks
        // of permanent members in general, not of the five on this vote.
        let determined = count != nil || i == 0 || tokens[i - 1].sentence != tokens[i].sentence
            || ["the", "all", "its", "their", "'s", "both", "council's"].contains(tokens[i - 1].text)
        if w0 == "permanent", memberNouns.contains(w1), w1 != "council", determined { return make(.permanent, k + 2, count: count) }
        if w0 == "permanent", w1 == "council", memberNouns.contains(w2) { return make(.permanent, k + 3, count: count) }
        if w0 == "western", w1 == "permanent", memberNouns.contains(w2) { return make(.western, k + 3, count: count) }
        if w0 == "western", ["powers", "members", "nations", "countries", "allies", "governments"].contains(w1) {
            return make(.western, k + 2, count: count)
        }
        if (w0 == "elected" || w0 == "non-permanent" || w0 == "nonpermanent") && memberNouns.contains(w1) {
            return make(.elected, k + 2, count: count)
        }
        if w0 == "non", w1 == "-", w2 == "permanent", memberNouns.contains(word(k + 3)) { return make(.elected, k + 4, count: count) }
        // "The council's other European Union members have co-sponsored the text", "the council's EU members".
        if w0 == "european" || w0 == "eu", let length = Self.europeanUnionGroupLength(tokens, at: i + k) {
            return make(.europeanUnion(excludingNamed: i > 0 && tokens[i - 1].text == "other"), k + length, count: count)
        }
        // "the council's African, Latin American and Asian members": regional adjectives joined before one
        // noun each name their region's members (a mention per adjective, joined into one list).
        if Self.regionWords[w0] != nil || w0 == "latin" && w1 == "american", let length = Self.sharedRegionNoun(tokens, from: i + k) {
            let r = w0 == "latin" ? "LA" : Self.regionWords[w0]!
            return make(.region(r), k + length, count: count)
        }
        if let r = Self.regionWords[w0], ["members", "member", "countries", "nations", "states", "council"].contains(w1) {
            return make(.region(r), w1 == "council" && memberNouns.contains(w2) ? k + 3 : k + 2, count: count)
        }
        if w0 == "latin", w1 == "american", ["members", "countries", "nations", "states"].contains(w2) {
            return make(.region("LA"), k + 3, count: count)
        }
        // "the three countries", "the two governments": an anaphora, resolved once the names are known.
        if let n = count, k == 1, (2...5).contains(n), i > 0, tokens[i - 1].text == "the", Self.anaphoraNouns.contains(w0) {
            return make(.named([]), 2, count: n)
        }
        // "which all five will co-sponsor": "all" and a number before a verb take up a list of that many.
        // ("Moscow has failed to convince Indonesia, Niger and Tunisia to vote in favor; the three are expected to
        // abstain": so does "the" and a number.)
        if let n = count, k == 1, (2...5).contains(n), i > 0, ["all", "the"].contains(tokens[i - 1].text), tokens[i].kind == .word,
           Self.anaphoraVerbs.contains(w0) {
            return make(.named([]), 1, count: n)
        }
        return nil
    }

    /// The nouns of "European Union members", "EU countries" ….
    private static let europeanUnionNouns: Set<String> = ["members", "member", "countries", "nations", "states"]

    /// The length of "European Union members" or "EU members" (also "countries", "nations", "states") at `i` when
    /// the phrase names the Council's members: after "the council's" (with "other" or a number between) or
    /// before "on/in/of the (Security) Council". ("EU members agreed sanctions" speaks of the Union's states.)
    private static func europeanUnionGroupLength(_ tokens: [CouncilToken], at i: Int) -> Int? {
        func word(_ k: Int) -> String { k >= 0 && k < tokens.count && tokens[k].sentence == tokens[i].sentence ? tokens[k].text : "" }
        let nouns = europeanUnionNouns
        let length: Int
        if word(i) == "european", word(i + 1) == "union", nouns.contains(word(i + 2)) { length = 3 }
        else if word(i) == "eu", nouns.contains(word(i + 1)) { length = 2 }
        else { return nil }
        var j = i - 1
        while j >= 0, word(j) == "other" || tokens[j].number != nil && tokens[j].sentence == tokens[i].sentence { j -= 1 }
        if word(j) == "'s", word(j - 1) == "council" { return length }
        var k = i + length
        guard ["on", "in", "of"].contains(word(k)) else { return nil }
        k += 1
        if word(k) == "the" { k += 1 }
        if ["security", "u.n.", "un"].contains(word(k)) { k += 1 }
        return word(k) == "council" ? length : nil
    }

    /// For a regional adjective at `i` that is followed by others and then by a member noun ("African,
    /// Latin American and Asian members"), the adjective's own length (1, or 2 for "Latin American");
    /// nil when it is not such a coordination (the last adjective, which has the noun, is read as usual).
    private static func sharedRegionNoun(_ tokens: [CouncilToken], from i: Int) -> Int? {
        func word(_ k: Int) -> String { k < tokens.count && tokens[k].sentence == tokens[i].sentence ? tokens[k].text : "" }
        let own = word(i) == "latin" ? 2 : 1
        var k = i + own
        // Up to three more adjectives, each after ",", "and" or ", and".
        for _ in 0..<4 {
            var joined = false
            while [",", "and", "or"].contains(word(k)) { k += 1; joined = true }
            guard joined else { break }
            if regionWords[word(k)] != nil { k += 1 } else if word(k) == "latin", word(k + 1) == "american" { k += 2 } else { return nil }
            if ["members", "member", "countries", "nations", "states"].contains(word(k)) { return own }
        }
        return nil
    }

    /// Joins mentions separated only by ",", "and", "as well as", "along with" into lists.
    /// Whether the mention follows a sentence-opening "Of (the)" ("Of the ten non-permanent members, …").
    static func openingOf(_ m: CouncilMention, tokens: [CouncilToken]) -> Bool {
        var k = m.firstToken - 1
        if k >= 0, tokens[k].text == "the" { k -= 1 }
        guard k >= 0, tokens[k].text == "of", tokens[k].sentence == m.sentence else { return false }
        return k == 0 || tokens[k - 1].sentence != m.sentence
    }

    static func lists(_ mentions: [CouncilMention], tokens: [CouncilToken]) -> [MentionList] {
        var out: [MentionList] = []
        var i = 0
        while i < mentions.count {
            var members = [i]
            var j = i
            var closed = false
            while j + 1 < mentions.count, mentions[j + 1].sentence == mentions[j].sentence {
                let gapStart = mentions[j].endToken, gapEnd = mentions[j + 1].firstToken
                guard gapEnd - gapStart <= 4 else { break }
                let gap = (gapStart..<gapEnd).map { tokens[$0].text }
                let joined = gap.joined(separator: " ")
                let joiners = listJoiners
                // "Franco-German", "U.S.-British": hyphenated adjectives name joint sponsors.
                let hyphenated = joined == "-" && mentions[j].kind == .adjective
                // "a U.S.- and Panamanian-drafted resolution": a suspended hyphen joins both to the compound.
                let suspended = joined == "- and" && mentions[j + 1].endToken < tokens.count && tokens[mentions[j + 1].endToken].text == "-"
                guard joiners.contains(joined) || gap.isEmpty || hyphenated || suspended else { break }
                // "Of the ten non-permanent members, West Germany and Italy said …": the group a sentence opens
                // with after "Of" is the set chosen from, not one list with the members chosen.
                if joined == ",", j == i, mentions[i].group != nil, openingOf(mentions[i], tokens: tokens) { break }
                // "China sided with Russia, and Bolivia also voted no": after a single country governed by a
                // preposition, ", and" starts a new clause.
                if joined == ", and", members.count == 1, mentions[i].firstToken > 0,
                   ["with", "to", "from", "of", "against", "on", "over", "for", "behind"].contains(tokens[mentions[i].firstToken - 1].text) { break }
                // A list closed by "and" does not go on: "the United States, Britain and France, and Angola
                // and Uruguay abstained" is two lists.
                // (The joiner is one of `listJoiners`: "well", "along" and "together" only come in these phrases.)
                let extending = gap.contains("well") || gap.contains("along") || gap.contains("together")
                if closed, !extending { break }
                closed = !extending && (gap.contains("and") || gap.contains("nor") || gap.contains("or"))
                members.append(j + 1)
                j += 1
            }
            let first = mentions[members[0]], last = mentions[members[members.count - 1]]
            out.append(MentionList(members: members, firstToken: first.firstToken, endToken: last.endToken,
                                   span: TextSpan(start: first.span.start, end: last.span.end), sentence: first.sentence))
            i = j + 1
        }
        return out
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
