/// Finds the named people of a text and links every mention to one person.
///
/// Pipeline: tokenize and split sentences → tag entities (statistical tagger, when its weights
/// are bundled) → document consistency of lone words → person rules (titles, honorifics, particles, datelines, name lists,
/// appositions) → add surname-only mentions of people named in full (not of a company named after
/// them) → link mentions into people.
public struct PeopleAnnotator: Sendable {
    private let names: NameLists
    private let rules: PersonRules
    private let linker: MentionLinker
    /// The statistical tagger (nil: rules only).
    public let tagger: PerceptronTagger?

    /// Creates an annotator with the bundled models (the tagger's weights are loaded once).
    public init() {
        self.init(names: .shared, tagger: PerceptronTagger.shared)
    }

    /// Creates an annotator with the given name lists and tagger (nil: rules only).
    public init(names: NameLists, tagger: PerceptronTagger?) {
        self.names = names
        self.tagger = tagger
        self.rules = PersonRules(names: names)
        self.linker = MentionLinker(names: names)
    }

    /// The people named in `text`, in order of first mention, each with all mentions.
    public func people(in text: ScalarText) -> [Person] {
        people(in: TokenizedText(text))
    }

    /// The tagger's entities of `t` after document consistency (what the rules start from;
    /// empty without a tagger). For diagnostics.
    public func entities(in t: TokenizedText) -> [EntitySpan] {
        EntityConsistency.apply(tagger?.entities(in: t) ?? [], in: t)
    }

    /// The people named in an already tokenized text.
    public func people(in t: TokenizedText) -> [Person] {
        let entities = EntityConsistency.apply(tagger?.entities(in: t) ?? [], in: t)
        var mentions = rules.mentions(in: t, entities: entities)
        mentions = rules.removingCompanyNames(linker.extend(mentions, in: t, entities: entities), in: t, entities: entities)
        return linker.link(mentions, in: t)
    }
}
