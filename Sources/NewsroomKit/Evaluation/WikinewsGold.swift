import Foundation

/// The hand-annotated newswire dev set: person-name mentions, with a person id per mention, of 25
/// Wikinews articles of `../shared/corpus/wikinews` (every 12th row of `wikinews_2019.csv` and
/// `wikinews_2020.csv`, without the 29,000-character campaign-trail compilation, 2020 row 108).
///
/// The gold file (`Tests/NewsroomKitTests/Fixtures/people/wikinews-gold.tsv`) holds only the
/// annotations — `file, row, start, end, surface, cluster` — with code-point offsets into the
/// CSV record's `text` field, which `ArticleLoader` keeps verbatim. The article texts stay in
/// `../shared`. Articles of 2019 are the tuning half, articles of 2020 the held-out half.
public enum WikinewsGold {
    /// The CSV rows annotated (every 12th row; 2020 row 108 left out for its length).
    public static let rows: [(file: String, row: Int)] =
        stride(from: 0, to: 171, by: 12).map { ("wikinews_2019.csv", $0) }
        + stride(from: 0, to: 124, by: 12).filter { $0 != 108 }.map { ("wikinews_2020.csv", $0) }

    /// The gold file's path inside the package.
    public static let goldPath = "Tests/NewsroomKitTests/Fixtures/people/wikinews-gold.tsv"

    /// The two halves of the dev set.
    public struct Halves: Sendable {
        /// Articles of 2019: errors on these may be studied and fixed.
        public var tuning: [PeopleGoldDocument]
        /// Articles of 2020: only measured.
        public var heldOut: [PeopleGoldDocument]
    }

    /// Loads the gold annotations and the articles they index; throws when an annotation's
    /// surface string is not the text at its offsets (the corpus changed).
    public static func load(gold: URL, shared: URL) throws -> Halves {
        let documents = try documents(rows: rows, annotations: try annotations(in: gold), shared: shared)
        return Halves(tuning: documents.filter { $0.id.contains("2019") }, heldOut: documents.filter { !$0.id.contains("2019") })
    }

    /// Loads a further gold set in the same format (a blind set kept apart from the dev set). Its
    /// articles are the rows declared by `# <file> row N` comment lines — an article without any
    /// person is declared this way — together with every row that has an annotation.
    public static func loadSet(gold: URL, shared: URL) throws -> [PeopleGoldDocument] {
        let tsv = try String(contentsOf: gold, encoding: .utf8)
        var declared: [(file: String, row: Int)] = []
        func declare(_ file: String, _ row: Int) {
            if !declared.contains(where: { $0.file == file && $0.row == row }) { declared.append((file, row)) }
        }
        for line in tsv.split(separator: "\n") {
            let words = line.split(separator: " ")
            if line.hasPrefix("# "), words.count == 4, words[2] == "row", let row = Int(words[3]) {
                declare(String(words[1]), row)
            } else if !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                if f.count == 6, let row = Int(f[1]) { declare(String(f[0]), row) }
            }
        }
        return try documents(rows: declared, annotations: try annotations(in: gold), shared: shared)
    }

    /// The annotations of a gold file by article (`file#row`).
    private static func annotations(in gold: URL) throws -> [String: [(TextSpan, String, String)]] {
        let tsv = try String(contentsOf: gold, encoding: .utf8)
        var byArticle: [String: [(TextSpan, String, String)]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let row = Int(f[1]), let start = Int(f[2]), let end = Int(f[3]), start < end else {
                throw NewsroomError.unreadable(path: gold.path, reason: "bad gold line: \(line)")
            }
            byArticle["\(f[0])#\(row)", default: []].append((TextSpan(start: start, end: end), f[4], f[5]))
        }
        return byArticle
    }

    /// The gold documents of the given rows, each checked against the corpus text.
    private static func documents(rows: [(file: String, row: Int)], annotations byArticle: [String: [(TextSpan, String, String)]],
                                  shared: URL) throws -> [PeopleGoldDocument] {
        var documents: [PeopleGoldDocument] = []
        var loaded: [String: [Article]] = [:]
        for (file, row) in rows {
            if loaded[file] == nil {
                let path = shared.appendingPathComponent("corpus/wikinews/\(file)").path
                loaded[file] = ArticleLoader().load(paths: [path]).articles
            }
            guard let articles = loaded[file], row < articles.count else {
                throw NewsroomError.unreadable(path: file, reason: "no article at row \(row)")
            }
            let text = articles[row].text
            let scalars = ScalarText(text)
            var entities: [PeopleGoldDocument.Entity] = []
            for (span, surface, cluster) in byArticle["\(file)#\(row)"] ?? [] {
                guard span.end <= scalars.count, scalars[span] == surface else {
                    throw NewsroomError.unreadable(path: file, reason: "row \(row): \(surface) not at \(span.start)-\(span.end)")
                }
                entities.append(.init(span: span, type: .person, chain: cluster))
            }
            documents.append(PeopleGoldDocument(id: "\(file)#\(row)", text: text, entities: entities, hasChains: true))
        }
        return documents
    }
}
