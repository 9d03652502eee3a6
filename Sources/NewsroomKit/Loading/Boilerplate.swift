/// General rules that recognise boilerplate paragraphs around a news story: donation and
/// subscription banners, trailing "Read more"-style links and photo captions.
///
/// Every rule looks only at short paragraphs (banners and trailers up to 200 bytes, captions up to
/// 600), so checking every paragraph of a huge file stays linear.
enum Boilerplate {
    /// A banner, with the publication it names (the `source`), if any.
    struct Banner: Equatable {
        var source: String?
    }

    private static let bannerStarts = [
        "now is the time to support", "please support", "please consider supporting", "support us",
        "support our", "support independent", "contribute today", "contribute now", "contribute to",
        "make a contribution", "make a donation", "donate", "subscribe", "sign up", "sign in to",
        "log in to", "become a member", "become a subscriber", "become a patron", "join us",
        "already a subscriber", "get our newsletter", "get the newsletter", "newsletter:",
        "advertisement", "skip to main content", "skip to content", "we need your help",
        "you can support", "your support", "this article is free", "download our app",
        "help us keep", "keep independent", "unlock this article",
    ]
    private static let bannerWords = ["journalism", "reporting", "newsroom", "our work", "our journalism"]
    private static let supportVerbs = ["support", "donat", "contribut", "subscri"]

    /// The paragraph as a banner ("Support The Moscow Times!", "Contribute Today", "Subscribe to …").
    /// In the body (`strict`) only a paragraph that starts like a call to action counts.
    static func banner(_ paragraph: String, strict: Bool = false) -> Banner? {
        guard paragraph.utf8.count <= 200, !paragraph.contains("\n") else { return nil }
        let text = paragraph.trimmingWhitespace()
        let lower = text.lowercased()
        let first = lower.prefix { $0.isLetter }
        var isBanner = bannerStarts.contains { hasWordPrefix(lower, $0) }
        if !isBanner, first == "support" || first == "donate" || first == "contribute",
           text.hasSuffix("!") || text.hasSuffix("today") || text.hasSuffix("now") {
            isBanner = true
        }
        if !isBanner, !strict, bannerWords.contains(where: { lower.contains($0) }),
           supportVerbs.contains(where: { lower.contains($0) }), lower.split(separator: " ").count <= 14 {
            isBanner = true
        }
        guard isBanner else { return nil }
        return Banner(source: namedPublication(text))
    }

    /// "Support The Moscow Times!" → "The Moscow Times"; also "Subscribe to …", "Donate to …".
    private static func namedPublication(_ text: String) -> String? {
        let lower = text.lowercased()
        var rest: Substring?
        for prefix in ["support ", "subscribe to ", "donate to ", "contribute to ", "become a member of "] where lower.hasPrefix(prefix) {
            rest = text.dropFirst(prefix.count)
        }
        guard var name = rest else { return nil }
        while let last = name.last, "!.,:;".contains(last) || last.isWhitespace { name = name.dropLast() }
        for suffix in [" today", " now", " Today", " Now"] where name.hasSuffix(suffix) { name = name.dropLast(suffix.count) }
        let words = name.split(separator: " ")
        guard (1...6).contains(words.count) else { return nil }
        let connectors: Set<Substring> = ["of", "the", "and", "for", "de", "la", "du", "&"]
        guard let head = words.first, head.first?.isUppercase == true,
              !["Our", "Us", "Independent", "Local", "Quality", "Free", "Journalism"].contains(head) else { return nil }
        for word in words where !connectors.contains(word) {
            guard let c = word.first, c.isUppercase || c.isNumber else { return nil }
        }
        return String(name)
    }

    private static let trailerStarts = [
        "read more", "read also", "also read", "read the full", "related:", "related stories",
        "related articles", "related coverage", "more:", "more on this", "see also", "share this",
        "share on", "share:", "click here", "continue reading", "follow us", "tags:", "topics:",
        "copyright", "©", "(c) ", "all rights reserved", "reporting by", "editing by",
        "this story has been", "this article was", "leave a comment",
    ]

    /// A trailing link or credit line: "Read more", "Read more: …", "Related: …", "Share this".
    static func isTrailer(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 200, !paragraph.contains("\n") else { return false }
        let lower = paragraph.trimmingWhitespace().lowercased()
        if lower == "related" || lower == "share" || lower == "more" { return true }
        return trailerStarts.contains { hasWordPrefix(lower, $0) }
    }

    private static let captionStarts = [
        "in a photo", "in this photo", "in this image", "in this handout", "in this file photo",
        "in this undated", "in this picture", "in this video", "in a video", "in an undated",
        "in a handout", "pictured:", "pictured above", "pictured here", "pictured left", "pictured right",
        "photo:", "photo by", "photo credit", "photos:", "photograph:", "photograph by", "image:",
        "image caption", "image copyright", "image source", "caption:", "file photo", "file -",
        "file —", "file –", "media caption", "(photo", "[photo", "photo/",
    ]
    private static let creditMarks = ["(ap photo", "photo/", "(reuters", "/reuters)", "(afp", "/afp)", "getty images", "(photo:", "(photo by", "(epa", "/epa)"]

    /// A photo caption: "In a photo released by …", "Pictured: …", "Photo: …", "… (AP Photo/…)".
    static func isCaption(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 600 else { return false }
        let text = paragraph.trimmingWhitespace()
        let lower = text.lowercased()
        if captionStarts.contains(where: { hasWordPrefix(lower, $0) }) { return true }
        if lower.hasSuffix(")") || lower.hasSuffix("images") {
            let tail = lower.suffix(60)
            return creditMarks.contains { tail.contains($0) }
        }
        return false
    }

    /// Whether `lower` starts with `prefix` as whole words ("subscribe" matches "subscribe now",
    /// not "subscribers").
    static func hasWordPrefix(_ lower: String, _ prefix: String) -> Bool {
        guard lower.hasPrefix(prefix) else { return false }
        guard let last = prefix.last, last.isLetter else { return true }
        guard let next = lower.dropFirst(prefix.count).first else { return true }
        return !next.isLetter
    }

    /// A byline paragraph ("By Jane Roe", "By JANE ROE, Associated Press"): the name(s).
    static func byline(_ paragraph: String) -> String? {
        guard paragraph.utf8.count <= 100, !paragraph.contains("\n") else { return nil }
        let text = paragraph.trimmingWhitespace()
        guard text.hasPrefix("By ") || text.hasPrefix("BY ") else { return nil }
        let name = text.dropFirst(3).prefix { $0 != "," }.trimmingWhitespaceSubstring()
        let words = name.split(separator: " ")
        guard (1...12).contains(words.count), words.first?.first?.isUppercase == true,
              !".!?".contains(name.last ?? ".") else { return nil }
        return name
    }

    /// Whether `line` can be a headline: short, not ending in sentence punctuation ("?" allowed).
    static func looksLikeHeadline(_ line: String) -> Bool {
        let text = line.trimmingWhitespace()
        guard (2...200).contains(text.count), let last = text.last else { return false }
        guard text.split(whereSeparator: \.isWhitespace).count <= 25 else { return false }
        if ".!;:,…".contains(last) { return false }
        if last == "\"" || last == "”" || last == "'" || last == "’" {
            let before = text.dropLast().last
            if let before, ".!,;".contains(before) { return false }
        }
        return true
    }
}
