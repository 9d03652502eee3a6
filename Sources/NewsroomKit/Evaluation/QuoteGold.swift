import Foundation

/// One gold attribution of a PolNeAR-style BRAT `.ann` file: the content (possibly in several
/// discontinuous fragments), the cue and the source, as code-point offsets into the `.txt`.
public struct GoldAttribution: Sendable, Hashable {
    /// The BRAT event id ("E3").
    public var id: String
    /// Content fragments, in file order.
    public var content: [TextSpan]
    /// Cue fragments.
    public var cue: [TextSpan]
    /// Source fragments; empty for an attribution without a source.
    public var source: [TextSpan]

    /// Creates an attribution.
    public init(id: String, content: [TextSpan], cue: [TextSpan] = [], source: [TextSpan] = []) {
        self.id = id
        self.content = content
        self.cue = cue
        self.source = source
    }
}

/// Reads BRAT standoff annotations of attributions (PolNeAR: `T` lines with `Source`, `Cue`,
/// `Content` spans — fragments separated by ";" — and `E` lines tying them together).
public enum BratAttributionReader {
    /// Parses the text of an `.ann` file. Lines it does not understand (notes, the
    /// continuation lines of span texts that contain a newline) are ignored.
    public static func parse(_ ann: String) -> [GoldAttribution] {
        var spans: [String: (type: String, spans: [TextSpan])] = [:]
        var events: [(id: String, args: [(role: String, ref: String)])] = []
        for line in ann.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let first = fields[0].first else { continue }
            if first == "T" {
                let header = fields[1]
                guard let space = header.firstIndex(of: " ") else { continue }
                let type = String(header[..<space])
                var parsed: [TextSpan] = []
                for fragment in header[header.index(after: space)...].split(separator: ";") {
                    let numbers = fragment.split(separator: " ").compactMap { Int($0) }
                    if numbers.count == 2, numbers[0] >= 0, numbers[0] <= numbers[1] {
                        parsed.append(TextSpan(start: numbers[0], end: numbers[1]))
                    }
                }
                if !parsed.isEmpty { spans[String(fields[0])] = (type, parsed) }
            } else if first == "E" {
                var args: [(role: String, ref: String)] = []
                for arg in fields[1].split(separator: " ") {
                    let parts = arg.split(separator: ":", maxSplits: 1)
                    if parts.count == 2 { args.append((String(parts[0]), String(parts[1]))) }
                }
                events.append((String(fields[0]), args))
            }
        }
        var out: [GoldAttribution] = []
        for event in events {
            var g = GoldAttribution(id: event.id, content: [])
            for (role, ref) in event.args {
                guard let target = spans[ref] else { continue }
                switch role {
                case "Content": g.content += target.spans
                case "Cue": g.cue += target.spans
                case "Source": g.source += target.spans
                default: break
                }
            }
            if !g.content.isEmpty { out.append(g) }
        }
        return out
    }
}

/// A PolNeAR-format folder: `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` (several
/// annotators may have annotated one text; the first `.ann` in name order is used).
public struct PolnearCorpus: Sendable {
    /// One document: its text file and the annotation file chosen for it.
    public struct Document: Sendable, Hashable {
        public var name: String
        public var textURL: URL
        public var annotationURL: URL
    }

    /// Documents sorted by name.
    public let documents: [Document]

    /// Lists the documents of `folder`.
    public init(folder: URL) throws {
        let fm = FileManager.default
        let textDir = folder.appendingPathComponent("text")
        let annDir = folder.appendingPathComponent("attributions")
        let texts = try fm.contentsOfDirectory(atPath: textDir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let anns = try fm.contentsOfDirectory(atPath: annDir.path).filter { $0.hasSuffix(".ann") }.sorted()
        var byName: [String: String] = [:]
        for ann in anns {
            // NAME_ANNOTATOR.ann
            let base = String(ann.dropLast(4))
            guard let underscore = base.lastIndex(of: "_") else { continue }
            let name = String(base[..<underscore])
            if byName[name] == nil { byName[name] = ann }
        }
        documents = texts.compactMap { file in
            let name = String(file.dropLast(4))
            guard let ann = byName[name] else { return nil }
            return Document(
                name: name, textURL: textDir.appendingPathComponent(file),
                annotationURL: annDir.appendingPathComponent(ann))
        }
    }

    /// The fixed development split: every fifth document in name order (indices 4, 9, 14, …).
    /// Never tune rules on it.
    public static func isDev(index: Int) -> Bool { index % 5 == 4 }

    /// Documents of a split.
    public func split(_ split: Split) -> [Document] {
        documents.enumerated().filter { (i, _) in
            switch split {
            case .all: return true
            case .dev: return Self.isDev(index: i)
            case .train: return !Self.isDev(index: i)
            }
        }.map(\.element)
    }

    /// Which part of the folder to evaluate.
    public enum Split: String, Sendable, CaseIterable { case all, train, dev }
}
