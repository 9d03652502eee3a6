import NewsroomKit

/// Something the user asked for (or the terminal reported), independent of the key that did it.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, top, bottom, pageDown, pageUp, halfPageDown, halfPageUp
    case focusNext, focusPrevious
    /// Focus a pane directly (keys 1–4).
    case focus(PaneID)
    /// Enter: open the selected article, quote, person or member.
    case activate
    /// Quit the reader.
    case quit
    /// Esc: close or clear what is open, one layer at a time. Never quits.
    case escape
    /// Show or hide the key help.
    case toggleHelp
    /// `/`: quote search, or find in the body when the body is focused.
    case slash
    /// Start a quote search regardless of focus.
    case searchQuotes
    /// Find text in the open article.
    case findInBody
    /// Next / previous search result or find match.
    case nextMatch, previousMatch
    /// Cycle the article list's order.
    case cycleOrder
    /// Filter the article list as you type.
    case filterList
    /// Show or hide the people view.
    case togglePeople
    /// In the people view: switch between the article's and the library's people.
    case togglePeopleScope
    /// Jump to the selected person's next / previous mention.
    case nextMention, previousMention
    /// Mark or unmark the selected quote for export.
    case toggleMark
    /// Open the export prompt.
    case export
    /// Ask the terminal to repaint everything.
    case redraw
    /// A key typed while a prompt or the help filter has the keyboard.
    case input(KeyEvent)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A mouse event.
    case mouse(MouseEvent)
    /// Report of an effect the loop performed (export written, state saved, or an error).
    case report(String)
}

/// Work the reducer asks the terminal loop to do, because `NewsroomUI` does no I/O itself.
/// The loop performs it and may answer with `Action.report`.
public enum Effect: Hashable, Sendable {
    /// Write quotes to a file.
    case export(ExportRequest)
    /// Persist `readArticles` and `positions` (on opening an article and on quitting).
    case saveReading
    /// Remember a submitted quote search in the persistent history.
    case rememberSearch(String)
    /// Remember the order the user chose for the article list (`o`) and save it soon.
    case rememberOrder(ArticleOrder)
    /// Repaint the whole terminal (ctrl-l, resume after suspend).
    case redraw
}

/// Which quotes to export, where, and how.
public struct ExportRequest: Hashable, Sendable {
    /// File formats.
    public enum Format: String, Hashable, Sendable { case markdown, csv }
    /// The file to write (as the user typed it).
    public var path: String
    /// The format, from the file extension (`.csv` → CSV, anything else → Markdown).
    public var format: Format
    /// The quotes, in order.
    public var quotes: [QuoteRef]
}
