/// Joins person mentions into people.
///
/// A full name ("Bashar al-Assad") joins the most recent person with the same surname whose
/// first name agrees (or who so far has only a surname: a later full name upgrades an earlier
/// short form); otherwise it starts a new person, so "Hafez al-Assad" and "Bashar al-Assad" stay
/// apart. A single word ("Assad", "Juppé") joins the most recent person with that surname
/// (compared folded and without joined particles), else the most recent with that first name,
/// else starts a person. A person's `name` is its fullest mention.
public struct MentionLinker: Sendable {
    /// Name lists (for the sex a first name tells).
    public let names: NameLists

    /// Creates a linker.
    public init(names: NameLists) {
        self.names = names
    }

    /// The name parts of a mention used for linking.
    struct Keys {
        var first: String?
        var surname: String
        var wordCount: Int
        /// All name words, folded, without lower-case particles and suffixes.
        var parts: [String]
    }

    private final class Cluster {
        var first: String?
        let surname: String
        var mentions: [NameMention] = []
        var best: NameMention
        var bestWords: Int
        var parts: [String]
        var title: String?
        var sex: Person.Sex?
        var lastToken: Int
        let order: Int

        init(first: String?, surname: String, mention: NameMention, words: Int, parts: [String], order: Int) {
            self.first = first
            self.parts = parts
            self.surname = surname
            self.best = mention
            self.bestWords = words
            self.lastToken = mention.tokens.lowerBound
            self.order = order
        }
    }

    /// Folded surname (without joined particle or suffix) and first name of a mention.
    func keys(_ m: NameMention, in t: TokenizedText) -> Keys? {
        var parts: [String] = []
        for i in m.tokens where t.tokens[i].kind == .word {
            let w = t.folded[i]
            if NameVocabulary.particles.contains(w), !t.isCapitalized(i) || isCapitalizedParticle(w, at: i, in: m) { continue }
            parts.append(w)
        }
        while parts.count > 1, let last = parts.last, Self.suffixes.contains(last) { parts.removeLast() }
        guard let last = parts.last else { return nil }
        let surname = NameVocabulary.strippingParticle(last)
        let first = parts.count >= 2 ? parts[0] : nil
        return Keys(first: first, surname: surname, wordCount: m.tokens.count, parts: parts)
    }

    /// The first of two surnames of a name of three or more words, as Spanish and Portuguese names
    /// carry them ("vazquez" in "Wanda Vázquez Garced", "pierluisi" in "Pedro R. Pierluisi
    /// Urrutia"): the word before the last, unless it is an initial, a particle or a first name
    /// that is more than rare (bucket > 1: "Paul" in "John Paul Jones", "Luther" in "Martin
    /// Luther King"; "García" may be a surname). A later
    /// "Vázquez" or "Pedro Pierluisi" is the same person.
    func innerSurname(_ k: Keys) -> String? {
        guard k.parts.count >= 3 else { return nil }
        let word = k.parts[k.parts.count - 2]
        // Nor the "the" of an epithet ("ShivajiRaje Bhonsale the Great"), which would make every
        // sentence-opening "The" a mention, nor an "of" ("Earl of Clare").
        guard word.count > 2, !word.hasSuffix("."), !NameVocabulary.particles.contains(word), word != "the", word != "of"
        else { return nil }
        if let first = names.firstName(word), first.bucket > 1 { return nil }
        let inner = NameVocabulary.strippingParticle(word)
        return inner == k.surname ? nil : inner
    }

    /// Whether a capitalised particle before the surname is the particle, not a first name:
    /// "De Blasio" (at a sentence start or after a title) is Bill de Blasio, while "Al Gore" and
    /// "Van Morrison" keep their first names.
    func isCapitalizedParticle(_ folded: String, at i: Int, in m: NameMention) -> Bool {
        guard i == m.tokens.lowerBound, i + 1 < m.tokens.upperBound else { return false }
        return (names.firstName(folded)?.bucket ?? 0) <= 2
    }

    static func isTitleWord(_ folded: String) -> Bool {
        NameVocabulary.titleHeads.contains(folded) || NameVocabulary.honorifics[folded] != nil
            || NameVocabulary.titleModifiers.contains(folded)
    }

    /// Only the most recent people sharing a name key are compared, so that linking stays
    /// linear even for a text naming thousands of different Smiths.
    static let maxCandidates = 64

