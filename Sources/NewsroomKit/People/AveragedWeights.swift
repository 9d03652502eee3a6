/// The weights of a perceptron in training and their running average, kept lazily: each weight
/// remembers the step of its last change, so an update costs O(1) and the average is exact.
struct AveragedWeights {
    /// Current weights, row-major (row × labels + label).
    private(set) var weights: [Float]
    private var totals: [Double]
    private var stamps: [Int32]
    /// The training step (advance it once per decision).
    var step: Int32 = 1

    /// Zero weights of `size` entries.
    init(size: Int) {
        weights = [Float](repeating: 0, count: size)
        totals = [Double](repeating: 0, count: size)
        stamps = [Int32](repeating: 0, count: size)
    }

    /// Adds `delta` to weight `k`.
    @inline(__always) mutating func update(_ k: Int, by delta: Float) {
        totals[k] += Double(step - stamps[k]) * Double(weights[k])
        stamps[k] = step
        weights[k] += delta
    }

    /// The averaged weights.
    func averaged() -> [Float] {
        var out = [Float](repeating: 0, count: weights.count)
        let n = Double(step)
        for k in 0..<weights.count where stamps[k] != 0 {
            let total = totals[k] + Double(step - stamps[k]) * Double(weights[k])
            out[k] = Float(total / n)
        }
        return out
    }
}
