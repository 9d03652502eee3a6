import ArgumentParser
import Foundation
import NewsroomKit
import NewsroomUI

/// `newsroom-bench ui`: key press → finished repaint latency against the in-memory screen with a
/// large synthetic library (search typed key by key included), the article list sorted and
/// filtered over 100,000 articles, and time to first paint on the bundled articles.
struct BenchUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Reader latency per key (target ≤ 16 ms) and time to first paint (target ≤ 150 ms).",
        discussion: """
            Each key is mapped, reduced, rendered into a Screen and diffed against the previous \
            screen (the work the terminal loop does before curses writes). Run a release build: \
            swift run -c release newsroom-bench ui
            """
    )

    @Option(help: "Quotes in the synthetic library.")
    var quotes: Int = 100_000

    @Option(help: "Quotes per synthetic article.")
    var perArticle: Int = 40

    @Option(help: "Screen width.")
    var width: Int = 200

    @Option(help: "Screen height.")
    var height: Int = 60

    @Option(name: .customLong("list-articles"), help: "Articles in the synthetic library for sorting and filtering the list (0 skips).")
    var listArticles: Int = 100_000

    @Option(name: .customLong("big-article"), help: "Only measure opening one single-paragraph article of this many MB (e.g. 10).")
    var bigArticleMB: Int?

    func run() throws {
        if let mb = bigArticleMB {
            bigArticle(megabytes: mb)
            return
        }
        firstPaint()
        let built = UIBenchTimer.time { SyntheticQuoteLibrary.make(quotes: quotes, perArticle: perArticle) }
        let library = built.value
        print("synthetic library: \(library.articles.count) articles, \(library.quoteCount) quotes, built and indexed in \(ms(built.seconds)) ms")
        let samples = timeKeys(UIBenchScript.keys, library: library)
        report(samples)
        breakdown(library: library)
        if listArticles > 0 { articleList(count: listArticles) }
    }

    /// Times each key of `keys` on a reader over `library`: map, reduce, render and diff against
    /// the previous screen (the work the terminal loop does before curses writes).
    private func timeKeys(_ keys: [(String, KeyEvent)], library: Library) -> [(label: String, seconds: Double)] {
        var state = ReaderState(library: library, width: width, height: height)
        var previous = state.render()
        var samples: [(label: String, seconds: Double)] = []
        for (label, key) in keys {
            let t = UIBenchTimer.time { () -> Int in
                if let action = Keymap.action(for: key, in: state) { state.reduce(action) }
                let screen = state.render()
                let changed = ScreenDiff.changedCells(previous, screen)
                previous = screen
                return changed
            }
            samples.append((label, t.seconds))
        }
        return samples
    }

    /// The article list of a library of `count` one-quote articles: each order (`o`) and a
    /// filter typed key by key (`f`), timed per key like the session above.
    private func articleList(count: Int) {
        let built = UIBenchTimer.time { SyntheticQuoteLibrary.make(quotes: count, perArticle: 1) }
        let library = built.value
        let index = UIBenchTimer.time { ArticleListIndex(articles: library.articles) }
        print("article list: \(library.articles.count) articles, library built in \(ms(built.seconds)) ms, of which the list index (orders + folded keys) alone \(ms(index.seconds)) ms")
        let samples = timeKeys(UIBenchScript.listKeys, library: library)
        let filter = samples.filter { $0.label.hasPrefix("filter") }.map(\.seconds)
        let sort = samples.filter { $0.label.hasPrefix("sort") }.map(\.seconds)
        print("article list, \(library.articles.count) articles: all keys \(stats(samples.map(\.seconds)))")
        print("  sort keys (o): \(stats(sort))")
        print("  filter keys (f, typing, backspace, Enter, Esc): \(stats(filter))")
        print("  keys over 16 ms: \(samples.filter { $0.seconds > 0.016 }.count) of \(samples.count); slowest:")
        for s in samples.sorted(by: { $0.seconds > $1.seconds }).prefix(5) {
            print("    \(ms(s.seconds)) ms  \(s.label)")
        }
    }

    /// Where the time of a key goes: the index search alone, rendering alone, diffing alone.
    private func breakdown(library: Library) {
        var session = QuoteSearchSession(index: library.quoteIndex)
        var searchTimes: [Double] = []
        var query = ""
        for c in "security council" {
            query.append(c)
            let q = query
            searchTimes.append(UIBenchTimer.time { session.search(q).count }.seconds)
        }
        let state = ReaderState(library: library, width: width, height: height)
        var renders: [Double] = []
        var diffs: [Double] = []
        var last = state.render()
        for _ in 0..<30 {
            let r = UIBenchTimer.time { state.render() }
            renders.append(r.seconds)
            let d = UIBenchTimer.time { ScreenDiff.changedCells(last, r.value) }
            diffs.append(d.seconds)
            last = r.value
        }
        func mean(_ xs: [Double]) -> String { ms(xs.reduce(0, +) / Double(max(1, xs.count))) }
        print("breakdown: index search per keystroke (session, 'security council' typed) mean \(mean(searchTimes)) ms, max \(ms(searchTimes.max() ?? 0)) ms; render mean \(mean(renders)) ms; diff mean \(mean(diffs)) ms")
    }

    /// Time from the key that selects a `megabytes` MB single-paragraph article to the finished
    /// frame (map + reduce, which wraps the body, + render + diff), then a scroll key in it.
    private func bigArticle(megabytes: Int) {
        let words = SyntheticQuoteLibrary.words
        var text = String()
        text.reserveCapacity(megabytes << 20)
        var i = 0
        while text.utf8.count < megabytes << 20 {
            text += words[i % words.count]
            text += i % 17 == 16 ? ". " : " "
            i += 1
        }
        let small = Article(id: "small", path: "small.txt", headline: "A short article", text: "One short paragraph.")
        let big = Article(id: "big", path: "big.txt", headline: "A \(megabytes) MB paragraph", text: text)
        let library = Library(articles: [small, big].map { AnnotatedArticle(article: $0, people: [], quotes: [], tally: nil) })
        var state = ReaderState(library: library, width: width, height: height)
        var previous = state.render()
        func key(_ k: KeyEvent) -> Double {
            UIBenchTimer.time { () -> Int in
                if let action = Keymap.action(for: k, in: state) { state.reduce(action) }
                let screen = state.render()
                let changed = ScreenDiff.changedCells(previous, screen)
                previous = screen
                return changed
            }.seconds
        }
        let select = key(.char("j"))
        let open = key(.enter) + select
        let lines = state.body?.lines.count ?? 0
        let scroll = [key(.char("2")), key(.char("j")), key(.pageDown), key(.char("G"))]
        let wrapOnly = UIBenchTimer.time { Wrapper.wrap(text, width: 72).count }.seconds
        let layoutOnly = UIBenchTimer.time { BodyLayout(article: library.articles[1], index: 1, width: 72).lines.count }.seconds
        print("big article: wrapping alone \(ms(wrapOnly)) ms; the whole body layout (scalars, wrap, line index) \(ms(layoutOnly)) ms")
        print("big article: \(megabytes) MB in one paragraph, \(width)x\(height): selecting and opening it (j, Enter) to finished frame \(ms(open)) ms (\(lines) wrapped lines); then focus/j/PgDn/G: \(scroll.map(ms).joined(separator: " / ")) ms")
    }

    private func firstPaint() {
        guard let folder = BundledResources.articlesFolder else {
            print("first paint: bundled articles missing")
            return
        }
        // Warm the annotators' models once so the figure is the reader's own path, then time it.
        _ = Annotator().annotate(Article(id: "w", path: "w", headline: "w", text: "Warm up, said Alain Juppe."))
        let t = UIBenchTimer.time { () -> Int in
            let loaded = ArticleLoader().load(paths: [folder.path])
            let library = Library(articles: loaded.articles.map { Annotator().annotate($0) }, problems: loaded.problems)
            let state = ReaderState(library: library, width: width, height: height)
            return state.render().cells.count
        }
        print("time to first paint (load + annotate + index + first frame, bundled articles, models warm): \(ms(t.seconds)) ms (target ≤ 150 ms)")
    }

    private func stats(_ xs: [Double]) -> String {
        guard !xs.isEmpty else { return "n=0" }
        let s = xs.sorted()
        let p = { (q: Double) in s[min(s.count - 1, Int(Double(s.count - 1) * q))] }
        return "n=\(s.count) mean \(ms(s.reduce(0, +) / Double(s.count))) ms, p50 \(ms(p(0.5))) ms, p95 \(ms(p(0.95))) ms, max \(ms(s[s.count - 1])) ms"
    }

    private func report(_ samples: [(label: String, seconds: Double)]) {
        let all = samples.map(\.seconds)
        let search = samples.filter { $0.label.hasPrefix("search") }.map(\.seconds)
        print("per key (map + reduce + render + diff, \(width)x\(height)): \(stats(all))")
        print("search keystrokes only: \(stats(search))")
        let over = samples.filter { $0.seconds > 0.016 }
        print("keys over 16 ms: \(over.count) of \(samples.count)")
        print("slowest keys:")
        for s in samples.sorted(by: { $0.seconds > $1.seconds }).prefix(8) {
            print("  \(ms(s.seconds)) ms  \(s.label)")
        }
    }

    private func ms(_ s: Double) -> String { String(format: "%.2f", s * 1000) }
}

