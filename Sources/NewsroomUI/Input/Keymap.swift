/// Maps key presses to actions, depending on what has the keyboard (a prompt, the help, the panes).
public enum Keymap {
    /// Every key of the reader, grouped for help.
    public static let bindings: [KeyBinding] = [
        KeyBinding([.char("j"), .down], "j ↓", .move, "next item / scroll down", .moveDown),
        KeyBinding([.char("k"), .up], "k ↑", .move, "previous item / scroll up", .moveUp),
        KeyBinding([.char("g"), .home], "g Home", .move, "first item / top", .top),
        KeyBinding([.char("G"), .end], "G End", .move, "last item / bottom", .bottom),
        KeyBinding([.pageDown], "PgDn", .move, "page down", .pageDown),
        KeyBinding([.pageUp], "PgUp", .move, "page up", .pageUp),
        KeyBinding([.ctrl("d")], "ctrl-d", .move, "half page down", .halfPageDown),
        KeyBinding([.ctrl("u")], "ctrl-u", .move, "half page up", .halfPageUp),
        KeyBinding([.tab], "Tab", .panes, "focus next pane", .focusNext),
        KeyBinding([.backTab], "Shift-Tab", .panes, "focus previous pane", .focusPrevious),
        KeyBinding([.char("l"), .right], "l →", .panes, "focus next pane", .focusNext),
        KeyBinding([.char("h"), .left], "h ←", .panes, "focus previous pane", .focusPrevious),
        KeyBinding([.char("1")], "1", .panes, "focus the article list", .focus(.list)),
        KeyBinding([.char("2")], "2", .panes, "focus the article body", .focus(.body)),
        KeyBinding([.char("3")], "3", .panes, "focus the quotes", .focus(.quotes)),
        KeyBinding([.char("4")], "4", .panes, "focus the tally", .focus(.tally)),
        KeyBinding([.enter], "Enter", .panes, "open the selected article, quote, person or member", .activate),
        KeyBinding([.char("o")], "o", .list, "next order: as loaded, newest, oldest, headline A–Z, most quotes", .cycleOrder),
        KeyBinding([.char("f")], "f", .list, "filter the articles by headline, source, date or person as you type", .filterList),
        KeyBinding([.char("/")], "/", .search, "search quotes in the whole library (find in the article when the body is focused)", .slash),
        KeyBinding([.char("s")], "s", .search, "search quotes from any pane", .searchQuotes),
        KeyBinding([.ctrl("f")], "ctrl-f", .search, "find text in the article", .findInBody),
        KeyBinding([.char("n")], "n", .search, "next search result or find match", .nextMatch),
        KeyBinding([.char("N")], "N", .search, "previous search result or find match", .previousMatch),
        KeyBinding([.escape], "Esc", .search, "close the search (restores the view), find, person filter, article filter; never quits", .escape),
        KeyBinding([.char("p")], "p", .people, "people view on/off (in the list pane)", .togglePeople),
        KeyBinding([.char("a")], "a", .people, "people view: this article / whole library", .togglePeopleScope),
        KeyBinding([.char("]")], "]", .people, "next mention of the selected person", .nextMention),
        KeyBinding([.char("[")], "[", .people, "previous mention of the selected person", .previousMention),
        KeyBinding([.char(" ")], "Space", .quotes, "mark / unmark the selected quote for export", .toggleMark),
        KeyBinding([.char("e")], "e", .quotes, "export marked quotes, else search results, else the pane's quotes (.md or .csv)", .export),
        KeyBinding([], "type", .prompt, "search as you type: words AND, 'exact, !not, \"a phrase\", speaker:name", nil),
        KeyBinding([], "↑ ↓", .prompt, "previous / next entry of the history", nil),
        KeyBinding([], "ctrl-n ctrl-p", .prompt, "next / previous result while typing", nil),
        KeyBinding([], "Enter", .prompt, "open the selected result / confirm", nil),
        KeyBinding([], "Backspace ctrl-w ctrl-u", .prompt, "delete a character / a word / everything", nil),
        KeyBinding([], "Esc", .prompt, "cancel and restore the view", nil),
        KeyBinding([], "type", .help, "filter the keys", nil),
        KeyBinding([], "↑ ↓ PgUp PgDn", .help, "scroll", nil),
        KeyBinding([], "Esc ?", .help, "clear the filter / close", nil),
        KeyBinding([], "click", .mouse, "focus a pane and select the item under the pointer", nil),
        KeyBinding([], "wheel", .mouse, "scroll the pane under the pointer", nil),
        KeyBinding([.char("?"), .function(1)], "? F1", .general, "show this help", .toggleHelp),
        KeyBinding([.ctrl("l")], "ctrl-l", .general, "redraw the screen", .redraw),
        KeyBinding([.char("q")], "q", .general, "quit (Esc never quits)", .quit),
    ]

    private static let table: [KeyEvent: Action] = {
        var t: [KeyEvent: Action] = [:]
        for b in bindings { if let a = b.action { for k in b.keys where t[k] == nil { t[k] = a } } }
        return t
    }()

    /// The action for `key` in `state`, or nil when the key does nothing there.
    public static func action(for key: KeyEvent, in state: ReaderState) -> Action? {
        if state.layout.kind == .tooSmall {
            return key == .char("q") ? .quit : nil
        }
        if state.prompt != nil || state.help != nil { return .input(key) }
        return table[key]
    }
}
