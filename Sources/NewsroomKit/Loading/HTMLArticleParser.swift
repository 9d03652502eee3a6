/// Web pages (`.html`, `.htm`): the headline from `<h1>`, `og:title` or `<title>`; date, author,
/// source and URL from meta tags (`article:published_time`, `date`, `author`, `og:site_name`,
/// `og:url`, `<link rel=canonical>`, `<time datetime>`); the body from the `<p>` elements of the
/// `<article>` (of the whole page when there is no `<article>`, and from all text blocks when
/// there are no `<p>`). Scripts, styles, navigation, headers, footers, asides and forms are dropped;
/// `<figcaption>` becomes a caption; whitespace is collapsed as a browser does and entities decoded.
enum HTMLArticleParser {
    static func parse(_ text: String) -> ParsedFile {
        let page = HTMLPage(text)
        var draft = ArticleDraft()
        draft.headline = page.firstHeading ?? page.meta["og:title"] ?? page.meta["twitter:title"] ?? page.title
        draft.date = page.meta["article:published_time"] ?? page.meta["date"] ?? page.meta["pubdate"]
            ?? page.meta["publish-date"] ?? page.meta["dc.date"] ?? page.meta["dc.date.issued"]
            ?? page.meta["datepublished"] ?? page.meta["og:published_time"] ?? page.timeElement
        draft.author = page.meta["author"] ?? page.meta["article:author"] ?? page.meta["dc.creator"]
        draft.source = page.meta["og:site_name"] ?? page.meta["application-name"] ?? page.meta["publisher"]
        draft.url = page.meta["og:url"] ?? page.canonical
        draft.captions = page.captions
        draft.body = Paragraphs.join(page.bodyParagraphs)
        var file = ParsedFile(drafts: [draft])
        if page.bodyParagraphs.isEmpty { file.warn("no paragraphs of text found in the page") }
        return file
    }
}

/// What a scan of one HTML document (or fragment) found.
struct HTMLPage {
    /// `<meta name|property|itemprop=… content=…>`, keys lower-cased.
    var meta: [String: String] = [:]
    var title: String?
    var firstHeading: String?
    var canonical: String?
    var timeElement: String?
    var captions: [String] = []
    /// The body's paragraphs (see `HTMLArticleParser`).
    var bodyParagraphs: [String] = []

    private enum BlockKind { case paragraph, heading, caption, other }
    private struct Block {
        var text: String
        var kind: BlockKind
        var inArticle: Bool
    }

    private static let dropped: Set<String> = [
        "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "iframe",
        "button", "select", "script", "style", "menu", "dialog",
    ]
    private static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "section", "article", "main", "tr", "table", "figure", "figcaption", "pre", "dd", "dt",
        "dl", "hr", "body", "html", "title", "td", "th",
    ]

    init(_ text: String) {
        let scanner = MarkupScanner(text)
        var blocks: [Block] = []
        var buffer = ""
        var droppedDepth = 0, articleDepth = 0, paragraphDepth = 0, headingDepth = 0, captionDepth = 0, titleDepth = 0
        var sawArticle = false
        var titleText = ""
        func flush() {
            let collapsed = HTMLPage.collapse(buffer)
            buffer = ""
            guard !collapsed.isEmpty else { return }
            let kind: BlockKind = captionDepth > 0 ? .caption : headingDepth > 0 ? .heading : paragraphDepth > 0 ? .paragraph : .other
            blocks.append(Block(text: collapsed, kind: kind, inArticle: articleDepth > 0))
        }
        func adjust(_ depth: inout Int, _ opening: Bool) { depth = opening ? depth + 1 : max(0, depth - 1) }
        scanner.scan { token in
            switch token {
            case .text(let range), .cdata(let range):
                if titleDepth > 0 { titleText += scanner.text(range); return }
                guard droppedDepth == 0 else { return }
                if case .cdata = token { buffer += scanner.raw(range) } else { buffer += scanner.text(range) }
            case .open(let name, let attributes, let selfClosing):
                handle(name, attributes: attributes, opening: true, selfClosing: selfClosing)
            case .close(let name):
                handle(name, attributes: [:], opening: false, selfClosing: false)
            }
        }
        func handle(_ name: String, attributes: [String: String], opening: Bool, selfClosing: Bool) {
            switch name {
            case "meta":
                if let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"],
                   let content = attributes["content"], meta[key.lowercased()] == nil {
                    meta[key.lowercased()] = content
                }
                return
            case "link":
                if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { canonical = href }
                return
            case "time":
                if opening, timeElement == nil, let value = attributes["datetime"] { timeElement = value }
                return
            case "title":
                if !selfClosing { adjust(&titleDepth, opening) }
                return
            default: break
            }
            if selfClosing && name != "br" && name != "hr" { return }
            if name == "body", opening { droppedDepth = 0 } // an unclosed <nav> or <form> before it
            if HTMLPage.dropped.contains(name) {
                if droppedDepth == 0 { flush() }
                adjust(&droppedDepth, opening)
                return
            }
            guard droppedDepth == 0 else { return }
            if HTMLPage.blockTags.contains(name) { flush() }
            switch name {
            case "article", "main":
                adjust(&articleDepth, opening)
                if opening { sawArticle = true }
            case "p", "li", "blockquote", "pre", "dd": adjust(&paragraphDepth, opening)
            case "h1": adjust(&headingDepth, opening)
            case "figcaption": adjust(&captionDepth, opening)
            default: break
            }
        }
        flush()
        let pageTitle = HTMLPage.collapse(titleText)
        title = pageTitle.isEmpty ? nil : pageTitle
        let scope = sawArticle && blocks.contains(where: { $0.inArticle && $0.kind == .paragraph }) ? blocks.filter(\.inArticle) : blocks
        firstHeading = scope.first(where: { $0.kind == .heading })?.text ?? blocks.first(where: { $0.kind == .heading })?.text
        captions = scope.filter { $0.kind == .caption }.map(\.text)
        let paragraphs = scope.filter { $0.kind == .paragraph }.map(\.text)
        bodyParagraphs = paragraphs.isEmpty ? scope.filter { $0.kind == .other }.map(\.text) : paragraphs
    }

    /// Collapses runs of ASCII whitespace to one space and trims them (no-break spaces are kept).
    static func collapse(_ text: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
