/// Which tokens the tally may read: sentences about the Council (or about no named body), up to
/// any mention of an amendment or a rival text.
struct ReadableText: Sendable {
    /// Per sentence: whether it may be read at all.
    var allowed: [Bool]
    /// Per sentence: the first token not read (Int.max when the whole sentence is read).
    var blockedFrom: [Int]
    /// Per sentence: the token where reading resumes after `blockedFrom` (Int.max: never), when
    /// only a relative clause about another text was blocked.
    var resumesAt: [Int]

    /// Whether token `i` (of sentence `sentence`) may be read.
    func reads(_ i: Int, sentence: Int) -> Bool {
        sentence < allowed.count && allowed[sentence] && (i < blockedFrom[sentence] || i >= resumesAt[sentence])
    }

    /// Whether some part of the sentence may be read.
    func readsSentence(_ sentence: Int) -> Bool { sentence < allowed.count && allowed[sentence] }
}

/// A body that votes: the Security Council or another one an article may be about.
enum VotingBody: Sendable, Hashable {
    case securityCouncil, generalAssembly, humanRightsCouncil, parliament, otherBody
}

/// Decides which body each sentence speaks of and whether the article is about a Security
/// Council decision at all (a General Assembly, Human Rights Council or parliament vote, or an
/// article that only mentions the Council, gives no tally).
struct CouncilRelevance: Sendable {
    /// The body each sentence speaks of (named in it, or carried from the sentences before); nil before any.
    var sentenceBody: [VotingBody?]
    /// Whether the sentence may be read for Council stances and counts: not when it names another
    /// body without the Council, nor when it continues a General Assembly or Human Rights Council passage.
    var readable: ReadableText
    /// Whether the article is about a Security Council decision.
    var isCouncilDecision: Bool
    /// Whether no body is named at all (then only stance signals make it a Council article).
    var unattributedOnly = false
    /// Decision sentences per body.
    var scores: [VotingBody: Int]
    /// Whether the text or headline names the Security Council itself (not only votes or vetoes).
    var namesCouncil: Bool
    /// Whether the article is an opinion piece ("Opinion: …", "The writer is …"): it argues about the
    /// Council rather than reports a decision, so only a recorded vote with totals makes a tally.
    var isOpinion = false
    /// Whether the story's first decision sentence is dated to an earlier year than the article
    /// ("Fifty years ago today, on 22 November 1967, the Security Council unanimously adopted …"):
    /// a feature recalling a past vote, unless the rest tells of a vote of its own.
    var recallsPastVote = false

    /// Words that make a sentence about a decision.
    static let decisionWords: WordSet = [
        "vote", "votes", "voted", "voting", "resolution", "resolutions", "draft", "veto", "vetoes", "vetoed",
        "abstain", "abstained", "abstaining", "abstention", "abstentions", "adopted", "adopt", "unanimously",
        "unanimous", "motion", "ballot", "favour", "favor", "approved", "passed", "rejected",
    ]

    /// Comparatives that, after "a", name a text other than the draft ("a milder text", "a weaker draft").
    static let comparativeText: WordSet = ["milder", "weaker", "softer", "tougher", "stronger", "narrower", "broader",
                                               "shorter", "longer", "harsher", "gentler", "blander", "similar"]

    /// The words the per-token tests of `init` start from (the others leave a sentence as it is):
    /// decision words, "vetoing", the verbs of `aboutManyDrafts` and `statesTheRule`, the
    /// comparatives and the words of amendments and rival texts.
    private static let sentenceWords = WordSet(
        decisionWords.words.union(comparativeText.words).union([
            "vetoing", "vetoed", "blocked", "blocking", "requirement", "needs", "need", "requires", "require", "required",
            "needed", "takes", "amendment", "amendments", "rival", "competing", "earlier", "previous", "prior", "another",
            "second", "also", "paragraph", "paragraphs",
        ]))

