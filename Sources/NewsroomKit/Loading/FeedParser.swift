/// RSS 2.0 (also RSS 1.0/RDF) and Atom feeds (`.xml`, `.rss`, `.atom`): one article per `<item>`
/// or `<entry>`. Title, link (`<link>` text or Atom `href`), date (`pubDate`, `dc:date`,
/// `published`, `updated`), author (`author`, `dc:creator`, Atom `<author><name>`) and the body
/// from `content:encoded`, `content`, `description` or `summary` — HTML in them (escaped or CDATA)
/// is reduced to paragraphs as for web pages. The channel or feed title is the source.
enum FeedParser {
    private struct Entry {
        var fields: [String: String] = [:]
        var link: String?
    }

    static func parse(_ text: String) -> ParsedFile {
        var file = ParsedFile()
        let scanner = MarkupScanner(text)
        var sawFeedRoot = false
        var feedTitle: String?
        var entries: [Entry] = []
        var current: Entry?
        var child: String?      // the element directly inside the item whose text is collected
        var childDepth = 0      // elements open inside that child
        var nested: String?     // innermost element inside the child (Atom author/name)
        var value = ""
        var channelChild: String?

        scanner.scan { token in
            switch token {
            case .open(let name, let attributes, let selfClosing):
                if name == "rss" || name == "feed" || name == "rdf:rdf" || name == "channel" { sawFeedRoot = true }
                if name == "item" || name == "entry" {
                    if let open = current { entries.append(open) }
                    current = selfClosing ? nil : Entry()
                    if selfClosing { entries.append(Entry()) }
                    child = nil
                    return
                }
                guard current != nil else {
                    if name == "title", !selfClosing { channelChild = "title"; value = "" }
                    return
                }
                if let _ = child {
                    if !selfClosing { childDepth += 1; nested = name }
                    if ["p", "div", "br", "li", "h1", "h2", "h3", "blockquote"].contains(name) { value += "\n\n" }
                    return
                }
                if name == "link", let href = attributes["href"] {
                    let rel = attributes["rel"] ?? "alternate"
                    if rel == "alternate", current?.link == nil { current?.link = href }
                }
                if !selfClosing { child = name; childDepth = 0; nested = nil; value = "" }
            case .close(let name):
                if current == nil {
                    if channelChild == "title", name == "title" {
                        if feedTitle == nil { feedTitle = HTMLPage.collapse(value) }
                        channelChild = nil
                    }
                    return
                }
                if name == "item" || name == "entry" {
                    if let open = current { entries.append(open) }
                    current = nil
                    child = nil
                    return
                }
                guard let open = child else { return }
                if childDepth > 0, name != open {
                    childDepth -= 1
                    if ["p", "div", "li", "h1", "h2", "h3", "blockquote"].contains(name) { value += "\n\n" }
                    return
                }
                if current?.fields[open] == nil { current?.fields[open] = value }
                child = nil
            case .text(let range):
                guard current == nil ? channelChild != nil : child != nil else { return }
                if child == "author", let nested, nested != "name" { return }
                value += scanner.text(range)
            case .cdata(let range):
                guard current == nil ? channelChild != nil : child != nil else { return }
                value += scanner.raw(range)
            }
        }
        if let open = current { entries.append(open) }
        if entries.isEmpty {
            file.skip(sawFeedRoot ? "feed has no <item> or <entry>: no articles" : "not an RSS or Atom feed (no <rss>, <feed>, <item> or <entry>)")
            return file
        }
        for (index, entry) in entries.enumerated() {
            file.drafts.append(draft(entry, ordinal: index + 1, feedTitle: feedTitle))
        }
        return file
    }

    private static func draft(_ entry: Entry, ordinal: Int, feedTitle: String?) -> ArticleDraft {
        let f = entry.fields
        var draft = ArticleDraft(ordinal: ordinal)
        draft.headline = f["title"].map { plain($0) }
        draft.date = f["pubdate"] ?? f["dc:date"] ?? f["published"] ?? f["updated"] ?? f["date"]
        draft.author = (f["dc:creator"] ?? f["author"]).map { HTMLPage.collapse($0) }
        draft.url = entry.link ?? f["link"].map { HTMLPage.collapse($0) }
        draft.source = feedTitle.flatMap { $0.isEmpty ? nil : $0 }
        let content = f["content:encoded"] ?? f["content"] ?? f["description"] ?? f["summary"] ?? ""
        if content.contains("<") {
            let page = HTMLPage(content)
            draft.body = Paragraphs.join(page.bodyParagraphs)
            draft.captions = page.captions
        } else {
            draft.body = content
        }
        return draft
    }

    /// Text that may itself hold markup (an escaped title), as plain text.
    private static func plain(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return HTMLPage.collapse(text) }
        let page = HTMLPage("<p>" + text + "</p>")
        return page.bodyParagraphs.joined(separator: " ")
    }
}
