import Foundation

/// One hand-annotated quotation of the newswire quote set.
public struct NewswireGoldQuote: Sendable, Hashable {
    /// Whether the speaker is a named person or something else (an organisation, a group, a
    /// document, an unnamed official).
    public enum SpeakerType: String, Sendable, Hashable {
        case person, group
    }

    /// The content (code points into the article's `text`, no quotation marks around it).
    public var span: TextSpan
    /// Direct, mixed or indirect (see docs/quotes.md, "Newswire quote set").
    public var kind: QuoteKind
    /// The speaker's full name as the article resolves it, or the organisation or group as
    /// written; nil when the text names no one.
    public var speaker: String?
    /// Person or group; nil without a speaker.
    public var speakerType: SpeakerType?

    /// Creates a gold quote.
    public init(span: TextSpan, kind: QuoteKind, speaker: String?, speakerType: SpeakerType?) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.speakerType = speakerType
    }
}

/// One article of the newswire quote set with its gold quotations.
public struct NewswireQuoteDocument: Sendable {
    /// "wikinews_2019.csv#6".
    public var id: String
    /// The article as `ArticleLoader` reads it (the CSV record's text, verbatim).
    public var article: Article
    /// Gold quotations in text order.
    public var quotes: [NewswireGoldQuote]
}

/// The hand-annotated newswire quote set: every quotation (direct, mixed, and reported speech
/// with a verb of saying or "according to") with its speaker's resolved name, in Wikinews
/// articles of `../shared/corpus/wikinews`.
///
/// First set (28 Nov 2026, 24 articles): every 12th row starting at row 6 of `wikinews_2019.csv`
/// and `wikinews_2020.csv` (between the people set's rows 0, 12, 24, …); a row that is a Wikinews
/// interview (its title names Wikinews) or longer than 10,000 code points is replaced by the next
/// row that is not. It was split in a tuning half (base rows 6 modulo 24) and a held-out half
/// (base rows 18 modulo 24); the held-out half was measured at the start and the end of the
/// fourth quotes round and then retired into the **tuning** set.
/// Second set (5 Dec 2026, 13 articles, base rows 3 modulo 24), written blind by an annotator
/// who never saw the system's output or code: held-out set of the fifth quotes round, measured at
/// its start and end, then joined to the **tuning** set.
/// Third (base rows 15 modulo 24) and fourth (9 modulo 24) sets: written blind the same way, each
/// the held-out set of one round, then joined to the tuning set. Fifth set (base rows 21 modulo
/// 24): the same, joined to the tuning set after the eighth round. Sixth set (base rows 1 modulo
/// 24): the same, joined to the tuning set after the ninth round. Seventh set (base rows 13
/// modulo 24): the same, joined to the tuning set after the tenth round. Eighth set (base rows 10
/// modulo 24): the same, joined to the tuning set after the eleventh round. Ninth set (base rows
/// 16 modulo 24): the same, joined after its first contact. The tenth to seventeenth sets: the
/// same, each the held-out set of one round, then joined to the tuning set (the eighteenth after
/// its first contact, at the start of the nineteenth quotes round: 229 tuning articles). The
/// nineteenth set is the held-out set (see `heldOutRows`).
///
/// The gold file (`Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv`) holds
/// `file, row, start, end, kind, speaker, speaker type, head, tail`: code-point offsets into the
/// CSV record's `text` field (which `ArticleLoader` keeps verbatim) and the first 24 and last 12
/// code points of the content, so that a changed corpus is noticed. The texts stay in `../shared`.
public enum WikinewsQuoteGold {
    /// Tuning rows: the first set, base rows 6, 18, 30, 42, … (2020 rows 30 and 54 are interviews,
    /// 78 a compilation; 2019 row 18 an interview), and the second set, base rows 3 modulo 24
    /// (2019 row 51 and 2020 row 51 are interviews; 2020 rows 99–101 interviews, 103–104 test
    /// pages, 105 too long, 106–107 interviews, 102 and 108 other sets' rows).
    public static let tuningRows: [(file: String, row: Int)] =
        [6, 30, 54, 78, 102, 126, 150].map { ("wikinews_2019.csv", $0) }
        + [6, 31, 55, 79, 102].map { ("wikinews_2020.csv", $0) }
        + [19, 42, 66, 90, 114, 138, 162].map { ("wikinews_2019.csv", $0) }
        + [18, 42, 66, 90, 114].map { ("wikinews_2020.csv", $0) }
        + [3, 27, 52, 75, 99, 123, 147].map { ("wikinews_2019.csv", $0) }
        + [3, 27, 52, 75, 109, 123].map { ("wikinews_2020.csv", $0) }
        + [15, 39, 63, 87, 111, 135, 159].map { ("wikinews_2019.csv", $0) }
        + [15, 39, 63, 87, 111].map { ("wikinews_2020.csv", $0) }
        + [9, 33, 57, 81, 105, 129, 153].map { ("wikinews_2019.csv", $0) }
        + [9, 33, 57, 81, 110].map { ("wikinews_2020.csv", $0) }
        + [21, 45, 69, 93, 117, 141, 165].map { ("wikinews_2019.csv", $0) }
        + [21, 45, 69, 93, 118].map { ("wikinews_2020.csv", $0) }
        + [1, 25, 49, 73, 98, 121, 145].map { ("wikinews_2019.csv", $0) }
        + [1, 25, 49, 76, 113].map { ("wikinews_2020.csv", $0) }
        + [13, 37, 61, 85, 109, 133, 157].map { ("wikinews_2019.csv", $0) }
        + [13, 37, 61, 85, 122].map { ("wikinews_2020.csv", $0) }
        + [10, 34, 58, 82, 106, 130, 154].map { ("wikinews_2019.csv", $0) }
        + [10, 34, 58, 82, 95].map { ("wikinews_2020.csv", $0) }
        + [16, 40, 64, 88, 112, 136, 160].map { ("wikinews_2019.csv", $0) }
        + [16, 40, 64, 88, 94].map { ("wikinews_2020.csv", $0) }
        + [5, 29, 53, 77, 101, 125, 149].map { ("wikinews_2019.csv", $0) }
        + [5, 29, 53, 77, 91].map { ("wikinews_2020.csv", $0) }
        + [11, 32, 56, 80, 104, 128, 152].map { ("wikinews_2019.csv", $0) }
        + [8, 35, 56, 80, 89].map { ("wikinews_2020.csv", $0) }
        + [20, 44, 68, 92, 116, 140, 164].map { ("wikinews_2019.csv", $0) }
        + [20, 44, 65, 68, 83].map { ("wikinews_2020.csv", $0) }
        + [23, 47, 71, 95, 119, 143, 167].map { ("wikinews_2019.csv", $0) }
        + [23, 46, 50, 59, 62].map { ("wikinews_2020.csv", $0) }
        + [4, 31, 55, 76, 103, 127, 151].map { ("wikinews_2019.csv", $0) }
        + [7, 28, 38, 41, 43].map { ("wikinews_2020.csv", $0) }
        + [2, 26, 50, 74, 122, 146, 170].map { ("wikinews_2019.csv", $0) }
        + [2, 26, 22, 19, 17].map { ("wikinews_2020.csv", $0) }
        + [14, 38, 62, 86, 89, 110, 113, 134, 158].map { ("wikinews_2019.csv", $0) }
        + [4, 11, 14].map { ("wikinews_2020.csv", $0) }
        + [17, 22, 28, 41, 46, 65, 70, 100, 124, 137, 148, 161].map { ("wikinews_2019.csv", $0) }
        + [35, 43, 59, 67, 83, 91, 107, 115, 131, 139, 155, 163].map { ("wikinews_2019.csv", $0) }

