/// Hashes of the function words the rules test for.
enum Words {
    static let according = WordHash.of("according")
    static let to = WordHash.of("to")
    static let that = WordHash.of("that")
    static let of = WordHash.of("of")
    static let and = WordHash.of("and")
    static let but = WordHash.of("but")
    static let or = WordHash.of("or")
    static let whether = WordHash.of("whether")
    static let whileWord = WordHash.of("while")
    static let since = WordHash.of("since")
    static let it = WordHash.of("it")
    static let its = WordHash.of("its")
    static let their = WordHash.of("their")
    static let who = WordHash.of("who")
    static let which = WordHash.of("which")
    static let put = WordHash.of("put")
    static let the = WordHash.of("the")
    static let haveForms: WordHashSet = WordHashSet(["has", "have", "had"].map(WordHash.of))
    /// Words that, after a comma and before a participle, place the writer's report in time
    /// ("…, before reversing course", "…, prior to setting the bond").
    static let timeConjunctions: WordHashSet = WordHashSet(["before", "prior", "upon", "until"].map(WordHash.of))
    /// Adverbs opening a sentence before a preposition ("Back in 1999,", "Ever since …,").
    static let openingAdverbs: WordHashSet = WordHashSet(["back", "ever", "even", "earlier", "later", "long", "shortly", "soon"].map(WordHash.of))
    /// Prepositions before a gerund that shares the sentence's subject ("before saying").
    static let gerundPrepositions: WordHashSet = WordHashSet(["before", "after", "while", "when", "by", "without"].map(WordHash.of))
    /// Words that, after a comma, start a clause outside the reported content.
    static let clauseBreaks: WordHashSet = WordHashSet(
        ["but", "while", "whereas", "although", "though", "compared", "after", "it", "even"].map(WordHash.of))
    /// Requests whose complement is an infinitive, not reported speech ("urged X to …").
    static let requestVerbs: WordHashSet = WordHashSet(["ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging"].map(WordHash.of))
    /// Words that cannot open a clause right after a speech verb; after them the speech word
    /// is a noun ("reports were", "protests since", "charges against").
    static let nounCueFollowers: WordHashSet = WordHashSet(
        ["is", "was", "were", "are", "am", "has", "have", "had", "since", "of", "against"].map(WordHash.of))
    /// Openers of an object phrase after a speech verb ("announced a …", "confirmed its …",
    /// "expressed no regret").
    static let objectPhraseOpeners: WordHashSet = WordHashSet(["a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "no"].map(WordHash.of))
    /// Words where an object phrase ends and a relative, infinitive or coordinated clause begins.
    static let objectPhraseBreaks: WordHashSet = WordHashSet(["which", "who", "that", "to", "and", "including"].map(WordHash.of))
    /// Lower-case particles inside names ("dela", "van", "bin"), also "dela" and "delos" of Philippine names.
    static let nameParticles: WordHashSet = WordHashSet((NameVocabulary.particles.words.union(["dela", "delos"])).map(WordHash.of))
    /// "cited X as saying", "quoted X as saying".
    static let citingVerbs: WordHashSet = WordHashSet(["cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"].map(WordHash.of))
    /// Definite determiners opening a subject after an inverted attribution ("…, reads the motion,
    /// the declaration violates …").
    static let definiteOpeners: WordHashSet = WordHashSet(["the", "this", "these", "its", "their"].map(WordHash.of))
    /// Prepositions tying a bare role to its organisation ("director of the event", "professor at").
    static let roleLinks: WordHashSet = WordHashSet(["of", "at", "for"].map(WordHash.of))
    /// "without" before these ends a reported clause ("said he died without elaborating").
    static let without = WordHash.of("without")
    /// Participles of the writer's "without elaborating" note after a reported clause.
    static let withheldDetails: WordHashSet = WordHashSet(["elaborating", "elaborate", "explaining", "commenting", "comment"].map(WordHash.of))
    /// "so" opening a clause of purpose ("declared an emergency so he could …").
    static let so = WordHash.of("so")
    /// Modals of a purpose clause after "so" ("so he could", "so they can").
    static let purposeModals: WordHashSet = WordHashSet(["could", "can", "would", "will", "might", "may"].map(WordHash.of))
    /// "there" opens a clause ("reported, citing …, there were …").
    static let there = WordHash.of("there")
    /// Promises whose infinitive can carry the speaker's quoted words ("vowed to keep fighting “…”").
    static let promiseVerbs: WordHashSet = WordHashSet(["vow", "vows", "vowed", "promise", "promises", "promised", "pledge", "pledges", "pledged"].map(WordHash.of))
    /// Prepositions before a place ("outside Washington").
    static let placePrepositions: WordHashSet = WordHashSet(["in", "at", "outside", "near", "from", "inside", "across"].map(WordHash.of))
    /// Words after a bare noun object ("victory in", "sadness and").
    static let bareNounFollowers: WordHashSet = WordHashSet(["in", "and", "of", "for", "over", "at", "on"].map(WordHash.of))
    /// Prepositions that open a sentence's adverbial phrase and are not names.
    static let openingPrepositions: WordHashSet = WordHashSet(["following", "despite", "amid", "amidst", "regarding", "concerning", "notwithstanding", "throughout"].map(WordHash.of))
    static let indefiniteArticles: WordHashSet = WordHashSet(["a", "an"].map(WordHash.of))
    static let at = WordHash.of("at")
    /// Prepositions opening a time phrase between a subject and its verb ("during the weekend").
    static let timePrepositions: WordHashSet = WordHashSet(["during", "in", "on", "from", "over", "since", "at"].map(WordHash.of))
    /// "point out": verbs whose particle "out" comes before the reported clause.
    static let pointVerbs: WordHashSet = WordHashSet(["points", "pointed", "pointing"].map(WordHash.of))
    static let out = WordHash.of("out")
    /// "be", "have" after "to" ("claiming them to be …").
    static let beOrHave: WordHashSet = WordHashSet(["be", "have"].map(WordHash.of))
    /// "not", "never" before a verb.
    static let negations: WordHashSet = WordHashSet(["not", "never"].map(WordHash.of))
    /// "at least", "at most".
    static let leastMost: WordHashSet = WordHashSet(["least", "most"].map(WordHash.of))
    /// Verbs whose gerund object is what was said: memory ("recalled going to …") and report
    /// ("described witnessing …", "denied taking …").
    static let gerundReportVerbs: WordHashSet = WordHashSet([
        "recall", "recalls", "recalled", "recounts", "recounted", "remembers", "remembered",
        "described", "describes", "admitted", "admits", "denied", "denies", "reported", "reports",
    ].map(WordHash.of))
    /// Verbs of telling whose object may come before a clause without "that" ("told reporters he …").
    static let tellVerbs: WordHashSet = WordHashSet(["tell", "tells", "told", "telling", "assured", "reminded", "informed"].map(WordHash.of))
    static let about = WordHash.of("about")
    /// Numbers and quantifiers that open a clause's subject ("four victims were", "only 10% of").
    static let quantifierOpeners: WordHashSet = WordHashSet([
        "only", "some", "most", "all", "many", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozens", "hundreds", "thousands", "none", "both",
    ].map(WordHash.of))
    /// "report", mostly a noun; a verb after a plural subject ("scientists report …").
    static let report = WordHash.of("report")
    /// "proposed that …": a clause only right after "that".
    static let proposeVerbs: WordHashSet = WordHashSet(["proposes", "proposed"].map(WordHash.of))
    /// "effect" ("a statement to the effect that …").
    static let effect = WordHash.of("effect")
    static let youWord = WordHash.of("you")
    static let relatives: WordHashSet = WordHashSet(["that", "which", "who", "whom", "whose"].map(WordHash.of))
    static let connectives: WordHashSet = WordHashSet(
        ["but", "and", "however", "meanwhile", "still", "yet", "so", "also", "instead", "now", "then"].map(WordHash.of))
}
