/// The JSON shapes of `../shared/docs/json-contract.md`: field names, order and offsets
/// (Unicode scalar offsets into `text`, end exclusive).
public enum AnnotationJSON {
    /// The full object of `newsroom show --json` / one line of `newsroom annotate --jsonl`.
    public static func article(_ a: AnnotatedArticle) -> JSONValue {
        let art = a.article
        return .object([
            ("id", .string(art.id)),
            ("path", .string(art.path)),
            ("headline", .string(art.headline)),
            ("dateline", .string(art.dateline)),
            ("date", .string(art.date)),
            ("source", .string(art.source)),
            ("url", .string(art.url)),
            ("author", .string(art.author)),
            ("captions", .array(art.captions.map(JSONValue.string))),
            ("text", .string(art.text)),
            ("people", .array(a.people.map(person))),
            ("quotes", .array(a.quotes.map(quote))),
            ("tally", a.tally.map(tally) ?? .null),
        ])
    }

    /// A span as `{"start": …, "end": …}`.
    public static func span(_ s: TextSpan) -> JSONValue {
        .object([("start", .int(s.start)), ("end", .int(s.end))])
    }

    /// One entry of `people`.
    public static func person(_ p: Person) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("title", .string(p.title)),
            ("mentions", .array(p.mentions.map(span))),
            ("sex", .string(p.sex?.rawValue)),
        ])
    }

    /// One entry of `quotes`.
    public static func quote(_ q: Quote) -> JSONValue {
        .object([
            ("text", .string(q.text)),
            ("start", .int(q.span.start)),
            ("end", .int(q.span.end)),
            ("speaker", .string(q.speaker)),
            ("speakerStart", .int(q.speakerSpan?.start)),
            ("speakerEnd", .int(q.speakerSpan?.end)),
            ("speakerText", .string(q.speakerText)),
            ("cue", .string(q.cue)),
            ("kind", .string(q.kind.rawValue)),
        ])
    }

    /// The `tally` object.
    public static func tally(_ t: Tally) -> JSONValue {
        .object([
            ("body", .string(t.body)),
            ("year", .int(t.year)),
            ("yearInferred", .bool(t.yearInferred)),
            ("draft", .string(t.draft)),
            ("needed", .int(t.needed)),
            ("sponsorTarget", .int(t.sponsorTarget)),
            ("members", .array(t.members.map(member))),
            ("counts", counts(t.counts)),
            ("outcome", .string(t.outcome)),
            ("notes", .array(t.notes.map(JSONValue.string))),
        ])
    }

    /// One seat of `tally.members`.
    public static func member(_ m: TallyMember) -> JSONValue {
        .object([
            ("name", .string(m.name)),
            ("permanent", .bool(m.permanent)),
            ("stance", .string(m.stance.rawValue)),
            ("veto", .string(m.veto.rawValue)),
            ("evidence", m.evidence.map(span) ?? .null),
        ])
    }

    /// `tally.counts`.
    public static func counts(_ c: TallyCounts) -> JSONValue {
        .object([
            ("for", .int(c.for)), ("against", .int(c.against)), ("abstain", .int(c.abstain)),
            ("undecided", .int(c.undecided)), ("unknown", .int(c.unknown)),
        ])
    }
}
