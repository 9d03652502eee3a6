/// A named person found in an article, with every mention of them.
public struct Person: Sendable, Hashable {
    /// The fullest form of the name found in the article ("Alain Juppe").
    public var name: String
    /// A title or role attached to the name ("Foreign Minister"), if any.
    public var title: String?
    /// Every mention (full name, surname, title + name, possessive), pronouns excluded, in text order.
    public var mentions: [TextSpan]
    /// Grammatical sex when the text or the first name tells it; used to resolve "he"/"she".
    public var sex: Sex?

    /// Sex of a person as far as pronoun resolution is concerned.
    public enum Sex: String, Sendable, Hashable { case male, female }

    /// Creates a person.
    public init(name: String, title: String? = nil, mentions: [TextSpan], sex: Sex? = nil) {
        self.name = name
        self.title = title
        self.mentions = mentions
        self.sex = sex
    }
}

/// How much of a quotation sits inside quotation marks.
public enum QuoteKind: String, Sendable, Hashable, CaseIterable {
    /// Wholly inside quotation marks.
    case direct
    /// Partly inside quotation marks.
    case mixed
    /// Reported speech without marks ("said that …").
    case indirect
}

/// A quotation or speech attribution with its speaker.
public struct Quote: Sendable, Hashable {
    /// The quoted content; equals the article text at `span`.
    public var text: String
    /// Where the content is in the article text.
    public var span: TextSpan
    /// The resolved speaker: a `Person.name`, an organisation, group or country; nil when unknown.
    public var speaker: String?
    /// The words in the text that name or refer to the speaker for this quote ("he", "Juppe").
    public var speakerText: String?
    /// Where `speakerText` is.
    public var speakerSpan: TextSpan?
    /// The speech verb or cue ("said", "told", "according to").
    public var cue: String?
    /// Direct, mixed or indirect.
    public var kind: QuoteKind

    /// Creates a quote.
    public init(
        text: String, span: TextSpan, speaker: String?, speakerText: String? = nil,
        speakerSpan: TextSpan? = nil, cue: String?, kind: QuoteKind
    ) {
        self.text = text
        self.span = span
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerSpan = speakerSpan
        self.cue = cue
        self.kind = kind
    }
}

/// A Council member's position on the draft.
public enum Stance: String, Sendable, Hashable, CaseIterable {
    case `for`, against, abstain, undecided, unknown
}

/// Whether a permanent member threatened or cast a veto.
public enum Veto: String, Sendable, Hashable, CaseIterable {
    case none, threatened, cast
}

/// One seat of the Council in the tally.
public struct TallyMember: Sendable, Hashable {
    /// The member's short common name ("Russia", "United Kingdom").
    public var name: String
    /// Whether the seat is permanent.
    public var permanent: Bool
    /// The member's stance.
    public var stance: Stance
    /// Veto threatened or cast (permanent members only).
    public var veto: Veto
    /// The words that justify a stance other than `unknown`.
    public var evidence: TextSpan?

    /// Creates a member entry.
    public init(name: String, permanent: Bool, stance: Stance = .unknown, veto: Veto = .none, evidence: TextSpan? = nil) {
        self.name = name
        self.permanent = permanent
        self.stance = stance
        self.veto = veto
        self.evidence = evidence
    }
}

/// Number of members per stance.
public struct TallyCounts: Sendable, Hashable {
    public var `for`: Int
    public var against: Int
    public var abstain: Int
    public var undecided: Int
    public var unknown: Int

    /// Creates counts.
    public init(for: Int = 0, against: Int = 0, abstain: Int = 0, undecided: Int = 0, unknown: Int = 0) {
        self.for = `for`
        self.against = against
        self.abstain = abstain
        self.undecided = undecided
        self.unknown = unknown
    }

    /// Counts the stances of `members`.
    public init(members: [TallyMember]) {
        self.init()
        for m in members {
            switch m.stance {
            case .for: self.for += 1
            case .against: against += 1
            case .abstain: abstain += 1
            case .undecided: undecided += 1
            case .unknown: unknown += 1
            }
        }
    }
}

/// Where each Security Council member stands on a draft, the count and the outcome.
public struct Tally: Sendable, Hashable {
    /// Always "UN Security Council".
    public var body: String
    /// The Council year whose roster is used; nil when nothing decides it.
    public var year: Int?
    /// Whether the year was inferred from the text rather than read from the article's date.
    public var yearInferred: Bool
    /// A short description of the draft ("French-led draft resolution on Syria").
    public var draft: String?
    /// Affirmative votes needed: 9 (7 before 1966).
    public var needed: Int
    /// Votes the sponsors say they want before tabling the draft, if the article says.
    public var sponsorTarget: Int?
    /// Every seat of the Council in `year`.
    public var members: [TallyMember]
    /// Counts per stance (always consistent with `members`).
    public var counts: TallyCounts
    /// The outcome in words ("adopted", "blocked by a threatened veto", …).
    public var outcome: String
    /// Problems found while reading the tally, e.g. reported totals disagreeing with named members.
    public var notes: [String]

    /// Creates a tally; `counts` is derived from `members`.
    public init(
        body: String = "UN Security Council", year: Int?, yearInferred: Bool, draft: String?,
        needed: Int, sponsorTarget: Int?, members: [TallyMember], outcome: String, notes: [String] = []
    ) {
        self.body = body
        self.year = year
        self.yearInferred = yearInferred
        self.draft = draft
        self.needed = needed
        self.sponsorTarget = sponsorTarget
        self.members = members
        self.counts = TallyCounts(members: members)
        self.outcome = outcome
        self.notes = notes
    }
}

/// An article with everything the annotators found in it.
public struct AnnotatedArticle: Sendable, Hashable {
    /// The article.
    public var article: Article
    /// Named people, in order of first mention.
    public var people: [Person]
    /// Quotations, in text order.
    public var quotes: [Quote]
    /// The Security Council tally, or nil when the article is not about a Council decision.
    public var tally: Tally?

    /// Creates an annotated article.
    public init(article: Article, people: [Person], quotes: [Quote], tally: Tally?) {
        self.article = article
        self.people = people
        self.quotes = quotes
        self.tally = tally
    }
}
