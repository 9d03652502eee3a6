/// Whether a phrase reports a position before the vote or the vote itself.
enum CueStage: Sendable, Hashable { case prevote, vote }

/// Where the members a cue speaks of stand relative to it.
enum CueDirection: Sendable, Hashable {
    /// Before it, as its subject ("Russia has opposed", "Russia's veto", "French-led").
    case subject
    /// After it ("vetoed by Russia", "failed to convince South Africa, India and Brazil").
    case object
}

/// A phrase that tells a member's stance.
struct StanceCue: Sendable {
    /// Pattern: space-separated folded words; `a/b` alternatives; a trailing `?` makes a word optional.
    var pattern: [[String]]
    var optional: [Bool]
    var stance: Stance
    var veto: Veto
    var stage: CueStage
    var direction: CueDirection
    /// The stage of a bare "veto" noun depends on the sentence ("the threat of a Russian veto").
    var vetoNoun: Bool = false
    /// The cue carries its own negation ("has not decided"): skip the negation test.
    var negated: Bool = false
    /// Only when the member is immediately before (compounds such as "French-led").
    var adjacent: Bool = false
    /// A bare verb that is also a noun ("support", "back"): not after a determiner or preposition,
    /// and its stance follows the verb ("oppose"/"reject" are against).
    var plainVerb: Bool = false
    /// "voted with Y": the subject votes as the member after the cue did.
    var copiesObject: Bool = false
    /// "trying to persuade X": the members after the cue are undecided.
    var objectUndecided: Bool = false
    /// Only right after the members, allowing a few adverbs ("China and Russia firmly against").
    var nearlyAdjacent: Bool = false
    /// Not voting at all (absent, did not participate): shown as `abstain`, but not counted among
    /// the abstentions a story reports.
    var absence: Bool = false
    /// Weaker than a stated vote intention: "cannot support the text" says what a member will not do,
    /// so a plain "will abstain" for the same member outranks it.
    var weak: Bool = false
    /// "would do the same": the stance of the last position told.
    var copiesPrevious: Bool = false
    /// "have lined up Belgium and Italy behind the text": the members after the cue take its stance too.
    var objectSame: Bool = false

    init(_ text: String, _ stance: Stance, _ veto: Veto = .none, _ stage: CueStage = .prevote,
         _ direction: CueDirection = .subject, vetoNoun: Bool = false, negated: Bool = false, adjacent: Bool = false,
         plainVerb: Bool = false, copiesObject: Bool = false, objectUndecided: Bool = false, nearlyAdjacent: Bool = false,
         absence: Bool = false, weak: Bool = false, copiesPrevious: Bool = false, objectSame: Bool = false) {
        var p: [[String]] = []
        var o: [Bool] = []
        for word in text.split(separator: " ") {
            var w = String(word)
            var opt = false
            if w.hasSuffix("?"), w.count > 1 { opt = true; w.removeLast() }
            p.append(w.split(separator: "/").map(String.init))
            o.append(opt)
        }
        self.pattern = p
        self.optional = o
        self.stance = stance
        self.veto = veto
        self.stage = stage
        self.direction = direction
        self.vetoNoun = vetoNoun
        self.negated = negated
        self.adjacent = adjacent
        self.plainVerb = plainVerb
        self.copiesObject = copiesObject
        self.objectUndecided = objectUndecided
        self.nearlyAdjacent = nearlyAdjacent
        self.absence = absence
        self.weak = weak
        self.copiesPrevious = copiesPrevious
        self.objectSame = objectSame
    }

    /// The end token of a match starting at `i`, or nil.
    func match(_ tokens: [CouncilToken], at i: Int) -> Int? {
        matchFrom(tokens, i, 0)
    }

    private func matchFrom(_ tokens: [CouncilToken], _ i: Int, _ k: Int) -> Int? {
        if k == pattern.count { return i }
        if i < tokens.count, tokens[i].sentence == tokens[max(0, i - 1)].sentence || k == 0,
           pattern[k] == ["*"] && tokens[i].kind != .punct || pattern[k].contains(tokens[i].text),
           let end = matchFrom(tokens, i + 1, k + 1) {
            return end
        }
        if optional[k] { return matchFrom(tokens, i, k + 1) }
        return nil
    }
}

/// The stance phrases the tally reader knows, grouped by first word for a linear scan.
enum StanceLexicon {
    static let threatVerbs = "threatened/threatening/threatens/threaten/vowed/vows/vowing/promised/pledged/warned/ready/prepared/poised/likely/expected/set/intends/plans/planning/certain/sure/bound/going"
    /// A day or an adverb between a threat verb and "to veto": "threatened on Sunday to veto", "vowed again to veto".
    static let threatWhen = "on/monday/tuesday/wednesday/thursday/friday/saturday/sunday/today/tonight/yesterday/again/publicly/openly/formally/explicitly"
    static let modals = "would/will/could/might/may/'d/'ll/can/to/shall"
    static let possessive = "its/a/their/the/his/her/that/this"
    /// Adverbs between a modal and "veto" ("would also veto", "will almost certainly veto", "would again veto").
    static let vetoAdverbs = "also/again/certainly/almost/probably/likely/surely/definitely/undoubtedly/clearly/still/then/simply/just"
    /// The text named after a vote word, all optional: "(voting for) the American resolution", "(for) it".
    static let draftNamed = "the/a/this/that? *? resolution/draft/text/measure/proposal/motion/it?"

