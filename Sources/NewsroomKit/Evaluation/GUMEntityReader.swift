/// Reads GUM CoNLL-U files: text rebuilt from the word forms (`SpaceAfter=No`, `# newpar` as a
/// blank line) and named entities from the `Entity=` brackets of the MISC column.
///
/// GUM marks named and nominal mentions alike, each as a whole noun phrase with its head words
/// (minspan). A mention counts as a named entity when its head words are proper nouns (PROPN);
/// the entity is the run of proper nouns, numbers and connecting words ("of", "bin") around the
/// head inside the mention, without leading titles and honorifics for people ("Mr.", "President")
/// and without a possessive. Person mentions headed by a plural proper noun ("Americans") are
/// groups, typed misc as in CoNLL.
/// Nested mentions: the outermost named mention wins (CoNLL has no nesting).
/// Types: person → person; place → location; organization → organisation; other named → misc.
/// The chain is the GUM entity id, for scoring linking.
public enum GUMEntityReader {
    private struct Word {
        var span: TextSpan
        var upos: Substring
        var xpos: Substring
        var folded: String
    }

    private struct Mention {
        var id: String
        var type: Substring
        var first: Int
        var last: Int
        /// Head words, as offsets from `first` (GUM's minspan).
        var heads: [Int]
    }

