/// Words around and inside personal names: titles and roles, honorifics, name particles.
/// All keys are folded (lower case, no diacritics).
public enum NameVocabulary {
    /// Honorifics and the sex they tell, if any ("mr." → male).
    public static let honorifics: WordMap<Person.Sex?> = [
        "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
        "miss": .female, "sir": .male, "dame": .female, "lord": .male, "lady": .female,
        "dr": nil, "dr.": nil, "prof": nil, "prof.": nil, "professor": nil, "mme": .female, "mme.": .female,
        "mlle": .female, "mlle.": .female, "messrs.": nil, "monsieur": .male, "madame": .female,
    ]

    /// Sex told by a title ("King" → male); nil when the title does not tell.
    public static let titleSex: WordMap<Person.Sex> = [
        "king": .male, "queen": .female, "prince": .male, "princess": .female, "duke": .male,
        "duchess": .female, "emperor": .male, "empress": .female, "sultan": .male, "sheikh": .male,
        "pope": .male, "father": .male, "sister": .female, "brother": .male, "congresswoman": .female,
        "congressman": .male, "spokesman": .male, "spokeswoman": .female, "chairman": .male,
        "chairwoman": .female, "countess": .female, "count": .male, "baron": .male, "baroness": .female,
    ]

    /// Words that end a title or role written before a name ("Minister" in "Foreign Minister").
    public static let titleHeads: WordSet = [
        "president", "minister", "secretary", "secretary-general", "chancellor", "premier", "king",
        "queen", "prince", "princess", "pope", "senator", "sen.", "rep.", "representative", "gov.",
        "governor", "mayor", "general", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
        "lieutenant", "colonel", "major", "captain", "sergeant", "admiral", "commander", "marshal",
        "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman",
        "chairwoman", "chair", "ceo", "director", "coach", "sheikh", "sheik", "emir", "ayatollah",
        "imam", "rabbi", "bishop", "archbishop", "cardinal", "rev.", "reverend", "father", "pastor",
        "president-elect", "vice-president", "speaker", "leader", "commissioner", "chief",
        "inspector", "detective", "officer", "constable", "superintendent", "attorney", "prosecutor",
        "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "councilor",
        "duke", "duchess", "emperor", "empress", "sultan", "crown", "dr.", "dr", "prof.", "professor",
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "mme.",
        "mlle.", "insp.", "supt.", "det.", "brig.", "pvt.", "cpl.", "cmdr.", "amb.", "atty.",
        "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "rev", "pres.",
        "minister-president", "sheriff", "trooper", "warden", "magistrate", "dean", "provost",
        "rector", "abbot", "lawmaker", "legislator", "assemblyman", "assemblywoman", "alderman", "taoiseach", "delegate", "diplomat", "negotiator",
        "monsieur", "madame", "brother", "sister", "uncle", "aunt", "count", "countess", "baron",
        "baroness", "congresswoman", "strongman", "dictator", "warlord", "economist", "analyst",
        "manager", "striker", "midfielder", "defender", "goalkeeper", "forward", "quarterback",
        "pitcher", "actor", "actress", "singer", "rapper", "author", "writer", "novelist", "artist",
        "playwright", "director-general", "managing", "executive", "founder", "head",
        // Plurals before the first of two names ("Presidents Ana Lima of Ruritania and …").
        "presidents", "senators", "ministers", "governors", "premiers", "chancellors", "mayors",
        // Religious and honorific forms of address written before a name (eleventh round):
        // "Bishop Emeritus", "Elder" (Latter-day Saints), "Monsignor" and the Spanish
        // "Monseñor", "Swami", "Cde" (comrade, Zimbabwe and Zambia).
        "emeritus", "elder", "monsignor", "monsenor", "msgr.", "msgr", "swami", "cde", "cde.", "comrade",
    ]

    /// Capitalised words that may stand inside a title before its head word ("Foreign" Minister).
    public static let titleModifiers: WordSet = [
        "foreign", "prime", "vice", "deputy", "defense", "defence", "interior", "finance", "justice",
        "health", "education", "economy", "economic", "trade", "state", "home", "attorney",
        "general", "chief", "supreme", "lt.", "gen.", "lieutenant", "brigadier", "major", "senior",
        "junior", "assistant", "acting", "interim", "former", "first", "crown", "grand", "high",
        "secretary", "under", "undersecretary", "energy", "environment", "agriculture", "labor",
        "labour", "culture", "transport", "interior", "security", "intelligence", "army", "navy",
        "air", "force", "police", "opposition", "party", "majority", "minority", "house", "senate",
        "labor", "commerce", "treasury", "war", "information", "communications", "industry",
        "development", "housing", "immigration", "sports", "tourism", "youth", "women", "affairs",
        "external", "internal", "national", "federal", "regional", "executive", "managing", "rear",
        "staff", "sergeant", "master", "lance", "field", "fleet", "flight", "wing", "group",
        "chief", "district", "u.s.", "us", "u.n.", "un", "eu", "nato", "white", "press",
    ]

    /// Lower-case particles that may stand inside a name ("bin" Laden, "van" Gogh, "de" Gaulle).
    public static let particles: WordSet = [
        "al", "el", "bin", "ibn", "bint", "ben", "abu", "van", "von", "der", "den", "de", "da",
        "di", "du", "le", "la", "del", "della", "dos", "das", "do", "des", "ter", "ten", "zu", "af",
        "y", "st.", "mac", "o'", "d'", "dei", "degli", "van't", "'t", "bin-", "ould",
    ]

    /// Hyphenated prefixes that are particles when written joined ("al-Assad" → "assad").
    public static let joinedParticles: [String] = ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin-", "ibn-", "abu-", "d'", "o'"]

    /// The folded name without a joined particle ("al-assad" → "assad"); unchanged if none.
    public static func strippingParticle(_ folded: String) -> String {
        // Fast exit: every joined particle has its hyphen or apostrophe within the first four bytes.
        var marked = false
        var k = 0
        for b in folded.utf8 {
            if b == 45 || b == 39 { marked = true; break }
            k += 1
            if k >= 4 { break }
        }
        guard marked else { return folded }
        for p in joinedParticles where folded.hasPrefix(p) && folded.count > p.count + 1 {
            // Keep "o'neill" whole: only Arabic-style particles and "d'" drop.
            if p == "o'" { continue }
            return String(folded.dropFirst(p.count))
        }
        return folded
    }
}
