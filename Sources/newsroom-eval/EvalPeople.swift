import ArgumentParser
import Foundation
import NewsroomKit

/// Scores the whole people annotator on gold files: person precision/recall/F1 by exact span,
/// and linking (mentions found, B-cubed) where the file has coreference (GUM CoNLL-U).
struct EvalPeople: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Person P/R/F1 (exact span) and linking scores on CoNLL / CoNLL-U gold files.",
        discussion: """
        FILE may be CoNLL (IOB1 or IOB2, `token TAG`, -DOCSTART- between documents) or GUM-style \
        CoNLL-U with Entity= annotations. Each document's text is rebuilt from its tokens and the \
        full PeopleAnnotator (tagger, rules, linker) runs on it, exactly as `newsroom annotate` does. \
        --dev scores the fixed dev split of ../shared/ner that training never sees.
        """
    )

    @Argument(help: "Gold files.")
    var files: [String] = []

    @Flag(help: "Score the held-out dev split of ../shared/ner (wikigold and GUM).")
    var dev = false

    @Flag(help: "Score the hand-annotated Wikinews newswire set (tuning half 2019, held-out half 2020).")
    var wikinews = false

    @Option(name: .customLong("wikinews-gold"), help: "Score a further Wikinews person gold file in the dev set's format (a blind set; articles declared by `# <file> row N` lines or by their annotations). Repeatable.")
    var wikinewsGold: [String] = []

    @Flag(help: "Score the training part of ../shared/ner (wikigold and GUM minus the dev split), where errors may be studied. With the bundled tagger it has seen these documents; add --folds for a tagger that has not.")
    var trainPart = false

    @Option(help: "With --train-part: annotate each of this many folds with a tagger trained (as newsroom-train people does) on the other folds.")
    var folds = 0

    @Option(help: "With --folds: keep fold weights in this folder and reuse them when present (delete them after changing features or training).")
    var foldWeights: String?

    @Option(help: "With --folds: training passes of the fold taggers (default: the bundled recipe's).")
    var foldEpochs: Int?

    @Option(help: "With --folds: models averaged per fold tagger (default: the bundled recipe's).")
    var foldModels: Int?

    @Option(help: "With --folds: seed of the fold taggers' first model (default: the bundled recipe's).")
    var foldSeed: UInt64?

    @Flag(help: "Also print GUM scores per genre.")
    var perGenre = false

    @Flag(help: "Also print the tagger's own entity F1 per type (before rules and linking).")
    var taggerAlone = false

    @Flag(help: "Rules and name lists only, without the statistical tagger.")
    var noTagger = false

    @Option(help: "Print up to this many missed and spurious mentions.")
    var errors = 0

    @Flag(help: "Print found mentions whose person disagrees with the gold chain (diagnostics).")
    var linkErrors = false

    @Flag(help: "Print the tagger's entities of every document (diagnostics).")
    var dumpTags = false

    @Option(help: "With --train-part, --wikinews or FILE…: score only the document with this id (\"wikigold.conll#21\", \"GUM_bio_holt\") and print its gold and found person mentions. Refused with --dev: dev errors are not studied.")
    var doc: String?

    @Option(help: "Print the tagger's entities and the people of a plain-text file (diagnostics).")
    var tagText: String?

    @Option(help: "Use these tagger weights instead of the bundled ones (diagnostics, fold experiments).")
    var weights: String?

    @Option(help: "With --weights or --folds: word classes for the tagger's features (a file written by newsroom-train clusters; the weights must have been trained with it).")
    var clusters: String?

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    func run() throws {
        var tagger = PerceptronTagger.shared
        let wordClusters = try clusters.map { try WordClusters(tsv: String(contentsOf: URL(fileURLWithPath: $0), encoding: .utf8)) }
        if let weights {
            tagger = PerceptronTagger(weights: try PerceptronWeights(data: Data(contentsOf: URL(fileURLWithPath: weights))), names: .shared,
                                      clusters: wordClusters)
        }
        let annotator = noTagger ? PeopleAnnotator(names: .shared, tagger: nil) : PeopleAnnotator(names: .shared, tagger: tagger)
        if let tagText {
            let text = ScalarText(try String(contentsOf: URL(fileURLWithPath: tagText), encoding: .utf8))
            let t = TokenizedText(text)
            for e in tagger?.entities(in: t) ?? [] {
                let span = TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end)
                print("\(e.type.label)\t\(span.start)-\(span.end)\t\(text[span])")
            }
            for p in annotator.people(in: t) {
                print("person\t\(p.name)\t\(p.title ?? "-")\t\(p.sex?.rawValue ?? "-")\t" + p.mentions.map { text[$0] }.joined(separator: " | "))
            }
            return
        }
        guard dev || wikinews || trainPart || !files.isEmpty || !wikinewsGold.isEmpty else {
            throw ValidationError("give FILE…, --dev, --train-part, --wikinews or --wikinews-gold FILE")
        }
        if !noTagger && tagger == nil {
            FileHandle.standardError.write(Data("warning: no bundled tagger weights; rules only\n".utf8))
        }
        var sets: [(String, [PeopleGoldDocument])] = []
        var outOfFold: [String: PeopleAnnotator] = [:]
        if trainPart {
            let root = try SharedData.required(shared)
            let split = try PeopleDevSplit.load(shared: root, includeTwitter: false)
            if folds > 1 { outOfFold = try foldAnnotators(split.train, clusters: wordClusters) }
            sets.append(("wikigold train-part" + (folds > 1 ? " (\(folds) folds)" : ""), split.train.filter { $0.id.hasPrefix("wikigold") }))
            sets.append(("GUM train-part" + (folds > 1 ? " (\(folds) folds)" : ""), split.train.filter { $0.id.hasPrefix("GUM") }))
        }
        if dev {
            let root = try SharedData.required(shared)
            let split = try PeopleDevSplit.load(shared: root, includeTwitter: false)
            sets.append(("wikigold dev", split.devWikigold))
            sets.append(("GUM dev", split.devGUM))
        }
        if wikinews {
            guard let root = shared.map({ URL(fileURLWithPath: $0) }) ?? SharedData.root() else {
                print("skipped: \(SharedData.missingMessage)")
                return
            }
            let gold = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(WikinewsGold.goldPath)
            let halves = try WikinewsGold.load(gold: gold, shared: root)
            sets.append(("wikinews tuning (2019)", halves.tuning))
            sets.append(("wikinews held-out (2020)", halves.heldOut))
        }
        if !wikinewsGold.isEmpty {
            guard let root = shared.map({ URL(fileURLWithPath: $0) }) ?? SharedData.root() else {
                print("skipped: \(SharedData.missingMessage)")
                return
            }
            for file in wikinewsGold {
                sets.append((file, try WikinewsGold.loadSet(gold: URL(fileURLWithPath: file), shared: root)))
            }
        }
        for file in files {
            sets.append((file, try PeopleGoldReader.read(URL(fileURLWithPath: file))))
        }
        if let doc {
            guard !dev else { throw ValidationError("--doc studies one document of the training part, Wikinews or FILE…, never of --dev") }
            sets = sets.map { ($0.0, $0.1.filter { $0.id == doc }) }.filter { !$0.1.isEmpty }
            guard !sets.isEmpty else { throw ValidationError("no document with id \(doc)") }
            for (_, docs) in sets { for d in docs { printDocument(d, annotator: outOfFold[d.id] ?? annotator) } }
        }
        var budget = errors
        for (name, docs) in sets {
            var total = PeopleScores()
            var genres: [String: PeopleScores] = [:]
            var taggerScores = TaggerScores()
            for d in docs {
                if taggerAlone, let t = outOfFold[d.id]?.tagger ?? tagger { taggerScores.add(d, tagger: t) }
                let text = ScalarText(d.text)
                let people = (outOfFold[d.id] ?? annotator).people(in: text)
                if dumpTags, let tagger = outOfFold[d.id]?.tagger ?? tagger {
                    let t = TokenizedText(text)
                    let spans = tagger.entities(in: t).map { e in
                        "\(e.type.label):\(text[TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end)])"
                    }
                    print("\(d.id): " + spans.joined(separator: " | "))
                    let gold = EntityLabels.entities(from: d.trainingLabels(for: t)).map { e in
                        "\(e.type.label):\(text[TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end)])"
                    }
                    print("\(d.id) gold: " + gold.joined(separator: " | "))
                }
                let scores = PeopleEvaluation.score(people, against: d)
                total.add(scores)
                if d.id.hasPrefix("GUM_") { genres[String(d.id.split(separator: "_")[1]), default: PeopleScores()].add(scores) }
                if linkErrors { printLinkErrors(people, d, text) }
                if budget > 0 { budget -= printErrors(people, d, text, budget, annotator: outOfFold[d.id] ?? annotator) }
            }
            print(PeopleReport.line(name, total))
            if taggerAlone { print("  tagger alone: " + taggerScores.line) }
            if perGenre {
                for (genre, s) in genres.sorted(by: { $0.key < $1.key }) { print(PeopleReport.line("  \(genre)", s)) }
            }
        }
    }

    /// Per training document, the annotator whose tagger was trained without its fold.
    private func foldAnnotators(_ train: [PeopleGoldDocument], clusters: WordClusters?) throws -> [String: PeopleAnnotator] {
        var recipe = TaggerTrainingRecipe()
        recipe.clusters = clusters
        if let foldEpochs { recipe.epochs = foldEpochs }
        if let foldModels { recipe.models = foldModels }
        if let foldSeed { recipe.seed = foldSeed }
        var out: [String: PeopleAnnotator] = [:]
        for fold in 0..<folds {
            var annotator: PeopleAnnotator?
            let cached = foldWeights.map { URL(fileURLWithPath: $0).appendingPathComponent("fold-\(fold)-of-\(folds).weights") }
            if let cached, let data = try? Data(contentsOf: cached) {
                let weights = try PerceptronWeights(data: data)
                annotator = PeopleAnnotator(names: .shared, tagger: PerceptronTagger(weights: weights, names: .shared, clusters: clusters))
            } else {
                let kept = train.enumerated().filter { $0.offset % folds != fold }.map(\.element)
                let weights = recipe.train(recipe.documents(kept), names: .shared)
                if let cached {
                    try FileManager.default.createDirectory(at: cached.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try weights.serialized().write(to: cached)
                }
                annotator = PeopleAnnotator(names: .shared, tagger: PerceptronTagger(weights: weights, names: .shared, clusters: clusters))
            }
            FileHandle.standardError.write(Data("fold \(fold + 1)/\(folds) ready\n".utf8))
            for (k, d) in train.enumerated() where k % folds == fold { out[d.id] = annotator }
        }
        return out
    }

    /// Prints, per gold chain split over several people or person joining several chains, the mentions.
    private func printLinkErrors(_ people: [Person], _ d: PeopleGoldDocument, _ text: ScalarText) {
        var system: [TextSpan: Int] = [:]
        for (k, p) in people.enumerated() { for m in p.mentions { system[m] = k } }
        var chainsOfPerson: [Int: Set<String>] = [:]
        var personsOfChain: [String: Set<Int>] = [:]
        for g in d.people {
            guard let c = g.chain, let p = system[g.span] else { continue }
            chainsOfPerson[p, default: []].insert(c)
            personsOfChain[c, default: []].insert(p)
        }
        for (p, chains) in chainsOfPerson.sorted(by: { $0.key < $1.key }) where chains.count > 1 {
            print("merged \(d.id): \(people[p].name) joins chains \(chains.sorted())")
        }
        for (c, persons) in personsOfChain.sorted(by: { $0.key < $1.key }) where persons.count > 1 {
            print("split  \(d.id): chain \(c) over " + persons.sorted().map { people[$0].name }.joined(separator: " | "))
        }
    }

    /// Prints missed (−) and spurious (+) mentions with a little context; returns how many.
    private func printErrors(_ people: [Person], _ d: PeopleGoldDocument, _ text: ScalarText, _ budget: Int,
                             annotator: PeopleAnnotator) -> Int {
        let t = TokenizedText(text)
        let tagged = annotator.entities(in: t).map { e in
            (TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end), e.type)
        }
        func taggerNote(_ s: TextSpan) -> String {
            let over = tagged.filter { $0.0.start < s.end && s.start < $0.0.end }
            return over.isEmpty ? "  tagger -" : "  tagger " + over.map { "\($0.1.label):\(text[$0.0])" }.joined(separator: ", ")
        }
        let system = Set(people.flatMap(\.mentions))
        let gold = Set(d.people.map(\.span))
        var lines: [(TextSpan, String)] = []
        // What the gold says about a spurious span, and what was found over a missed one.
        func goldNote(_ s: TextSpan) -> String {
            let over = d.entities.filter { $0.span.start < s.end && s.start < $0.span.end }
            return over.isEmpty ? "" : "  gold " + over.map { "\($0.type.label):\(text[$0.span])" }.joined(separator: ", ")
        }
        func systemNote(_ s: TextSpan) -> String {
            let over = system.filter { $0.start < s.end && s.start < $0.end }.sorted()
            return over.isEmpty ? "" : "  found " + over.map { text[$0] }.joined(separator: ", ")
        }
        for s in gold.subtracting(system) { lines.append((s, "- missed  ")) }
        for s in system.subtracting(gold) { lines.append((s, "+ spurious")) }
        lines.sort { $0.0 < $1.0 }
        for (s, tag) in lines.prefix(budget) {
            let ctx = text[TextSpan(start: max(0, s.start - 30), end: min(text.count, s.end + 30))]
                .replacingOccurrences(of: "\n", with: " ")
            let note = (tag.hasPrefix("+") ? goldNote(s) : systemNote(s)) + taggerNote(s)
            print("\(tag) \(d.id) [\(text[s])]  …\(ctx)…\(note)")
        }
        return min(budget, lines.count)
    }
}

extension EvalPeople {
    /// Prints one document's gold person mentions and the mentions the annotator finds, with
    /// their token offsets, each marked when the other side lacks it (`--doc`).
    func printDocument(_ d: PeopleGoldDocument, annotator: PeopleAnnotator) {
        let text = ScalarText(d.text)
        let gold = d.entities.filter { $0.type == .person }.map(\.span)
        let found = annotator.people(in: text).flatMap(\.mentions).sorted { $0.start < $1.start }
        let goldSet = Set(gold.map { [$0.start, $0.end] }), foundSet = Set(found.map { [$0.start, $0.end] })
        print("\(d.id): \(gold.count) gold, \(found.count) found person mentions")
        for g in gold { print("  gold  \(foundSet.contains([g.start, g.end]) ? " " : "-") \(g.start)-\(g.end) \(text[g])") }
        for f in found { print("  found \(goldSet.contains([f.start, f.end]) ? " " : "+") \(f.start)-\(f.end) \(text[f])") }
    }
}