    /// Every cue.
    static let cues: [StanceCue] = {
        var c: [StanceCue] = []
        // Recorded votes.
        c.append(StanceCue("voted against", .against, .none, .vote))
        c.append(StanceCue("voted no/nay", .against, .none, .vote))
        // "with Russia and India voting \"no\"": the vote word in quotation marks.
        c.append(StanceCue("voted/voting \"/' no/nay/against \"/'?", .against, .none, .vote))
        c.append(StanceCue("voted/voting \"/' yes/aye/for \"/'?", .for, .none, .vote))
        // "Poland cast the only other negative vote".
        c.append(StanceCue("cast/casting \(possessive)? lone/only/sole/single/other/second/a? other? negative/dissenting/no vote/votes", .against, .none, .vote))
        // "with Cuba casting the only vote against" (the noun before "against").
        c.append(StanceCue("cast/casting the/a lone/only/sole/single vote against", .against, .none, .vote))
        // "Russia and Yugoslavia … cast the two negative votes" (a number or "only" between).
        c.append(StanceCue("cast/casting the *? negative/dissenting vote/votes", .against, .none, .vote))
        c.append(StanceCue("refrained/refraining from voting", .abstain, .none, .vote))
        c.append(StanceCue("only/sole/lone *? member/country/one/nation/delegation to vote/voting against/no", .against, .none, .vote))
        c.append(StanceCue("only/sole/lone *? member/country/one/nation/delegation to vote/voting for/yes", .for, .none, .vote))
        c.append(StanceCue("only/sole/lone *? member/country/one/nation/delegation to abstain", .abstain, .none, .vote))
        // "voted 14-0 …, with Indonesia the only member to abstain": the member named right before "the only
        // member to …" (an apposition without a verb).
        c.append(StanceCue("the only/sole/lone *? member/country/one/nation/delegation to abstain", .abstain, .none, .vote, adjacent: true))
        c.append(StanceCue("the only/sole/lone *? member/country/one/nation/delegation to vote/voting against/no", .against, .none, .vote, adjacent: true))
        c.append(StanceCue("seat was/remained/stood empty/vacant", .abstain, .none, .vote, absence: true))
        // "The Soviet chair remained empty": the adjective and its seat noun are the mention.
        c.append(StanceCue("was/remained/stood/stayed/sat empty/vacant", .abstain, .none, .vote, absence: true))
        c.append(StanceCue("stayed/stays/kept away", .abstain, .none, .vote, absence: true))
        c.append(StanceCue("voting against/no/nay", .against, .none, .vote))
        c.append(StanceCue("lone/only/sole/single vote against", .against, .none, .vote))
        c.append(StanceCue("voting for/yes", .for, .none, .vote))
        c.append(StanceCue("voting in favour/favor", .for, .none, .vote))
        c.append(StanceCue("vetoed", .against, .cast, .vote))
        c.append(StanceCue("vetoing", .against, .cast, .vote))
        c.append(StanceCue("cast/used/exercised/wielded/invoked/casting/using/exercising \(possessive) *? *? *? *? *? veto/vetoes/vetos", .against, .cast, .vote))
        // "France and Great Britain opposed their veto to it" (a calque of the French "opposer son veto").
        c.append(StanceCue("opposed/interposed/applied/employed/lodged/entered \(possessive) veto/vetoes/vetos", .against, .cast, .vote))
        // "Russia killed with her veto tonight a British resolution".
        c.append(StanceCue("killed/sank/scuttled/torpedoed/blocked/struck/defeated with \(possessive) veto/vetoes/vetos", .against, .cast, .vote))
        c.append(StanceCue("blocked", .against, .cast, .vote))
        c.append(StanceCue("voted for/yes/aye", .for, .none, .vote))
        c.append(StanceCue("voted in favour/favor", .for, .none, .vote))
        // "Morocco, Rwanda and Togo voted in its favour" (a possessive between "in" and "favour").
        c.append(StanceCue("voted/voting in its/their favour/favor", .for, .none, .vote))
        c.append(StanceCue("voted/voting to adopt/approve/back/pass/support/endorse/renew/extend/impose/condemn/authorize/authorise/demand/establish/create/refer/lift/send/deploy/tighten/expand/end/call/urge/set/keep/place/put/take/hold/convene/discuss/consider/include/open/proceed", .for, .none, .vote))
        c.append(StanceCue("voted/voting to block/reject/oppose/kill", .against, .none, .vote))
        c.append(StanceCue("among *? *? *? *? backers/supporters/sponsors/co-sponsors/cosponsors/champions", .for))
        c.append(StanceCue("abstained", .abstain, .none, .vote))
        c.append(StanceCue("dissented/dissenting", .against, .none, .vote))
        c.append(StanceCue("chose/opted/opting to abstain", .abstain, .none, .vote))
        c.append(StanceCue("sat/sitting/sits out the? vote/voting/ballot", .abstain, .none, .vote))
        // Idioms of the recorded vote: "withheld its vote", "registered an abstention", "sat on their hands",
        // "was the lone holdout", "raised its hand against it".
        c.append(StanceCue("withheld/withholding/withholds/withhold \(possessive)? vote/votes/support", .abstain, .none, .vote))
        c.append(StanceCue("registered/recorded/entered/lodged/registering/recording an/its/their/his/her abstention/abstentions", .abstain, .none, .vote))
        c.append(StanceCue("sat/sitting/sits on \(possessive) hands", .abstain, .none, .vote))
        c.append(StanceCue("was/were the lone/only/sole/last/single? holdout/holdouts/dissenter/dissenters", .against, .none, .vote))
        c.append(StanceCue("is/are/remains/remain/remained the lone/only/sole/last/single? holdout/holdouts", .against))
        c.append(StanceCue("raised/raising/raises/raise \(possessive) hand/hands alone? against", .against, .none, .vote))
        c.append(StanceCue("raised/raising/raises/raise \(possessive) hand/hands in favour/favor/for/to approve/to adopt/to back", .for, .none, .vote))
        c.append(StanceCue("gave/given/gives/giving/give \(possessive) green light", .for))
        c.append(StanceCue("abstaining", .abstain, .none, .vote))
        c.append(StanceCue("did not vote/participate", .abstain, .none, .vote, negated: true, absence: true))
        c.append(StanceCue("did not take part", .abstain, .none, .vote, negated: true, absence: true))
        // "Britain, as a party to the dispute, did not cast a vote".
        c.append(StanceCue("did not cast a/its/their/his/her vote/ballot", .abstain, .none, .vote, negated: true, absence: true))
        // "Australia, Belgium, … and the United States made up the seven" (the number of votes in favour;
        // also "the majority").
        c.append(StanceCue("made/make/makes/making up the *", .for, .none, .vote))
        c.append(StanceCue("took/take/taking no part", .abstain, .none, .vote, negated: true, absence: true))
        // "The other seven members … refused to take part in the vote": non-participation (not "refused
        // to take part in the debate").
        c.append(StanceCue("refused/refuses/refusing/declined/declines/declining to take/participate part? in the? vote/voting/ballot", .abstain, .none, .vote, negated: true, absence: true))
        c.append(StanceCue("was/were/remained/remains/stayed/stays/is/are absent", .abstain, .none, .vote, absence: true))
        c.append(StanceCue("boycotted/boycotting", .abstain, .none, .vote, absence: true))
        c.append(StanceCue("not participating", .abstain, .none, .vote, negated: true, absence: true))
        // "adopted the resolution 10-0, with France not taking part in the vote" (also "not casting a vote").
        c.append(StanceCue("not taking part", .abstain, .none, .vote, negated: true, absence: true))
        c.append(StanceCue("not casting a/its/their/any vote/ballot", .abstain, .none, .vote, negated: true, absence: true))
        // Positions before the vote.
        c.append(StanceCue("opposed/opposes/oppose/opposing", .against))
        c.append(StanceCue("objected/objects/objecting", .against))
        c.append(StanceCue("object to", .against))
        c.append(StanceCue("rejected/rejects/reject/rejecting", .against))
        c.append(StanceCue("resisted/resists/resisting/balked/balks", .against))
        c.append(StanceCue("vote against/no/nay", .against, .threatened))
        c.append(StanceCue("is/are/was/were/remains/remain/stands/stand/came/come out? against", .against))
        c.append(StanceCue("refused/refuses/refusing/declined/declines to back/support/endorse/accept", .against, negated: true))
        // "declined to back the text or to oppose it": neither, an abstention.
        c.append(StanceCue("refused/refuses/refusing/declined/declines/declining to back/support/endorse/approve *? *? or/nor to? oppose/reject/block/veto", .abstain, .none, .vote, negated: true))
        c.append(StanceCue("will/would/could/does/do/did/can not support/back/endorse/accept", .against, negated: true, weak: true))
        c.append(StanceCue("won't/wouldn't/cannot/can't/doesn't/don't support/back/endorse/accept", .against, negated: true, weak: true))
        c.append(StanceCue("\(threatVerbs) to veto/block", .against, .threatened))
        c.append(StanceCue("\(threatVerbs) to use/wield/exercise/cast \(possessive)? veto/vetoes", .against, .threatened))
        // "The United States threatened on Sunday to veto the renewal", "vowed again to veto": a day or an adverb
        // between the threat and its verb.
        c.append(StanceCue("threatened/threatening/threatens/threaten/vowed/vows/vowing/warned \(threatWhen) \(threatWhen)? to veto/block", .against, .threatened))
        c.append(StanceCue("threatened/threatening/threatens/threaten/vowed/vows/vowing/warned \(threatWhen) \(threatWhen)? to use/wield/exercise/cast \(possessive)? veto/vetoes", .against, .threatened))
        c.append(StanceCue("threatened/threatening/threatens/threaten \(possessive) veto", .against, .threatened))
        // "Moscow would also veto the text".
        // ("Russia will almost certainly veto the text", "said it would again veto the text".)
        c.append(StanceCue("would/will/could/might/may/'d/'ll \(vetoAdverbs)? \(vetoAdverbs)? veto/block", .against, .threatened))
        // "Russia has said it will not hesitate to use its veto".
        c.append(StanceCue("will/would/'ll/'d not hesitate to veto/block", .against, .threatened, negated: true))
        c.append(StanceCue("will/would/'ll/'d not hesitate to use/wield/cast/exercise \(possessive)? veto/vetoes", .against, .threatened, negated: true))
        c.append(StanceCue("won't/wouldn't hesitate to veto/block", .against, .threatened, negated: true))
        c.append(StanceCue("won't/wouldn't hesitate to use/wield/cast/exercise \(possessive)? veto/vetoes", .against, .threatened, negated: true))
        // "China and Russia have said they will use their vetoes".
        c.append(StanceCue("would/will/could/might/may/'d/'ll also? use/wield/exercise/cast \(possessive)? veto/vetoes", .against, .threatened))
        c.append(StanceCue("veto threat/threats", .against, .threatened))
        c.append(StanceCue("will/would/'ll/could not allow/let/permit", .against, .threatened, negated: true))
        c.append(StanceCue("won't/wouldn't/cannot/can't allow/let/permit", .against, .threatened, negated: true))
        c.append(StanceCue("signalling/signaling/signalled/signaled/hinting/hinted/raising/raised/warning/warned of? at? a/the/its possible/likely? veto", .against, .threatened))
        c.append(StanceCue("prospect/threat/possibility/spectre/specter of a/its/their veto", .against, .threatened))
        c.append(StanceCue("threatened veto", .against, .threatened))
        c.append(StanceCue("veto/vetoes", .against, .threatened, vetoNoun: true, adjacent: true))
        c.append(StanceCue("opposition/objections/objection", .against, adjacent: true))
        c.append(StanceCue("backed/backs/backing/supports/supported/supporting/endorsed/endorses/endorsing/favours/favors/favoured/favored/championed/championing", .for))
        c.append(StanceCue("would/will/could/'d/'ll/to back/support/endorse/favour/favor", .for))
        // "The text, which all five will co-sponsor".
        c.append(StanceCue("would/will/'d/'ll/to co-sponsor/cosponsor/sponsor", .for))
        c.append(StanceCue("support/backing", .for, adjacent: true))
        // "Russia's push for a U.N. Security Council statement", "a French bid for a resolution".
        c.append(StanceCue("push/bid/drive/campaign for a/an/the", .for, adjacent: true))
        c.append(StanceCue("is/are/was/were in favour/favor", .for))
        c.append(StanceCue("vote for/yes", .for))
        c.append(StanceCue("vote in favour/favor", .for))
        c.append(StanceCue("vote in its/their favour/favor", .for))
        c.append(StanceCue("sponsored/sponsors/sponsoring/cosponsored/co-sponsored/drafted/drafts/drafting/tabled/circulated/authored/penned/introduced/proposed/submitted/presented", .for))
        c.append(StanceCue("co - sponsored/sponsoring/sponsors/sponsor", .for))
        c.append(StanceCue("put/puts/putting forward", .for))
        c.append(StanceCue("signed/signs/signing on", .for))
        // "France, Denmark, Greece and Latvia have put their names to the draft".
        c.append(StanceCue("put/puts/putting/added/adding/add \(possessive) names/name to", .for))
        // "the United States swung behind it on Wednesday".
        c.append(StanceCue("swung/swings/swinging/swing firmly/squarely? behind the/this/its/their/that? text/draft/resolution/measure/proposal/it", .for))
        // "Britain and France are behind the text".
        c.append(StanceCue("is/are/was/were/remain/remains/remained firmly/squarely/solidly/now/all/both/also? behind the/this/its/their/that? text/draft/resolution/measure/proposal/it", .for))
        // "Morocco … denounced the draft as one-sided".
        c.append(StanceCue("denounced/denounces/denouncing/decried/decries/criticized/criticised/criticizes/criticises/assailed/assails the/a/this/that *? draft/text/resolution/proposal/measure", .against))
        c.append(StanceCue("is/are/was/were now? on board", .for))
        c.append(StanceCue("do/did/does/doing the same/likewise", .unknown, copiesPrevious: true))
        c.append(StanceCue("follow/follows/followed/following suit", .unknown, copiesPrevious: true))
        // "Brazil and Chile told American diplomats they would do the same, and Benin's ambassador said his government
        // would join them": joining those just told takes their stance.
        c.append(StanceCue("join/joins/joined/joining them", .unknown, copiesPrevious: true))
        // "The U.S. text is backed by the council's European members …, diplomats said, as well as by Peru and
        // the Dominican Republic": the members after "as well as by" take the stance just told in the sentence.
        c.append(StanceCue("as well as by", .unknown, .none, .prevote, .object, copiesPrevious: true))
        c.append(StanceCue("those of", .for, .none, .prevote, .object))
        c.append(StanceCue("is/are/was/were still? counting votes", .for))
        // "is keeping its options open", "have not made up their minds".
        c.append(StanceCue("keeping/kept/keeps/keep its/their options open", .undecided))
        c.append(StanceCue("has/have/had not yet? made up its/their/his/her mind/minds", .undecided, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? made up its/their/his/her mind/minds", .undecided, negated: true))
        // "Indonesia has yet to make up its mind".
        c.append(StanceCue("yet to make up its/their/his/her mind/minds", .undecided))
        // "the Soviet Union \"has not yet taken a decision\"", "Chile is yet to reach a decision".
        c.append(StanceCue("has/have/had not yet? taken/reached/made a/its/their/any? final? decision", .undecided, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? taken/reached/made a/its/their/any? final? decision", .undecided, negated: true))
        c.append(StanceCue("yet to take/reach/make a/its/their/any? final? decision", .undecided))
        // "Cuba, Peru and Iran were also counted in its favor".
        c.append(StanceCue("counted/reckoned/listed/numbered in its/their/the favour/favor/camp", .for))
        // "under intense lobbying from Washington and London": the lobbyists are the sponsors.
        c.append(StanceCue("lobbying/pressure/courting/wooing from", .for, .none, .prevote, .object))
        c.append(StanceCue("promised/pledged/offered/promises/pledges/offers/promise/pledge \(possessive)? full? support/backing/votes/vote", .for))
        // "Poland and the Soviet Union have announced their support".
        // "said in a joint statement that they \"express our joint support\" for the resolution".
        c.append(StanceCue("announced/announces/declared/declares/voiced/voices/expressed/expresses/express/expressing \(possessive)/our? full/joint/strong? support/backing", .for))
        // "Only the Soviet Union and Czechoslovakia have declared firmly for the draft".
        // (Not "declared for the first time that …": the text must be named.)
        c.append(StanceCue("declared/declares/declare firmly/publicly/openly/squarely? for the/a/this/their/its draft/text/resolution/measure/proposal/motion/application/package", .for))
        c.append(StanceCue("declared/declares/declare firmly/publicly/openly/squarely? for it", .for))
        c.append(StanceCue("declared/declares/declare firmly/publicly/openly/squarely? against the/a/this/their/its draft/text/resolution/measure/proposal/motion/application/package", .against))
        c.append(StanceCue("declared/declares/declare firmly/publicly/openly/squarely? against it", .against))
        // "Austria and Costa Rica are lobbying fellow members": the sponsors canvass for votes.
        c.append(StanceCue("lobbying/lobbied/canvassing/canvassed fellow/other/council/for", .for))
        c.append(StanceCue("lobbying/lobbied against", .against))
        // "had not yet received instructions from Taipei", "are waiting for instructions from their capitals".
        c.append(StanceCue("awaiting/awaited/await instructions", .undecided))
        // "its delegate told reporters he was still awaiting instructions from Abidjan": the capital that has not
        // yet instructed its delegate is undecided.
        c.append(StanceCue("awaiting/awaited/await instructions from", .undecided, .none, .prevote, .object))
        c.append(StanceCue("waiting/waited/wait for instructions from", .undecided, .none, .prevote, .object))
        c.append(StanceCue("without instructions from", .undecided, .none, .prevote, .object))
        c.append(StanceCue("waiting/waited/wait for instructions", .undecided))
        // "was still awaiting word from Accra", "is waiting for the position of the Arab League".
        c.append(StanceCue("awaiting/awaited/await word/guidance", .undecided))
        c.append(StanceCue("waiting/waited/wait for word/guidance", .undecided))
        c.append(StanceCue("awaiting/awaited/await/waiting/waited/wait for? the position/positions/decision/verdict/view/views", .undecided))
        // "China has asked for more time to consult Beijing".
        c.append(StanceCue("asked/asks/asking/requested/requests/requesting/wants/wanted for? more time", .undecided))
        c.append(StanceCue("has/have/had not yet? received/got/gotten instructions", .undecided, negated: true))
        // "Lebanon's delegation was still without instructions tonight".
        c.append(StanceCue("is/are/was/were/remains/remain/remained still? without instructions", .undecided))
        c.append(StanceCue("has/have/had the votes/support", .for))
        // "The United States says it has more than enough votes to win Security Council approval".
        c.append(StanceCue("has/have/had more? than? enough votes/support", .for))
        // "The United States and Britain are still short of the nine votes they need": the sponsors.
        c.append(StanceCue("is/are/was/were/remain/remains/remained still? short of the * votes", .for))
        c.append(StanceCue("pressed/pressing/pushed/pushing/went/going/press/push ahead/forward with", .for))
        c.append(StanceCue("agreed/agree/agrees to/on the/a final? text/draft/resolution/wording", .for))
        // "The five permanent members agreed the draft at a closed meeting".
        c.append(StanceCue("agreed/agree/agrees the/a final? text/draft/resolution/wording", .for))
        c.append(StanceCue("welcomed/welcomes/welcoming the/a/its revised/new/amended/latest/final? draft/text/resolution/proposal", .for))
        c.append(StanceCue("voted/voting with/alongside", .unknown, .none, .vote, copiesObject: true))
        c.append(StanceCue("sided/siding/sides with", .unknown, .none, .vote, copiesObject: true))
        // "Poland is expected to vote with the Soviet Union": before the vote.
        c.append(StanceCue("vote/side with/alongside", .unknown, .none, .prevote, copiesObject: true))
        // "Only East Germany stood with Moscow".
        c.append(StanceCue("stood with/alongside/by", .unknown, .none, .vote, copiesObject: true))
        // "Poland alone followed the Russian lead" (the member whose lead or example is followed).
        // (The noun is in the pattern, so that "following the …" is rejected at once.)
        c.append(StanceCue("followed/follows/following the? * *? *? lead/example", .unknown, .none, .vote, copiesObject: true))
        // "Germany and Syria are firmly in the French camp": before the vote, as the camp's member stands.
        c.append(StanceCue("is/are/remain/remains/stand/stands firmly/squarely/solidly/now/also/still? in the * *? *? camp", .unknown, .none, .prevote, copiesObject: true))
        c.append(StanceCue("joining/joined/join/joins", .unknown, .none, .vote, copiesObject: true))
        c.append(StanceCue("its/their own? resolution/draft/proposal/text", .for, adjacent: false))
        // "A Soviet motion", "a French initiative": the member's own text.
        c.append(StanceCue("draft/drafts/text/proposal/resolution/motion/initiative", .for, adjacent: true))
        c.append(StanceCue("support/back/oppose/favour/favor/reject", .for, plainVerb: true))
        c.append(StanceCue("pushed/pushing/pressed/pressing/push/press *? *? for a vote", .for))
        c.append(StanceCue("put/putting/bring/bringing the/their/its/a draft/resolution/text to a vote", .for))
        c.append(StanceCue("- led/drafted/sponsored/backed/proposed/authored/written/penned/crafted/initiated/brokered/drawn", .for, adjacent: true))
        c.append(StanceCue("abstain/abstains", .abstain))
        c.append(StanceCue("abstention", .abstain, adjacent: true))
        c.append(StanceCue("undecided/uncommitted/wavering/noncommittal/unconvinced/torn", .undecided))
        c.append(StanceCue("non - committal", .undecided))
        c.append(StanceCue("on the fence", .undecided))
        c.append(StanceCue("swing votes/vote", .undecided))
        c.append(StanceCue("has/have/had also? not yet? formally/publicly/officially? decided/committed/declared/said/indicated/signalled/signaled/revealed/disclosed", .undecided, negated: true))
        // "China has not yet stated how it will vote".
        c.append(StanceCue("has/have/had also? not yet? formally/publicly/officially? stated/announced/specified/clarified/spelled/spelt how/whether/if", .undecided, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? decided/committed/declared/said", .undecided, negated: true))
        c.append(StanceCue("not yet decided/committed", .undecided, negated: true))
        c.append(StanceCue("yet to decide/commit/declare/say/announce", .undecided))
        c.append(StanceCue("yet to take/adopt/announce a/its/their position/stance", .undecided))
        // "Moscow has kept silent on how it will vote", "Beijing has remained tight-lipped about the text".
        c.append(StanceCue("kept/keeps/keeping/keep/remained/remains/remain/remaining/stayed/stays/stay/been silent/quiet/tight-lipped/mum/noncommittal on/about/over", .undecided))
        c.append(StanceCue("kept/keeps/keeping/keep/remained/remains/remain/remaining/stayed/stays/stay/been tight - lipped on/about/over", .undecided))
        // "Moscow has given no indication of how it will vote", "China gave no hint of its position".
        c.append(StanceCue("given/gave/giving/gives/offered/offers/provided no indication/sign/signal/hint/clue", .undecided, negated: true))
        // "China's position remains unclear", "Russia's stance is not yet known".
        c.append(StanceCue("position/stance/intentions/vote remains/remained/is/was/were/are still? unclear/uncertain/unknown/undecided", .undecided, adjacent: true))
        c.append(StanceCue("position/stance/intentions/vote remains/remained/is/was/were/are still? not yet? known/clear", .undecided, negated: true, adjacent: true))
        // "China has yet to state its position", "Chad is yet to make its position known", "has yet to reveal its hand".
        c.append(StanceCue("yet to state/declare/reveal/disclose/signal/indicate/spell/set/make/clarify/show out? a/its/their/his/her position/positions/stance/stances/intentions/hand/views known?", .undecided))
        c.append(StanceCue("yet to state/reveal/disclose/signal/indicate/show/clarify how/whether/if", .undecided))
        // "Bolivia has not made its position known".
        c.append(StanceCue("has/have/had not yet? made its/their/his/her position/positions/intentions/views known", .undecided, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? made its/their/his/her position/positions/intentions/views known", .undecided, negated: true))
        c.append(StanceCue("has/have/had not yet? taken/adopted/announced/declared/stated a/its/their position/stance/positions/stances", .undecided, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? taken/adopted/announced/declared/stated a/its/their position/stance/positions/stances", .undecided, negated: true))
        c.append(StanceCue("in favour/favor", .for, nearlyAdjacent: true))
        c.append(StanceCue("against", .against, nearlyAdjacent: true))
        c.append(StanceCue("declined/declining/declines/refused/refusing/refuses to say/disclose/reveal/indicate", .undecided))
        // "Egyptian diplomats would not say whether their country would still vote for a text it had drafted".
        c.append(StanceCue("would/will/did/could not say whether/if/how", .undecided, negated: true))
        c.append(StanceCue("wouldn't/won't/didn't/couldn't say whether/if/how", .undecided, negated: true))
        c.append(StanceCue("in opposition", .against))
        c.append(StanceCue("put/puts/putting/bring/brings/bringing/table/tables/tabling a/the/their/its *? *? draft/resolution/text", .for))
        c.append(StanceCue("put/puts/putting/bring/brings/bringing to a vote", .for))
        c.append(StanceCue("call/calls/calling/called/request/requests/requesting/requested a vote", .for))
        c.append(StanceCue("preparing/prepared/prepare/prepares/circulating/drawing/drew/draw up? a/the/their/its draft/text/resolution", .for))
        c.append(StanceCue("in blocking/vetoing/killing", .against, .cast, .vote))
        c.append(StanceCue("in opposing/rejecting", .against))
        c.append(StanceCue("in backing/supporting/sponsoring", .for))
        c.append(StanceCue("still weighing/considering/undecided/studying/reviewing/assessing/examining", .undecided))
        // Members after the phrase.
        c.append(StanceCue("vetoed by", .against, .cast, .vote, .object))
        // "The nine votes in favour came from the Soviet Union, China, …": the members after the phrase.
        c.append(StanceCue("votes/vote in favour/favor came/come/were from", .for, .none, .vote, .object))
        c.append(StanceCue("yes/affirmative/supporting votes came/come/were from", .for, .none, .vote, .object))
        c.append(StanceCue("votes/vote against came/come/were from", .against, .none, .vote, .object))
        c.append(StanceCue("no/negative votes came/come/were from", .against, .none, .vote, .object))
        c.append(StanceCue("abstentions/abstention came/come/were from", .abstain, .none, .vote, .object))
        c.append(StanceCue("blocked by", .against, .cast, .vote, .object))
        c.append(StanceCue("opposed by", .against, .none, .prevote, .object))
        // "The proposal was opposed as well by Indonesia, …", "The draft was rejected by the Council's four European
        // Union members - Belgium, … -": a passive with "as well"/"also" between, and "rejected by".
        c.append(StanceCue("opposed/rejected as well by", .against, .none, .prevote, .object))
        c.append(StanceCue("opposed/rejected also by", .against, .none, .prevote, .object))
        c.append(StanceCue("rejected by", .against, .none, .prevote, .object))
        c.append(StanceCue("opposition/objections/objection/resistance *? *? from/of/by", .against, .none, .prevote, .object))
        c.append(StanceCue("veto/vetoes/vetos by/from", .against, .threatened, .prevote, .object, vetoNoun: true))
        c.append(StanceCue("negative vote/votes from/by/of", .against, .none, .vote, .object))
        // "The seven votes came from Nationalist China, Bolivia, …"; "the negative votes came from …".
        c.append(StanceCue("negative/dissenting/no vote/votes came/come from", .against, .none, .vote, .object))
        c.append(StanceCue("abstentions/abstention came/come from", .abstain, .none, .vote, .object))
        c.append(StanceCue("affirmative/yes? vote/votes came/come from", .for, .none, .vote, .object))
        // "The resolution received only five \"yes\" votes — from Russia, China, …": the votes cast for it,
        // named after a dash or comma ("votes — from", "affirmative votes, from", "\"yes\" votes from").
        c.append(StanceCue("affirmative/yes/favourable/favorable \"? vote/votes —/-/,? from", .for, .none, .vote, .object))
        c.append(StanceCue("vote/votes —/-/, from", .for, .none, .vote, .object))
        c.append(StanceCue("negative/dissenting/no \"? vote/votes —/-/, from/by/of", .against, .none, .vote, .object))
        c.append(StanceCue("abstentions/abstention —/-/, from/by/of", .abstain, .none, .vote, .object))
        c.append(StanceCue("backed/supported/endorsed/championed by", .for, .none, .prevote, .object))
        // "it already had \"the firm support\" of India, Nicaragua, …" (a quotation mark may close before "of").
        c.append(StanceCue("support/backing \"? from/of", .for, .none, .prevote, .object))
        c.append(StanceCue("sponsored/co-sponsored/cosponsored/drafted/proposed/introduced/tabled/circulated/authored/penned/written/submitted/presented/offered/led/prepared jointly? by", .for, .none, .prevote, .object))
        c.append(StanceCue("co - sponsored by", .for, .none, .prevote, .object))
        // ("The resolution, put forward jointly by Britain, France and the United States".)
        c.append(StanceCue("put forward jointly? by", .for, .none, .prevote, .object))
        c.append(StanceCue("abstentions/abstention from/by/of", .abstain, .none, .vote, .object))
        c.append(StanceCue("failed/fails/failing to convince/persuade/sway", .undecided, .none, .prevote, .object))
        c.append(StanceCue("failed/fails/failing to win over?", .undecided, .none, .prevote, .object))
        c.append(StanceCue("yet to convince/persuade/sway/win", .undecided, .none, .prevote, .object))
        c.append(StanceCue("has/have/had not yet? convinced/persuaded/swayed/won over?", .undecided, .none, .prevote, .object, negated: true))
        c.append(StanceCue("hasn't/haven't/hadn't yet? convinced/persuaded/swayed/won over?", .undecided, .none, .prevote, .object, negated: true))
        c.append(StanceCue("courting/wooing/lobbying", .undecided, .none, .prevote, .object))
        c.append(StanceCue("to persuade/convince/sway", .undecided, .none, .prevote, .object))
        c.append(StanceCue("to win over", .undecided, .none, .prevote, .object))
        c.append(StanceCue("trying/tried/try/tries/seeking/sought/working/worked/lobbying/lobbied/attempting/attempted/struggling/struggled/hoping/hoped/scrambling *? *? to persuade/convince/sway/win", .for, objectUndecided: true))
        c.append(StanceCue("votes in favour/favor from/by/of", .for, .none, .vote, .object))
        // A press release's record of the vote: "In favour: Austria, Burkina Faso, …", "Abstaining: United States."
        c.append(StanceCue("in favour/favor :", .for, .none, .vote, .object))
        c.append(StanceCue("against :", .against, .none, .vote, .object))
        c.append(StanceCue("abstaining/abstentions/abstention/abstained :", .abstain, .none, .vote, .object))
        // "Voting for the resolution were the United States, Britain, …" (the text may be named before "were").
        c.append(StanceCue("voting/voted against/no \(draftNamed) were", .against, .none, .vote, .object))
        c.append(StanceCue("voting/voted for/yes \(draftNamed) were", .for, .none, .vote, .object))
        c.append(StanceCue("voting/voted in favour/favor \(draftNamed) were", .for, .none, .vote, .object))
        c.append(StanceCue("abstaining were", .abstain, .none, .vote, .object))
        // "Lined up against it were the United States, France, Cuba …": the inverted line-up of a vote.
        c.append(StanceCue("lined up against \(draftNamed) were", .against, .none, .vote, .object))
        c.append(StanceCue("lined up for/behind \(draftNamed) were", .for, .none, .vote, .object))
        c.append(StanceCue("undecided/uncommitted members/countries/nations/states/delegations", .undecided, .none, .prevote, .object))
        // "The seven affirmative votes were those of the United States, …", "obtained seven votes — those of …".
        c.append(StanceCue("affirmative/favourable/favorable/positive votes were/came those? of/from", .for, .none, .vote, .object))
        c.append(StanceCue("negative/dissenting votes were/came those? of/from", .against, .none, .vote, .object))
        c.append(StanceCue("votes -/—/,/: those of", .for, .none, .vote, .object))
        // "The co-sponsors can count on Bulgaria".
        c.append(StanceCue("can/could count on", .for, .none, .prevote, .object))
        // "The United States is counting on the votes of Britain, France, …".
        c.append(StanceCue("counting/counts/relying/relies/banking on the? votes/support/backing of", .for, .none, .prevote, .object))
        // "Its sponsors say they have commitments from every other member", "pledges of support from Brazil".
        c.append(StanceCue("commitments/commitment/pledges/assurances of? support? from", .for, .none, .prevote, .object))
        // "The Soviet draft received only two votes, its own and Poland's": the sponsor named before the text votes
        // for it ("its own") …
        c.append(StanceCue("draft/resolution/text/proposal received/won/got/drew/obtained/gained only? *? vote/votes , its/their", .for, .none, .vote, adjacent: true))
        // … and so does the member after "own and" (the cue above ends at "its", so this one starts at "own").
        c.append(StanceCue("own and", .for, .none, .vote, .object))
        // "It is expected to receive the votes of the other 14 members" (a forecast; "hoping to receive the votes
        // of" is a wish, see `StanceReader`).
        c.append(StanceCue("receive/received/receives/receiving/win/won/wins/winning/get/got/gets/getting/secure/secured/garner/garnered/attract/attracted/draw/drew the votes/ayes of", .for, .none, .prevote, .object))
        // "was defeated Wednesday in the U.N. Security Council, winning support only from Moscow and its ally China":
        // the draft's support named after the verb.
        // ("only from" counts the votes the text got: the vote itself.)
        c.append(StanceCue("winning/won/wins/win/receiving/received/receives/drawing/drew/draws/gaining/gained/gains/getting/got/gets/garnering/garnered support/backing only from", .for, .none, .vote, .object))
        c.append(StanceCue("winning/won/wins/win/receiving/received/receives/drawing/drew/draws/gaining/gained/gains/getting/got/gets/garnering/garnered support/backing from", .for, .none, .prevote, .object))
        // "It remained unclear how China and Russia would vote".
        c.append(StanceCue("unclear/uncertain/unknown *? how/whether", .undecided, .none, .prevote, .object))
        // "It was not clear how Russia would vote".
        c.append(StanceCue("not clear *? how/whether", .undecided, .none, .prevote, .object, negated: true))
        // The "undecided six" - Angola, Cameroon, …
        c.append(StanceCue("undecided/uncommitted/wavering/swing/middle two/three/four/five/six/seven/eight \"?", .undecided, .none, .prevote, .object))
        // "co-sponsor Japan".
        c.append(StanceCue("co - sponsor/sponsors", .for, .none, .prevote, .object))
        c.append(StanceCue("cosponsor/co-sponsor/cosponsors/co-sponsors", .for, .none, .prevote, .object))
        c.append(StanceCue("swing states/countries/members/nations/delegations/votes \"?", .undecided, .none, .prevote, .object))
        // "China has kept its position to itself", "were still consulting their capitals".
        c.append(StanceCue("kept/keeps/keeping/kept its/their position/positions/cards/intentions/counsel to itself/themselves", .undecided))
        c.append(StanceCue("consulting/consult/consulted with? its/their capital/capitals/government/governments", .undecided))
        // "The three African members … were still consulting on Monday morning".
        c.append(StanceCue("is/are/was/were still consulting", .undecided))
        // "The United States, Britain and France have lined up Belgium, Italy … behind the text".
        c.append(StanceCue("lined/lining/lines/line up", .for, objectSame: true))
        // "the Kremlin has since said only that it is studying the draft".
        // ("China has said it is studying the final draft": a word for which version may stand before the text.)
        c.append(StanceCue("is/are/was/were still? studying/reviewing/weighing/examining/considering/assessing the/a/its? final/new/latest/revised/amended/updated/current/last? draft/text/resolution/proposal", .undecided))
        // "China has kept its own counsel".
        c.append(StanceCue("kept/keeps/keeping/keep its/their own counsel", .undecided))
        // "The draft has one more declared supporter, Bulgaria": the supporter named in apposition.
        c.append(StanceCue("declared/committed/firm/firmest/staunchest/strongest/public? supporter/supporters/backer/backers ,/:/—/-", .for, .none, .prevote, .object))
        return c
    }()

    /// Cues indexed by the words their first pattern word can be.
    static let byFirstWord: WordMap<[StanceCue]> = {
        var out: [String: [StanceCue]] = [:]
        for cue in cues {
            for w in cue.pattern[0] { out[w, default: []].append(cue) }
            // A cue whose first word is optional can also start at its second word.
            if cue.optional[0], cue.pattern.count > 1 {
                for w in cue.pattern[1] { out[w, default: []].append(cue) }
            }
        }
        // Longer patterns first, so "vetoed by" wins over "vetoed".
        for key in out.keys { out[key]?.sort { $0.pattern.count > $1.pattern.count } }
        return WordMap(out.map { ($0.key, $0.value) }, capacity: out.count)
    }()

    /// Words that stand between a controlling verb and its object, whose stance is then not told:
    /// "urged Russia to abstain", "persuade India to vote in favour".
    static let controlVerbs: WordSet = [
        "convince", "convinced", "persuade", "persuaded", "urge", "urged", "urging", "urges", "press", "pressed",
        "pressing", "pressure", "pressured", "pressuring", "lobby", "lobbied", "lobbying", "ask", "asked", "asking",
        "encourage", "encouraged", "encouraging", "get", "getting", "sway", "push", "pushed", "pushing", "want",
        "wants", "wanted", "called", "calls", "calling", "appealed", "appeals", "implored", "begged", "invite",
        "invited", "allow", "allowed", "told", "warned", "convincing", "persuading", "win", "winning", "coax", "order", "ordered", "force", "forced",
    ]

    /// Negation words that cancel a cue in its clause.
    static let negations: WordSet = ["not", "n't", "never", "neither", "nor", "no", "didn't", "won't", "wouldn't", "doesn't", "don't", "hasn't", "haven't", "isn't", "aren't", "wasn't", "weren't", "cannot", "can't", "unlikely", "none"]

    /// Words that end a clause for the subject search.
    static let clauseBoundaries: WordSet = [";", ":", "but", "while", "whereas", "although", "though", "however", "unlike", "\"", "(", ")", "after", "before", "because", "since", "when", "if", "whether"]
}
