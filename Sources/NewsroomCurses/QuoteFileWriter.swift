import Foundation
import NewsroomKit
import NewsroomUI

/// Performs `Effect.export`: renders the quotes with `QuoteExport` (Markdown or CSV, controls
/// made visible) and writes them with `AtomicFile` (temporary file, fsync, rename).
enum QuoteFileWriter {
    /// Writes the file; returns the status line message.
    static func perform(_ request: ExportRequest, library: Library) -> String {
        let items = library.exportItems(request.quotes)
        let format: QuoteExport.Format = request.format == .csv ? .csv : .markdown
        let text = QuoteExport.render(items, as: format, title: format == .markdown ? "Quotes" : nil)
        let path = (request.path as NSString).expandingTildeInPath
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
            return "Wrote \(items.count) quotes to \(request.path) (\(format == .csv ? "CSV" : "Markdown"))"
        } catch {
            return "Export failed: \(error)"
        }
    }
}
