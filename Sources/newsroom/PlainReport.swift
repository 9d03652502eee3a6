import NewsroomKit

/// Plain-text renderings of annotations for the command line.
enum PlainReport {
    /// The whole article: metadata, text, people, quotes, tally.
    static func article(_ a: AnnotatedArticle) {
        let art = a.article
        Output.line(art.headline)
        let meta = [art.dateline, art.date, art.source].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty { Output.line(meta) }
        Output.line(art.path)
        for caption in art.captions { Output.line("Caption: \(caption)") }
        Output.line()
        for line in Text.wrap(art.text, width: 78) { Output.line(line) }
        Output.line()
        people(a.people)
        quotes(a.quotes)
        tally(a.tally)
    }

    /// The people section.
    static func people(_ people: [Person]) {
        Output.line("People (\(people.count))")
        for p in people {
            let title = p.title.map { " — \($0)" } ?? ""
            Output.line("  \(p.name)\(title)  (\(p.mentions.count) mention\(p.mentions.count == 1 ? "" : "s"))")
        }
        Output.line()
    }

    /// The quotes section.
    static func quotes(_ quotes: [Quote]) {
        Output.line("Quotes (\(quotes.count))")
        for q in quotes {
            Output.line("  \(q.speaker ?? "(unknown speaker)") [\(q.kind.rawValue)\(q.cue.map { ", \($0)" } ?? "")]")
            for line in Text.wrap("“\(q.text)”", width: 74, indent: "    ") { Output.line(line) }
        }
        Output.line()
    }

    /// The tally section.
    static func tally(_ tally: Tally?) {
        guard let t = tally else {
            Output.line("Security Council tally: none (not about a Council decision)")
            return
        }
        let year = t.year.map { "\($0)\(t.yearInferred ? " (inferred)" : "")" } ?? "unknown year"
        Output.line("Security Council tally — \(year)\(t.draft.map { " — \($0)" } ?? "")")
        for m in t.members {
            let veto = m.veto == .none ? "" : " (veto \(m.veto.rawValue))"
            Output.line("  \(m.permanent ? "P" : " ") \(Text.pad(m.name, 34)) \(m.stance.rawValue)\(veto)")
        }
        let c = t.counts
        Output.line("  for \(c.for) · against \(c.against) · abstain \(c.abstain) · undecided \(c.undecided) · unknown \(c.unknown) — \(t.needed) needed\(t.sponsorTarget.map { ", sponsors want \($0)" } ?? "")")
        Output.line("  Outcome: \(t.outcome)")
        for note in t.notes { Output.line("  Note: \(note)") }
    }
}
