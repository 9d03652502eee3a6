import Foundation
import NewsroomKit
import NewsroomUI

/// Performs `Effect.export`: writes the quotes as Markdown or CSV, atomically.
enum QuoteFileWriter {
    /// Writes the file; returns the status message.
    static func perform(_ request: ExportRequest, library: Library) -> String {
        let text = request.format == .csv ? csv(request.quotes, library) : markdown(request.quotes, library)
        let path = (request.path as NSString).expandingTildeInPath
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return "Wrote \(request.quotes.count) quotes to \(request.path)"
        } catch {
            return "Export failed: \(request.path): \(error.localizedDescription)"
        }
    }

    static func markdown(_ refs: [QuoteRef], _ library: Library) -> String {
        var out = "# Quotes\n\n"
        for r in refs {
            let a = library.articles[r.article].article
            let q = library.quote(r)
            out += "> \u{201C}\(q.text)\u{201D}\n>\n> \u{2014} **\(q.speaker ?? "unknown speaker")**, *\(a.headline)*"
            let extra = [a.source, a.date].compactMap { $0 }.filter { !$0.isEmpty }
            if !extra.isEmpty { out += " (\(extra.joined(separator: ", ")))" }
            out += "\n\n"
        }
        return out
    }

    static func csv(_ refs: [QuoteRef], _ library: Library) -> String {
        func field(_ s: String?) -> String {
            let v = s ?? ""
            if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return v
        }
        var out = "speaker,quote,article,date,source,id\n"
        for r in refs {
            let a = library.articles[r.article].article
            let q = library.quote(r)
            out += [q.speaker, q.text, a.headline, a.date, a.source, a.id].map(field).joined(separator: ",") + "\n"
        }
        return out
    }
}
