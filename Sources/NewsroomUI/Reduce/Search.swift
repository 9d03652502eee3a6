import Foundation
import NewsroomKit

extension ReaderState {
    mutating func startQuoteSearch() {
        if search == nil {
            var s = QuoteSearchState()
            s.before = ViewSnapshot(openArticle: openArticle, bodyTop: bodyTop, focus: focus, quotes: quotesCursor, highlight: highlight)
            search = s
        }
        prompt = Prompt(kind: .quoteSearch, text: search?.query ?? "")
        lastSearchKind = .quoteSearch
        focus = .quotes
        message = "Type to search every quote; Enter opens, Esc restores"
    }

    mutating func runQuoteSearch(_ query: String) {
        guard var s = search else { return }
        s.query = query
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            s.results = .list([])
        } else if let searcher {
            s.results = searcher(query)
        } else {
            s.results = .index(searchSession.search(query), in: library.quoteIndex)
        }
        search = s
        quotesCursor = ListCursor()
        message = trimmed.isEmpty ? "Type to search every quote" : "\(s.results.count) quotes match"
    }

    /// Leaves the search and restores the view from before it.
    mutating func cancelSearch() {
        guard let s = search else { return }
        search = nil
        prompt = nil
        if let b = s.before {
            if let a = b.openArticle, a != openArticle { open(article: a, focusBody: false) }
            bodyTop = b.bodyTop
            focus = b.focus
            quotesCursor = b.quotes
            highlight = b.highlight
        }
        message = "Search closed"
    }

    /// n / N.
    mutating func stepMatch(_ d: Int) -> [Effect] {
        if lastSearchKind == .find, find != nil { stepFind(d); return [] }
        if let s = search, !s.results.isEmpty {
            let n = s.results.count
            quotesCursor.selected = ((quotesCursor.selected + d) % n + n) % n
            let before = openArticle
            showQuote(s.results.ref(at: quotesCursor.selected), open: true)
            message = "Result \(quotesCursor.selected + 1) of \(n)"
            return before == openArticle ? [] : [.saveReading]
        }
        if find != nil { stepFind(d); return [] }
        message = "No search: / searches quotes, ctrl-f finds in the article"
        return []
    }

    // MARK: find in body

    mutating func startFind() {
        guard currentArticle != nil else { message = "No article open"; return }
        prompt = Prompt(kind: .find, text: find?.query ?? "")
        if find == nil { find = FindState() }
        lastSearchKind = .find
        message = "Type to find in this article"
    }

    /// Finds `query` (case- and diacritic-insensitive) in the open article.
    mutating func runFind(_ query: String, keepCurrent: Bool) {
        var f = FindState(query: query)
        if let a = currentArticle, !query.isEmpty {
            f.matches = BodyFinder.matches(of: query, in: a.article.text, limit: 10_000)
            let from = body?.offset(ofLine: bodyTop) ?? 0
            f.current = f.matches.firstIndex { $0.start >= from } ?? 0
        }
        find = f
        if f.matches.isEmpty {
            if highlight?.reason == .find { highlight = nil }
            message = query.isEmpty ? "Type to find in this article" : "Not found: \(query)"
        } else {
            showFindMatch()
        }
    }

    mutating func stepFind(_ d: Int) {
        guard var f = find, !f.matches.isEmpty else { message = "No matches"; return }
        let n = f.matches.count
        f.current = ((f.current + d) % n + n) % n
        find = f
        showFindMatch()
    }

    private mutating func showFindMatch() {
        guard let f = find, f.matches.indices.contains(f.current) else { return }
        let span = f.matches[f.current]
        highlight = BodyHighlight(span: span, reason: .find)
        reveal(span)
        message = "Match \(f.current + 1) of \(f.matches.count)\(f.matches.count >= 10_000 ? "+" : "")"
    }

    // MARK: export

    mutating func startExport() {
        guard !exportSelection.isEmpty else { message = "Nothing to export: no quotes here"; return }
        prompt = Prompt(kind: .export, text: "quotes.md")
        message = "\(exportSelection.count) quotes: Enter writes, .csv for CSV, Esc cancels"
    }

    /// The quotes `e` exports: the marked ones, else the search results, else the quotes pane.
    public var exportSelection: [QuoteRef] {
        if !marked.isEmpty { return marked.sorted() }
        return quoteList.refs
    }

    mutating func finishExport(path: String) -> [Effect] {
        let p = path.trimmingCharacters(in: .whitespaces)
        guard !p.isEmpty else { message = "Export cancelled: no file name"; return [] }
        let format: ExportRequest.Format = p.lowercased().hasSuffix(".csv") ? .csv : .markdown
        let refs = exportSelection
        message = "Writing \(refs.count) quotes to \(p)…"
        return [.export(ExportRequest(path: p, format: format, quotes: refs))]
    }
}
