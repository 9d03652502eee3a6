import Foundation

/// JSON articles: one object, an array of objects, or an object whose `articles`/`items` is such
/// an array (`.json`); one object per line (`.jsonl`, `.ndjson`).
///
/// Fields: `id`, `headline` or `title`, `date` (or `published`), `source` (a string or an object
/// with a `name`), `url` (or `link`), `author`, `text` or `body` (or `content`), `captions`.
enum JSONArticleParser {
    static func parseDocument(_ text: String) -> ParsedFile {
        var file = ParsedFile()
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            file.skip("invalid JSON: \(describe(error)); fix the file or export it again")
            return file
        }
        var list: [Any]?
        if let array = value as? [Any] { list = array }
        if let object = value as? [String: Any] {
            list = (object["articles"] ?? object["items"] ?? object["entries"]) as? [Any]
            if list == nil {
                add(object, ordinal: nil, label: "the object", to: &file)
                return file
            }
        }
        guard let list else {
            file.skip("JSON holds neither an object nor an array of objects")
            return file
        }
        if list.isEmpty { file.skip("JSON array is empty: no articles") }
        for (index, element) in list.enumerated() {
            guard let object = element as? [String: Any] else {
                file.skip("item \(index + 1) is not a JSON object; skipped")
                continue
            }
            add(object, ordinal: index + 1, label: "item \(index + 1)", to: &file)
        }
        return file
    }

    static func parseLines(_ text: String) -> ParsedFile {
        var file = ParsedFile()
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                file.skip("line \(lineNumber): invalid JSON: \(describe(error)); line skipped")
                continue
            }
            guard let object = value as? [String: Any] else {
                file.skip("line \(lineNumber): not a JSON object; line skipped")
                continue
            }
            add(object, ordinal: lineNumber, label: "line \(lineNumber)", to: &file)
        }
        if file.drafts.isEmpty, file.issues.isEmpty { file.skip("no JSON objects in the file") }
        return file
    }

    private static func add(_ object: [String: Any], ordinal: Int?, label: String, to file: inout ParsedFile) {
        guard let body = string(object, ["text", "body", "content", "article"]) else {
            file.skip("\(label) has no `text` or `body` string; skipped")
            return
        }
        var draft = ArticleDraft(body: body, ordinal: ordinal)
        draft.bodyIsVerbatim = true
        draft.id = string(object, ["id"])
        draft.headline = string(object, ["headline", "title"])
        draft.date = string(object, ["date", "published", "pubDate", "datePublished"])
        draft.source = string(object, ["source", "publisher", "publication"])
        draft.url = string(object, ["url", "link"])
        draft.author = string(object, ["author", "byline"])
        if let captions = object["captions"] as? [Any] { draft.captions = captions.compactMap { $0 as? String } }
        file.drafts.append(draft)
    }

    /// The first of `keys` holding a string, a number, or an object with a string `name`.
    private static func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            switch object[key] {
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            case let o as [String: Any]: if let name = o["name"] as? String { return name }
            default: continue
            }
        }
        return nil
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let debug = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return debug }
        return ns.localizedDescription
    }
}
