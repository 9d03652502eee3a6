import Foundation
import NewsroomKit

/// Sorting (`o`) and filtering (`f`) the article list.
extension ReaderState {
    /// `o`: the next order; the selected article stays selected.
    mutating func cycleListOrder() -> [Effect] {
        let keep = selectedListArticle
        listOrder = listOrder.next
        rebuildListRows(preferring: [keep])
        message = "Articles: \(listOrder.title) (o for the next order)"
        return [.rememberOrder(listOrder)]
    }

    /// `f`: opens the filter prompt over the article list (closing the people view).
    mutating func startListFilter() {
        if peopleScope != nil { togglePeople() }
        focus = .list
        let kept = listFilter.map { (query: $0.query, result: $0.result) }
        let before = ListFilterSnapshot(kept: kept, article: selectedListArticle, top: articles.top)
        var f = listFilter ?? ListFilterState()
        f.before = before
        f.anchor = before.article
        listFilter = f
        prompt = Prompt(kind: .listFilter, text: f.query)
        filterSession.reset()
        message = "Type to filter by headline, source, date or person; Enter keeps, Esc cancels"
    }

    /// Filters the list by `query` as it is typed.
    mutating func runListFilter(_ query: String) {
        guard var f = listFilter else { return }
        let current = selectedListArticle
        f.query = query
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        f.result = trimmed.isEmpty ? nil : filterSession.filter(query)
        listFilter = f
        rebuildListRows(preferring: [f.anchor, current])
        let total = library.articles.count
        message = f.result == nil ? "Type to filter the \(total) articles" : "\(listRows.count) of \(total) articles match"
    }

    /// Enter in the filter prompt: keeps the filter (an empty one clears it).
    mutating func keepListFilter(_ text: String) {
        guard var f = listFilter else { return }
        f.before = nil
        f.anchor = nil
        guard f.result != nil else {
            clearListFilter()
            message = "Filter cleared"
            return
        }
        listFilter = f
        message = "\(listRows.count) of \(library.articles.count) articles match \u{2018}\(text.trimmingCharacters(in: .whitespaces))\u{2019}; Esc clears the filter"
    }

    /// Esc in the filter prompt: back to the filter and selection from before it opened.
    mutating func cancelListFilter() {
        guard let before = listFilter?.before else { return }
        listFilter = before.kept.map { ListFilterState(query: $0.query, result: $0.result) }
        rebuildListRows(preferring: [before.article])
        articles.top = before.top
        message = "Filter cancelled"
    }

    /// ctrl-n / ctrl-p in the filter prompt: moves the selection among the matches.
    mutating func stepListFilter(_ d: Int) {
        guard !listRows.isEmpty else { return }
        articles.selected = max(0, min(listRows.count - 1, articles.selected + d))
        let anchor = selectedListArticle
        listFilter?.anchor = anchor
    }

    /// Shows every article again, keeping the selected one.
    mutating func clearListFilter() {
        let keep = selectedListArticle
        listFilter = nil
        rebuildListRows(preferring: [keep])
    }

    /// Recomputes the rows from the order and the filter; selects the first of `preferred`
    /// still shown, else the first row.
    mutating func rebuildListRows(preferring preferred: [Int?]) {
        let order = library.articleList.order(listOrder)
        if let result = listFilter?.result {
            let mask = result.mask(total: library.articles.count)
            listRows = order.filter { mask[$0] }
        } else {
            listRows = order
        }
        for case let article? in preferred {
            if let row = listRow(of: article) {
                articles.selected = row
                return
            }
        }
        articles = ListCursor()
    }
}
