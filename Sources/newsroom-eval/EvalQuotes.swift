import ArgumentParser
import Foundation
import NewsroomKit

/// `newsroom-eval quotes`: scores the quote extractor on PolNeAR-format gold.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Scores quote extraction against PolNeAR-format gold (BRAT .ann, code-point offsets).",
        discussion: """
            Reads DIR/text/*.txt and DIR/attributions/*.ann (default: ../shared/quotes/polnear-train).
            The dev split is every fifth document in name order (indices 4, 9, 14, …); --train is the
            rest. Reports precision, recall and F1 of content spans at ≥30% and ≥80% character
            overlap and speaker accuracy, for direct quotes (content wholly in marks) and for all
            attributions. The raw .txt is annotated as given (people, then quotes).
            """
    )

    @Argument(help: "A PolNeAR-format folder (text/, attributions/).")
    var folder: String?

    @Flag(help: "Evaluate the dev split only (every fifth document).")
    var dev = false

    @Flag(help: "Evaluate the train split only (all but the dev split).")
    var train = false

    @Option(help: "Print up to N missed and spurious direct quotes (train split only: never look at dev errors).")
    var errors = 0

    func run() throws {
        guard !(dev && train) else { throw ValidationError("--dev and --train exclude each other") }
        let root: URL
        if let folder {
            root = URL(fileURLWithPath: folder, isDirectory: true)
        } else if let shared = SharedData.root() {
            root = shared.appendingPathComponent("quotes/polnear-train", isDirectory: true)
        } else {
            throw ValidationError(SharedData.missingMessage)
        }
        let corpus = try PolnearCorpus(folder: root)
        let split: PolnearCorpus.Split = dev ? .dev : (train ? .train : .all)
        if errors > 0 && split == .dev { throw ValidationError("--errors is not allowed on the dev split") }
        let documents = corpus.split(split)
        guard !documents.isEmpty else { throw ValidationError("\(root.path): no documents with .txt and .ann") }

        let people = PeopleAnnotator()
        let extractor = QuoteExtractor()
        var total = QuoteScoring.Score()
        var shown = 0
        for doc in documents {
            let raw = try String(contentsOf: doc.textURL, encoding: .utf8)
            let gold = BratAttributionReader.parse(try String(contentsOf: doc.annotationURL, encoding: .utf8))
            let text = ScalarText(raw)
            let quotes = extractor.quotes(in: text, people: people.people(in: text))
            total = total + QuoteScoring.score(text: text, gold: gold, predicted: quotes)
            if shown < errors {
                shown += printErrors(doc.name, text, gold, quotes, limit: errors - shown)
            }
        }
        print("newsroom-eval quotes: \(root.path) split=\(split.rawValue) documents=\(documents.count)")
        report("direct quotes", total.direct)
        report("all attributions", total.all)
    }

    private func report(_ title: String, _ s: QuoteScoring.SubsetScore) {
        print("\(title):")
        for t in QuoteScoring.thresholds {
            let c = s.byThreshold[t] ?? QuoteScoring.Counts()
            print(String(format: "  overlap ≥%2.0f%%  P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, matched %d)",
                         t * 100, c.precision, c.recall, c.f1, c.gold, c.predicted, c.matched))
        }
        let sp = s.speaker
        print(String(format: "  speaker span  %.3f  (%d of %d matched@30%% with a gold source)", sp.spanAccuracy, sp.spanCorrect, sp.withSource))
        print(String(format: "  speaker name  %.3f  (%d of %d whose gold source is a name)", sp.nameAccuracy, sp.nameCorrect, sp.named))
    }

    /// Prints direct gold quotes nothing matched at 80% and direct predictions that matched nothing.
    private func printErrors(_ name: String, _ text: ScalarText, _ gold: [GoldAttribution], _ quotes: [Quote], limit: Int) -> Int {
        var printed = 0
        for g in gold where QuoteScoring.isDirectGold(g, text) && printed < limit {
            let hit = quotes.contains { q in QuoteScoring.overlap(g, q, text) >= 0.8 }
            if !hit {
                printed += 1
                print("MISS \(name) \(g.content.first?.start ?? 0): \(g.content.map { text[$0] }.joined(separator: " | "))")
            }
        }
        for q in quotes where q.kind == .direct && printed < limit {
            let hit = gold.contains { g in QuoteScoring.overlap(g, q, text) >= 0.3 }
            if !hit {
                printed += 1
                print("SPUR \(name) \(q.span.start) [\(q.speaker ?? "-")/\(q.cue ?? "-")]: \(q.text)")
            }
        }
        for q in quotes where printed < limit {
            guard let g = gold.first(where: { QuoteScoring.overlap($0, q, text) >= 0.3 }), !g.source.isEmpty else { continue }
            if let sp = q.speakerSpan, g.source.contains(where: { $0.overlaps(sp) }) { continue }
            printed += 1
            print("SPKR \(name) \(q.span.start) got [\(q.speakerText ?? "-")] gold [\(g.source.map { text[$0] }.joined(separator: " "))]: \(q.text.prefix(80))")
        }
        return printed
    }
}
