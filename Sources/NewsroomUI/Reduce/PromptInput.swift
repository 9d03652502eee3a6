import Foundation

extension ReaderState {
    /// A key typed while a prompt or the help filter has the keyboard.
    mutating func input(_ key: KeyEvent) -> [Effect] {
        if prompt != nil { return promptInput(key) }
        if help != nil { helpInput(key) }
        return []
    }

    private mutating func promptInput(_ key: KeyEvent) -> [Effect] {
        guard var p = prompt else { return [] }
        let history: [String]
        switch p.kind {
        case .quoteSearch: history = searchHistory
        case .find: history = findHistory
        case .listFilter: history = filterHistory
        case .export: history = []
        }
        switch key {
        case .char(let c):
            p.text.append(c)
            p.historyIndex = nil
        case .backspace, .ctrl("h"):
            if !p.text.isEmpty { p.text.removeLast() }
            p.historyIndex = nil
        case .ctrl("w"):
            while p.text.last == " " { p.text.removeLast() }
            while let l = p.text.last, l != " " { _ = l; p.text.removeLast() }
        case .ctrl("u"):
            p.text = ""
        case .up:
            guard !history.isEmpty else { return [] }
            if p.historyIndex == nil { p.draft = p.text }
            let i = max(0, (p.historyIndex ?? history.count) - 1)
            p.historyIndex = i
            p.text = history[i]
        case .down:
            guard let i = p.historyIndex else { return [] }
            if i + 1 < history.count {
                p.historyIndex = i + 1
                p.text = history[i + 1]
            } else {
                p.historyIndex = nil
                p.text = p.draft
            }
        case .ctrl("n"), .tab:
            stepWhileTyping(1)
            return []
        case .ctrl("p"), .backTab:
            stepWhileTyping(-1)
            return []
        case .enter:
            return submitPrompt()
        case .escape:
            cancelPrompt()
            return []
        default:
            return []
        }
        let changed = p.text != prompt?.text
        prompt = p
        if changed { promptTextChanged() }
        return []
    }

    private mutating func promptTextChanged() {
        guard let p = prompt else { return }
        switch p.kind {
        case .quoteSearch: runQuoteSearch(p.text)
        case .find: runFind(p.text, keepCurrent: false)
        case .listFilter: runListFilter(p.text)
        case .export: break
        }
    }

    private mutating func stepWhileTyping(_ d: Int) {
        guard let p = prompt else { return }
        switch p.kind {
        case .quoteSearch:
            let n = search?.results.count ?? 0
            guard n > 0 else { return }
            quotesCursor.selected = max(0, min(n - 1, quotesCursor.selected + d))
        case .find: stepFind(d)
        case .listFilter: stepListFilter(d)
        case .export: break
        }
    }

    private mutating func submitPrompt() -> [Effect] {
        guard let p = prompt else { return [] }
        prompt = nil
        switch p.kind {
        case .quoteSearch:
            remember(p.text, in: &searchHistory)
            let remembered: [Effect] = p.text.isEmpty ? [] : [.rememberSearch(p.text)]
            let results = search?.results ?? .list([])
            guard quotesCursor.selected >= 0, quotesCursor.selected < results.count else {
                message = p.text.isEmpty ? "Empty search" : "No quote matches \u{201C}\(p.text)\u{201D}"
                return remembered
            }
            let before = openArticle
            focus = .quotes
            showQuote(results.ref(at: quotesCursor.selected), open: true)
            message = "Result \(quotesCursor.selected + 1) of \(results.count): n next, N previous, Esc back"
            return remembered + (before == openArticle ? [] : [.saveReading])
        case .find:
            remember(p.text, in: &findHistory)
            if let f = find, !f.matches.isEmpty {
                message = "Match \(f.current + 1) of \(f.matches.count): n next, N previous"
            } else {
                find = nil
                message = p.text.isEmpty ? "Find closed" : "Not found: \(p.text)"
            }
            return []
        case .export:
            return finishExport(path: p.text)
        case .listFilter:
            remember(p.text.trimmingCharacters(in: .whitespaces), in: &filterHistory)
            keepListFilter(p.text)
            return []
        }
    }

    private mutating func cancelPrompt() {
        guard let p = prompt else { return }
        prompt = nil
        switch p.kind {
        case .quoteSearch: cancelSearch()
        case .find:
            find = nil
            if highlight?.reason == .find { highlight = nil }
            message = "Find cancelled"
        case .export: message = "Export cancelled"
        case .listFilter: cancelListFilter()
        }
    }

    private func remember(_ text: String, in history: inout [String]) {
        guard !text.isEmpty else { return }
        history.removeAll { $0 == text }
        history.append(text)
        if history.count > 100 { history.removeFirst(history.count - 100) }
    }

    private mutating func helpInput(_ key: KeyEvent) {
        guard var h = help else { return }
        switch key {
        case .char("?"), .function(1): help = nil; return
        case .escape:
            if h.filter.isEmpty { help = nil; return }
            h.filter = ""
            h.top = 0
        case .char(let c): h.filter.append(c); h.top = 0
        case .backspace, .ctrl("h"): if !h.filter.isEmpty { h.filter.removeLast() }; h.top = 0
        case .ctrl("u"): h.filter = ""
        case .down, .ctrl("n"): h.top += 1
        case .up, .ctrl("p"): h.top = max(0, h.top - 1)
        case .pageDown, .ctrl("d"): h.top += max(1, height / 2)
        case .pageUp: h.top = max(0, h.top - max(1, height / 2))
        case .home: h.top = 0
        case .end: h.top = Int.max / 2
        case .enter: help = nil; return
        default: break
        }
        help = h
    }
}
