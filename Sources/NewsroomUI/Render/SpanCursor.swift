import NewsroomKit

/// Walks sorted spans alongside increasing offsets: answers "which span covers this offset"
/// in amortised constant time while a pane draws its lines in text order.
struct SpanCursor<Payload> {
    private let spans: [(TextSpan, Payload)]
    private var index = 0

    /// `spans` must be sorted by start.
    init(_ spans: [(TextSpan, Payload)]) { self.spans = spans }

    /// The payload of a span covering `offset` (offsets must not decrease between calls).
    mutating func at(_ offset: Int) -> Payload? {
        while index < spans.count, spans[index].0.end <= offset { index += 1 }
        var i = index
        while i < spans.count, spans[i].0.start <= offset {
            if spans[i].0.end > offset { return spans[i].1 }
            i += 1
        }
        return nil
    }
}