    /// Reads the bodies of `tokens` (with `sentences` sentences); `headline` tokens count as sentence -1.
    /// `articleYear`, when the article's date gives it, marks sentences dated to an earlier year
    /// as about a past vote.
    init(tokens: [CouncilToken], sentences: Int, headline: [CouncilToken], articleYear: Int? = nil, articleMonth: Int? = nil) {
        var refs = [[VotingBody]](repeating: [], count: sentences)
        var refTokens = [[Int]](repeating: [], count: sentences)
        var firstDecisionWord = [Int](repeating: -1, count: sentences)
        var decision = [Bool](repeating: false, count: sentences)
        let headRefs = Self.bodies(in: headline)
        let headDecision = headline.contains { Self.decisionWords.contains($0.text) }
        var i = 0
        // One pass: find explicit body references and decision words per sentence.
        // "the 'Uniting for Peace' machinery set up by the Assembly in 1950": another body named as the
        // author of an act dated to an earlier year is not deciding in the story.
        let found = Self.references(tokens).filter { ref in
            guard ref.body != .securityCouncil, let articleYear else { return true }
            return !Self.pastAuthor(tokens, at: ref.token, articleYear: articleYear)
        }.filter { ref in ref.body == .securityCouncil || !Self.pastPerfectRelative(tokens, at: ref.token) }
        for (sentence, body, token) in found where sentence < sentences {
            refs[sentence].append(body)
            refTokens[sentence].append(token)
        }
        var blockedFrom = [Int](repeating: Int.max, count: sentences)
        var resumesAt = [Int](repeating: Int.max, count: sentences)
        var vetoWords = [Bool](repeating: false, count: sentences)
        // Sentences read only up to a text "also" put forward or decided on (`alsoTabledText`).
        var alsoOther = [Bool](repeating: false, count: sentences)
        // Sentences that sum up many drafts ("has vetoed draft after draft") decide nothing.
        var recordOnly = [Bool](repeating: false, count: sentences)
        // Sentences that state the Charter's rule ("A resolution needs nine votes and no veto") are not read.
        var ruleOnly = [Bool](repeating: false, count: sentences)
        while i < tokens.count {
            let s = tokens[i].sentence
            if s < sentences, Self.sentenceWords.contains(tokens[i].text) {
                if Self.aboutManyDrafts(tokens, i) { recordOnly[s] = true }
                if Self.statesTheRule(tokens, i) { recordOnly[s] = true; ruleOnly[s] = true }
                // "a draft statement", "a draft press statement": agreed by consensus, never voted on.
                let statement = tokens[i].text == "draft" && i + 1 < tokens.count
                    && (tokens[i + 1].text == "statement" || ["press", "presidential"].contains(tokens[i + 1].text) && i + 2 < tokens.count && tokens[i + 2].text == "statement")
                if Self.decisionWords.contains(tokens[i].text), !statement {
                    // "No resolution was proposed", "without a vote": not a decision.
                    // "none was put to a vote", "was never put to a vote".
                    let notPut = tokens[i].text == "vote" && i > 3 && tokens[i - 1].text == "a" && tokens[i - 2].text == "to"
                        && tokens[i - 3].text == "put" && (max(0, i - 6)..<(i - 3)).contains { ["none", "not", "never", "nothing", "neither"].contains(tokens[$0].text) }
                    // "He did not expect a vote on any new text": a vote not expected is none.
                    let notExpected = tokens[i].text == "vote" && i > 3 && ["a", "any"].contains(tokens[i - 1].text)
                        && ["expect", "expects", "expected", "foresee", "foresees", "anticipate", "anticipates", "plan", "plans"].contains(tokens[i - 2].text)
                        && (i - 4..<i - 2).contains { ["not", "n't", "no", "never"].contains(tokens[$0].text) && tokens[$0].sentence == tokens[i].sentence }
                    let negated = notPut || notExpected || i > 0 && ["no", "not", "without", "never", "nor", "or"].contains(tokens[i - 1].text)
                        || i > 1 && ["no", "without", "not"].contains(tokens[i - 2].text) && ["a", "draft", "formal", "new"].contains(tokens[i - 1].text)
                    let aboutNoDraft = Self.aboutTheVetoItself(tokens, i) || Self.earlierVetoesAfter(tokens, i)
                    if !negated, !aboutNoDraft {
                        decision[s] = true
                        if firstDecisionWord[s] < 0 { firstDecisionWord[s] = i }
                        if ["veto", "vetoed", "vetoes"].contains(tokens[i].text) { vetoWords[s] = true }
                    }
                } else if tokens[i].text == "vetoing", i == 0 || !["no", "not", "without", "never", "nor", "or"].contains(tokens[i - 1].text) {
                    vetoWords[s] = true
                }
                // Votes on amendments and rival texts are not the vote on the draft: the rest of the
                // sentence from "amendment" or "rival" on is not read.
                // ("settle for a milder text being drafted by Bolivia and Uruguay": a comparative before a
                // text names another text too.)
                let otherText = Self.comparativeText.contains(tokens[i].text) && i > 0 && ["a", "an"].contains(tokens[i - 1].text)
                    && i + 1 < tokens.count && ["text", "draft", "resolution", "version"].contains(tokens[i + 1].text)
                // "four earlier drafts along those lines were vetoed on Monday", "A second draft, sponsored
                // by …, was not pressed to a vote", "another text": an earlier or further text is another
                // text (not "a second resolution", which a story may be about).
                let textNouns = ["text", "texts", "draft", "drafts"]
                let nextIsText = i + 1 < tokens.count && tokens[i + 1].sentence == s && textNouns.contains(tokens[i + 1].text)
                let earlierText = nextIsText && ["earlier", "previous", "prior", "another"].contains(tokens[i].text)
                    || nextIsText && tokens[i].text == "second" && i > 0 && tokens[i - 1].text == "a"
                    || ["earlier", "previous", "prior"].contains(tokens[i].text) && i + 1 < tokens.count && tokens[i + 1].sentence == s
                        && ["resolutions"].contains(tokens[i + 1].text)
                // "A Soviet draft was also circulated this evening, but its sponsors have not asked for a vote":
                // a text that is "also" put forward, named with "a", is another text, from its "a" on.
                let alsoTabled = Self.alsoTabledText(tokens, i)
                // "The vote came hours after the Soviet Union vetoed a United States resolution": the vote an "after"
                // clause dates the story's by is another one; the rest of the sentence is not read.
                if let a = Self.datingAfterClause(tokens, i), a < blockedFrom[s] {
                    blockedFrom[s] = a
                    resumesAt[s] = Int.max
                }
                if let a = alsoTabled, a < blockedFrom[s] {
                    blockedFrom[s] = a
                    resumesAt[s] = Int.max
                    alsoOther[s] = true
                }
                // ("That paragraph was approved 9 to 0, with the Soviet Union and Czechoslovakia abstaining", "asked for a
                // separate vote on the paragraph that …": a paragraph voted on alone is another decision than the text's.)
                let paragraphVote = ["paragraph", "paragraphs"].contains(tokens[i].text)
                    && (((i + 1)..<min(tokens.count, i + 6)).contains { tokens[$0].sentence == s && Self.paragraphDecisionWords.contains(tokens[$0].text) }
                        || i > 2 && tokens[i - 3].text == "vote" && tokens[i - 2].text == "on")
                // ("said that most of Moscow's amendments had been accepted and that Russia would vote for the text":
                // amendments the drafters accepted or worked in are part of the text, not another one voted on.)
                let amendmentTakenIn = ["amendment", "amendments"].contains(tokens[i].text)
                    && ((i + 1)..<min(tokens.count, i + 5)).contains { tokens[$0].sentence == s && Self.takenInWords.contains(tokens[$0].text) }
                if alsoTabled == nil, ["amendment", "amendments", "rival", "competing"].contains(tokens[i].text) && !amendmentTakenIn
                    || otherText || earlierText || paragraphVote,
                   i < blockedFrom[s] {
                    blockedFrom[s] = i
                    // "Russia and China, which on Friday vetoed a rival U.S. text, have said they will
                    // support …": only the relative clause is about the other text.
                    resumesAt[s] = Self.endOfRelativeClause(tokens, around: i) ?? Int.max
                }
            }
            i += 1
        }
        // "Minutes later a United Arab Republic resolution … was also defeated. It received only three votes —
        // those of …": a sentence opening with "It" right after one about another text goes on about that text.
        var sentenceStart = [Int](repeating: -1, count: sentences)
        for k in tokens.indices where tokens[k].sentence < sentences && sentenceStart[tokens[k].sentence] < 0 { sentenceStart[tokens[k].sentence] = k }
        for s in 1..<max(1, sentences) where alsoOther[s - 1] && sentenceStart[s] >= 0 && tokens[sentenceStart[s]].text == "it" {
            blockedFrom[s] = sentenceStart[s]
            resumesAt[s] = Int.max
            alsoOther[s] = true
        }
        for s in 0..<sentences where recordOnly[s] { decision[s] = false; vetoWords[s] = false }
        // "Fifty years ago today, on 22 November 1967, the Security Council unanimously adopted
        // Resolution 242" in a 2017 story: a vote dated to an earlier year is a past vote, neither the
        // story's decision nor read for it.
        let pastDated = Self.pastDated(tokens, sentences: sentences, articleYear: articleYear, articleMonth: articleMonth)
        if let lead = decision.firstIndex(of: true), pastDated[lead] { recallsPastVote = true }
        for s in 0..<sentences where pastDated[s] && decision[s] { decision[s] = false; vetoWords[s] = false; ruleOnly[s] = true }
        // "Last week an American resolution was vetoed by the Soviet Union" after a first sentence about the
        // story's own decision: another day's vote, not read.
        // ("The U.N. Security Council today appealed to the big powers … The resolution … was approved 9-0. … Only
        // yesterday the council turned down, 7-2, a Soviet resolution": so too after a lede whose decision is told
        // without a decision word, once a sentence before has told one.)
        if decision.first == false, let first = decision.firstIndex(of: true) {
            let otherDay = Self.otherDayDated(tokens, sentences: sentences)
            for s in (first + 1)..<max(first + 1, sentences) where otherDay[s] && decision[s] { decision[s] = false; vetoWords[s] = false; ruleOnly[s] = true }
        }
        if decision.first == true {
            let otherDay = Self.otherDayDated(tokens, sentences: sentences)
            for s in 0..<sentences where otherDay[s] && decision[s] { decision[s] = false; vetoWords[s] = false; ruleOnly[s] = true }
            // "In a second vote, a United Arab Republic draft won only three votes", "In a separate vote, …": another
            // decision.
            for s in 1..<max(1, sentences) where decision[s] && sentenceStart[s] >= 0 {
                let f = sentenceStart[s]
                func w(_ j: Int) -> String { f + j < tokens.count && tokens[f + j].sentence == s ? tokens[f + j].text : "" }
                let other: Set<String> = ["second", "separate", "later", "subsequent", "further", "third", "earlier"]
                // ("Minutes later the council voted on a U.S. draft that blamed Hamas", "Moments later", "Shortly
                // afterwards": a further vote after the one the story opened with.)
                let later = ["minutes", "moments", "hours"].contains(w(0)) && w(1) == "later"
                    || w(0) == "shortly" && ["afterwards", "afterward", "thereafter"].contains(w(1))
                if later || w(0) == "in", later || w(1) == "another" && ["vote", "ballot"].contains(w(2))
                    || w(1) == "a" && other.contains(w(2)) && ["vote", "ballot"].contains(w(3)) {
                    decision[s] = false; vetoWords[s] = false; ruleOnly[s] = true
                    // "… voted on a U.S. draft that blamed Hamas. Only the United States voted for it; …": the next
                    // sentence goes on about that vote when it names the text only as "it".
                    if later, s + 1 < sentences, sentenceStart[s + 1] >= 0 {
                        var k = sentenceStart[s + 1], aboutIt = false, ownText = false
                        while k + 1 < tokens.count, tokens[k].sentence == s + 1 {
                            if ["for", "against", "on"].contains(tokens[k].text), tokens[k + 1].text == "it",
                               k > 0, ["voted", "vote", "votes", "voting"].contains(tokens[k - 1].text) { aboutIt = true }
                            if ["draft", "resolution", "text", "measure", "council"].contains(tokens[k].text) && k > 0 && tokens[k - 1].text == "the" { ownText = true }
                            k += 1
                        }
                        if aboutIt, !ownText { decision[s + 1] = false; vetoWords[s + 1] = false; ruleOnly[s + 1] = true }
                    }
                }
            }
        }
        var body: [VotingBody?] = []
        var allows: [Bool] = []
        var current: VotingBody? = headRefs.first
        var scores: [VotingBody: Int] = [:]
        var firstBody: VotingBody? = headRefs.first
        var unattributed = 0
        // Sentences about a veto that name no body.
        var unattributedVeto = 0
        if headDecision { for b in Set(headRefs) { scores[b, default: 0] += 1 } }
        for s in 0..<sentences {
            let named = refs[s]
            // "The General Assembly voted 108-9 … The vote came six days after the United States vetoed a similar
            // resolution in the Security Council. Britain abstained, …": a Council named only inside a clause that
            // dates the other body's vote ("came six days after …") does not carry on; the other body does.
            let datingClause = Set(named) == [.securityCouncil] && current != nil && current != .securityCouncil
                && sentenceStart[s] >= 0 && (sentenceStart[s]..<refTokens[s][0]).contains { a in
                    tokens[a].text == "after" && (max(sentenceStart[s], a - 3)..<a).contains {
                        Self.datingWords.contains(tokens[$0].text)
                    }
                }
            // The body a sentence names first (usually its subject) carries to the next sentences.
            if let first = named.first, !datingClause { current = first }
            // "The council met only hours after the General Assembly adopted a rival text": of several
            // bodies, the one named last before the sentence's first decision word carries on.
            if Set(named).count > 1, decision[s], let k = refTokens[s].lastIndex(where: { $0 < firstDecisionWord[s] }) { current = named[k] }
            // "The General Assembly last week asked the Council to reconsider the application": the Council another
            // body turns to is the one that acts next; it carries on (not after the other body's own decision told
            // before it: "The General Assembly voted … and called on the Security Council to reconsider …").
            if Set(named).count > 1, let k = named.indices.last(where: { named[$0] == .securityCouncil }), k > 0,
               !decision[s] || firstDecisionWord[s] > refTokens[s][k],
               (max(0, refTokens[s][k] - 4)..<refTokens[s][k]).contains(where: {
                   tokens[$0].sentence == s && ["asked", "asks", "asking", "urged", "urges", "urging", "requested", "requests",
                                                "requesting", "called", "calls", "calling", "invited", "invites", "inviting"].contains(tokens[$0].text)
               }) { current = .securityCouncil }
            // A sentence about a veto that names no body is about the Council: only it has vetoes.
            if named.isEmpty, decision[s], vetoWords[s] { current = .securityCouncil }
            if firstBody == nil { firstBody = named.first }
            body.append(named.contains(.securityCouncil) ? .securityCouncil : current)
            if ruleOnly[s] {
                allows.append(false)
            } else if named.contains(.securityCouncil) {
                allows.append(true)
            } else if !named.isEmpty {
                allows.append(false)
            } else {
                allows.append(current != .generalAssembly && current != .humanRightsCouncil)
            }
            if decision[s] {
                if named.isEmpty {
                    if vetoWords[s] {
                        unattributedVeto += 1
                    } else if let current {
                        scores[current, default: 0] += 1
                    } else {
                        unattributed += 1
                    }
                } else {
                    for b in Set(named) { scores[b, default: 0] += 1 }
                }
            }
        }
        self.namesCouncil = headRefs.contains(.securityCouncil) || found.contains { $0.body == .securityCouncil }
        self.sentenceBody = body
        self.readable = ReadableText(allowed: allows, blockedFrom: blockedFrom, resumesAt: resumesAt)
        self.scores = scores
        // Decision sentences before any body is named: the Council's when nothing else claims them
        // (an article about a veto need not name the Council).
        // ("France will vote against a U.S.-British draft resolution … Turkey's parliament voted on March 1
        // against …": so too when the story names the Council and they outnumber the other body's, unless
        // a vote counts more than the Council's fifteen, "by 87 votes to 15".)
        let otherScore = scores.filter { $0.key != .securityCouncil }.map(\.value).max() ?? 0
        if unattributed > 0, scores.isEmpty || scores.keys.allSatisfy({ $0 == .securityCouncil }) || firstBody == nil
            || namesCouncil && unattributed > otherScore && !Self.largerBodyCount(tokens) {
            scores[.securityCouncil, default: 0] += unattributed
        }
        scores[.securityCouncil, default: 0] += unattributedVeto
        if scores[.securityCouncil] == 0 { scores[.securityCouncil] = nil }
        unattributedOnly = refs.allSatisfy(\.isEmpty) && headRefs.isEmpty
        isOpinion = Self.isOpinionPiece(headline: headline, tokens: tokens)
        let sc = scores[.securityCouncil] ?? 0
        let other = scores.filter { $0.key != .securityCouncil }.map(\.value).max() ?? 0
        if sc == 0 {
            isCouncilDecision = false
        } else if sc > other {
            // One decision sentence: only when the Council is the story's subject from the start.
            let onlyCouncil = scores.keys.allSatisfy { $0 == .securityCouncil } && refs.allSatisfy { $0.allSatisfy { $0 == .securityCouncil } }
            let opening = headRefs.contains(.securityCouncil) || refs.first?.contains(.securityCouncil) == true
                || onlyCouncil && decision.first == true
            isCouncilDecision = sc >= 2 || opening
        } else if sc == other {
            isCouncilDecision = firstBody == .securityCouncil
        } else {
            isCouncilDecision = false
        }
    }

