/// Adds the weights of feature hashes to per-label scores: the tagger's quantised table or the
/// trainer's float weights.
protocol LabelScorer {
    /// Adds the weights of `features` to `scores` (one entry per label).
    func add(_ features: [UInt64], to scores: inout [Float])
}

/// Beam search over valid BILOU label sequences, one sentence at a time, shared by the tagger and
/// the structured trainer so both decode alike.
///
/// Each hypothesis is a node in a per-sentence arena with its parent, so it carries its whole
/// label history: the previous two labels and what the document memory would say of a word after
/// the hypothesis' own earlier labels in the sentence (`lookup`). Tokens that cannot open a name
/// (`TaggerFeatures.cannotOpen`) after a closed label are `O` without scoring, as in greedy
/// decoding. With width 1 this is greedy decoding. Ties go to the better-ranked hypothesis, then
/// the lower label (`O` first). Linear in the text: a memory lookup walks at most
/// `memoryLookback` earlier remembered words of the sentence.
struct LabelBeam {
    /// A hypothesis' last step.
    struct Node {
        /// The previous node (-1 for the sentence root).
        var parent: Int32
        /// The nearest node at or before this one whose word goes into the memory (-1: none).
        var memo: Int32
        /// Token index (-1 for the root).
        var token: Int32
        /// Label of the token (-1 for the root).
        var label: Int8
        /// Whether the token was scored (not forced to `O`).
        var scored: Bool
        /// Total score of the hypothesis.
        var score: Double
    }

    /// Earlier remembered words of the sentence a memory lookup looks at.
    static let memoryLookback = 32

    /// Hypotheses kept.
    let width: Int
    /// The arena of the current sentence (node 0 is the root).
    private(set) var nodes: [Node] = []
    /// Current hypotheses, best first.
    private(set) var beam: [Int32] = []

    /// Whether the last `advance` left the beam as it was: a token that cannot open a name after
    /// hypotheses that all end in two `O` labels changes nothing (same labels, score and memory).
    private(set) var unchanged = false

    private var shared: [UInt64] = []
    private var history: [UInt64] = []
    private var emission: [Float]
    private var scratch: [Float]
    /// Per-label scores of the distinct histories met at the current token (`histories[k]` at
    /// `historyScores[k * labels ..< (k + 1) * labels]`): hypotheses that agree on their previous
    /// labels and memory values share them.
    private var histories: [TaggerFeatures.History] = []
    private var historyScores: [Float] = []
    private var candidates: [Candidate] = []
    private var next: [Int32] = []
    /// `allowed[(prev + 1) * labels + label]`, `ends[label]`.
    private let allowed: [Bool]
    private let ends: [Bool]

    private struct Candidate {
        var score: Double
        var parent: Int32
        var label: Int8
        var scored: Bool
    }

    /// Creates a beam keeping `width` hypotheses (at least one).
    init(width: Int) {
        self.width = max(1, width)
        let labels = EntityLabels.count
        emission = [Float](repeating: 0, count: labels)
        scratch = emission
        shared.reserveCapacity(64)
        history.reserveCapacity(16)
        candidates.reserveCapacity(self.width + 1)
        var allowed = [Bool](repeating: false, count: (labels + 1) * labels)
        for prev in -1..<labels {
            for l in 0..<labels { allowed[(prev + 1) * labels + l] = EntityLabels.allowed(l, after: prev) }
        }
        self.allowed = allowed
        ends = (0..<labels).map { EntityLabels.canEnd($0) }
    }

    /// Starts a sentence with the root hypothesis alone.
    mutating func start() {
        nodes.removeAll(keepingCapacity: true)
        nodes.append(Node(parent: -1, memo: -1, token: -1, label: -1, scored: false, score: 0))
        beam.removeAll(keepingCapacity: true)
        beam.append(0)
    }

    /// Keeps only hypothesis `node` (training, after an early update).
    mutating func reset(to node: Int32) {
        beam.removeAll(keepingCapacity: true)
        beam.append(node)
    }

    /// The label of node `n` (-1 for the root or no node).
    @inline(__always) func label(_ n: Int32) -> Int { n < 0 ? -1 : Int(nodes[Int(n)].label) }

    /// What the memory says of `key` after hypothesis `n`: the latest of its own remembered words
    /// with that key in this sentence, else the document memory.
    func lookup(_ key: UInt64, after n: Int32, features: TaggerFeatures) -> UInt8 {
        var m = n < 0 ? -1 : nodes[Int(n)].memo
        var steps = 0
        while m >= 0 && steps < Self.memoryLookback {
            let node = nodes[Int(m)]
            let keys = features.memoryKeys(Int(node.token))
            if keys.word == key || keys.stripped == key { return TaggerFeatures.memoryValue(Int(node.label)) }
            m = node.parent < 0 ? -1 : nodes[Int(node.parent)].memo
            steps += 1
        }
        return features.remembered(key)
    }

