/// A short description of the draft: who drafted it and what it is about
/// ("French-led draft resolution on Syria").
///
/// - The sponsor is the first "X-led" / "X-drafted" / "X-sponsored" country before a word for the
///   text, unless that country voted against the story's draft or abstained on it: a sponsor votes
///   for its own text, so such a phrase is about another draft ("On Friday, Russia and China vetoed
///   a U.S.-drafted text", in a story about a text the United States let through by abstaining).
/// - The topic is the country most mentioned off the Council, where "resolution on X" counts three
///   times: a passing "a March resolution on Libya" does not outweigh a story about Syria.
/// - A text that was vetoed or failed stays a "draft resolution"; only an adopted one (or one whose
///   outcome is unknown, when the text calls it a resolution) is a "resolution".
enum DraftDescription {
    /// Sponsor words after a country and a hyphen ("French-led", "U.S.-drafted").
    private static let sponsorWords: Set<String> = ["led", "drafted", "sponsored", "backed", "proposed", "authored", "written", "penned", "crafted"]
    /// Words for the text itself.
    private static let textWords: Set<String> = ["draft", "resolution", "text", "proposal", "measure"]

    static func describe(tokens: [CouncilToken], text: ScalarText, mentions: [CouncilMention], readable: ReadableText,
                         seats: [CouncilSeat], postVote: Bool, members: [TallyMember], outcome: String) -> String? {
        var mentionEndingAt: [Int: CouncilMention] = [:]
        var mentionStartingAt: [Int: CouncilMention] = [:]
        for m in mentions {
            mentionEndingAt[m.endToken] = m
            if mentionStartingAt[m.firstToken] == nil { mentionStartingAt[m.firstToken] = m }
        }
        let notForIt = Set(members.filter { postVote && ($0.stance == .against || $0.stance == .abstain) }.map(\.name))
        var sawDraft = false
        var sawResolution = false
        var sponsor: String?
        var topicsAfterOn: [String] = []
        for (i, t) in tokens.enumerated() where readable.reads(i, sentence: t.sentence) {
            if t.text == "draft" { sawDraft = true }
            if t.text == "resolution" { sawResolution = true }
            // "French-led", "U.S.-drafted", "British-sponsored".
            if sponsor == nil, t.text == "-", i + 1 < tokens.count, i > 0,
               sponsorWords.contains(tokens[i + 1].text),
               tokens[i - 1].end == t.start, tokens[i - 1].kind == .word,
               let m = mentionEndingAt[i], !(m.country.map(notForIt.contains) ?? false),
               (i + 2..<min(tokens.count, i + 6)).contains(where: { textWords.contains(tokens[$0].text) }) {
                var start = i - 1
                while start > 0, tokens[start - 1].end == tokens[start].start, tokens[start - 1].kind == .word || tokens[start - 1].text == "-" { start -= 1 }
                sponsor = text[TextSpan(start: tokens[start].start, end: tokens[i + 1].end)]
            }
            // "resolution on Syria", "draft on North Korea".
            if ["resolution", "draft", "text"].contains(t.text), i + 1 < tokens.count, tokens[i + 1].text == "on",
               let m = mentionStartingAt[i + 2] ?? (tokens[safe: i + 2]?.text == "the" ? mentionStartingAt[i + 3] : nil),
               let c = m.country {
                topicsAfterOn.append(CountryNames.topicName(c))
            }
        }
        guard sawDraft || sawResolution else { return nil }
        let sitting = Set(seats.map(\.key))
        var weight: [String: (count: Int, first: Int)] = [:]
        for m in mentions {
            guard let c = m.country, !sitting.contains(c), !(c == "Russia" && sitting.contains("Soviet Union")) else { continue }
            let name = CountryNames.topicName(c)
            let w = weight[name] ?? (0, m.firstToken)
            weight[name] = (w.count + 1, w.first)
        }
        for name in topicsAfterOn {
            let w = weight[name] ?? (0, Int.max)
            weight[name] = (w.count + 2, w.first)
        }
        let topic = weight.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
        }?.key
        let adopted = outcome.hasPrefix(Article27.Outcome.adopted)
        let decided = !outcome.hasPrefix(Article27.Outcome.undetermined)
        // After the vote: adopted, a resolution; failed or vetoed, still a draft; unknown, as the text calls it.
        let isResolution = postVote && (adopted || !decided && !sawDraft)
        var words: [String] = []
        if let sponsor { words.append(sponsor) }
        words.append(isResolution ? "resolution" : "draft resolution")
        if let topic { words.append("on \(topic)") }
        return words.joined(separator: " ")
    }
}
