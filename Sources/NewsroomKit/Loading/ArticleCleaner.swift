/// What cleaning found in a body of text.
struct CleanedBody: Sendable, Equatable {
    /// The headline, when asked to find one (plain text) and one was found.
    var headline: String?
    /// The dateline place ("PARIS").
    var dateline: String?
    /// The publication named by a banner ("The Moscow Times").
    var source: String?
    /// The author named by a byline paragraph at the top ("By Jane Roe").
    var author: String?
    /// A date from a leading date line ("Friday, January 4, 2019"), normalised when possible.
    var date: String?
    /// Photo captions, in order.
    var captions: [String] = []
    /// The cleaned text: paragraphs joined by one blank line.
    var text: String = ""
}

/// Cleans the body of an article by general rules (see `Boilerplate` and `DatelineExtractor`):
/// banners before the headline, captions, a leading date line, the dateline, trailing links.
struct ArticleCleaner: Sendable {
    /// How many paragraphs at the top may be banners, captions, a date line or the headline.
    private let headLimit = 12

    /// Cleans `body`. With `findHeadline`, the first short line after the banners that does not
    /// end in sentence punctuation is taken as the headline (plain-text files).
    /// A first paragraph repeating `knownHeadline` is dropped.
    func clean(_ body: String, findHeadline: Bool, knownHeadline: String? = nil) -> CleanedBody {
        clean(paragraphs: Paragraphs.split(body), findHeadline: findHeadline, knownHeadline: knownHeadline)
    }

    /// Cleans a body already split into paragraphs.
    func clean(paragraphs input: [String], findHeadline: Bool, knownHeadline: String? = nil) -> CleanedBody {
        var result = CleanedBody()
        var paragraphs = input
        var start = 0
        // The head: banners, captions, a date line and the headline, in any order.
        while start < paragraphs.count, start < headLimit {
            let paragraph = paragraphs[start]
            if let banner = Boilerplate.banner(paragraph) {
                if result.source == nil { result.source = banner.source }
            } else if Boilerplate.isCaption(paragraph) {
                result.captions.append(paragraph)
            } else if DateNormalizer.isDateOnly(paragraph) {
                if result.date == nil { result.date = DateNormalizer.normalize(paragraph) }
            } else if let name = Boilerplate.byline(paragraph) {
                if result.author == nil { result.author = name }
            } else if let knownHeadline, paragraph.utf8.count <= 400, paragraph.trimmingWhitespace() == knownHeadline {
                // The headline repeated at the top of the body.
            } else if findHeadline, result.headline == nil, let split = headlineSplit(paragraph) {
                result.headline = split.headline
                if let rest = split.rest { paragraphs[start] = rest; continue }
            } else {
                break
            }
            start += 1
        }
        var body: [String] = []
        body.reserveCapacity(paragraphs.count - start)
        for paragraph in paragraphs[start...] {
            if Boilerplate.isCaption(paragraph) {
                result.captions.append(paragraph)
            } else if Boilerplate.banner(paragraph, strict: true) == nil {
                body.append(paragraph)
            }
        }
        dropTrailers(&body)
        if let first = body.first, let (place, date, rest) = DatelineExtractor.extract(from: first) {
            result.dateline = place
            if result.date == nil { result.date = date }
            body[0] = rest
        }
        result.text = Paragraphs.join(body)
        return result
    }

    /// The first line of `paragraph` as a headline, and the remaining lines, if it looks like one.
    private func headlineSplit(_ paragraph: String) -> (headline: String, rest: String?)? {
        let utf8 = paragraph.utf8
        var end = utf8.startIndex, length = 0
        while end < utf8.endIndex, utf8[end] != 0x0A {
            length += 1
            if length > 400 { return nil }
            end = utf8.index(after: end)
        }
        let firstLine = String(paragraph[..<end])
        guard Boilerplate.looksLikeHeadline(firstLine) else { return nil }
        let rest = end < utf8.endIndex ? String(paragraph[paragraph.index(after: end)...]) : ""
        return (firstLine.trimmingWhitespace(), rest.isEmpty ? nil : rest)
    }

    /// Removes "Read more"-style paragraphs (and last lines) from the end.
    private func dropTrailers(_ body: inout [String]) {
        while let last = body.last {
            if Boilerplate.isTrailer(last) || Boilerplate.banner(last, strict: true) != nil {
                body.removeLast()
                continue
            }
            if let newline = last.utf8.lastIndex(of: 0x0A), last.utf8.distance(from: newline, to: last.utf8.endIndex) <= 201 {
                let lastLine = String(last[last.utf8.index(after: newline)...])
                if Boilerplate.isTrailer(lastLine) {
                    body[body.count - 1] = String(last[..<newline])
                    continue
                }
            }
            break
        }
    }
}
