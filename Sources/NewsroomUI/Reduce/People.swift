import NewsroomKit

extension ReaderState {
    mutating func togglePeople() {
        if peopleScope == nil {
            peopleScope = currentArticle == nil ? .library : .article
            peopleCursor = ListCursor()
            focus = .list
            selectPersonAtCursor()
            if personRows.isEmpty { message = "No people found in \(peopleScope == .article ? "this article" : "the library")" }
        } else {
            peopleScope = nil
            selectedPerson = nil
            if highlight?.reason == .mention { highlight = nil }
            quotesCursor = ListCursor()
            message = "Articles"
        }
    }

    mutating func togglePeopleScope() {
        guard let s = peopleScope else { message = "a switches scope inside the people view (p)"; return }
        peopleScope = s == .article ? .library : .article
        peopleCursor = ListCursor()
        if let name = selectedPerson, let i = personRows.firstIndex(where: { $0.name == name }) {
            peopleCursor.selected = i
        }
        selectPersonAtCursor()
        message = peopleScope == .article ? "People in this article" : "People in the library"
    }

    /// Makes the person under the people cursor the selected person.
    mutating func selectPersonAtCursor() {
        let rows = personRows
        guard rows.indices.contains(peopleCursor.selected) else { selectedPerson = nil; return }
        let r = rows[peopleCursor.selected]
        selectedPerson = r.name
        if search == nil { quotesCursor = ListCursor() }
        let here = selectedMentions.count
        message = "\(r.name): \(r.mentions) mentions, \(r.quotes) quotes" + (here > 0 ? "; ] and [ jump mentions" : "")
    }

    /// Enter on a person: in library scope opens the next article they appear in; then jumps to
    /// their first mention.
    mutating func openSelectedPerson() -> [Effect] {
        let rows = personRows
        guard rows.indices.contains(peopleCursor.selected) else { return [] }
        let r = rows[peopleCursor.selected]
        var effects: [Effect] = []
        if peopleScope == .library, !r.articles.isEmpty {
            let next = r.articles.first { $0 > (openArticle ?? -1) } ?? r.articles[0]
            if next != openArticle { open(article: next, focusBody: false); effects.append(.saveReading) }
        }
        selectedPerson = r.name
        highlight = nil
        jumpMention(1)
        return effects
    }

    /// Jumps to the selected person's next (`d` = 1) or previous (-1) mention in the body.
    mutating func jumpMention(_ d: Int) {
        guard let name = selectedPerson else { message = "Select a person first (p opens the people view)"; return }
        let spans = selectedMentions
        guard !spans.isEmpty else { message = "\(name) is not mentioned in this article"; return }
        let current = highlight?.reason == .mention ? highlight?.span : nil
        var index: Int
        if let c = current, let i = spans.firstIndex(of: c) {
            index = ((i + d) % spans.count + spans.count) % spans.count
        } else {
            let from = body?.offset(ofLine: bodyTop) ?? 0
            index = d > 0 ? (spans.firstIndex { $0.start >= from } ?? 0) : (spans.lastIndex { $0.start < from } ?? spans.count - 1)
        }
        highlight = BodyHighlight(span: spans[index], reason: .mention)
        reveal(spans[index])
        message = "\(name): mention \(index + 1) of \(spans.count)"
    }
}
