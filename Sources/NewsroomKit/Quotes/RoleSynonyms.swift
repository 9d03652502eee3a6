/// Names of the same office written in different ways: "Foreign Secretary Marcelo Ebrard" and
/// "the foreign minister", "Premier X" and "the prime minister", "CEO X" and "the chief
/// executive". Roles are compared after rewriting each to one spelling.
enum RoleSynonyms {
    /// Word sequences and the spelling they are compared in (folded, lower case).
    private static let rewrites: [(from: [Substring], to: [Substring])] = [
        ("foreign secretary", "foreign minister"),
        ("home secretary", "interior minister"),
        ("home minister", "interior minister"),
        ("defense", "defence"),
        ("defence secretary", "defence minister"),
        ("premier", "prime minister"),
        ("chief executive officer", "chief executive"),
        ("ceo", "chief executive"),
        ("spokeswoman", "spokesman"),
        ("spokesperson", "spokesman"),
        ("chairwoman", "chairman"),
        ("chairperson", "chairman"),
    ].map { (Substring($0.0).split(separator: " "), Substring($0.1).split(separator: " ")) }

    /// `words` with every synonym rewritten to its one spelling.
    static func canonical(_ words: [Substring]) -> [Substring] {
        guard words.count > 0 else { return words }
        var out: [Substring] = []
        var i = 0
        outer: while i < words.count {
            // The rewrites' words are ASCII letters, equal only to the same bytes: the byte
            // counts are compared first, without a call.
            for r in rewrites where i + r.from.count <= words.count && words[i].utf8.count == r.from[0].utf8.count && words[i] == r.from[0] {
                var same = true
                for o in 1..<max(1, r.from.count) where words[i + o] != r.from[o] {
                    same = false
                    break
                }
                guard same else { continue }
                out.append(contentsOf: r.to)
                i += r.from.count
                continue outer
            }
            out.append(words[i])
            i += 1
        }
        return out
    }
}