    /// Held-out rows: the nineteenth set (2019 rows 0, 12, 24, 36, 48, 60, 72, 94, 118, 142, 166,
    /// 169; 76 quotes), written blind while the nineteenth round tuned on the eighteenth set and
    /// scored at first contact after it. Only measured, never studied. (The eighteenth set, scored
    /// at first contact after the eighteenth round — F1 0.823 @30 / 0.766 @80, speaker 0.879 — has
    /// joined the tuning rows.)
    public static let heldOutRows: [(file: String, row: Int)] =
        [0, 12, 24, 36, 48, 60, 72, 94, 118, 142, 166, 169].map { ("wikinews_2019.csv", $0) }

    /// The gold file's path inside the package.
    public static let goldPath = "Tests/NewsroomKitTests/Fixtures/quotes/wikinews-quotes-gold.tsv"

    /// Which half to load.
    public enum Half: String, Sendable, CaseIterable {
        /// Errors on these articles may be studied and fixed.
        case tuning
        /// Only measured (at the start and at the end of a round of work).
        case heldOut = "held-out"

        /// The rows of this half.
        public var rows: [(file: String, row: Int)] { self == .tuning ? tuningRows : heldOutRows }
    }

    /// Loads the gold quotations of `half` and the articles they index; throws when a line is
    /// malformed or a content's head or tail is not the text at its offsets (the corpus changed).
    public static func load(gold: URL, shared: URL, half: Half) throws -> [NewswireQuoteDocument] {
        let tsv = try String(contentsOf: gold, encoding: .utf8)
        var byArticle: [String: [(NewswireGoldQuote, head: String, tail: String)]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 9, let row = Int(f[1]), let start = Int(f[2]), let end = Int(f[3]), start < end,
                let kind = QuoteKind(rawValue: f[4])
            else {
                throw NewsroomError.unreadable(path: gold.path, reason: "bad gold line: \(line)")
            }
            let speaker = f[5].isEmpty || f[5] == "-" ? nil : f[5]
            let type = speaker == nil ? nil : NewswireGoldQuote.SpeakerType(rawValue: f[6])
            let quote = NewswireGoldQuote(span: TextSpan(start: start, end: end), kind: kind, speaker: speaker, speakerType: type)
            byArticle["\(f[0])#\(row)", default: []].append((quote, f[7], f[8]))
        }
        var loaded: [String: [Article]] = [:]
        var documents: [NewswireQuoteDocument] = []
        for (file, row) in half.rows {
            if loaded[file] == nil {
                let path = shared.appendingPathComponent("corpus/wikinews/\(file)").path
                loaded[file] = ArticleLoader().load(paths: [path]).articles
            }
            guard let articles = loaded[file], row < articles.count else {
                throw NewsroomError.unreadable(path: file, reason: "no article at row \(row)")
            }
            let article = articles[row]
            let text = ScalarText(article.text)
            var quotes: [NewswireGoldQuote] = []
            for (quote, head, tail) in byArticle["\(file)#\(row)"] ?? [] {
                let span = quote.span
                let headSpan = TextSpan(start: span.start, end: min(span.end, span.start + head.unicodeScalars.count))
                let tailSpan = TextSpan(start: max(span.start, span.end - tail.unicodeScalars.count), end: span.end)
                guard span.end <= text.count, text[headSpan] == head, text[tailSpan] == tail else {
                    throw NewsroomError.unreadable(path: file, reason: "row \(row): \(head)… not at \(span.start)-\(span.end)")
                }
                quotes.append(quote)
            }
            documents.append(NewswireQuoteDocument(id: "\(file)#\(row)", article: article, quotes: quotes.sorted { $0.span < $1.span }))
        }
        return documents
    }
}
