/// One stored news article after loading and cleaning, before annotation.
public struct Article: Sendable, Hashable {
    /// Stable identifier: the `id` field of JSON input, otherwise the file name without extension
    /// (with a row or line number for multi-article files).
    public var id: String
    /// Path of the file the article came from, as given on the command line or found in a folder.
    public var path: String
    /// The headline (title).
    public var headline: String
    /// The dateline place ("PARIS"), taken out of the first paragraph, if there was one.
    public var dateline: String?
    /// The publication date as given by the source, normalised to `YYYY-MM-DD` when it parses.
    public var date: String?
    /// The publication that ran the article ("The Moscow Times").
    public var source: String?
    /// The article's URL, if known.
    public var url: String?
    /// The author (byline), when the source names one (HTML meta tags, feeds, JSON, CSV).
    public var author: String?
    /// Photo captions separated from the body.
    public var captions: [String]
    /// The cleaned body: paragraphs joined by one blank line. All offsets index its unicode scalars.
    public var text: String

    /// Creates an article.
    public init(
        id: String, path: String, headline: String, dateline: String? = nil, date: String? = nil,
        source: String? = nil, url: String? = nil, author: String? = nil, captions: [String] = [], text: String
    ) {
        self.id = id
        self.path = path
        self.headline = headline
        self.dateline = dateline
        self.date = date
        self.source = source
        self.url = url
        self.author = author
        self.captions = captions
        self.text = text
    }

    /// The year of `date`, if the date starts with four digits.
    public var year: Int? {
        guard let date, date.count >= 4, let y = Int(date.prefix(4)) else { return nil }
        return y
    }
}
