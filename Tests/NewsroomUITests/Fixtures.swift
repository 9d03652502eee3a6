import NewsroomKit
@testable import NewsroomUI

/// Hand-built annotated articles, independent of the annotators: the sample article with the
/// people, quotes and tally issue 2 specifies, an article of wide and combining characters, and
/// one full of terminal escape sequences.
enum Fixtures {
    /// Scalar spans of every occurrence of `needle` in `text`.
    static func spans(of needle: String, in text: String) -> [TextSpan] {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var out: [TextSpan] = []
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                out.append(TextSpan(start: i, end: i + n.count))
                i += n.count
            } else { i += 1 }
        }
        return out
    }

    static func span(of needle: String, in text: String) -> TextSpan {
        spans(of: needle, in: text).first ?? TextSpan(start: 0, end: 0)
    }

    static let sampleText = """
        France's foreign minister, who held talks in Moscow last week, said there were signs that Russia was beginning to question its Syrian stance after seeing President Bashar al-Assad continue a bloody crackdown on protesters.

        Syrian forces rounded up dozens of people in Hama on Wednesday after shooting dead up to 22 people, activists said, and Amnesty International said Syria might have committed crimes against humanity in an earlier crackdown. Hama is where Assad's father nearly 30 years ago sent in troops to crush an armed Islamist uprising.

        Russia has opposed a French-led UN Security Council draft resolution that condemns Assad's government and urges it to adopt speedy change but stops short of imposing sanctions or allowing military action.

        It has accused Western countries of exploiting the Security Council resolution that authorized limited military intervention in Libya and says it fears that could happen again in Syria.

        Foreign Minister Alain Juppe attempted to sway his Russian counterpart, Sergei Lavrov, in Moscow last week, but said Tuesday that Russia was still threatening to use a veto against the resolution.

        "I pointed out that there was nothing in it that resembles Paragraph 4 [of the Libya resolution], but I still haven't convinced him," Juppe told the French parliament's foreign affairs commission.

        "But Russia is starting to ask itself questions because it does seem to be in a certain way responsible for the complete inertia of the UN Security Council," Juppe said.

        France, unlike its European partners and the United States, says Assad has lost legitimacy to rule.

        "I think the point of no return has been crossed and the ability for Assad to make reforms today is zero in view of what has happened," Juppe said. "But to facilitate the emergence of a consensus at the UN Security Council we accepted to once again address Assad and to ask him to sign up to reforms."

        France has also failed to convince South Africa, India and Brazil to vote in favor, leaving the resolution short of the minimum 11 of 15 votes it feels it needs to submit the resolution and call Russia's bluff.

        "If we get 11 votes, then we will put the resolution forward so everybody faces their responsibilities," he said.
        """

    static var sample: AnnotatedArticle {
        let t = sampleText
        let article = Article(
            id: "000_4b3660261e62ab7f", path: "Resources/articles/000_4b3660261e62ab7f.txt",
            headline: "Paris Says Russia Reviewing Syria Stance", dateline: "PARIS", source: "The Moscow Times",
            captions: ["In a photo released by Syria\u{2019}s official news agency, Assad supporters rally in the city of Aleppo on Tuesday."],
            text: t)
        let assad = Person(name: "Bashar al-Assad", title: "President",
                           mentions: (spans(of: "Bashar al-Assad", in: t) + spans(of: "Assad", in: t).filter { s in
                               !spans(of: "Bashar al-Assad", in: t).contains { $0.contains(s) } }).sorted())
        let juppe = Person(name: "Alain Juppe", title: "Foreign Minister",
                           mentions: (spans(of: "Alain Juppe", in: t) + spans(of: "Juppe", in: t).filter { s in
                               !spans(of: "Alain Juppe", in: t).contains { $0.contains(s) } }).sorted())
        let lavrov = Person(name: "Sergei Lavrov", title: nil, mentions: spans(of: "Sergei Lavrov", in: t))
        let quoteTexts = [
            "I pointed out that there was nothing in it that resembles Paragraph 4 [of the Libya resolution], but I still haven't convinced him,",
            "But Russia is starting to ask itself questions because it does seem to be in a certain way responsible for the complete inertia of the UN Security Council,",
            "I think the point of no return has been crossed and the ability for Assad to make reforms today is zero in view of what has happened,",
            "But to facilitate the emergence of a consensus at the UN Security Council we accepted to once again address Assad and to ask him to sign up to reforms.",
            "If we get 11 votes, then we will put the resolution forward so everybody faces their responsibilities,",
        ]
        let quotes = quoteTexts.map { q in
            Quote(text: q, span: span(of: q, in: t), speaker: "Alain Juppe", speakerText: "Juppe", cue: "said", kind: .direct)
        }
        let names: [(String, Bool)] = [
            ("China", true), ("France", true), ("Russia", true), ("United Kingdom", true), ("United States", true),
            ("Bosnia and Herzegovina", false), ("Brazil", false), ("Colombia", false), ("Gabon", false), ("Germany", false),
            ("India", false), ("Lebanon", false), ("Nigeria", false), ("Portugal", false), ("South Africa", false),
        ]
        let members = names.map { name, permanent -> TallyMember in
            switch name {
            case "Russia": return TallyMember(name: name, permanent: true, stance: .against, veto: .threatened,
                                              evidence: span(of: "still threatening to use a veto", in: t))
            case "France": return TallyMember(name: name, permanent: true, stance: .for, evidence: span(of: "French-led", in: t))
            case "Brazil", "India", "South Africa":
                return TallyMember(name: name, permanent: false, stance: .undecided,
                                   evidence: span(of: "failed to convince South Africa, India and Brazil", in: t))
            default: return TallyMember(name: name, permanent: permanent)
            }
        }
        let tally = Tally(year: 2011, yearInferred: true, draft: "French-led draft resolution on Syria", needed: 9,
                          sponsorTarget: 11, members: members, outcome: "blocked by a threatened veto (Russia)")
        return AnnotatedArticle(article: article, people: [assad, juppe, lavrov], quotes: quotes, tally: tally)
    }

    /// Wide characters, emoji and combining marks.
    static var wide: AnnotatedArticle {
        let t = "東京 — 日本の外務大臣は「決議案を支持する」と述べた。👍🏽 Café au lait, Zoë, naïve (e\u{301}) and 한국어 text; flags 🇫🇷🇷🇺 and family 👨‍👩‍👧."
        let q = "決議案を支持する"
        let article = Article(id: "001_wide", path: "wide.txt", headline: "日本の外務大臣 📰 Tokyo backs draft", date: "2011-10-04", text: t)
        let person = Person(name: "Zoë Müller", mentions: [span(of: "Zoë", in: t)])
        return AnnotatedArticle(article: article, people: [person],
                                quotes: [Quote(text: q, span: span(of: q, in: t), speaker: "Zoë Müller", cue: "述べた", kind: .direct)],
                                tally: nil)
    }

    /// Terminal escape sequences, controls, bidi overrides and zero-width characters.
    static var hostile: AnnotatedArticle {
        let t = "Title change \u{1B}]0;pwned\u{07} and red \u{1B}[31mtext\u{1B}[0m, a C1 CSI \u{9B}2J, clipboard \u{1B}]52;c;ZXZpbA==\u{07}, DCS \u{1B}P1$r\u{1B}\\, backspace x\u{08}y, bidi \u{202E}txet desrever\u{202C}, zero\u{200B}width, bell\u{07}."
        let article = Article(id: "002_hostile", path: "evil\u{1B}[2J.txt", headline: "Evil \u{1B}[2Jheadline\u{202E}", text: t)
        let q = "red \u{1B}[31mtext"
        return AnnotatedArticle(article: article, people: [Person(name: "Mallory \u{1B}[5mBlink", mentions: [])],
                                quotes: [Quote(text: q, span: span(of: q, in: t), speaker: "Mallory \u{1B}[5mBlink", cue: "said", kind: .direct)],
                                tally: nil)
    }

    /// A simple searcher for tests: folded substring match of every word, highlights included.
    static func searcher(_ articles: [AnnotatedArticle]) -> ReaderState.QuoteSearcher {
        { query in
            let words = query.split(separator: " ").map { Folding.fold(String($0)) }
            guard !words.isEmpty else { return .list([]) }
            var hits: [QuoteHit] = []
            for (a, art) in articles.enumerated() {
                for (i, q) in art.quotes.enumerated() {
                    let folded = Folding.fold(q.text)
                    var matches: [TextSpan] = []
                    var all = true
                    for w in words {
                        let s = spans(of: w, in: folded)
                        if s.isEmpty { all = false; break }
                        matches += s
                    }
                    if all { hits.append(QuoteHit(ref: QuoteRef(article: a, quote: i), textMatches: matches.sorted())) }
                }
            }
            return .list(hits)
        }
    }

    /// A reader over `articles` with the test searcher.
    static func state(_ articles: [AnnotatedArticle] = [sample, wide], width: Int = 80, height: Int = 24,
                      mode: ColorMode = .colors256) -> ReaderState {
        ReaderState(library: Library(articles: articles), width: width, height: height, colorMode: mode,
                    searcher: searcher(articles))
    }
}
