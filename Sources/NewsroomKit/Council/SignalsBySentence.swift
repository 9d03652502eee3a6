/// The stance signals read so far, by the sentence of their cue token, so that
/// `StanceReader.signals` asks about the signals of one sentence without going through every
/// signal before it (which made a long article quadratic).
///
/// The signals live in the caller's array, which may only grow: each question first indexes the
/// signals appended since the last one. The answers are those of the same test over the whole
/// array, whatever the order of the signals in it.
struct SignalsBySentence {
    /// Indices into the signals, by sentence, in array order.
    private var bySentence: [[Int]] = []
    /// How many signals are indexed.
    private var indexed = 0

    /// Indexes the signals of `out` appended since the last call.
    private mutating func update(_ out: [StanceSignal], tokens: [CouncilToken]) {
        while indexed < out.count {
            let s = tokens[out[indexed].token].sentence
            if s >= bySentence.count { bySentence.append(contentsOf: repeatElement([], count: s + 1 - bySentence.count)) }
            bySentence[s].append(indexed)
            indexed += 1
        }
    }

    /// Whether a signal of `out` whose cue token is in `sentence` passes `test`.
    mutating func contains(_ out: [StanceSignal], sentence: Int, tokens: [CouncilToken],
                           where test: (StanceSignal) -> Bool) -> Bool {
        update(out, tokens: tokens)
        guard sentence >= 0, sentence < bySentence.count else { return false }
        return bySentence[sentence].contains { test(out[$0]) }
    }

    /// The last signal of `out` (in array order) whose cue token is in `sentence` or a later
    /// sentence and that passes `test`.
    mutating func last(_ out: [StanceSignal], fromSentence sentence: Int, tokens: [CouncilToken],
                       where test: (StanceSignal) -> Bool) -> StanceSignal? {
        update(out, tokens: tokens)
        var best = -1
        for s in max(0, sentence)..<max(max(0, sentence), bySentence.count) {
            if let k = bySentence[s].last(where: { test(out[$0]) }), k > best { best = k }
        }
        return best >= 0 ? out[best] : nil
    }
}
