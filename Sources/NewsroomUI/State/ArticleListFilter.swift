import Foundation
import NewsroomKit

/// The article list's filter (`f`): while its prompt is open and after Enter kept it.
public struct ListFilterState: Sendable {
    /// The query as typed.
    public var query: String = ""
    /// The matching articles; nil while the query has no word (every article shows).
    public var result: ArticleFilterResult?
    /// While the prompt is open: what Esc restores.
    var before: ListFilterSnapshot?
    /// While the prompt is open: the article to come back to when it matches again (the one
    /// selected when the prompt opened, or moved to with ctrl-n/ctrl-p).
    var anchor: Int?
}

/// The list before the filter prompt opened, restored by Esc.
struct ListFilterSnapshot: Sendable {
    /// The query and matches of the filter kept before, if any.
    var kept: (query: String, result: ArticleFilterResult?)?
    /// The article selected in the list.
    var article: Int?
    /// The first visible row.
    var top: Int
}

extension ReaderState {
    /// The library index of the article selected in the list, if the list has one.
    var selectedListArticle: Int? {
        listRows.indices.contains(articles.selected) ? listRows[articles.selected] : nil
    }

    /// The row showing library article `index`, if the list shows it.
    func listRow(of index: Int) -> Int? {
        if listFilter?.result == nil, listOrder == .loaded {
            return listRows.indices.contains(index) && listRows[index] == index ? index : listRows.firstIndex(of: index)
        }
        return listRows.firstIndex(of: index)
    }

    /// The filter's query when it has words (shown in the list's title), else nil.
    var activeFilterQuery: String? {
        guard let f = listFilter, f.result != nil else { return nil }
        return f.query.trimmingCharacters(in: .whitespaces)
    }
}
