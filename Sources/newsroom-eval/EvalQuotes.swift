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
            --wikinews scores the hand-annotated newswire quote set instead (tuning half; with
            --held-out the held-out half): articles of ../shared/corpus/wikinews through the whole
            pipeline, P/R/F1 at ≥30% and ≥80% overlap for all quotes and per kind, and speaker names.
            """
    )

    @Argument(help: "A PolNeAR-format folder (text/, attributions/).")
    var folder: String?

    @Flag(help: "Evaluate the dev split only (every fifth document).")
    var dev = false

    @Flag(help: "Evaluate the train split only (all but the dev split).")
    var train = false

    @Flag(help: "Score the hand-annotated Wikinews quote set (tuning half) instead of PolNeAR.")
    var wikinews = false

    @Flag(name: .customLong("held-out"), help: "With --wikinews: the held-out half (only measured, never tuned on).")
    var heldOut = false

    @Option(help: "Print up to N missed and spurious quotes (PolNeAR train split or the Wikinews tuning set).")
    var errors = 0

    @Flag(help: ArgumentHelp("Print every quote with whether it matched (for comparing two builds).", visibility: .hidden))
    var list = false

    @Option(help: ArgumentHelp("Print the quotes found in one text file and exit.", visibility: .hidden))
    var dump: String?

    func run() throws {
        if let dump {
            let text = ScalarText(try String(contentsOfFile: dump, encoding: .utf8))
            for q in QuoteExtractor().quotes(in: text, people: PeopleAnnotator().people(in: text)) {
                print("\(q.kind.rawValue) \(q.span.start)-\(q.span.end) [\(q.speakerText ?? "-") → \(q.speaker ?? "-") / \(q.cue ?? "-")]: \(q.text)")
            }
            return
        }
        if wikinews {
            guard folder == nil, !dev, !train else { throw ValidationError("--wikinews takes no folder, --dev or --train") }
            let evaluation = WikinewsQuoteEvaluation(half: heldOut ? .heldOut : .tuning, errors: errors)
            do {
                try evaluation.run(packageRoot: FileManager.default.currentDirectoryPath)
            } catch let failure as EvalFailure {
                throw ValidationError(failure.description)
            }
            return
        }
        guard !heldOut else { throw ValidationError("--held-out goes with --wikinews") }
        guard !(dev && train) else { throw ValidationError("--dev and --train exclude each other") }
        let root = try folder.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? SharedData.required().appendingPathComponent("quotes/polnear-train", isDirectory: true)
        let corpus = try PolnearCorpus(folder: root)
        let split: PolnearCorpus.Split = dev ? .dev : (train ? .train : .all)
        if (errors > 0 || list) && split == .dev { throw ValidationError("--errors and --list are not allowed on the dev split") }
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
            if list {
                let m = QuoteScoring.match(gold: gold, predicted: quotes, text: text, threshold: 0.3)
                for (pi, q) in quotes.enumerated() {
                    let ok = m.assigned[pi].map { m.found[$0] } ?? false
                    let name = m.assigned[pi].flatMap { ok ? QuoteScoring.speakerNameMatches(gold[$0], q, text: text) : nil }
                    let mark = name.map { $0 ? "name=Y" : "name=N" } ?? "name=-"
                    print("LIST \(ok ? "ok " : "bad") \(doc.name) \(q.span.start) \(q.kind.rawValue) \(mark) [\(q.speakerText ?? "-") → \(q.speaker ?? "-")]: \(q.text.prefix(100))")
                }
                for (gi, g) in gold.enumerated() where !m.found[gi] {
                    print("LIST miss \(doc.name) \(g.content.first?.start ?? 0) [\(g.cue.map { text[$0] }.joined(separator: " "))]: \(g.content.map { text[$0] }.joined(separator: " | ").prefix(100))")
                }
            }
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
        let directGold = gold.filter { QuoteScoring.isDirectGold($0, text) }
        let directQuotes = quotes.filter { $0.kind == .direct }
        let strict = QuoteScoring.match(gold: directGold, predicted: directQuotes, text: text, threshold: 0.8)
        for (gi, g) in directGold.enumerated() where !strict.found[gi] && printed < limit {
            printed += 1
            print("MISS \(name) \(g.content.first?.start ?? 0): \(g.content.map { text[$0] }.joined(separator: " | "))")
            for (pi, q) in directQuotes.enumerated() where strict.assigned[pi] == gi {
                print("     got: \(q.text)")
            }
        }
        let loose = QuoteScoring.match(gold: directGold, predicted: directQuotes, text: text, threshold: 0.3)
        for (pi, q) in directQuotes.enumerated() where printed < limit {
            if loose.assigned[pi] == nil {
                printed += 1
                print("SPUR \(name) \(q.span.start) [\(q.speakerText ?? "-")/\(q.cue ?? "-")]: \(q.text)")
            }
        }
        let all = QuoteScoring.match(gold: gold, predicted: quotes, text: text, threshold: 0.3)
        let allStrict = QuoteScoring.match(gold: gold, predicted: quotes, text: text, threshold: 0.8)
        for (pi, q) in quotes.enumerated() where q.kind != .direct && printed < limit {
            guard let gi = all.assigned[pi], all.found[gi], !allStrict.found[gi] else { continue }
            printed += 1
            print("BOUND \(q.kind.rawValue) \(name) got [\(q.text.prefix(120))] gold [\(gold[gi].content.map { text[$0] }.joined(separator: " | ").prefix(120))]")
        }
        for (gi, g) in gold.enumerated() where !all.found[gi] && printed < limit {
            printed += 1
            print("MISSALL \(name) \(g.content.first?.start ?? 0) cue [\(g.cue.map { text[$0] }.joined(separator: " "))] source [\(g.source.map { text[$0] }.joined(separator: " "))]: \(g.content.map { text[$0] }.joined(separator: " | ").prefix(100))")
        }
        for (pi, q) in quotes.enumerated() where printed < limit {
            guard let gi = all.assigned[pi], all.found[gi], !gold[gi].source.isEmpty else { continue }
            if let sp = q.speakerSpan, gold[gi].source.contains(where: { $0.overlaps(sp) }) { continue }
            printed += 1
            print("SPKR \(q.kind.rawValue) \(name) \(q.span.start) got [\(q.speakerText ?? "-") → \(q.speaker ?? "-")] gold [\(gold[gi].source.map { text[$0] }.joined(separator: " "))]: \(q.text.prefix(80))")
        }
        return printed
    }
}
