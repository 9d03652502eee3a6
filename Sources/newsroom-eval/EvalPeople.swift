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

    @Flag(help: "Rules and name lists only, without the statistical tagger.")
    var noTagger = false

    @Option(help: "Print up to this many missed and spurious mentions.")
    var errors = 0

    @Flag(help: "Print found mentions whose person disagrees with the gold chain (diagnostics).")
    var linkErrors = false

    @Flag(help: "Print the tagger's entities of every document (diagnostics).")
    var dumpTags = false

    @Option(help: "Print the tagger's entities and the people of a plain-text file (diagnostics).")
    var tagText: String?

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    func run() throws {
        if let tagText {
            let text = ScalarText(try String(contentsOf: URL(fileURLWithPath: tagText), encoding: .utf8))
            let t = TokenizedText(text)
            for e in PerceptronTagger.shared?.entities(in: t) ?? [] {
                let span = TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end)
                print("\(e.type.label)\t\(span.start)-\(span.end)\t\(text[span])")
            }
            for p in PeopleAnnotator().people(in: t) {
                print("person\t\(p.name)\t\(p.title ?? "-")\t\(p.sex?.rawValue ?? "-")\t" + p.mentions.map { text[$0] }.joined(separator: " | "))
            }
            return
        }
        guard dev || wikinews || !files.isEmpty else { throw ValidationError("give FILE…, --dev or --wikinews") }
        if !noTagger && PerceptronTagger.shared == nil {
            FileHandle.standardError.write(Data("warning: no bundled tagger weights; rules only\n".utf8))
        }
        let annotator = noTagger ? PeopleAnnotator(names: .shared, tagger: nil) : PeopleAnnotator()
        var sets: [(String, [PeopleGoldDocument])] = []
        if dev {
            guard let root = shared.map({ URL(fileURLWithPath: $0) }) ?? SharedData.root() else {
                throw ValidationError(SharedData.missingMessage)
            }
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
        for file in files {
            sets.append((file, try PeopleGoldReader.read(URL(fileURLWithPath: file))))
        }
        var budget = errors
        for (name, docs) in sets {
            var total = PeopleScores()
            for d in docs {
                let text = ScalarText(d.text)
                let people = annotator.people(in: text)
                if dumpTags, let tagger = PerceptronTagger.shared {
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
                total.add(PeopleEvaluation.score(people, against: d))
                if linkErrors { printLinkErrors(people, d, text) }
                if budget > 0 { budget -= printErrors(people, d, text, budget) }
            }
            print(PeopleReport.line(name, total))
        }
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
    private func printErrors(_ people: [Person], _ d: PeopleGoldDocument, _ text: ScalarText, _ budget: Int) -> Int {
        let system = Set(people.flatMap(\.mentions))
        let gold = Set(d.people.map(\.span))
        var lines: [(TextSpan, String)] = []
        for s in gold.subtracting(system) { lines.append((s, "- missed  ")) }
        for s in system.subtracting(gold) { lines.append((s, "+ spurious")) }
        lines.sort { $0.0 < $1.0 }
        for (s, tag) in lines.prefix(budget) {
            let ctx = text[TextSpan(start: max(0, s.start - 30), end: min(text.count, s.end + 30))]
                .replacingOccurrences(of: "\n", with: " ")
            print("\(tag) \(d.id) [\(text[s])]  …\(ctx)…")
        }
        return min(budget, lines.count)
    }
}
