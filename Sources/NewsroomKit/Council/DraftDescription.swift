/// A short description of the draft: who drafted it and what it is about
/// ("French-led draft resolution on Syria").
enum DraftDescription {
    static func describe(tokens: [CouncilToken], text: ScalarText, mentions: [CouncilMention], readable: ReadableText,
                         seats: [CouncilSeat], postVote: Bool) -> String? {
        var mentionEndingAt = Set<Int>()
        var mentionStartingAt: [Int: CouncilMention] = [:]
        for m in mentions {
            mentionEndingAt.insert(m.endToken)
            if mentionStartingAt[m.firstToken] == nil { mentionStartingAt[m.firstToken] = m }
        }
        var sawDraft = false
        var sawResolution = false
        var sponsor: String?
        var topicAfterOn: String?
        for (i, t) in tokens.enumerated() where readable.reads(i, sentence: t.sentence) {
            if t.text == "draft" { sawDraft = true }
            if t.text == "resolution" { sawResolution = true }
            // "French-led", "U.S.-drafted", "British-sponsored".
            if sponsor == nil, t.text == "-", i + 1 < tokens.count, i > 0,
               ["led", "drafted", "sponsored", "backed", "proposed", "authored", "written", "penned", "crafted"].contains(tokens[i + 1].text),
               tokens[i - 1].end == t.start, tokens[i - 1].kind == .word,
               mentionEndingAt.contains(i),
               (i + 2..<min(tokens.count, i + 6)).contains(where: { ["draft", "resolution", "text", "proposal", "measure"].contains(tokens[$0].text) }) {
                var start = i - 1
                while start > 0, tokens[start - 1].end == tokens[start].start, tokens[start - 1].kind == .word || tokens[start - 1].text == "-" { start -= 1 }
                sponsor = text[TextSpan(start: tokens[start].start, end: tokens[i + 1].end)]
            }
            // "resolution on Syria", "draft on North Korea".
            if topicAfterOn == nil, ["resolution", "draft", "text"].contains(t.text), i + 1 < tokens.count, tokens[i + 1].text == "on",
               let m = mentionStartingAt[i + 2] ?? (tokens[safe: i + 2]?.text == "the" ? mentionStartingAt[i + 3] : nil),
               let c = m.country {
                topicAfterOn = CountryNames.topicName(c)
            }
        }
        guard sawDraft || sawResolution else { return nil }
        let sitting = Set(seats.map(\.key))
        var frequency: [String: (count: Int, first: Int)] = [:]
        for m in mentions {
            guard let c = m.country, !sitting.contains(c), !(c == "Russia" && sitting.contains("Soviet Union")) else { continue }
            let name = CountryNames.topicName(c)
            let f = frequency[name] ?? (0, m.firstToken)
            frequency[name] = (f.count + 1, f.first)
        }
        let topic = topicAfterOn ?? frequency.max { a, b in
            a.value.count != b.value.count ? a.value.count < b.value.count : a.value.first > b.value.first
        }?.key
        var words: [String] = []
        if let sponsor { words.append(sponsor) }
        words.append(sawDraft || !postVote ? "draft resolution" : "resolution")
        if let topic { words.append("on \(topic)") }
        return words.joined(separator: " ")
    }
}
