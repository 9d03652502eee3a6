/// The lines of an article that write "United States ", by the word after it, so that a name
/// with "U.S." is looked for as spelled out ("United States Geological Survey") in the few lines
/// that can hold it, not in the whole text (one search of the whole text per speaker made a long
/// article quadratic).
///
/// A line is a run of scalars between line breaks ("\n"). The word after "United States " is its
/// run of ASCII letters (the Kelvin sign, canonically "K", counts as "K"); it may be empty.
struct UnitedStatesLines {
    /// The lines writing "United States " before each word, in text order, each once per word.
    private var byWord: [String: [Range<Int>]] = [:]
    /// Every line writing "United States ", in text order, each once.
    private(set) var all: [Range<Int>] = []

    private static let pattern = Array("United States ".unicodeScalars)

    /// Indexes `scalars` in one pass.
    init(_ scalars: [Unicode.Scalar]) {
        let pattern = Self.pattern
        var lineStart = 0
        var lineEnd = -1  // the end of the current line, once a match needed it
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" {
                lineStart = i + 1
                lineEnd = -1
                i += 1
                continue
            }
            guard s == "U", i + pattern.count <= scalars.count, (1..<pattern.count).allSatisfy({ scalars[i + $0] == pattern[$0] })
            else {
                i += 1
                continue
            }
            if lineEnd < 0 {
                lineEnd = i + pattern.count
                while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            }
            let line = lineStart..<lineEnd
            if all.last != line { all.append(line) }
            var k = i + pattern.count
            var word = String.UnicodeScalarView()
            while k < scalars.count, let letter = Self.asciiLetter(scalars[k]) {
                word.append(letter)
                k += 1
            }
            let key = String(word)
            if byWord[key]?.last != line { byWord[key, default: []].append(line) }
            i += pattern.count
        }
    }

    /// The lines in which `phrase` may be written, in text order: every line where its first
    /// "United States " can stand before the same word. Nil when `phrase` holds a line break
    /// (it can only be looked for in the whole text). An empty list when it holds no "United
    /// States " or no line can hold it.
    ///
    /// The answer is exact for a search under canonical equivalence (`String.contains` with
    /// Foundation): ASCII letters are equivalent only to themselves (and "K" to the Kelvin sign),
    /// so when the phrase's word ends with an ASCII non-letter, a line holding the phrase writes
    /// the same word; otherwise every line writing "United States " is returned.
    func lines(mayHolding phrase: String) -> [Range<Int>]? {
        let scalars = Array(phrase.unicodeScalars)
        guard !scalars.contains("\n") else { return nil }
        let pattern = Self.pattern
        guard let at = scalars.indices.first(where: { i in
            i + pattern.count <= scalars.count && (0..<pattern.count).allSatisfy { scalars[i + $0] == pattern[$0] }
        }) else { return [] }
        var k = at + pattern.count
        var word = String.UnicodeScalarView()
        while k < scalars.count, let letter = Self.asciiLetter(scalars[k]) {
            word.append(letter)
            k += 1
        }
        // The word is known to end only where the phrase goes on with an ASCII non-letter.
        guard k < scalars.count, scalars[k].isASCII else { return all }
        return byWord[String(word)] ?? []
    }

    /// `s` as an ASCII letter (the Kelvin sign as "K"), or nil.
    private static func asciiLetter(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A: return s
        case 0x212A: return "K"
        default: return nil
        }
    }
}