/// Times a closure with the monotonic clock.
enum UIBenchTimer {
    static func time<T>(_ body: () -> T) -> (value: T, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let v = body()
        return (v, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}

/// Counts the cells the terminal loop would redraw.
enum ScreenDiff {
    static func changedCells(_ a: Screen, _ b: Screen) -> Int {
        guard a.width == b.width, a.height == b.height else { return b.cells.count }
        var n = 0
        for i in 0..<b.cells.count where a.cells[i] != b.cells[i] { n += 1 }
        return n
    }
}

/// The replayed session: browsing, a search typed key by key, opening results, people, help.
enum UIBenchScript {
    static var keys: [(String, KeyEvent)] {
        var k: [(String, KeyEvent)] = []
        for _ in 0..<30 { k.append(("list j", .char("j"))) }
        k.append(("list G", .char("G")))
        k.append(("list g", .char("g")))
        k.append(("open Enter", .enter))
        for _ in 0..<20 { k.append(("body j", .char("j"))) }
        k.append(("body PgDn", .pageDown))
        k.append(("body ctrl-d", .ctrl("d")))
        k.append(("focus quotes", .char("3")))
        for _ in 0..<10 { k.append(("quotes j", .char("j"))) }
        k.append(("focus tally", .char("4")))
        for _ in 0..<5 { k.append(("tally j", .char("j"))) }
        k.append(("search /", .char("/")))
        for c in "security council" { k.append(("search type '\(c)'", .char(c))) }
        for _ in 0..<3 { k.append(("search backspace", .backspace)) }
        for c in "cil" { k.append(("search type '\(c)'", .char(c))) }
        k.append(("search ctrl-n", .ctrl("n")))
        k.append(("search Enter (open)", .enter))
        for _ in 0..<10 { k.append(("search n", .char("n"))) }
        k.append(("search N", .char("N")))
        k.append(("search Esc (restore)", .escape))
        k.append(("search /", .char("/")))
        for c in "speaker:lavrov veto" { k.append(("search type '\(c)'", .char(c))) }
        k.append(("search Esc", .escape))
        k.append(("people p", .char("p")))
        for _ in 0..<5 { k.append(("people j", .char("j"))) }
        k.append(("people a (library)", .char("a")))
        for _ in 0..<5 { k.append(("people j", .char("j"))) }
        k.append(("people ]", .char("]")))
        k.append(("people Esc", .escape))
        k.append(("find ctrl-f", .ctrl("f")))
        for c in "russia" { k.append(("find type '\(c)'", .char(c))) }
        k.append(("find Enter", .enter))
        for _ in 0..<5 { k.append(("find n", .char("n"))) }
        k.append(("help ?", .char("?")))
        for c in "search" { k.append(("help type '\(c)'", .char(c))) }
        k.append(("help Esc", .escape))
        k.append(("help Esc", .escape))
        k.append(("focus list", .char("1")))
        k += listKeys
        return k
    }

    /// Sorting and filtering the article list.
    static var listKeys: [(String, KeyEvent)] {
        var k: [(String, KeyEvent)] = []
        for _ in 0..<5 { k.append(("sort o", .char("o"))) }
        k.append(("list G", .char("G")))
        k.append(("sort o", .char("o")))
        k.append(("filter f", .char("f")))
        for c in "lavrov veto" { k.append(("filter type '\(c)'", .char(c))) }
        for _ in 0..<5 { k.append(("filter backspace", .backspace)) }
        for c in "day 12" { k.append(("filter type '\(c)'", .char(c))) }
        k.append(("filter ctrl-n", .ctrl("n")))
        k.append(("filter Enter (keep)", .enter))
        k.append(("list j", .char("j")))
        k.append(("sort o", .char("o")))
        k.append(("filter f", .char("f")))
        k.append(("filter ctrl-u", .ctrl("u")))
        for c in "jupp" { k.append(("filter type '\(c)'", .char(c))) }
        k.append(("filter Esc (restore)", .escape))
        k.append(("filter Esc (clear)", .escape))
        for _ in 0..<4 { k.append(("sort o", .char("o"))) }
        return k
    }
}

/// A library of synthetic articles whose quotes read like wire copy.
enum SyntheticQuoteLibrary {
    static let speakers = ["Alain Juppé", "Sergei Lavrov", "Susan Rice", "Ban Ki-moon", "Mark Lyall Grant",
                           "Li Baodong", "Vitaly Churkin", "Hardeep Singh Puri", "Maria Luiza Ribeiro Viotti",
                           "Baso Sangqu", "Peter Wittig", "Nawaf Salam", "Gérard Araud", "Joy Ogwu", "José Filipe Moraes Cabral"]
    static let words = ("the council resolution draft security veto sanctions government people violence reform "
        + "vote members support oppose abstain consensus responsibility civilians protesters crackdown peace "
        + "process negotiations humanitarian access ceasefire regime legitimacy international community pressure "
        + "statement ministers talks sovereignty intervention libya syria russia china france britain states").split(separator: " ").map(String.init)

    static func make(quotes total: Int, perArticle: Int) -> Library {
        var rng: UInt64 = 0x5EED
        func next() -> Int {
            rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((rng >> 33) % 1_000_000)
        }
        var articles: [AnnotatedArticle] = []
        var made = 0
        var n = 0
        while made < total {
            let count = min(perArticle, total - made)
            var text = ""
            var scalars = 0
            var qs: [Quote] = []
            var people: [String: [TextSpan]] = [:]
            for _ in 0..<count {
                let speaker = speakers[next() % speakers.count]
                let len = 8 + next() % 20
                let q = (0..<len).map { _ in words[next() % words.count] }.joined(separator: " ").capitalizedFirst + "."
                let lead = "\u{201C}"
                text += lead
                scalars += 1
                let start = scalars
                text += q
                scalars += q.unicodeScalars.count
                let end = scalars
                let tail = "\u{201D} said \(speaker) on Tuesday. "
                let speakerStart = scalars + 7
                text += tail
                scalars += tail.unicodeScalars.count
                let sspan = TextSpan(start: speakerStart, end: speakerStart + speaker.unicodeScalars.count)
                people[speaker, default: []].append(sspan)
                qs.append(Quote(text: q, span: TextSpan(start: start, end: end), speaker: speaker, speakerText: speaker,
                                speakerSpan: sspan, cue: "said", kind: .direct))
                if next() % 3 == 0 { text += "\n\n"; scalars += 2 }
            }
            let article = Article(id: "synthetic-\(n)", path: "synthetic/\(n).txt",
                                  headline: "Council talks, day \(n): \(words[next() % words.count]) and \(words[next() % words.count])",
                                  date: "2011-10-\(String(format: "%02d", 1 + n % 28))", source: "Synthetic Wire", text: text)
            let persons = people.keys.sorted().map { Person(name: $0, mentions: people[$0] ?? []) }
            articles.append(AnnotatedArticle(article: article, people: persons, quotes: qs, tally: nil))
            made += count
            n += 1
        }
        return Library(articles: articles)
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
