import Foundation

/// The fixed split of `../shared/ner` into training and development documents. Development
/// documents are never trained on:
/// - wikigold: every fifth document (the 5th, 10th, … of the file);
/// - GUM: within each genre, files sorted by name, the 2nd, 6th, 10th, … file.
/// Training also uses all of the Broad Twitter Corpus and WNUT-17 (train and dev).
public enum PeopleDevSplit {
    /// Training and development documents.
    public struct Split {
        /// Documents to train on.
        public var train: [PeopleGoldDocument]
        /// Held-out wikigold documents.
        public var devWikigold: [PeopleGoldDocument]
        /// Held-out GUM documents (with coreference chains).
        public var devGUM: [PeopleGoldDocument]
    }

    /// Whether wikigold document `index` (0-based) is held out.
    public static func isDevWikigold(_ index: Int) -> Bool { index % 5 == 4 }

    /// Whether the GUM file at `index` (0-based) among its genre's sorted files is held out.
    public static func isDevGUM(_ index: Int) -> Bool { index % 4 == 1 }

    /// Reads the corpora under `shared/ner` and splits them.
    public static func load(shared: URL, includeTwitter: Bool = true, includeWNUT: Bool = true) throws -> Split {
        let ner = shared.appendingPathComponent("ner")
        var split = Split(train: [], devWikigold: [], devGUM: [])
        let wikigold = try PeopleGoldReader.read(ner.appendingPathComponent("wikigold/wikigold.conll.txt"))
        for (i, d) in wikigold.enumerated() {
            if isDevWikigold(i) { split.devWikigold.append(d) } else { split.train.append(d) }
        }
        let gumFolder = ner.appendingPathComponent("gum")
        let gumFiles = try FileManager.default.contentsOfDirectory(atPath: gumFolder.path)
            .filter { $0.hasSuffix(".conllu") }.sorted()
        var perGenre: [String: Int] = [:]
        for file in gumFiles {
            let genre = file.split(separator: "_").dropFirst().first.map(String.init) ?? ""
            let index = perGenre[genre, default: 0]
            perGenre[genre] = index + 1
            let docs = try PeopleGoldReader.read(gumFolder.appendingPathComponent(file))
            if isDevGUM(index) { split.devGUM += docs } else { split.train += docs }
        }
        if includeTwitter {
            var files = ["btc/a.conll", "btc/b.conll", "btc/e.conll", "btc/f.conll", "btc/g.conll", "btc/h.conll"]
            if includeWNUT { files += ["wnut17/train.conll", "wnut17/dev.conll"] }
            for file in files {
                let url = ner.appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: url.path) { split.train += try PeopleGoldReader.read(url) }
            }
        }
        return split
    }
}
