/// Word lists for reading settings after a speech verb and telling clauses from noun phrases.
extension SpeechLexicon {
    /// "last", "this", "next" before a time word ("last week").
    static let periodDeterminers: Set<UInt64> = words("last this next past")

    /// Month names (and their abbreviations) after "on" ("on January 7").
    static let months: Set<UInt64> = words("""
        january february march april may june july august september october november december \
        jan feb mar apr jun jul aug sep sept oct nov dec
        """)

    /// Media and platforms after "on" or "with" ("on Twitter", "with Time magazine").
    static let mediaWords: Set<UInt64> = words("""
        twitter facebook instagram youtube tiktok telegram television tv radio cnn fox msnbc nbc abc cbs \
        bbc npr pbs magazine newspaper network news channel
        """)

    /// Audiences after "told"/"said to" ("to reporters").
    static let audienceWords: Set<UInt64> = words("""
        reporters journalists supporters lawmakers students delegates voters members parliament \
        congress
        """)

    /// Nouns ending a setting phrase ("in a statement", "at a news conference").
    static let settingNouns: Set<UInt64> = words("""
        statement statements interview interviews speech briefing conference release letter post \
        tweet tweets email message video broadcast op-ed column filing hearing memo note appearance \
        address remarks call rally event meeting ceremony summit forum session debate podcast \
        program programme show blog website posting communique communiqué testimony
        """)

    /// Finite forms of be, have and do, and the modals.
    static let finiteAuxiliaries: Set<UInt64> = words("""
        is was were are am has have had will would can could may might should must shall did does \
        do won't wouldn't can't couldn't didn't doesn't don't isn't wasn't weren't aren't hasn't \
        haven't hadn't shouldn't mustn't it's he's she's they're we're i'm there's that's \
        he'll she'll it'll they'll we'll i'll you'll he'd she'd they'd we'd i'd you'd
        """)

    /// Common irregular past forms (the regular ones end in "-ed").
    static let irregularPast: Set<UInt64> = words("""
        came went took made got saw found gave thought knew left met paid sent spent held kept led \
        ran sat stood wrote fell became began brought bought caught taught fought heard meant felt \
        built struck won lost rose drove fled broke chose grew threw wore sold sought shot slept hid \
        lay rode rang sang spoke stole swam tore woke withdrew overcame undertook understood upheld \
        withheld swore fed dealt dug leapt lent sank shook sprang swept swung drew drank ate forgot \
        forgave froze hung became told said shut put set cut let hit hurt quit spread cost cast
        """)

    /// Subject pronouns: the word after one is a verb ("they believe").
    static let subjectPronouns: Set<UInt64> = words("he she it they we i you")

    private static func words(_ list: String) -> Set<UInt64> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })
    }
}
