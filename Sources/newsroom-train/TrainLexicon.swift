import ArgumentParser
import Foundation
import NewsroomKit

/// Derives `Resources/people/common-words.tsv`: words the project's prose corpora write mostly in
/// lower case, with a frequency bucket — evidence that a capitalised occurrence is a common word
/// ("Liquid", "Sales", "Unknown") rather than a name.
///
/// Counted over the Wikinews articles of `../shared/corpus/wikinews` (leaving out every row of the
/// hand-annotated newswire set, `WikinewsGold.rows`) and the tweets of the Broad Twitter Corpus
/// and WNUT-17 — not the wikigold and GUM documents the tagger trains on, which would make the
/// feature cover every training word as it cannot cover unseen text. A word is kept when it starts in lower case at least twice and at least as often as
/// it is capitalised away from a sentence start; its bucket is ⌊log2 of the lower-case count⌋,
/// 1…7. Rows are sorted: the same data gives the same bytes.
struct TrainLexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Derives Resources/people/common-words.tsv from the Wikinews corpus and the tweets of BTC and WNUT-17."
    )

    @Option(help: "The shared data folder (default: $NEWSROOM_SHARED or ../shared).")
    var shared: String?

    @Option(help: "Output file.")
    var output = "Resources/people/common-words.tsv"

    func run() throws {
        let root = try SharedData.required(shared)
        var texts: [String] = []
        let held = Set(WikinewsGold.rows.map { "\($0.file)#\($0.row)" })
        for file in ["wikinews_2019.csv", "wikinews_2020.csv"] {
            let path = root.appendingPathComponent("corpus/wikinews/\(file)").path
            for (row, article) in ArticleLoader().load(paths: [path]).articles.enumerated() where !held.contains("\(file)#\(row)") {
                texts.append(article.text)
            }
        }
        // Tweets only from the NER corpora: counts from the wikigold/GUM documents the tagger trains
        // on would make the feature know every training word, as it cannot know unseen ones.
        let split = try PeopleDevSplit.load(shared: root, includeTwitter: true)
        texts += split.train.filter { !$0.id.hasPrefix("wikigold") && !$0.id.hasPrefix("GUM") }.map(\.text)
        var lower: [String: Int] = [:]
        var capital: [String: Int] = [:]
        for text in texts {
            let t = TokenizedText(ScalarText(text))
            for i in 0..<t.count where t.tokens[i].kind == .word && t.tokens[i].length >= 2 {
                let c = t.first(i)
                if CharClass.isLower(c) {
                    lower[t.folded[i], default: 0] += 1
                } else if CharClass.isUpper(c), !t.sentenceInitial[i], !(i > 0 && t.tokens[i].followsNewline) {
                    capital[t.folded[i], default: 0] += 1
                }
            }
        }
        var rows: [String] = []
        for (word, n) in lower where n >= 2 && n >= capital[word, default: 0] {
            var bucket = 0
            var v = n
            while v > 1 { v >>= 1; bucket += 1 }
            rows.append("\(word)\t\(min(7, max(1, bucket)))")
        }
        rows.sort()
        let header = "# Words written mostly in lower case in the Wikinews corpus (minus the annotated rows) and BTC/WNUT-17 tweets, with log2 frequency bucket 1-7. Derived by `swift run newsroom-train lexicon`.\n"
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((header + rows.joined(separator: "\n") + "\n").utf8).write(to: url)
        print("wrote \(url.path): \(rows.count) words from \(texts.count) texts")
    }
}
