/// BILOU labels over the four entity types: 0 is `O`, then for each type (in `EntityType`
/// order) B, I, L, U.
public enum EntityLabels {
    /// Number of labels (17).
    public static let count = 1 + 4 * EntityType.allCases.count

    /// The outside label.
    public static let outside = 0

    /// Position of a label inside its entity.
    public enum Part: Int, Sendable { case begin = 0, inside, last, unit }

    /// The label for `part` of an entity of `type`.
    @inlinable public static func label(_ type: EntityType, _ part: Part) -> Int {
        1 + type.rawValue * 4 + part.rawValue
    }

    /// The type of a label (nil for `O`).
    @inlinable public static func type(_ label: Int) -> EntityType? {
        label == 0 ? nil : EntityType(rawValue: (label - 1) / 4)
    }

    /// The part of a label (nil for `O`).
    @inlinable public static func part(_ label: Int) -> Part? {
        label == 0 ? nil : Part(rawValue: (label - 1) % 4)
    }

    /// Whether `label` may follow `previous` (-1 at the start of a sentence).
    @inlinable public static func allowed(_ label: Int, after previous: Int) -> Bool {
        let prevOpen = previous > 0 && (part(previous) == .begin || part(previous) == .inside)
        if prevOpen {
            guard let p = part(label), p == .inside || p == .last else { return false }
            return type(label) == type(previous)
        }
        guard let p = part(label) else { return true }
        return p == .begin || p == .unit
    }

    /// Whether `label` may end a sentence.
    @inlinable public static func canEnd(_ label: Int) -> Bool {
        guard let p = part(label) else { return true }
        return p == .last || p == .unit
    }

    /// Labels for `count` tokens from entity spans (later spans overlapping earlier ones are dropped).
    public static func labels(count: Int, entities: [EntitySpan]) -> [Int] {
        var out = [Int](repeating: outside, count: count)
        for e in entities where !e.tokens.isEmpty && e.tokens.upperBound <= count {
            if e.tokens.contains(where: { out[$0] != outside }) { continue }
            if e.tokens.count == 1 {
                out[e.tokens.lowerBound] = label(e.type, .unit)
                continue
            }
            for i in e.tokens { out[i] = label(e.type, .inside) }
            out[e.tokens.lowerBound] = label(e.type, .begin)
            out[e.tokens.upperBound - 1] = label(e.type, .last)
        }
        return out
    }

    /// Entity spans read from labels (tolerant of invalid sequences: an entity ends at the next
    /// label that is not `I`/`L` of its type).
    public static func entities(from labels: [Int]) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var i = 0
        while i < labels.count {
            guard let t = type(labels[i]), let p = part(labels[i]) else { i += 1; continue }
            var end = i + 1
            if p == .begin || p == .inside {
                while end < labels.count, type(labels[end]) == t, let q = part(labels[end]), q == .inside || q == .last {
                    end += 1
                    if q == .last { break }
                }
            }
            out.append(EntitySpan(tokens: i..<end, type: t))
            i = end
        }
        return out
    }
}
