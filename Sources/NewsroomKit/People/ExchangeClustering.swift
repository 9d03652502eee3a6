import Foundation

/// Exchange word clustering (Martin, Liebermann and Ney 1998; Clark 2003): words are put in `k`
/// classes so that a class bigram model (the class of a word predicted from the class of the word
/// before) fits the corpus best, by moving one word at a time to the class that raises the
/// likelihood most. Words with equal neighbour counts end in one class.
///
/// Reproducible: words start in classes by frequency rank (ties by id), are visited in that
/// order, and a word moves only when another class is strictly better (ties go to the lower
/// class), so the same corpus gives the same classes.
public struct ExchangeClustering {
    /// Number of words (ids `0..<wordCount`).
    public let wordCount: Int
    /// Per word: successors and their bigram counts (without the word itself).
    private var next: [[(word: Int32, count: Int32)]]
    /// Per word: predecessors and their bigram counts (without the word itself).
    private var previous: [[(word: Int32, count: Int32)]]
    /// Per word: bigrams of the word with itself.
    private var selfCount: [Int]
    /// Per word: bigrams with the word on the left, and on the right.
    private var leftCount: [Int]
    private var rightCount: [Int]

    /// Counts the bigrams of `sequences` (word ids below `wordCount`; no bigram spans two sequences).
    public init(sequences: [[Int32]], wordCount: Int) {
        self.wordCount = wordCount
        var pairs: [UInt64: Int32] = [:]
        for s in sequences where s.count > 1 {
            for i in 1..<s.count { pairs[UInt64(UInt32(s[i - 1])) << 32 | UInt64(UInt32(s[i])), default: 0] += 1 }
        }
        var next = [[(word: Int32, count: Int32)]](repeating: [], count: wordCount)
        var previous = next
        var selfCount = [Int](repeating: 0, count: wordCount)
        var leftCount = selfCount, rightCount = selfCount
        // Sorted so that the lists (and the sums over them) do not depend on dictionary order.
        for (key, n) in pairs.sorted(by: { $0.key < $1.key }) {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            leftCount[a] += Int(n)
            rightCount[b] += Int(n)
            if a == b { selfCount[a] += Int(n) } else {
                next[a].append((Int32(b), n))
                previous[b].append((Int32(a), n))
            }
        }
        self.next = next
        self.previous = previous
        self.selfCount = selfCount
        self.leftCount = leftCount
        self.rightCount = rightCount
    }

    /// The class (`0..<k`) of every word after `iterations` passes over the words.
    public func classes(k: Int, iterations: Int) -> [Int32] {
        let k = max(1, k)
        let total = (0..<wordCount).map { leftCount[$0] + rightCount[$0] }
        let order = (0..<wordCount).sorted { a, b in total[a] != total[b] ? total[a] > total[b] : a < b }
        var cls = [Int32](repeating: 0, count: wordCount)
        for (rank, w) in order.enumerated() { cls[w] = Int32(rank % k) }
        var m = [Int](repeating: 0, count: k * k)
        var classLeft = [Int](repeating: 0, count: k), classRight = classLeft
        for w in 0..<wordCount {
            let a = Int(cls[w])
            classLeft[a] += leftCount[w]
            classRight[a] += rightCount[w]
            m[a * k + a] += selfCount[w]
            for (x, n) in next[w] { m[a * k + Int(cls[Int(x)])] += Int(n) }
        }
        var r = [Int](repeating: 0, count: k), l = r
        var touchedR: [Int] = [], touchedL: [Int] = []
        for _ in 0..<max(0, iterations) {
            var moved = 0
            for w in order {
                let a = Int(cls[w])
                touchedR.removeAll(keepingCapacity: true)
                touchedL.removeAll(keepingCapacity: true)
                for (x, n) in next[w] {
                    let d = Int(cls[Int(x)])
                    if r[d] == 0 { touchedR.append(d) }
                    r[d] += Int(n)
                }
                for (x, n) in previous[w] {
                    let d = Int(cls[Int(x)])
                    if l[d] == 0 { touchedL.append(d) }
                    l[d] += Int(n)
                }
                let s = selfCount[w], nl = leftCount[w], nr = rightCount[w]
                // Take the word out of its class.
                for d in touchedR { m[a * k + d] -= r[d] }
                for d in touchedL { m[d * k + a] -= l[d] }
                m[a * k + a] -= s
                classLeft[a] -= nl
                classRight[a] -= nr
                // The gain of putting it in class c.
                func gain(_ c: Int) -> Double {
                    var g = 0.0
                    for d in touchedR where d != c { g += Self.xlogxGain(m[c * k + d], r[d]) }
                    for d in touchedL where d != c { g += Self.xlogxGain(m[d * k + c], l[d]) }
                    g += Self.xlogxGain(m[c * k + c], r[c] + l[c] + s)
                    g -= Self.xlogxGain(classLeft[c], nl)
                    g -= Self.xlogxGain(classRight[c], nr)
                    return g
                }
                var best = a
                var bestGain = gain(a)
                for c in 0..<k where c != a {
                    let g = gain(c)
                    if g > bestGain + 1e-9 * abs(bestGain) { best = c; bestGain = g }
                }
                for d in touchedR { m[best * k + d] += r[d] }
                for d in touchedL { m[d * k + best] += l[d] }
                m[best * k + best] += s
                classLeft[best] += nl
                classRight[best] += nr
                if best != a { moved += 1; cls[w] = Int32(best) }
                for d in touchedR { r[d] = 0 }
                for d in touchedL { l[d] = 0 }
            }
            if moved == 0 { break }
        }
        return cls
    }

    /// (x + n) ln(x + n) − x ln x.
    @inline(__always) private static func xlogxGain(_ x: Int, _ n: Int) -> Double {
        n == 0 ? 0 : xlogx(x + n) - xlogx(x)
    }

    @inline(__always) private static func xlogx(_ x: Int) -> Double {
        x < table.count ? table[x] : Double(x) * log(Double(x))
    }

    /// x ln x for small x.
    private static let table: [Double] = (0..<(1 << 16)).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }
}
