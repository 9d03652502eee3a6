/// Word lists for reading settings after a speech verb and telling clauses from noun phrases.
extension SpeechLexicon {
    /// "last", "this", "next" before a time word ("last week").
    static let periodDeterminers: WordHashSet = words("last this next past")

    /// Month names (and their abbreviations) after "on" ("on January 7").
    static let months: WordHashSet = words("""
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec
        """)

    /// Media and platforms after "on" or "with" ("on Twitter", "with Time magazine").
    static let mediaWords: WordHashSet = words("""
        twitter facebook instagram youtube tiktok telegram television tv radio cnn fox msnbc nbc abc cbs \
        bbc npr pbs magazine newspaper network news channel
        """)

    /// Audiences after "told"/"said to" ("to reporters").
    /// Authorities a statement is made to, after "to the" ("reported to the police").
    static let authorityAudiences: WordHashSet = words("police court judge jury committee commission inquiry press media")
    static let audienceWords: WordHashSet = words("""
        reporters journalists supporters lawmakers students delegates voters members parliament \
        congress
        """)

    /// Nouns ending a setting phrase ("in a statement", "at a news conference").
    static let settingNouns: WordHashSet = words("""
        statement statements interview interviews speech briefing conference release letter post \
        tweet tweets email message video broadcast op-ed column filing hearing memo note appearance \
        address remarks call rally event meeting ceremony summit forum session debate podcast \
        program programme show blog website posting communique communiqué testimony time
        """)

    /// Finite forms of be, have and do, and the modals.
    static let finiteAuxiliaries: WordHashSet = words("""
        is was were are am has have had will would can could may might should must shall did does \
        do won't wouldn't can't couldn't didn't doesn't don't isn't wasn't weren't aren't hasn't \
        haven't hadn't shouldn't mustn't it's he's she's they're we're i'm there's that's \
        he'll she'll it'll they'll we'll i'll you'll he'd she'd they'd we'd i'd you'd
        """)

    /// Common irregular past forms (the regular ones end in "-ed").
    static let irregularPast: WordHashSet = words("""
        came went took made got saw found gave thought knew left met paid sent spent held kept led \
        ran sat stood wrote fell became began brought bought caught taught fought heard meant felt \
        built struck won lost rose drove fled broke chose grew threw wore sold sought shot slept hid \
        lay rode rang sang spoke stole swam tore woke withdrew overcame undertook understood upheld \
        withheld swore fed dealt dug leapt lent sank shook sprang swept swung drew drank ate forgot \
        forgave froze hung became told said shut put set cut let hit hurt quit spread cost cast
        """)

    /// Prepositions joining a person to an organisation ("Steven Wolf at Saint Francis").
    static let organisationPrepositions: WordHashSet = words("at from with")

    /// Prepositions inside a participle phrase between a subject and its verb ("speaking to …").
    static let participlePrepositions: WordHashSet = words("to at on in for from with about before")

    /// Object pronouns.
    static let objectPronouns: WordHashSet = words("him her them us me it")

    /// Lower-case particles inside names ("Arnel dela Vega", "Ursula von der Leyen").
    static let nameParticles: WordHashSet = words("de del della dela der van von da di du la le bin al el")

    /// Words before a role that make it another role ("Vice President", "former minister").
    static let roleModifiers: WordHashSet = words("vice deputy former ex assistant acting associate co")

    /// Documents that say things ("the statement read", "RIAA's notice alleged").
    static let documentNouns: WordHashSet = words("""
        statement letter notice message post tweet sign banner note caption release headline email \
        memo card plaque inscription report order filing complaint lawsuit website account \
        communique communiqué
        """)

    /// Plural documents and writings owned by a person ("her memoirs", "his tweets").
    static let documentPlurals: WordHashSet = words("memoirs letters tweets posts notes writings diaries statements emails")

    /// Words that open a new clause after an attribution ("…, he said, and …").
    static let clauseOpeners: WordHashSet = words("""
        and but or nor so yet while whereas although though because as if when where who which \
        that after before since until unless according then also
        """)

    /// Possessive pronouns opening a description in apposition ("his father").
    static let possessivePronouns: WordHashSet = words("his her their its")

    /// Singular nouns for a person that a description in apposition may hold ("his father, X",
    /// "X, the company's lawyer").
    static let personNouns: WordHashSet = words("""
        father mother son daughter wife husband brother sister uncle aunt cousin nephew niece \
        grandfather grandmother grandson granddaughter widow widower fiance fiancé fiancee fiancée \
        girlfriend boyfriend partner lawyer attorney spokesman spokeswoman spokesperson director \
        president chairman chairwoman founder co-founder owner manager coach teacher doctor \
        physician surgeon professor author executive analyst adviser advisor aide strategist \
        secretary minister governor mayor senator judge prosecutor sheriff officer captain \
        commander leader ambassador economist scientist researcher pastor priest bishop editor \
        publisher producer singer actor actress writer journalist reporter candidate nominee \
        chief head principal superintendent commissioner representative congressman \
        congresswoman
        """)

    /// "the".
    static let the = WordHash.of("the")

    /// "they", "we" ("they report …").
    static let they = WordHash.of("they")
    static let we = WordHash.of("we")

    /// "also" ("but, according to her memoirs, also had …").
    static let also = WordHash.of("also")

    /// "office" ("the mayor's office").
    static let office = WordHash.of("office")

    /// Subject pronouns: the word after one is a verb ("they believe").
    static let subjectPronouns: WordHashSet = words("he she it they we i you")

    private static func words(_ list: String) -> WordHashSet {
        WordHashSet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })
    }
}
