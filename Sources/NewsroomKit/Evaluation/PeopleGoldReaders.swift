import Foundation

/// Reads gold named-entity files into `PeopleGoldDocument`s.
///
/// - CoNLL (`token TAG` or `token<TAB>TAG` per line, blank line between sentences): IOB1 and IOB2
///   are both read (an entity starts at `B-X`, or at `I-X` after a token not of type X). Files with
///   `-DOCSTART-` lines are split into documents there; otherwise every sentence (a tweet) is a
///   document. Types: PER/person → person; LOC/location → location; ORG/corporation/group →
///   organisation; everything else → misc.
/// - CoNLL-U with GUM's `Entity=` annotations in MISC (see `GUMEntityReader`).
public enum PeopleGoldReader {
    /// Reads `url`, choosing the format by extension (`.conllu` or anything else as CoNLL).
    public static func read(_ url: URL) throws -> [PeopleGoldDocument] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw NewsroomError.resource(name: url.path, reason: error.localizedDescription)
        }
        let name = url.deletingPathExtension().lastPathComponent
        if url.pathExtension == "conllu" { return GUMEntityReader.read(text, name: name) }
        return readCoNLL(text, name: name)
    }

    /// Maps a corpus type name to an entity type.
    static func entityType(_ raw: Substring) -> EntityType {
        switch raw.lowercased() {
        case "per", "person": return .person
        case "loc", "location", "geo-loc", "place", "gpe": return .location
        case "org", "organization", "organisation", "corporation", "group", "company": return .organization
        default: return .misc
        }
    }

    /// Reads CoNLL text.
    public static func readCoNLL(_ text: String, name: String) -> [PeopleGoldDocument] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let hasDocStart = lines.contains { $0.hasPrefix("-DOCSTART-") }
        var docs: [PeopleGoldDocument] = []
        var out = Detokenizer()
        var entities: [PeopleGoldDocument.Entity] = []
        var open: (start: Int, end: Int, type: EntityType)?
        var previousType: EntityType?
        var sentenceHasTokens = false

        func closeEntity() {
            if let o = open { entities.append(.init(span: TextSpan(start: o.start, end: o.end), type: o.type)) }
            open = nil
        }
        func finishDocument() {
            closeEntity()
            if out.length > 0 {
                docs.append(PeopleGoldDocument(id: "\(name)#\(docs.count + 1)", text: out.string, entities: entities))
            }
            out = Detokenizer()
            entities = []
            previousType = nil
        }
        for raw in lines {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("-DOCSTART-") {
                finishDocument()
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty {
                closeEntity()
                previousType = nil
                if sentenceHasTokens && !hasDocStart { finishDocument() }
                sentenceHasTokens = false
                continue
            }
            guard fields.count >= 2, let tag = fields.last else { continue }
            let span = out.append(String(fields[0]))
            sentenceHasTokens = true
            if tag == "O" || tag.count < 3 {
                closeEntity()
                previousType = nil
                continue
            }
            let prefix = tag.first
            let type = entityType(tag.dropFirst(2))
            if prefix == "B" || previousType != type || open == nil {
                closeEntity()
                open = (span.start, span.end, type)
            } else {
                open?.end = span.end
            }
            previousType = type
        }
        finishDocument()
        return docs
    }
}
