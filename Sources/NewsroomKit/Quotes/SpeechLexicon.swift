/// The word lists the quote extractor reasons with: speech verbs, pronouns, words that end a
/// speaker phrase, words that announce a title or a nickname rather than a quotation.
///
/// Words are looked up by `WordHash` (a hash of the lower-cased word), so no strings are built
/// while scanning an article.
enum SpeechLexicon {
    /// How a speech verb takes its content.
    enum CueFrame: Sendable, Equatable {
        /// "said (that) …", "says …": the clause follows the verb directly.
        case clause
        /// "told reporters that …", "warned them that …": an object comes before "that".
        case objectThenThat
        /// "accused X of …", "asked X to …", "urged X to …": object and complement.
        case objectComplement
        /// "thinks that …", "believes …": cognition, an attribution only with an explicit clause.
        case cognition
    }

    /// Speech verbs (every inflection listed) and their frame.
    static let cues: [UInt64: CueFrame] = {
        var table: [UInt64: CueFrame] = [:]
        let clause = """
            say says said saying add adds added adding argues argued arguing warn warns warned \
            insist insists insisted insisting notes noted noting stress stresses stressed claims \
            claimed claiming explains explained explaining declare declares declared announces \
            announced stated stating write writes wrote writing tweets tweeted replies replied \
            responds responded suggest suggests suggested acknowledges acknowledged admits admitted \
            concedes conceded recalls recalled predicts predicted promises promised vows vowed suggesting \
            contend contends contended maintains maintained alleges alleged charges charged \
            complains complained cautions cautioned counters countered concludes concluded confirms \
            confirmed denies denied emphasize emphasizes emphasized emphasise emphasises emphasised \
            observes observed remarks remarked reports reported testifies testified agrees agreed \
            reiterates reiterated repeats repeated boasts boasted jokes joked quips quipped shouts \
            shouted yells yelled exclaims exclaimed mutter muttered whisper whispered comments \
            commented indicates indicated discloses disclosed reveals revealed \
            signals signaled signalled posted wonders wondered acknowledging continued points \
            pointed pointing echoes echoed answers answered interjected demands demanded \
            proclaim proclaims proclaimed laments lamented mused sighed laughed scoff scoffed \
            retorts retorted snapped opines opined elaborated chimed asserts asserted affirms \
            affirmed describes described recounts recounted advises advised mentions mentioned \
            objects objected protests protested reads ruled quoted remembered remembers \
            mocks mocked imagined proclaimed proclaiming pressed expressed indicate claim confirm \
            explain reveal admit announce states reasoned reaffirms reaffirmed reaffirming \
            underlines underlined speculates speculated implies implied implying reporting
            """
        // "issued a statement announcing the break had been contained", "…, confirming it had
        // …": the participles of clause verbs (not those that are also nouns or adjectives:
        // "warning", "promising", "reading", "ruling").
        let participles = """
            announcing agreeing confirming declaring stressing revealing indicating alleging \
            recalling predicting concluding admitting emphasizing emphasising reiterating disclosing \
            asserting affirming conceding contending lamenting tweeting
            """
        for w in (clause + " " + participles).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            table[WordHash.of(String(w))] = .clause
        }
        for w in "tell tells told telling assure assures assured remind reminds reminded inform informs informed spoke speaks speaking defended defends defending reacted reacts celebrated praised praises criticized criticised".split(separator: " ") {
            table[WordHash.of(String(w))] = .objectThenThat
        }
        for w in "accuse accuses accused accusing ask asks asked asking urge urges urged urging".split(separator: " ") {
            table[WordHash.of(String(w))] = .objectComplement
        }
        // "sharing that …": an attribution only with an explicit clause ("shared a photo" is none).
        for w in "think thinks thought believe believes believed feels felt hopes hoped fears feared share shares shared sharing proposes proposed".split(separator: " ") {
            table[WordHash.of(String(w))] = .cognition
        }
        return table
    }()

    /// A 1024-bit Bloom filter over the cue hashes: most words are rejected without a
    /// dictionary lookup.
    static let cueBloom: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for h in cues.keys {
            let (a, b) = bloomBits(h)
            bits[a >> 6] |= 1 << UInt64(a & 63)
            bits[b >> 6] |= 1 << UInt64(b & 63)
        }
        return bits
    }()

    @inline(__always)
    static func bloomBits(_ h: UInt64) -> (Int, Int) { (Int((h >> 7) & 1023), Int((h >> 29) & 1023)) }

    /// The frame of the speech verb whose `WordHash` is `hash`, if it is one.
    @inline(__always)
    static func cueFrame(hash: UInt64, bloom: [UInt64]) -> CueFrame? {
        let (a, b) = bloomBits(hash)
        guard bloom[a >> 6] & (1 << UInt64(a & 63)) != 0, bloom[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return nil }
        return cues[hash]
    }

    /// Pronouns that can be the subject of a speech verb, with the sex they imply.
    enum Pronoun: Sendable { case he, she, they, it, firstPerson }

    static let pronouns: [UInt64: Pronoun] = [
        WordHash.of("he"): .he, WordHash.of("she"): .she, WordHash.of("they"): .they,
        WordHash.of("it"): .it, WordHash.of("i"): .firstPerson, WordHash.of("we"): .firstPerson,
    ]

    /// Function words that are also acronyms of organisations ("WHO"): written in
    /// capitals in mixed-case text they are names.
    static let acronymCollisions: WordHashSet = set("who")

    /// Words skipped between a subject and its verb ("Juppe also said", "he has repeatedly said").
    static let auxiliaries: WordHashSet = set("""
        has have had also will would could can may might should must shall then later previously \
        repeatedly reportedly recently once again is was were are be been not never only just \
        publicly privately flatly quickly firmly already still often frequently further simply \
        earlier subsequently separately initially apparently did does do now eventually finally \
        immediately angrily bluntly openly sharply first
        """)

    /// Forms of "be": before a past participle they make it passive ("was charged", "were told").
    static let be: WordHashSet = set("is was were are be been being")

    /// Words that can follow a speech verb before its clause ("said Tuesday that", "said in a statement that").
    static let dayWords: WordHashSet = set("""
        monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier \
        later recently
        """)

    /// Words ending an opening time phrase ("Hours later,", "On Friday morning,").
    static let timeWords: WordHashSet = dayWords.union(set("""
        ago morning afternoon evening night week weekend month year day days weeks months years \
        hours minutes moments
        """))

    /// Words that cannot be part of a speaker phrase: conjunctions, prepositions (except "of"),
    /// relative pronouns, complementisers.
    static let phraseStoppers: WordHashSet = set("""
        and but or nor so yet that which who whom whose when while where whereas because as if \
        although though after before since until unless than then in on at to for from with by \
        about into onto over under during against among between through without within upon \
        also not is was were are be been has have had will would could should can may might \
        there here this these those its said says say told according did does
        """)

    /// Words that start a clause after "said" ("said there were", "said it would").
    static let prepositionsAfterCue: WordHashSet = set("""
        in on at to for from with by about during after before into over under through of as \
        and or but so while because when
        """)

    /// Words of roles and titles: a phrase ending in one is a role, not a name.
    static let roleWords: WordHashSet = set("""
        president minister secretary senator governor mayor chairman chairwoman chair director \
        spokesman spokeswoman spokesperson leader chief minister premier chancellor ambassador \
        general commissioner judge justice officer representative congressman congresswoman \
        sheriff prosecutor attorney councillor councilor speaker king queen prince pope bishop \
        archbishop cardinal
        """)

    /// Words of organisation names ("Amnesty International", "the Foreign Ministry").
    static let organisationWords: WordHashSet = set("""
        international party organization organisation ministry department agency council \
        committee association university times news post press union institute foundation \
        company corporation group bank commission office service services police army court \
        government administration campaign league network radio television tv journal herald \
        inc ltd corp fund society center centre
        """)

    /// Capitalised words that open a sentence after an abbreviation's full stop.
    static let sentenceOpeners: WordHashSet = set("""
        he she it they we i you the this that these those there but however his her their its \
        our in on at after before when while if although meanwhile still yet
        """)

    /// First- and second-person words: a speaker phrase holding one names no one in the text.
    static let firstOrSecondPerson: WordHashSet = set("""
        i we you i've we've you've i'm we're you're i'd we'd you'd i'll we'll you'll
        """)

    /// Irregular verbs of speaking not in the cue lexicon, for "“…,” Smith shot back."
    static let unlistedSpeechVerbs: WordHashSet = set("shot put puts quipped joked riffed retorted")

    /// Particles after such a verb ("shot back", "puts it").
    static let verbParticles: WordHashSet = set("back it in up out")

    /// Words after a pronoun that leave it the speaker ("he too", "she herself").
    static let pronounTails: WordHashSet = set("too also himself herself themselves itself again")

    /// Short words inside organisation names ("Center for Food Safety").
    static let nameJoiners: WordHashSet = set("for and on")

    /// Prepositions after a speaker noun ("a source within the ministry").
    static let speakerPrepositions: WordHashSet = set("within at from for with in")

    /// Nouns for people who speak for something ("a source within", "an official at").
    static let speakerNouns: WordHashSet = set("""
        source sources official officials spokesman spokeswoman spokesperson member members \
        director head chief analyst analysts expert experts professor researcher researchers \
        scientist scientists economist economists lawyer lawyers aide aides adviser advisers \
        advisor advisors staffer staffers employee employees worker workers resident residents \
        representative representatives executive executives
        """)

    /// Prepositions before which a speech word is a noun ("in remarks", "with statements").
    static let nounPrepositions: WordHashSet = set("in of with by for from on at")

    /// Determiners that may open a speaker phrase.
    static let determiners: WordHashSet = set("the a an his her their its our another one some many several two three four")

    /// Words that introduce a title, a name or a term rather than speech ("the so-called …").
    static let titleIntroducers: WordHashSet = set("""
        so-called called dubbed titled entitled nicknamed named headlined film movie book novel \
        song album show series play poem article column essay slogan hashtag phrase word term \
        label motto brand known billed branded coined
        """)

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: WordHashSet = set("""
        mr mrs ms dr sen rep gov gen lt col sgt capt st jr sr prof rev hon maj cmdr adm insp \
        supt det pres vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec \
        no mt ft u.s u.n u.k e.u d.c a.m p.m
        """)

    private static func set(_ words: String) -> WordHashSet {
        WordHashSet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })
    }
}

/// A 64-bit FNV-1a hash of a word, lower-cased, with typographic apostrophes folded to `'`.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes one scalar into `h`.
    @inline(__always)
    static func mix(_ h: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        var v = scalar.value
        if v >= 65 && v <= 90 { v += 32 }
        if v == 0x2019 || v == 0x2018 { v = 39 }
        return (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `word`.
    static func of(_ word: String) -> UInt64 {
        var h = seed
        for s in word.unicodeScalars { h = mix(h, s) }
        return h
    }
}