    static let suffixes: WordSet = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "md"]

    /// Whether two folded first names may name the same person ("j." and "john").
    static func firstNamesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let ia = a.hasSuffix(".") && a.count == 2
        let ib = b.hasSuffix(".") && b.count == 2
        if ia, let c = a.first { return b.first == c }
        if ib, let c = b.first { return a.first == c }
        return false
    }

    /// Links `mentions` (in text order) into people, in order of first mention.
    public func link(_ mentions: [NameMention], in t: TokenizedText) -> [Person] {
        var clusters: [Cluster] = []
        var bySurname: [String: [Int]] = [:]
        var byFirst: [String: [Int]] = [:]
        // People whose name holds two surnames, by the first of them.
        var byInner: [String: [Int]] = [:]
        for m in mentions {
            guard let k = keys(m, in: t) else { continue }
            var chosen: Int?
            // Two or more words that begin or end a longer name already seen ("Martínez Cantón"
            // after "Clara Martínez Cantón", "Pierre Charles" after "Pierre Charles L'Enfant").
            if k.parts.count >= 2 {
                let candidates = (bySurname[k.surname] ?? []).suffix(Self.maxCandidates) + (byFirst[k.parts[0]] ?? []).suffix(Self.maxCandidates)
                    + (byInner[k.parts[0]] ?? []).suffix(Self.maxCandidates)
                for c in candidates where clusters[c].parts.count > k.parts.count && sexAgrees(clusters[c].sex, m.sex) {
                    let p = clusters[c].parts
                    guard Array(p.suffix(k.parts.count)) == k.parts || Array(p.prefix(k.parts.count)) == k.parts else { continue }
                    if chosen.map({ clusters[$0].lastToken < clusters[c].lastToken }) ?? true { chosen = c }
                }
            }
            if chosen != nil {
                // Joined as part of a longer name.
            } else if let first = k.first {
                var fallback: Int?
                for c in (bySurname[k.surname] ?? []).suffix(Self.maxCandidates) {
                    let cl = clusters[c]
                    guard sexAgrees(cl.sex, m.sex) else { continue }
                    if let f = cl.first, Self.firstNamesAgree(f, first) {
                        if chosen.map({ clusters[$0].lastToken < cl.lastToken }) ?? true { chosen = c }
                    } else if cl.first == nil {
                        if fallback.map({ clusters[$0].lastToken < cl.lastToken }) ?? true { fallback = c }
                    }
                }
                if chosen == nil, let fb = fallback {
                    chosen = fb
                    clusters[fb].first = first
                    byFirst[first, default: []].append(fb)
                }
                // A name with two surnames after the same first name with the first surname
                // ("Pedro R. Pierluisi Urrutia" after "Pedro Pierluisi"), or the other way round.
                if chosen == nil {
                    let inner = innerSurname(k)
                    let candidates = (inner.flatMap { bySurname[$0] } ?? []).suffix(Self.maxCandidates)
                        + (byInner[k.surname] ?? []).suffix(Self.maxCandidates)
                    for c in candidates where sexAgrees(clusters[c].sex, m.sex) {
                        guard let f = clusters[c].first, Self.firstNamesAgree(f, first) else { continue }
                        if chosen.map({ clusters[$0].lastToken < clusters[c].lastToken }) ?? true { chosen = c }
                    }
                }
            } else {
                // A titled surname joins the person who has that title ("Vice President Biden" is
                // Joe Biden, not his son Hunter Biden named since), else the most recent.
                if let title = m.title?.lowercased() {
                    let titled = (bySurname[k.surname] ?? []).suffix(Self.maxCandidates).filter { clusters[$0].title?.lowercased() == title }
                    chosen = mostRecent(titled, clusters, sex: m.sex)
                }
                chosen = chosen ?? mostRecent(bySurname[k.surname], clusters, sex: m.sex)
                    ?? mostRecent(byInner[k.surname], clusters, sex: m.sex)
                    ?? mostRecent(byFirst[k.surname], clusters, sex: m.sex)
                // A typing slip of a surname ("Chriac" for Chirac; `MentionSpellingVariants`).
                if chosen == nil {
                    for variant in Self.transpositions(of: k.surname) where bySurname[variant] != nil {
                        chosen = mostRecent(bySurname[variant], clusters, sex: m.sex)
                        break
                    }
                }
            }
            let index: Int
            if let c = chosen {
                index = c
            } else {
                index = clusters.count
                clusters.append(Cluster(first: k.first, surname: k.surname, mention: m, words: k.wordCount, parts: k.parts, order: index))
                bySurname[k.surname, default: []].append(index)
                if let f = k.first { byFirst[f, default: []].append(index) }
                if let inner = innerSurname(k) { byInner[inner, default: []].append(index) }
            }
            let cl = clusters[index]
            cl.mentions.append(m)
            cl.lastToken = m.tokens.lowerBound
            if k.wordCount > cl.bestWords {
                cl.best = m
                cl.bestWords = k.wordCount
                cl.parts = k.parts
                if let inner = innerSurname(k) { byInner[inner, default: []].append(index) }
            }
            if cl.title == nil, let title = m.title { cl.title = title }
            if cl.sex == nil, let s = m.sex { cl.sex = s }
        }
        return clusters.map { cl in
            let span = TextSpan(start: t.tokens[cl.best.tokens.lowerBound].start,
                                end: t.tokens[cl.best.tokens.upperBound - 1].end)
            let sex = cl.sex ?? cl.first.flatMap { names.sex(ofFirstName: $0) }
            return Person(name: t.text[span], title: cl.title,
                          mentions: cl.mentions.map { TextSpan(start: t.tokens[$0.tokens.lowerBound].start,
                                                               end: t.tokens[$0.tokens.upperBound - 1].end) },
                          sex: sex)
        }
    }

    private func sexAgrees(_ a: Person.Sex?, _ b: Person.Sex?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    private func mostRecent(_ candidates: [Int]?, _ clusters: [Cluster], sex: Person.Sex?) -> Int? {
        var best: Int?
        for c in (candidates ?? []).suffix(Self.maxCandidates) where sexAgrees(clusters[c].sex, sex) {
            if best.map({ clusters[$0].lastToken < clusters[c].lastToken }) ?? true { best = c }
        }
        return best
    }

    /// `mentions` where a name of two to four words found elsewhere is written again in full
    /// but was found only in part or not at all ("NPR Hamza bin Laden" → "Hamza bin Laden", not
    /// "Laden"; "Mohammad bin Salman" rather than "Mohammad" and "Salman"). A repeat that
    /// overlaps a mention reaching outside it is left alone. Linear: one look-up per token and length.
    func fullNameRepeats(_ mentions: [NameMention], in t: TokenizedText) -> [NameMention] {
        var full: Set<String> = []
        // Word types that begin a full name: folded tokens hold no spaces, so a run can only spell
        // a full name when its first word is one of them (the others are passed over).
        var begins = [Bool](repeating: false, count: t.types.count)
        for m in mentions where m.tokens.count >= 2 && m.tokens.count <= 4 {
            guard m.tokens.allSatisfy({ t.tokens[$0].kind == .word }) else { continue }
            // The name and its endings written again ("Rivera Schatz"; `MentionSpellingVariants`).
            for r in [m.tokens] + repeatedEndings(m, in: t) {
                full.insert(r.map { t.folded[$0] }.joined(separator: " "))
                begins[Int(t.typeOf[r.lowerBound])] = true
            }
        }
        guard !full.isEmpty else { return mentions }
        var owner = [Int](repeating: -1, count: t.count)
        for (k, m) in mentions.enumerated() { for i in m.tokens { owner[i] = k } }
        var dropped = Set<Int>()
        var added: [NameMention] = []
        var i = 0
        while i < t.count {
            var matched = 0
            for length in stride(from: min(4, t.count - i), through: 2, by: -1) where begins[Int(t.typeOf[i])] {
                let range = i..<(i + length)
                guard t.isCapitalized(i), t.isCapitalized(i + length - 1),
                      range.allSatisfy({ t.tokens[$0].kind == .word }),
                      range.dropFirst().allSatisfy({ !t.tokens[$0].followsNewline }),
                      full.contains(range.map { t.folded[$0] }.joined(separator: " ")) else { continue }
                // Already a mention with exactly this span, or crossing a mention that reaches outside.
                let owners = Set(range.map { owner[$0] }).subtracting([-1])
                if owners.count == 1, let k = owners.first, mentions[k].tokens == range { matched = length; break }
                if owners.contains(where: { mentions[$0].tokens.lowerBound < i || mentions[$0].tokens.upperBound > i + length }) { continue }
                if i > 0, t.isCapitalized(i - 1), !t.sentenceInitial[i - 1], owner[i - 1] >= 0 { continue }
                // The first words of a longer capitalised name ("George Washington Bridge").
                if i + length < t.count, t.isCapitalized(i + length), !t.tokens[i + length].followsNewline { continue }
                dropped.formUnion(owners)
                let title = owners.compactMap { mentions[$0].title }.first
                let sex = owners.compactMap { mentions[$0].sex }.first
                added.append(NameMention(tokens: range, title: title, sex: sex))
                matched = length
                break
            }
            i += max(1, matched)
        }
        guard !added.isEmpty else { return mentions }
        let kept = mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        return (kept + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Adds single-word mentions of surnames already named in full ("Assad" after
    /// "Bashar al-Assad") or with a title or honorific ("Quennick" after "Mr. Quennick"), and of
    /// the first name of exactly one person named in full ("Hamza" after "Hamza bin Laden"), also
    /// where the tagger missed them, except words it typed as places
    /// (countries, or inside longer names); names of two to four words written again in full are
    /// found whole.
    /// `mentions` and the result are in text order.
    public func extend(_ mentions: [NameMention], in t: TokenizedText, entities: [EntitySpan]) -> [NameMention] {
        var surnames: Set<String> = []
        var taken = [Bool](repeating: false, count: t.count)
        // First names of people named in full, with the full names that carry them.
        var firstNames: [String: Set<String>] = [:]
        for m in mentions {
            for i in m.tokens { taken[i] = true }
            // Anchors: full names, and single names with a title or honorific ("Lord Byron", "Mr. Quennick").
            guard let k = keys(m, in: t) else { continue }
            if k.first != nil || m.title != nil || m.sex != nil {
                surnames.insert(k.surname)
                if let inner = innerSurname(k) { surnames.insert(inner) }
            }
            if let first = k.first, k.parts.count >= 2, t.isCapitalized(m.tokens.lowerBound),
               t.tokens[m.tokens.lowerBound].length > 2 {
                firstNames[first, default: []].insert(k.parts.joined(separator: " "))
            }
        }
        guard !surnames.isEmpty else { return mentions }
        let mentions = fullNameRepeats(mentions, in: t)
        for m in mentions { for i in m.tokens { taken[i] = true } }
        var blocked = [Bool](repeating: false, count: t.count)
        // A lone word the tagger typed as a place still blocks when it is a country; otherwise the
        // surname of a person named in full wins ("Lam" after "Carrie Lam", mistyped by the
        // tagger's document memory).
        // A typed span that runs over lower-case words ("Lam continued in the statement") is no
        // name and blocks nothing.
        for e in entities where e.type != .person && (e.tokens.count > 1 || Countries.isCountry(t, e.tokens)) {
            if e.tokens.contains(where: { t.tokens[$0].kind == .word && CharClass.isLower(t.first($0))
                    && !NameVocabulary.particles.contains(t.folded[$0]) && t.folded[$0] != "of" && t.folded[$0] != "the" }) { continue }
            for i in e.tokens { blocked[i] = true }
        }
        // Typing slips of the surnames (`MentionSpellingVariants`), looked up per token.
        let slips = Self.slips(of: surnames)
        var extra: [NameMention] = []
        for i in 0..<t.count where !taken[i] && !blocked[i] && t.tokens[i].kind == .word {
            guard t.isCapitalized(i) || t.hasJoinedParticle(i) else { continue }
            let key = t.stripped(i)
            // A surname of someone named in full, or the first name of exactly one such person
            // that is no common word ("Hamza" after "Hamza bin Laden", not "Will" after "Will Smith").
            let isFirstName = firstNames[key]?.count == 1 && names.commonWordBucket(key) == 0
                && !PersonRules.sentenceStarters.contains(key) && !PersonRules.auxiliaries.contains(key)
            // A typing slip of such a surname ("Chriac"), or the family after "the" ("the Trumps'").
            guard surnames.contains(key) || isFirstName || key.utf8.count >= 6 && slips[key] != nil && names.commonWordBucket(key) == 0
                    || Self.isFamilyPlural(t, i, surnames: surnames) else { continue }
            // Not a word of a longer capitalised name ("Assad Foundation", "Classic Lotto"); a title
            // or honorific before it is fine ("Minister Juppe", "Mr. Juppe").
            if i + 1 < t.count, t.isCapitalized(i + 1), !t.tokens[i + 1].followsNewline { continue }
            if i > 0, t.isCapitalized(i - 1), !t.sentenceInitial[i - 1], !t.tokens[i].followsNewline,
               !Self.isTitleWord(t.folded[i - 1]) { continue }
            extra.append(NameMention(tokens: i..<(i + 1)))
        }
        guard !extra.isEmpty else { return mentions }
        return (mentions + extra).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
