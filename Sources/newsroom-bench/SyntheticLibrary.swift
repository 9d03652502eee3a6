import Foundation
import NewsroomKit

/// A large library made for benchmarks from real sentences: the bundled sample article and the
/// Wikinews corpus in `../shared` are cut into sentences, which become quotes (20 per article)
/// with speakers drawn from the capitalised name pairs of the same corpus; each speaker is a
/// person of the article (the quote spans stand in for their mentions).
enum SyntheticLibrary {
    /// Articles holding `quoteCount` quotes in total. `shared` is the shared data folder, if any
    /// (without it only the sample article's sentences are used).
    static func articles(quoteCount: Int, shared: URL?) throws -> [AnnotatedArticle] {
        var documents: [(title: String, date: String?, url: String?, text: String)] = []
        if let sample = BundledResources.articlesFolder?.appendingPathComponent("000_4b3660261e62ab7f.txt"),
           let text = try? String(contentsOf: sample, encoding: .utf8) {
            documents.append(("Russia, France and the Syria draft", "2012-01-31", nil, text))
        }
        if let shared {
            let folder = shared.appendingPathComponent("corpus/wikinews")
            for name in ["wikinews_2019.csv", "wikinews_2020.csv"] {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                for row in CSVRows.parse(data).dropFirst() where row.count >= 4 {
                    documents.append((row[2], row[1], row[0], row[3]))
                }
            }
        }
        let sentences = documents.flatMap { doc in Self.sentences(doc.text).map { (doc, $0) } }
        guard !sentences.isEmpty else { throw NewsroomError.resource(name: "articles", reason: "no sentences") }
        let speakers = Self.names(in: documents.map(\.text), limit: 800)
        var articles: [AnnotatedArticle] = []
        var made = 0
        while made < quoteCount {
            let n = min(20, quoteCount - made)
            let (doc, _) = sentences[made % sentences.count]
            var text = ""
            var quotes: [Quote] = []
            for k in 0..<n {
                let sentence = sentences[(made + k) % sentences.count].1
                let start = text.unicodeScalars.count
                text += sentence
                let speaker: String? = speakers.isEmpty || (made + k) % 7 == 0
                    ? nil : speakers[Int(UInt(made + k) &* 2_654_435_761 % UInt(speakers.count))]
                quotes.append(Quote(text: sentence, span: TextSpan(start: start, end: text.unicodeScalars.count),
                                    speaker: speaker, cue: "said", kind: .direct))
                text += "\n\n"
            }
            let article = Article(id: "synthetic-\(articles.count)", path: "synthetic/\(articles.count).txt",
                                  headline: doc.title, date: doc.date, source: "Wikinews", url: doc.url, text: text)
            var people: [Person] = []
            for name in Set(quotes.compactMap(\.speaker)).sorted() {
                let mentions = quotes.filter { $0.speaker == name }.map(\.span)
                people.append(Person(name: name, mentions: mentions))
            }
            articles.append(AnnotatedArticle(article: article, people: people, quotes: quotes, tally: nil))
            made += n
        }
        return articles
    }

    /// Sentences of `text` longer than 20 characters, split after `.`, `!` or `?` and a space.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for ch in text {
            if ch.isNewline {
                if current.count > 20 { result.append(current.trimmingCharacters(in: .whitespaces)) }
                current = ""
            } else if ch == " " && (previous == "." || previous == "!" || previous == "?") {
                if current.count > 20 { result.append(current.trimmingCharacters(in: .whitespaces)) }
                current = ""
            } else {
                current.append(ch)
            }
            previous = ch
        }
        if current.count > 20 { result.append(current.trimmingCharacters(in: .whitespaces)) }
        return result
    }

    /// The most frequent pairs of capitalised words (a rough stand-in for people's names).
    static func names(in texts: [String], limit: Int) -> [String] {
        var counts: [String: Int] = [:]
        for text in texts {
            let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
            for (a, b) in zip(words, words.dropFirst()) {
                guard let fa = a.first, let fb = b.first, fa.isUppercase, fb.isUppercase,
                      a.count > 2, b.count > 2, a.dropFirst().allSatisfy(\.isLowercase),
                      b.dropFirst().allSatisfy(\.isLowercase) else { continue }
                counts["\(a) \(b)", default: 0] += 1
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map(\.key)
    }
}

/// A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for the
/// benchmark's corpus; the product's loaders live in NewsroomKit.
enum CSVRows {
    static func parse(_ data: Data) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        let bytes = [UInt8](data)
        var i = 0
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 1 } else { inQuotes = false }
                } else {
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") {
                inQuotes = true
            } else if b == UInt8(ascii: ",") {
                endField()
            } else if b == UInt8(ascii: "\n") {
                endField()
                rows.append(row)
                row = []
            } else if b != UInt8(ascii: "\r") {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        return rows
    }
}
