/// The indices of items (mentions, lists of mentions) by their sentence, in index order: the
/// items of one sentence without going through all of them (which made a long article
/// quadratic).
struct IndicesBySentence {
    private var buckets: [[Int]] = []

    /// Indexes items whose sentences are `sentences`, in order (item `k` has sentence
    /// `sentences[k]`).
    init<S: Sequence>(_ sentences: S) where S.Element == Int {
        for (k, s) in sentences.enumerated() where s >= 0 {
            if s >= buckets.count { buckets.append(contentsOf: repeatElement([], count: s + 1 - buckets.count)) }
            buckets[s].append(k)
        }
    }

    /// The indices of the items in `sentence`, ascending.
    subscript(sentence: Int) -> [Int] {
        sentence >= 0 && sentence < buckets.count ? buckets[sentence] : []
    }
}
