import Foundation
import NewsroomKit

/// `newsroom-eval quotes --wikinews`: the hand-annotated newswire quote set, through the whole
/// pipeline (`ArticleLoader`, then `Annotator`, as `newsroom annotate` runs it).
struct WikinewsQuoteEvaluation {
    var half: WikinewsQuoteGold.Half
    var errors: Int

    func run(packageRoot: String) throws {
        guard let shared = SharedData.root(packageRoot: packageRoot) else { throw EvalFailure(SharedData.missingMessage) }
        let gold = URL(fileURLWithPath: packageRoot).appendingPathComponent(WikinewsQuoteGold.goldPath)
        let documents = try WikinewsQuoteGold.load(gold: gold, shared: shared, half: half)
        guard !documents.isEmpty else {
            throw EvalFailure("no \(half.rawValue) articles: the last held-out set has joined the tuning set and the next blind set is not scored yet")
        }
        var total = NewswireQuoteScoring.Score()
        var shown = 0
        for doc in documents {
            let text = ScalarText(doc.article.text)
            let quotes = Annotator().annotate(doc.article).quotes
            total = total + NewswireQuoteScoring.score(text: text, gold: doc.quotes, predicted: quotes)
            if shown < errors { shown += printErrors(doc, text, quotes, limit: errors - shown) }
        }
        let goldCount = documents.reduce(0) { $0 + $1.quotes.count }
        print("newsroom-eval quotes --wikinews: half=\(half.rawValue) articles=\(documents.count) gold quotes=\(goldCount)")
        print("all quotes:")
        for t in QuoteScoring.thresholds { print(line("  overlap ≥\(Int(t * 100))%", total.all[t])) }
        for kind in QuoteKind.allCases {
            let byKind = total.byKind[kind] ?? [:]
            for t in QuoteScoring.thresholds {
                print(line("  \(kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) ≥\(Int(t * 100))%", byKind[t]))
            }
        }
        let s = total.speaker
        print(String(format: "speaker name  %.3f  (%d of %d found@30%% with a gold speaker; persons %d/%d, groups %d/%d; no speaker, none predicted %d/%d)",
                     s.accuracy, s.namedCorrect, s.named, s.personCorrect, s.person, s.groupCorrect, s.group, s.unnamedCorrect, s.unnamed))
    }

    private func line(_ title: String, _ c: QuoteScoring.Counts?) -> String {
        let c = c ?? QuoteScoring.Counts()
        return String(format: "%@  P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, matched %d)",
                      title, c.precision, c.recall, c.f1, c.gold, c.predicted, c.matched)
    }

    /// Gold quotations not found (MISS), found at 30% but not at 80% (BOUND), quotes matching
    /// nothing (SPUR) and wrong speakers (SPKR).
    private func printErrors(_ doc: NewswireQuoteDocument, _ text: ScalarText, _ quotes: [Quote], limit: Int) -> Int {
        var printed = 0
        let loose = NewswireQuoteScoring.match(text: text, gold: doc.quotes, predicted: quotes, threshold: 0.3)
        let strict = NewswireQuoteScoring.match(text: text, gold: doc.quotes, predicted: quotes, threshold: 0.8)
        func show(_ s: String) { if printed < limit { print(s); printed += 1 } }
        for (gi, g) in doc.quotes.enumerated() {
            if !loose.found[gi] {
                show("MISS \(g.kind.rawValue) \(doc.id) \(g.span.start) [\(g.speaker ?? "-")]: \(text[g.span].prefix(140))")
            } else if !strict.found[gi] {
                let got = quotes.indices.filter { loose.assigned[$0] == gi }.map { "\(quotes[$0].kind.rawValue)/\(quotes[$0].cue ?? "-") [\(quotes[$0].speakerText ?? "-")] \(quotes[$0].text.prefix(140))" }
                show("BOUND \(g.kind.rawValue) \(doc.id) gold [\(text[g.span].prefix(140))]\n      got \(got)")
            }
            if loose.found[gi], let b = loose.best[gi],
                !NewswireQuoteScoring.sameSpeaker(gold: g.speaker, predicted: quotes[b].speaker, person: g.speakerType == .person)
            {
                let q = quotes[b]
                show("SPKR \(q.kind.rawValue) \(doc.id) \(g.span.start) got [\(q.speakerText ?? "-") → \(q.speaker ?? "-") / \(q.cue ?? "-")] gold [\(g.speaker ?? "-")]: \(q.text.prefix(80))")
            }
        }
        for (pi, q) in quotes.enumerated() where loose.assigned[pi] == nil {
            show("SPUR \(q.kind.rawValue) \(doc.id) \(q.span.start) [\(q.speakerText ?? "-") → \(q.speaker ?? "-") / \(q.cue ?? "-")]: \(q.text.prefix(140))")
        }
        return printed
    }
}

/// A failure message for the command line.
struct EvalFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
