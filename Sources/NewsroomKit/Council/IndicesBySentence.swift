/// The indices of items (mentions, lists of mentions) by their sentence, in index order: the
/// items of one sentence without going through all of them (which made a long article
/// quadratic). One flat array, grouped by sentence with a counting sort.
struct IndicesBySentence {
    /// The items of sentence `s` are `items[starts[s]..<starts[s + 1]]`.
    private let starts: [Int]
    private let items: [Int]

    /// Indexes items whose sentences are `sentences`, in order (item `k` has sentence
    /// `sentences[k]`; a negative sentence is left out).
    init(_ sentences: [Int]) {
        let count = (sentences.max() ?? -1) + 1
        var starts = [Int](repeating: 0, count: count + 1)
        for s in sentences where s >= 0 { starts[s + 1] += 1 }
        for s in 0..<count { starts[s + 1] += starts[s] }
        var items = [Int](repeating: 0, count: starts[count])
        var next = starts
        for (k, s) in sentences.enumerated() where s >= 0 {
            items[next[s]] = k
            next[s] += 1
        }
        self.starts = starts
        self.items = items
    }

    /// The indices of the items in `sentence`, ascending.
    subscript(sentence: Int) -> ArraySlice<Int> {
        guard sentence >= 0, sentence + 1 < starts.count else { return [] }
        return items[starts[sentence]..<starts[sentence + 1]]
    }
}