    /// The words before "after" that date a vote by another event ("came six days after", "hours after").
    private static let datingWords: Set<String> = ["came", "days", "hours", "weeks", "months", "day", "week", "shortly", "minutes"]

    /// The words that tell amendments before them were worked into the text ("Moscow's amendments had been accepted").
    private static let takenInWords: Set<String> = ["accepted", "incorporated", "included", "reflected", "integrated", "accommodated"]

    /// The words that make a paragraph before them the subject of a vote ("That paragraph was approved 9 to 0").
    private static let paragraphDecisionWords: Set<String> = ["approved", "adopted", "rejected", "defeated", "carried", "passed", "voted"]

    /// Month names and abbreviations before a year (`pastDated`).
    private static let monthWords = CalendarWords.months

    /// The UTF-8 length of the shortest decision word (0 if one is not ASCII: `WordSet` then
    /// compares it by canonical equivalence, not bytes).
    private static let shortestDecisionWord: Int = {
        let words = decisionWords.words
        guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return 0 }
        return words.map(\.utf8.count).min() ?? 0
    }()

    /// Per sentence: whether its vote is dated to a year before `articleYear` ("on 22 November 1967,
    /// the Security Council unanimously adopted …", "adopted in 1973") or to "years ago": the date
    /// stands before the sentence's first decision word or within a few words after one. (A year
    /// later in the sentence dates something else: "… for the first time since it began punishing
    /// Pyongyang in 2006".)
    static func pastDated(_ t: [CouncilToken], sentences: Int, articleYear: Int?, articleMonth: Int? = nil) -> [Bool] {
        var out = [Bool](repeating: false, count: sentences)
        guard let articleYear else { return out }
        let months = Self.monthWords
        var firstDecision = [Int](repeating: Int.max, count: sentences)
        // A word shorter than every decision word is none (tested on its length first: the
        // look-up hashes the word).
        let shortest = Self.shortestDecisionWord
        for k in t.indices where t[k].sentence < sentences && t[k].text.utf8.count >= shortest && decisionWords.contains(t[k].text) {
            firstDecision[t[k].sentence] = min(firstDecision[t[k].sentence], k)
        }
        for k in t.indices where k > 0 && t[k].sentence < sentences && t[k - 1].sentence == t[k].sentence {
            let s = t[k].sentence
            // Only the three bytes "ago" equal "ago" (its length is tested first, without a call).
            let ago = t[k].text.utf8.count == 3 && t[k].text == "ago" && ["years", "decades"].contains(t[k - 1].text)
            var dated = false
            if let y = t[k].number, t[k].kind == .number, t[k].text.count == 4, y >= 1945, y < articleYear,
               ["in", "since", "on"].contains(t[k - 1].text) || months.contains(t[k - 1].text) { dated = true }
            // "The 15-member council voted unanimously in November for resolution 1441" in a March story:
            // a month other than the story's, written out after "in" and not followed by a day or year,
            // dates the vote too ("may" and "march" are also other words).
            // ("is expected to vote in November", "could come to a vote in June": a forecast, not dated.)
            if let articleMonth, t[k - 1].text == "in", t[k].text.utf8.count >= 4, t[k].text != "march",
               let month = CalendarWords.monthNumbers[t[k].text], month != articleMonth,
               !(k + 1 < t.count && t[k + 1].kind == .number),
               !(max(0, k - 8)..<k).contains(where: {
                   t[$0].sentence == s && ["will", "'ll", "shall", "would", "could", "might", "expected", "likely", "set", "due",
                                           "scheduled", "planned", "plans", "intends", "to", "until", "next", "before", "by"].contains(t[$0].text)
               }) { dated = true }
            // "Last year it passed with 12 votes and three abstentions. This year, diplomats said, the American draft was
            // short of the nine votes it needs": a sentence opening "Last year" or "A year ago" tells an earlier vote.
            if t[k].text == "year", t[k - 1].text == "last" || t[k - 1].text == "a" && k + 1 < t.count && t[k + 1].text == "ago",
               k < 2 || t[k - 2].sentence != s { dated = true }
            guard ago || dated else { continue }
            // Before the first decision word, or just after one ("adopted in 1973").
            var after = (max(0, k - 4)..<k).contains { t[$0].sentence == s && decisionWords.contains(t[$0].text) }
            // "The council's last resolution on the war, in October 1986, was adopted unanimously": a date in
            // an aside between commas dates the text named just before it.
            if dated, !after {
                var open = k - 1
                if months.contains(t[open].text) { open -= 1 }
                if open > 1, t[open].text == "in", t[open - 1].text == ",", k + 1 < t.count, t[k + 1].text == "," {
                    after = (max(0, open - 8)..<open).contains { t[$0].sentence == s && decisionWords.contains(t[$0].text) }
                }
            }
            // "Denmark … closed its own inquiry in 2024 and will also abstain": a position for the coming
            // vote is not dated by the year of another verb.
            if firstDecision[s] < t.count, (max(0, firstDecision[s] - 3)..<firstDecision[s]).contains(where: {
                t[$0].sentence == s && ["will", "'ll", "shall", "intends", "plans"].contains(t[$0].text)
            }) { continue }
            // "France, which voted against a sanctions draft in 1981, is expected to back the resolution":
            // a year inside a relative clause dates that clause, not a decision word after it.
            if dated, let close = endOfRelativeClause(t, around: k),
               (close..<t.count).prefix(40).contains(where: { t[$0].sentence == s && decisionWords.contains(t[$0].text) }) { continue }
            if k < firstDecision[s] || after { out[s] = true }
        }
        return out
    }

    /// Per sentence (never the first): whether it records a vote of another day than the story's — it opens
    /// "Last Friday", "Last week", "Earlier this month" or "Two days ago", or "last Friday/week" stands within a
    /// few words of its vote word ("The Soviet Union last Friday vetoed …", "was defeated last week"), or, after
    /// a first sentence telling of a vote still to come ("when it comes to a vote tomorrow"), "on <weekday>"
    /// does ("An American resolution was vetoed by the Soviet Union on Friday").
    static func otherDayDated(_ t: [CouncilToken], sentences: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: sentences)
        guard sentences > 1 else { return out }
        let recorded: Set<String> = ["voted", "vetoed", "abstained", "adopted", "approved", "passed", "rejected", "defeated", "turned", "killed"]
        let periods: Set<String> = ["week", "month", "weekend"]
        let weekdays = CalendarWords.weekdays
        let counts: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "ten", "several", "few"]
        var starts = [Int](repeating: -1, count: sentences + 1)
        for k in t.indices where t[k].sentence < sentences && starts[t[k].sentence] < 0 { starts[t[k].sentence] = k }
        starts[sentences] = t.count
        var ledeDay: String?
        var ahead = false
        var ledeYesterday = false
        var ledeToday = false
        var k = 0
        while k < t.count, t[k].sentence == 0 {
            if k > 0, ledeDay == nil, weekdays.contains(t[k].text), t[k - 1].text == "on" { ledeDay = t[k].text }
            if t[k].text == "yesterday" { ledeYesterday = true }
            if t[k].text == "today" || t[k].text == "tonight" { ledeToday = true }
            if t[k].text == "tomorrow" { ahead = true }
            if t[k].text == "vote", (max(0, k - 3)..<k).contains(where: {
                ["will", "'ll", "expected", "set", "scheduled", "due", "plans", "planned", "poised", "comes", "come", "put", "bring"].contains(t[$0].text)
            }) { ahead = true }
            k += 1
        }
        for s in 1..<sentences where starts[s] >= 0 {
            let f = starts[s]
            var end = f
            while end < t.count, t[end].sentence == s { end += 1 }
            // "Only yesterday the council turned down, 7-2, a Soviet resolution … Poland alone joined the Soviet Union
            // in voting for that text": the next sentence goes on about that other vote when it names "that text".
            if out[s - 1], (f..<end - 1).contains(where: { t[$0].text == "that" && ["text", "draft", "resolution", "proposal", "motion"].contains(t[$0 + 1].text) }) {
                out[s] = true
                continue
            }
            guard let d = (f..<end).first(where: {
                recorded.contains(t[$0].text) && !($0 > f && ["will", "would", "'ll", "'d", "to", "be", "not", "never"].contains(t[$0 - 1].text))
            }) else { continue }
            func w(_ j: Int) -> String { j < end ? t[j].text : "" }
            var dated = false
            if w(f) == "last", periods.contains(w(f + 1)) || weekdays.contains(w(f + 1)) { dated = true }
            if w(f) == "earlier", ["this", "last"].contains(w(f + 1)), periods.contains(w(f + 2)) { dated = true }
            // "Only yesterday the council turned down …" after a lede about today's vote (not "Yesterday's vote was
            // 13-0" in a story told the day after).
            let yesterday = w(f) == "yesterday" ? f : (["only", "just"].contains(w(f)) && w(f + 1) == "yesterday" ? f + 1 : -1)
            if ledeToday, !ledeYesterday, yesterday >= 0, w(yesterday + 1) != "'s" { dated = true }
            if counts.contains(w(f)) || t[f].number != nil, ["day", "days", "week", "weeks", "month", "months"].contains(w(f + 1)), w(f + 2) == "ago" { dated = true }
            // ("Russia and China, which on Friday vetoed a rival U.S. text, have said they will support …": a vote
            // inside a relative clause is that clause's, read by its own rules.)
            if endOfRelativeClause(t, around: d) != nil { continue }
            // ("Brazil and Turkey, which had brokered a fuel-swap deal with Tehran last month, voted against": a
            // date across a comma dates something else.)
            for j in (f + 1)..<end where abs(j - d) <= 6 && !(min(j, d)..<max(j, d)).contains(where: { t[$0].text == "," }) {
                let day = t[j].text
                if t[j - 1].text == "last", weekdays.contains(day) && day != ledeDay || periods.contains(day) { dated = true }
                if t[j - 1].text == "on", ahead, weekdays.contains(day), day != ledeDay { dated = true }
            }
            out[s] = dated
        }
        return out
    }

    /// Whether the body named at `i` is the author of an act dated before `articleYear` ("set up by
    /// the Assembly in 1950", "established by the General Assembly in 1947").
    static func pastAuthor(_ t: [CouncilToken], at i: Int, articleYear: Int) -> Bool {
        let s = t[i].sentence
        var k = i - 1
        while k >= 0, t[k].sentence == s, ["the", "general", "un", "u.n."].contains(t[k].text) { k -= 1 }
        guard k >= 0, t[k].sentence == s, t[k].text == "by" else { return false }
        return (i + 1..<min(t.count - 1, i + 4)).contains {
            t[$0].sentence == s && t[$0].text == "in" && t[$0 + 1].kind == .number && t[$0 + 1].text.count == 4
                && (t[$0 + 1].number ?? articleYear) < articleYear
        }
    }

    /// The "after" that opens a clause dating the story's vote by another decision ("came hours after the Soviet
    /// Union vetoed …", "days after Russia vetoed"), when the decision word at `i` stands within eight words after it.
    static func datingAfterClause(_ t: [CouncilToken], _ i: Int) -> Int? {
        guard decisionWords.contains(t[i].text) else { return nil }
        let s = t[i].sentence
        for a in stride(from: i - 1, through: max(1, i - 8), by: -1) where t[a].sentence == s && t[a].text == "after" {
            return ["hours", "days", "weeks", "minutes", "shortly", "day", "week"].contains(t[a - 1].text) ? a : nil
        }
        return nil
    }

    /// Whether the veto word at `i` is the subject of a past perfect in a clause opened by "after" ("was summoned
    /// … after British and French vetoes had paralyzed the Security Council"): the earlier vetoes that led to
    /// the story's act, not a decision in it.
    static func earlierVetoesAfter(_ t: [CouncilToken], _ i: Int) -> Bool {
        let s = t[i].sentence
        guard ["veto", "vetoes"].contains(t[i].text), i + 1 < t.count, t[i + 1].sentence == s, t[i + 1].text == "had" else { return false }
        return (max(0, i - 6)..<i).contains { t[$0].sentence == s && t[$0].text == "after" }
    }

    /// Whether the body named at `i` is the subject of a past perfect in a relative clause ("a settlement that
    /// the General Assembly had so plainly demanded", "which the Assembly had requested"): an earlier act told
    /// in passing, not the body deciding in the story.
    static func pastPerfectRelative(_ t: [CouncilToken], at i: Int) -> Bool {
        let s = t[i].sentence
        var k = i - 1
        while k >= 0, t[k].sentence == s, ["the", "general", "un", "u.n."].contains(t[k].text) { k -= 1 }
        guard k >= 0, t[k].sentence == s, ["that", "which"].contains(t[k].text) else { return false }
        return i + 1 < t.count && t[i + 1].sentence == s && t[i + 1].text == "had"
    }

    /// "The veto has paralysed the Council", "limiting the veto", "veto power": the veto as an
    /// institution (an op-ed on reform), not a vote on a draft.
    static func aboutTheVetoItself(_ t: [CouncilToken], _ i: Int) -> Bool {
        guard ["veto", "vetoes"].contains(t[i].text) else { return false }
        func at(_ k: Int) -> String { i + k >= 0 && i + k < t.count && t[i + k].sentence == t[i].sentence ? t[i + k].text : "" }
        if ["power", "powers", "right", "rights", "privilege", "privileges", "system", "initiative", "reform", "holders", "wielders"].contains(at(1)) { return true }
        if at(-1) == "the" {
            // Sentence-initial "The veto has …" and "limiting the veto".
            if at(-2) == "" && !["was", "by", "of", "on", "threat", "threats", "came", "cast"].contains(at(1)) { return true }
            // "Asked about the veto, he said …": the veto as a topic.
            if ["about", "on"].contains(at(-2)), ["", ",", "."].contains(at(1)) { return true }
            if ["limit", "limiting", "limits", "restrict", "restricting", "abolish", "abolishing", "reform", "reforming",
                "curb", "curbing", "scrap", "scrapping", "overuse", "abuse", "misuse", "regulate", "regulating"].contains(at(-2)) { return true }
        }
        if at(-1) == "of", ["right", "use", "abuse", "misuse", "overuse", "power"].contains(at(-2)), at(-3) != "the" || at(-2) == "right" { return true }
        return false
    }

    /// The token after the comma that closes a relative clause (", which … ,") holding token `i`,
    /// or nil when `i` is not inside one.
    static func endOfRelativeClause(_ t: [CouncilToken], around i: Int) -> Int? {
        let s = t[i].sentence
        var k = i - 1
        var opened = false
        while k >= max(1, i - 10), t[k].sentence == s {
            if ["which", "who", "whose"].contains(t[k].text), t[k - 1].text == "," { opened = true; break }
            if [",", ";", ":"].contains(t[k].text) { return nil }
            k -= 1
        }
        guard opened else { return nil }
        var j = i + 1
        while j < min(t.count, i + 14), t[j].sentence == s {
            if t[j].text == "," { return j + 1 }
            j += 1
        }
        return nil
    }

    /// "A resolution needs nine votes in favour and no veto by the permanent members to pass": the
    /// Charter's rule, stated for the reader, names members without giving their stance.
    static func statesTheRule(_ t: [CouncilToken], _ i: Int) -> Bool {
        let s = t[i].sentence
        func at(_ k: Int) -> String { i + k >= 0 && i + k < t.count && t[i + k].sentence == s ? t[i + k].text : "" }
        // "From January the requirement becomes nine votes out of fifteen."
        if t[i].text == "requirement", (1...6).contains(where: { at($0) == "votes" }) { return true }
        // "A single negative vote by a permanent member is enough to defeat an application": any member's vote.
        if ["vote", "veto"].contains(t[i].text), at(-1) == "negative" || t[i].text == "veto",
           ["a", "any", "one", "single"].contains(at(t[i].text == "veto" ? -1 : -2)),
           let p = (1...4).first(where: { at($0) == "permanent" }), ["a", "any", "one", "single"].contains(at(p - 1)),
           ["by", "of", "from"].contains(at(p - 2)) || ["by", "of", "from"].contains(at(p - 3)) { return true }
        guard ["needs", "need", "requires", "require", "required", "needed", "takes"].contains(t[i].text) else { return false }
        // The subject is a text in general or its adoption, not a member.
        let generic = (1...3).contains { ["resolution", "resolutions", "draft", "drafts", "text", "measure", "adoption", "passage", "it", "decision", "decisions",
                                          "matter", "matters", "question", "questions", "requirement"].contains(at(-$0)) }
        guard generic else { return false }
        // "a decision on any matter of substance required seven affirmative votes": the threshold itself.
        if (1...4).contains(where: { ["affirmative", "concurring"].contains(at($0)) }) { return true }
        var k = 1
        while !at(k).isEmpty, k < 40 {
            if ["veto", "vetoes"].contains(at(k)),
               ["no", "without", "absence"].contains(at(k - 1)) || at(k - 1) == "a" && ["without", "of"].contains(at(k - 2)) { return true }
            // "… and no negative vote from a permanent member".
            if at(k) == "negative", at(k + 1) == "vote", at(k - 1) == "no" { return true }
            k += 1
        }
        return false
    }

    /// Whether the headline or sign-off marks an opinion piece: "Opinion: …", "Op-ed | …",
    /// "Editorial: …", or a closing "The writer is …" / "The author is …".
    static func isOpinionPiece(headline: [CouncilToken], tokens: [CouncilToken]) -> Bool {
        // "What is the UN security council veto, and why is it so hard to change?": an explainer's question.
        if let first = headline.first, ["what", "why", "how"].contains(first.text), headline.last?.text == "?" { return true }
        let labels: Set<String> = ["opinion", "op-ed", "editorial", "commentary", "viewpoint", "op", "comment", "analysis",
                                   "explainer", "explained", "factbox", "backgrounder", "q&a"]
        if let first = headline.first, labels.contains(first.text),
           headline.count > 1, [":", "|", "-", "—", "ed"].contains(headline[1].text) { return true }
        // "News Analysis: …".
        if headline.count > 2, headline[0].text == "news", headline[1].text == "analysis", headline[2].text == ":" { return true }
        // A sign-off in the last sentence.
        guard let lastSentence = tokens.last?.sentence else { return false }
        let tail = tokens.suffix(40).filter { $0.sentence == lastSentence }
        guard tail.count >= 3 else { return false }
        return tail[tail.startIndex].text == "the" && ["writer", "author", "writers", "authors"].contains(tail[tail.startIndex + 1].text)
            && ["is", "was", "are"].contains(tail[tail.startIndex + 2].text)
    }

    /// "Russia has vetoed draft after draft", "blocked ceasefire texts": a record of many votes, not one draft.
    static func aboutManyDrafts(_ t: [CouncilToken], _ i: Int) -> Bool {
        guard ["vetoed", "blocked", "vetoing", "blocking"].contains(t[i].text) else { return false }
        func at(_ k: Int) -> String { i + k < t.count && t[i + k].sentence == t[i].sentence ? t[i + k].text : "" }
        if ["draft", "resolution", "text"].contains(at(1)), at(2) == "after" { return true }
        for k in 1...3 where ["texts", "drafts", "resolutions"].contains(at(k)) {
            // "vetoed two drafts on Friday" is one meeting's votes; a bare plural is a record.
            return !(1..<k).contains { t[i + $0].kind == .number || ["two", "both", "three", "the", "rival"].contains(at($0)) }
        }
        return false
    }

    /// Whether the text reports a vote count no Council of fifteen can cast ("by 87 votes to 15",
    /// "52-5").
    static func largerBodyCount(_ t: [CouncilToken]) -> Bool {
        for k in t.indices.dropLast(2) where t[k].kind == .number {
            guard let n = t[k].number, n > 15, n < 1000 else { continue }
            if t[k + 1].text == "votes" { return true }
            if ["to", "-"].contains(t[k + 1].text), t[k + 2].kind == .number || t[k + 2].number != nil { return true }
        }
        return false
    }

    /// Whether the Assembly named at `i` is the object of a recommendation, request or referral.
    static func addressedByRequest(_ t: [CouncilToken], _ i: Int) -> Bool {
        let verbs: Set<String> = ["recommending", "recommend", "recommends", "recommended", "asking", "asked", "asks", "urging", "urged",
                                  "requesting", "requested", "requests", "inviting", "invited", "referring", "referred", "refer",
                                  "transmitting", "transmitted", "reporting", "report", "calling", "called", "sending", "sent", "send",
                                  "call", "calls", "convene", "convenes", "convening", "convened", "summon", "summons", "summoning", "summoned",
                                  // "The application now goes to the General Assembly": the next step, not a body deciding here.
                                  "goes", "go", "passes", "heads", "forwarded"]
        // "voted in favour of recommending Ceylon to the General Assembly": the verb may stand a few
        // words back, within the clause. ("decided to call an emergency special session of the General
        // Assembly": the words naming the session do not count.)
        let session: Set<String> = ["emergency", "special", "session", "sessions", "meeting", "an", "a"]
        // "recommending the Egyptian diplomat's reappointment to the General Assembly": after "to", the
        // Assembly receives what is requested, and the object between may be longer.
        var j = i - 1
        while j >= 0, ["general", "the", "un", "u.n."].contains(t[j].text) { j -= 1 }
        let recipient = j >= 0 && t[j].text == "to" && t[j].sentence == t[i].sentence
        var k = i - 1
        var steps = 0
        while k >= 0, steps < (recipient ? 10 : 6), t[k].sentence == t[i].sentence, t[k].kind != .punct {
            if verbs.contains(t[k].text) { return true }
            if !session.contains(t[k].text) { steps += 1 }
            k -= 1
        }
        return false
    }

    /// The token of the "a" or "an" naming a text that the "also" at `i` says was put forward too ("A
    /// Soviet draft was also circulated", "a French text has also been tabled"), if it is one.
    static func alsoTabledText(_ t: [CouncilToken], _ i: Int) -> Int? {
        guard t[i].text == "also", i + 1 < t.count, t[i + 1].sentence == t[i].sentence else { return nil }
        let tabled: Set<String> = ["circulated", "circulating", "tabled", "introduced", "submitted", "presented", "proposed",
                                   "distributed", "put", "floated", "offered"]
        // "Minutes later a United Arab Republic resolution calling for the immediate withdrawal of British troops
        // was also defeated": a text also decided on is another text too, and its noun may stand further back.
        let decided: Set<String> = ["defeated", "rejected", "vetoed", "adopted", "approved", "voted", "killed", "blocked"]
        let next = t[i + 1].text == "been" && i + 2 < t.count ? t[i + 2].text : t[i + 1].text
        // ("A Soviet resolution calling for Mr. Hammarskjold's removal is also before the council": a text also
        // pending is another text, its noun as far back as a decided one's.)
        let pending = next == "before" && i + 2 < t.count && ["the", "this"].contains(t[i + 2].text)
        guard tabled.contains(next) || decided.contains(next) || pending else { return nil }
        var k = i - 1
        while k >= 0, t[k].sentence == t[i].sentence, ["was", "is", "were", "are", "has", "have", "had", "being"].contains(t[k].text) { k -= 1 }
        let texts: Set<String> = ["draft", "text", "resolution", "proposal"]
        if decided.contains(next) || pending {
            let lowest = k - 15
            // (An abbreviation's period inside the sentence is no boundary: "calling for Mr. Hammarskjold's removal is
            // also before the council".)
            while k >= 0, k > lowest, t[k].sentence == t[i].sentence, !texts.contains(t[k].text),
                  t[k].kind != .punct || t[k].text == "-" || t[k].text == "." { k -= 1 }
        }
        guard k >= 0, t[k].sentence == t[i].sentence, texts.contains(t[k].text) else { return nil }
        var j = k - 1
        while j >= 0, j >= k - 4, t[j].sentence == t[i].sentence, !["a", "an"].contains(t[j].text) {
            if t[j].kind == .punct && t[j].text != "-" { return nil }
            j -= 1
        }
        return j >= 0 && j >= k - 4 && t[j].sentence == t[i].sentence && ["a", "an"].contains(t[j].text) ? j : nil
    }

    /// Whether a decision verb follows the body named at `i` within a few words ("The Arab League
    /// voted on Saturday", "Israel's security cabinet on Tuesday approved").
    static func decidesNext(_ t: [CouncilToken], _ i: Int) -> Bool {
        let verbs: Set<String> = ["voted", "votes", "vote", "approved", "approves", "adopted", "adopts", "decided", "decides",
                                  "suspended", "suspends", "agreed", "agrees", "endorsed", "endorses", "rejected", "rejects", "passed"]
        return (i + 1..<min(t.count, i + 6)).contains { t[$0].sentence == t[i].sentence && verbs.contains(t[$0].text) }
    }

    /// Whether the body named at `i` is where a speaker says the question belongs ("belonged in the Human
    /// Rights Council", "belongs before the General Assembly", "a matter for the Security Council").
    static func whereItBelongs(_ t: [CouncilToken], _ i: Int) -> Bool {
        let s = t[i].sentence
        var k = i - 1
        while k >= 0, t[k].sentence == s, ["the", "un", "u.n.", "united", "nations", "general", "security", "human", "rights",
                                           "'s", "geneva", "-", "based", "47", "15", "member", "nation"].contains(t[k].text) { k -= 1 }
        guard k > 0, t[k].sentence == s, t[k - 1].sentence == s else { return false }
        let prep = t[k].text, before = t[k - 1].text
        if ["in", "before", "with", "at", "to"].contains(prep), ["belonged", "belongs", "belong", "belonging"].contains(before) { return true }
        // "the issue should be handled by the Human Rights Council", "should be dealt with in Geneva by …".
        if ["by", "in"].contains(prep), ["handled", "dealt", "addressed", "discussed", "considered", "decided", "settled", "with", "up"].contains(before),
           (max(0, k - 6)..<k).contains(where: { t[$0].sentence == s && ["should", "must", "ought", "belongs", "belonged"].contains(t[$0].text) }) { return true }
        return prep == "for" && ["matter", "issue", "question", "job", "task", "business", "one"].contains(before)
    }

    /// Bodies named in a headline.
    static func bodies(in tokens: [CouncilToken]) -> [VotingBody] { references(tokens).map(\.body) }

    /// The words `references` reads a body from: its cases, exactly.
    private static let bodyWords: WordSet = [
        "council", "unsc", "body", "assembly", "parliament", "parliamentary", "lawmakers", "legislators", "legislature",
        "senate", "senators", "duma", "bundestag", "knesset", "mps", "congress", "congressional", "bundesrat", "storting",
        "riksdag", "sejm", "rada", "majlis", "legislative", "house", "commons", "iaea", "board", "cabinet", "politburo", "presidium",
        "nato", "asean", "osce", "opec", "oas", "ecowas", "sadc", "league", "union", "states", "resolution", "draft",
        "resolutions", "unesco", "conference", "voters", "electorate",
    ]

    /// Explicit references to bodies, with their sentence and token.
    static func references(_ t: [CouncilToken]) -> [(sentence: Int, body: VotingBody, token: Int)] {
        var out: [(sentence: Int, body: VotingBody, token: Int)] = []
        var current: VotingBody?
        // The last body named as a council ("the Security Council", "the Human Rights Council").
        var lastCouncil: VotingBody?
        for i in t.indices {
            let w = t[i].text
            // Only the words of the cases below can name a body (one hashed look-up instead of
            // comparing every word with each case).
            guard bodyWords.contains(w) else { continue }
            func at(_ k: Int) -> String { i + k >= 0 && i + k < t.count ? t[i + k].text : "" }
            var found: VotingBody?
            switch w {
            case "council":
                // "elected to seats on the Security Council": membership, not a decision of the Council.
                if (1...5).contains(where: { ["seat", "seats", "elected", "membership", "candidacy", "bid", "term", "terms"].contains(at(-$0)) }) {
                    found = nil
                } else if ["committee", "committees", "subcommittee", "panel", "commission", "commissions", "mission", "missions"].contains(at(1))
                            || (1...3).contains(where: { ["unlike", "like"].contains(at(-$0)) }) {
                    // "examined by a Security Council committee", "Unlike the Security Council, …": not the Council deciding.
                    // ("asks a three-member council commission to keep the situation under review": the Council's own
                    // commission or mission, not another council.)
                    found = nil
                } else if at(-1) == "security" {
                    // The African Union's Peace and Security Council and national security councils are not the UN's.
                    found = (at(-2) == "national" || (at(-2) == "and" && at(-3) == "peace") || Self.ownSecurityCouncil(t, i)) ? .otherBody : .securityCouncil
                } else if at(-1) == "rights" {
                    found = .humanRightsCouncil
                } else if ["u.n.", "un", "nations"].contains(at(-1)) {
                    found = .securityCouncil
                } else if ["member", "nation"].contains(at(-1)), at(-2) == "-", let n = t[safe: i - 3]?.number {
                    found = n == 47 ? .humanRightsCouncil : (n == 15 || n == 11 ? .securityCouncil : .otherBody)
                } else if ["member", "nation"].contains(at(-1)), let n = t[safe: i - 2]?.number {
                    found = n == 47 ? .humanRightsCouncil : (n == 15 || n == 11 ? .securityCouncil : .otherBody)
                } else if at(-1) == "federation" {
                    // Russia's upper house.
                    found = .parliament
                } else if ["eu", "permanent", "defence", "defense", "cooperation", "ministerial", "supreme", "guardian",
                           "expediency", "ruling", "municipal", "european", "atlantic", "arctic", "city", "town", "state", "legislative", "governing", "executive", "military", "revolutionary", "transitional", "sovereign", "presidential", "privy", "economic", "social", "trusteeship", "regional", "local", "county", "tribal", "advisory", "national"].contains(at(-1)) {
                    found = .otherBody
                } else if at(1) == "of", at(2) == "europe" || at(2) == "ministers" {
                    found = .otherBody
                } else if at(1) == "of", ["european", "eu", "african"].contains(at(2) == "the" ? at(3) : at(2)) {
                    // "The Council of the European Union", "the Council of the EU": the Union's ministers.
                    found = .otherBody
                } else if at(-1) == "league" || at(1) == "of" && (at(2) == "league" || at(2) == "the" && at(3) == "league") {
                    // The League of Nations' Council ("The Council of the League of Nations", "the League Council").
                    found = .otherBody
                } else if current == nil {
                    found = .securityCouncil
                } else if current == .parliament || current == .generalAssembly {
                    // "bypassing Lebanon's deadlocked parliament. … Qatar, the council's only Arab member": a
                    // bare "council" is the last council named, never the parliament named since (with no
                    // council named before, the Security Council: "Turkey's parliament voted … Blix is due to
                    // present … to the council").
                    found = lastCouncil ?? .securityCouncil
                } else if current == .otherBody, lastCouncil != .otherBody {
                    // "the Organization of American States, which has voted to create an inter-American force, …
                    // the first time the council had sent its own representative": a body not named as a council (the
                    // OAS, a cabinet, a league) does not make a bare "council" its own; the last council named, else
                    // the Security Council.
                    found = lastCouncil ?? .securityCouncil
                } else {
                    found = current
                }
            case "unsc": found = .securityCouncil
            case "body":
                // "the 15-nation body", "the 15-member body": the Security Council's size names it.
                if ["member", "nation"].contains(at(-1)), let n = t[safe: i - (at(-2) == "-" ? 3 : 2)]?.number, n == 15 || n == 11 {
                    found = .securityCouncil
                }
            case "assembly":
                // "referring instead to a General Assembly resolution": the Assembly names a text, not the
                // body deciding.
                // ("acting under General Assembly resolution 377 A (V)": so too when the text is cited by number.)
                if at(-1) == "general", ["a", "an", "under"].contains(at(-2)) || t[safe: i + 2]?.number != nil,
                   ["resolution", "resolutions", "declaration", "text", "mandate"].contains(at(1)) { found = nil }
                // "after five months of fruitless debate here and in the General Assembly": the place of a
                // debate, not a body deciding.
                else if at(-1) == "general", at(-2) == "the", at(-3) == "in",
                        (4...8).contains(where: { ["debate", "debates", "debating", "discussion", "discussions", "talks", "negotiations", "speeches", "argument", "arguments"].contains(at(-$0)) && t[i - $0].sentence == t[i].sentence }) { found = nil }
                else if at(-1) == "general" { found = .generalAssembly }
                else if ["national", "legislative", "constituent", "parliamentary", "state", "people's", "consultative", "federal"].contains(at(-1)) { found = .parliament }
                else if at(-1) == "member", (t[safe: i - 3]?.number ?? t[safe: i - 2]?.number) == 193 { found = .generalAssembly }
                else if current == .generalAssembly || current == nil { found = .generalAssembly }
                else { found = current == .parliament ? .parliament : .generalAssembly }
            case "parliament", "parliamentary", "lawmakers", "legislators", "legislature", "senate", "senators", "duma",
                 "bundestag", "knesset", "mps", "congress", "congressional", "bundesrat", "storting", "riksdag", "sejm",
                 "rada", "majlis", "legislative":
                // "the French parliament's commission" still names a parliament; a vote there is the parliament's.
                found = .parliament
            case "house":
                // ("The House voted 342-80 on Thursday to condemn …": a capitalized House deciding is a chamber.)
                if ["commons", "lords", "representatives"].contains(at(2)) || ["lower", "upper"].contains(at(-1))
                    || t[i].capitalized && at(-1) == "the" && Self.decidesNext(t, i) { found = .parliament }
            case "commons":
                // "telling the Commons that Britain was going to war": the chamber named on its own
                // ("the House of Commons" is named at "house").
                if t[i].capitalized, at(-1) == "the" { found = .parliament }
            case "voters", "electorate":
                // "Swiss voters on Sunday narrowly approved joining the United Nations": a popular vote (a
                // referendum) decides, not the Council.
                if Self.decidesNext(t, i) { found = .otherBody }
            case "iaea":
                found = .otherBody
            case "board":
                // UNESCO's executive board, the IAEA's Board of Governors.
                if ["executive", "governing"].contains(at(-1)) || at(1) == "of" && at(2) == "governors" || Self.decidesNext(t, i) { found = .otherBody }
            case "unesco":
                // "The U.N. cultural agency UNESCO voted …": a specialized agency deciding.
                if Self.decidesNext(t, i) { found = .otherBody }
            case "conference":
                // "The General Conference of the Paris-based agency approved …" (UNESCO's, the IAEA's).
                if at(-1) == "general" { found = .otherBody }
            case "cabinet", "politburo", "presidium", "nato", "asean", "osce", "opec", "oas", "ecowas", "sadc":
                // Named often in Council stories ("referred to the OAS"): another body only when it decides.
                if Self.decidesNext(t, i) { found = .otherBody }
            case "league":
                // The Arab League, the League of Arab States.
                if at(-1) == "arab" || at(1) == "of" && at(2) == "arab", Self.decidesNext(t, i + (at(1) == "of" ? 2 : 0)) { found = .otherBody }
            case "union":
                // The African Union, the European Union, when its own members vote.
                if ["african", "european", "eurasian"].contains(at(-1)), Self.decidesNext(t, i) { found = .otherBody }
            case "states":
                if at(-1) == "american", at(-2) == "of", at(-3) == "organization" || at(-3) == "organisation", Self.decidesNext(t, i) { found = .otherBody }
            case "resolution", "draft", "resolutions":
                // "Russia vetoed a U.N. resolution": the Council's, unless another body is being discussed.
                if ["u.n.", "un", "nations"].contains(at(-1)), current == nil || current == .securityCouncil { found = .securityCouncil }
            default: break
            }
            // "recommending that the General Assembly admit the new nation", "referred the question to the
            // Assembly": the Assembly as the object of the Council's request decides nothing here.
            if found == .generalAssembly, Self.addressedByRequest(t, i) { found = nil }
            // "Moscow would also veto the text, which he said belonged in the Human Rights Council", "It is not a
            // matter for the Security Council": where one side says the question belongs names no body deciding.
            if found != nil, Self.whereItBelongs(t, i) { found = nil }
            if let f = found {
                out.append((t[i].sentence, f, i))
                current = f
                if w == "council" || w == "unsc" { lastCouncil = f }
            }
        }
        return out
    }
}
