import ArgumentParser
import Foundation
import NewsroomKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `newsroom-bench people`: throughput of the people annotator (tokenizing, tagging, rules,
/// linking) in MB/s on one core (per CPU-second of the measuring thread, and wall clock), the
/// load time of the tagger weights and name lists, and the
/// growth of the time with the size of one article.
struct BenchPeople: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "People annotation throughput (MB/s) and weight load time.",
        discussion: """
            Without FILE it reads the Wikinews corpus in ../shared/corpus/wikinews. Run a release build:
            swift run -c release newsroom-bench people [FILE…]
            Targets: at least 2 MB/s on one core; weights load in under 50 ms.
            """
    )

    @Argument(help: "Articles to annotate (any format the loader reads); default: the Wikinews corpus.")
    var files: [String] = []

    @Option(help: "Repeat the texts until they hold at least this many megabytes.")
    var megabytes: Double = 5

    @Option(help: "Size in MB of one long article for the linearity check (0: skip).")
    var longArticle: Double = 10

    @Option(help: "Tagger weights to use instead of the bundled ones (to compare trainings).")
    var weights: String?

    func run() throws {
        try measureLoading()
        var paths = files
        if paths.isEmpty {
            let shared = try SharedData.required()
            paths = [shared.appendingPathComponent("corpus/wikinews").path]
        }
        var corpus = ArticleLoader().load(paths: paths).articles.map(\.text).filter { !$0.isEmpty }
        if corpus.isEmpty { corpus = try CSVTexts.read(paths) }
        guard !corpus.isEmpty else { throw ValidationError("no article text found in \(paths)") }
        var annotator = PeopleAnnotator()
        if let weights {
            let w = try PerceptronWeights(data: Data(contentsOf: URL(fileURLWithPath: weights)))
            annotator = PeopleAnnotator(names: .shared, tagger: PerceptronTagger(weights: w, names: .shared))
        }
        _ = annotator.people(in: ScalarText("Foreign Minister Alain Juppe said."))  // load once
        var texts: [ScalarText] = []
        var bytes = 0
        while Double(bytes) < megabytes * 1_000_000 {
            for t in corpus {
                texts.append(ScalarText(t))
                bytes += t.utf8.count
            }
        }
        var people = 0, mentions = 0
        let cpuStart = Self.threadCPUSeconds()
        let seconds = Clock.measure {
            for t in texts {
                let found = annotator.people(in: t)
                people += found.count
                mentions += found.reduce(0) { $0 + $1.mentions.count }
            }
        }
        let cpu = Self.threadCPUSeconds() - cpuStart
        let mb = Double(bytes) / 1e6
        print(String(format: "people: %d articles, %.1f MB: %.2f MB/s per CPU-second of one thread (%.2f s CPU), %.2f MB/s wall clock (%.2f s); %d people, %d mentions",
                     texts.count, mb, mb / cpu, cpu, mb / seconds, seconds, people, mentions))
        if longArticle > 0 {
            var body = ""
            var i = 0
            while Double(body.utf8.count) < longArticle * 1_000_000 {
                body += corpus[i % corpus.count] + "\n\n"
                i += 1
            }
            let full = ScalarText(body)
            let half = ScalarText(String(body.prefix(body.count / 2)))
            var c0 = Self.threadCPUSeconds()
            _ = annotator.people(in: full)
            let tFull = Self.threadCPUSeconds() - c0
            c0 = Self.threadCPUSeconds()
            _ = annotator.people(in: half)
            let tHalf = Self.threadCPUSeconds() - c0
            print(String(format: "one article of %.1f MB: %.2f s CPU (%.2f MB/s); half of it: %.2f s (ratio %.2f, 2.0 is linear)",
                         Double(body.utf8.count) / 1e6, tFull, Double(body.utf8.count) / 1e6 / tFull, tHalf, tFull / tHalf))
        }
    }

    /// Times reading and decoding the weight file and the name lists (median of 5 runs).
    private func measureLoading() throws {
        var weightTimes: [Double] = []
        var nameTimes: [Double] = []
        for _ in 0..<5 {
            weightTimes.append(try Clock.measureThrowing {
                _ = try PerceptronWeights(data: BundledResources.data("people/tagger.weights"))
            })
            nameTimes.append(try Clock.measureThrowing {
                let first = try BundledResources.data("names/first-names.tsv")
                let last = try BundledResources.data("names/surnames.tsv")
                _ = NameLists(firstNamesTSV: String(decoding: first, as: UTF8.self),
                              surnamesTSV: String(decoding: last, as: UTF8.self))
            })
        }
        let size = (try? BundledResources.data("people/tagger.weights").count) ?? 0
        print(String(format: "load: tagger weights (%.1f MB file) %.1f ms, name lists %.1f ms (median of 5)",
                     Double(size) / 1e6, median(weightTimes) * 1000, median(nameTimes) * 1000))
    }

    private func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// CPU time of the calling thread, so that a busy machine does not distort MB/s.
    static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

extension Clock {
    /// Seconds taken by a throwing `body`.
    static func measureThrowing(_ body: () throws -> Void) throws -> Double {
        var failure: (any Error)?
        let t = measure {
            do { try body() } catch { failure = error }
        }
        if let failure { throw failure }
        return t
    }
}

/// The `text` column of CSV files (RFC 4180 quoting), for when the loader does not read CSV.
enum CSVTexts {
    static func read(_ paths: [String]) throws -> [String] {
        var files: [URL] = []
        for p in paths {
            let url = URL(fileURLWithPath: p)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                for name in try FileManager.default.contentsOfDirectory(atPath: p).sorted() where name.hasSuffix(".csv") {
                    files.append(url.appendingPathComponent(name))
                }
            } else if p.hasSuffix(".csv") {
                files.append(url)
            }
        }
        var texts: [String] = []
        for f in files {
            let rows = parse(try String(contentsOf: f, encoding: .utf8))
            guard let header = rows.first, let col = header.firstIndex(of: "text") else { continue }
            texts += rows.dropFirst().compactMap { $0.count > col ? $0[col] : nil }
        }
        return texts
    }

    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() {
                        if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\n" {
                row.append(String(field))
                field = String.UnicodeScalarView()
                rows.append(row)
                row = []
            } else if c != "\r" {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(String(field))
            rows.append(row)
        }
        return rows
    }
}