    /// Reads one CoNLL-U text (one or more `# newdoc` documents).
    public static func read(_ text: String, name: String) -> [PeopleGoldDocument] {
        var docs: [PeopleGoldDocument] = []
        var out = Detokenizer()
        var words: [Word] = []
        var mentions: [Mention] = []
        var stack: [Mention] = []
        var docID = name
        var spaceBefore = false
        var mwtEnd = 0
        var mwtSpan: TextSpan?
        var mwtForm: [Unicode.Scalar] = []
        var mwtUsed = 0

        func finish() {
            if !words.isEmpty {
                docs.append(PeopleGoldDocument(id: docID, text: out.string,
                                               entities: namedEntities(mentions, words, docID), hasChains: true))
            }
            out = Detokenizer()
            words = []
            mentions = []
            stack = []
            spaceBefore = false
        }

        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc id = ") {
                    finish()
                    docID = String(line.dropFirst("# newdoc id = ".count))
                } else if line.hasPrefix("# newpar") && !line.hasPrefix("# newpar_block") {
                    out.paragraph()
                    spaceBefore = false
                }
                continue
            }
            if line.isEmpty { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 10 else { continue }
            let id = f[0]
            if id.contains(".") { continue }  // empty nodes
            let misc = f[9]
            if let dash = id.firstIndex(of: "-") {
                // Multi-word token: its surface form covers the following words.
                mwtEnd = Int(id[id.index(after: dash)...]) ?? 0
                mwtSpan = out.append(String(f[1]), spaceBefore: out.length > 0 && spaceBefore)
                mwtForm = Array(f[1].unicodeScalars)
                mwtUsed = 0
                spaceBefore = !misc.contains("SpaceAfter=No")
                continue
            }
            let span: TextSpan
            if let m = mwtSpan, let n = Int(id), n <= mwtEnd {
                // A word of a multi-word token: its own part of the surface when the forms add up.
                let form = Array(f[1].unicodeScalars)
                if mwtUsed + form.count <= mwtForm.count, Array(mwtForm[mwtUsed..<(mwtUsed + form.count)]) == form {
                    span = TextSpan(start: m.start + mwtUsed, end: m.start + mwtUsed + form.count)
                    mwtUsed += form.count
                } else {
                    span = m
                }
                if n == mwtEnd { mwtSpan = nil }
            } else {
                span = out.append(String(f[1]), spaceBefore: out.length > 0 && spaceBefore)
                spaceBefore = !misc.contains("SpaceAfter=No")
            }
            let index = words.count
            words.append(Word(span: span, upos: f[3], xpos: f[4], folded: Folding.fold(String(f[1]))))
            for field in misc.split(separator: "|") where field.hasPrefix("Entity=") {
                parseBrackets(field.dropFirst("Entity=".count), at: index, stack: &stack, done: &mentions)
            }
        }
        finish()
        return docs
    }

    /// Parses "(9-person-…)" openings and "9)" closings.
    private static func parseBrackets(_ s: Substring, at index: Int, stack: inout [Mention], done: inout [Mention]) {
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "(" {
                var j = s.index(after: i)
                while j < s.endIndex, s[j] != "(", s[j] != ")" { j = s.index(after: j) }
                let fields = s[s.index(after: i)..<j].split(separator: "-", omittingEmptySubsequences: false)
                let heads = fields.count > 5 ? fields[5].split(separator: ",").compactMap { Int($0).map { $0 - 1 } } : []
                let m = Mention(id: fields.first.map(String.init) ?? "", type: fields.count > 1 ? fields[1] : "",
                                first: index, last: index, heads: heads)
                if j < s.endIndex, s[j] == ")" {
                    done.append(m)
                    i = s.index(after: j)
                } else {
                    stack.append(m)
                    i = j
                }
            } else {
                var j = i
                while j < s.endIndex, s[j] != ")", s[j] != "(" { j = s.index(after: j) }
                let id = String(s[i..<j])
                if let k = stack.lastIndex(where: { $0.id == id }) {
                    var m = stack.remove(at: k)
                    m.last = index
                    done.append(m)
                }
                i = j < s.endIndex && s[j] == ")" ? s.index(after: j) : j
            }
        }
    }

    private static let connectors: Set<String> = ["of", "the", "and", "&", "de", "del", "la", "le", "von", "van", "bin", "al", "da", "di", "du", "for", "on"]

    /// The named entities among `mentions` (outermost first, no overlaps), in text order.
    private static func namedEntities(_ mentions: [Mention], _ words: [Word], _ doc: String) -> [PeopleGoldDocument.Entity] {
        var candidates: [(lo: Int, hi: Int, type: EntityType, chain: String)] = []
        for m in mentions {
            if m.type == "time" || m.type == "quantity" { continue }
            var type = PeopleGoldReader.entityType(m.type)
            // The proper-noun run around the mention's head words (or its first word).
            let heads = m.heads.map { m.first + $0 }.filter { $0 >= m.first && $0 <= m.last }
            guard let head = heads.first(where: { words[$0].upos == "PROPN" }) else { continue }
            guard heads.allSatisfy({ words[$0].upos == "PROPN" || words[$0].upos == "NUM" }) else { continue }
            func inName(_ k: Int) -> Bool {
                words[k].upos == "PROPN" || words[k].upos == "NUM" || connectors.contains(words[k].folded)
            }
            var lo = head, hi = head
            while lo > m.first, inName(lo - 1) { lo -= 1 }
            while hi < m.last, inName(hi + 1) { hi += 1 }
            while lo < hi, words[lo].upos != "PROPN" { lo += 1 }
            while hi > lo, words[hi].upos != "PROPN" && words[hi].upos != "NUM" { hi -= 1 }
            if type == .person {
                while lo < hi, NameVocabulary.titleHeads.contains(words[lo].folded)
                        || NameVocabulary.titleModifiers.contains(words[lo].folded)
                        || NameVocabulary.honorifics[words[lo].folded] != nil { lo += 1 }
            }
            guard words[lo].upos == "PROPN" else { continue }
            // A plural proper noun names a group ("Americans"): CoNLL calls it MISC.
            if type == .person, words[hi].xpos == "NNPS" { type = .misc }
            candidates.append((lo, hi, type, "\(doc):\(m.id)"))
        }
        candidates.sort { ($0.hi - $0.lo, $1.lo) > ($1.hi - $1.lo, $0.lo) }
        var taken = [Bool](repeating: false, count: words.count)
        var out: [PeopleGoldDocument.Entity] = []
        for c in candidates where !(c.lo...c.hi).contains(where: { taken[$0] }) {
            for k in c.lo...c.hi { taken[k] = true }
            out.append(.init(span: TextSpan(start: words[c.lo].span.start, end: words[c.hi].span.end),
                             type: c.type, chain: c.type == .person ? c.chain : nil))
        }
        return out.sorted { $0.span < $1.span }
    }
}