    /// The history features of token `i` extending hypothesis `parent`.
    func history(_ i: Int, after parent: Int32, features: TaggerFeatures) -> TaggerFeatures.History {
        let keys = features.memoryKeys(i)
        let prev2 = parent < 0 ? -1 : label(nodes[Int(parent)].parent)
        return TaggerFeatures.History(prev: label(parent), prev2: prev2,
                                      seen: lookup(keys.word, after: parent, features: features),
                                      seenStripped: lookup(keys.stripped, after: parent, features: features))
    }

    /// Whether a label leaves a name open (B or I).
    @inline(__always) static func isOpen(_ label: Int) -> Bool {
        guard label > 0, let p = EntityLabels.part(label) else { return false }
        return p == .begin || p == .inside
    }

    /// Appends a node for `label` at token `i` after `parent` (its score: the parent's plus
    /// `gain`) and returns it.
    @discardableResult
    mutating func append(parent: Int32, token i: Int, label: Int, gain: Double = 0, features: TaggerFeatures) -> Int32 {
        let p = nodes[Int(parent)]
        let forced = features.cannotOpen(i) && !Self.isOpen(Int(p.label))
        let id = Int32(nodes.count)
        nodes.append(Node(parent: parent, memo: features.recordsMemory(i) ? id : p.memo, token: Int32(i),
                          label: Int8(label), scored: !forced, score: p.score + gain))
        return id
    }

    /// Extends every hypothesis by token `i` (`isLast`: the sentence's last token, where a name
    /// must close) and keeps the best `width`.
    mutating func advance<S: LabelScorer>(_ i: Int, isLast: Bool, features: TaggerFeatures, scorer: S) {
        let labels = EntityLabels.count
        let outside = Int8(EntityLabels.outside)
        let closedOnly = features.cannotOpen(i)
        if closedOnly, beam.allSatisfy({ n in
            let node = nodes[Int(n)]
            return node.label == outside && node.parent >= 0 && nodes[Int(node.parent)].label == outside
        }) {
            unchanged = true
            return
        }
        unchanged = false
        candidates.removeAll(keepingCapacity: true)
        histories.removeAll(keepingCapacity: true)
        historyScores.removeAll(keepingCapacity: true)
        var sharedReady = false
        for h in beam {
            let prev = label(h)
            let base = nodes[Int(h)].score
            if closedOnly && !Self.isOpen(prev) {
                consider(Candidate(score: base, parent: h, label: outside, scored: false))
                continue
            }
            if !sharedReady {
                shared.removeAll(keepingCapacity: true)
                features.sharedFeatures(i, into: &shared)
                for l in 0..<labels { emission[l] = 0 }
                scorer.add(shared, to: &emission)
                sharedReady = true
            }
            let hist = history(i, after: h, features: features)
            var k = 0
            while k < histories.count && histories[k] != hist { k += 1 }
            if k == histories.count {
                histories.append(hist)
                history.removeAll(keepingCapacity: true)
                features.historyFeatures(i, hist, into: &history)
                historyScores.append(contentsOf: emission)
                for l in 0..<labels { scratch[l] = 0 }
                scorer.add(history, to: &scratch)
                for l in 0..<labels { historyScores[k * labels + l] += scratch[l] }
            }
            let row = (prev + 1) * labels
            for l in 0..<labels where allowed[row + l] && (!isLast || ends[l]) {
                consider(Candidate(score: base + Double(historyScores[k * labels + l]), parent: h, label: Int8(l), scored: true))
            }
        }
        next.removeAll(keepingCapacity: true)
        let records = features.recordsMemory(i)
        for c in candidates {
            let id = Int32(nodes.count)
            nodes.append(Node(parent: c.parent, memo: records ? id : nodes[Int(c.parent)].memo, token: Int32(i),
                              label: c.label, scored: c.scored, score: c.score))
            next.append(id)
        }
        swap(&beam, &next)
    }

    /// Inserts a candidate into the sorted list of the best `width` (stable: among equal scores
    /// the earlier candidate stays ahead).
    @inline(__always) private mutating func consider(_ c: Candidate) {
        let count = candidates.count
        if count == width && c.score <= candidates[count - 1].score { return }
        if count < width { candidates.append(c) } else { candidates[count - 1] = c }
        var k = candidates.count - 1
        while k > 0 && candidates[k - 1].score < c.score {
            candidates[k] = candidates[k - 1]
            k -= 1
        }
        candidates[k] = c
    }

    /// Writes the labels of hypothesis `n` (by default the best) into `out` and records its
    /// remembered words in the document memory, in text order.
    mutating func finish(_ n: Int32? = nil, into out: inout [Int], features: inout TaggerFeatures) {
        var m = n ?? beam[0]
        var remembered: [(Int, Int)] = []
        while m > 0 {
            let node = nodes[Int(m)]
            out[Int(node.token)] = Int(node.label)
            if node.memo == m { remembered.append((Int(node.token), Int(node.label))) }
            m = node.parent
        }
        for (i, l) in remembered.reversed() { features.remember(i, label: l) }
    }
}
