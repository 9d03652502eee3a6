/// Who said something and with which words: token ranges into a `QuoteScan`.
struct Attribution: Sendable {
    /// The cue: a speech verb, "according to", a dash before a name or a colon after one; nil
    /// when the speaker comes from the context alone (the person the previous paragraph is about).
    var cue: ClosedRange<Int>?
    /// The words naming or referring to the speaker, when the text gives them.
    var speaker: ClosedRange<Int>?
}

/// A quotation found by the rules, before its speaker is resolved.
struct QuoteCandidate: Sendable {
    var span: TextSpan
    var kind: QuoteKind
    var attribution: Attribution?
}
