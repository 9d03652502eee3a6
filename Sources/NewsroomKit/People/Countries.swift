/// Names of countries (folded, one word or several), which are never people when they stand
/// alone. Names that are also common first names (Jordan, Chad, Georgia) are left out.
public enum Countries {
    /// Folded country names and common short forms.
    public static let names: WordSet = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
        "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
        "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria",
        "burkina faso", "burma", "burundi", "cambodia", "cameroon", "canada", "chile", "china",
        "colombia", "comoros", "congo", "costa rica", "croatia", "cuba", "cyprus", "czechia",
        "denmark", "djibouti", "dominica", "ecuador", "egypt", "el salvador", "eritrea", "estonia",
        "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana",
        "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary",
        "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica",
        "japan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
        "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania",
        "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania",
        "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
        "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands",
        "new zealand", "nicaragua", "niger", "nigeria", "north korea", "norway", "oman", "pakistan",
        "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino",
        "saudi arabia", "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia",
        "slovenia", "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka",
        "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
        "thailand", "togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda",
        "ukraine", "united arab emirates", "united kingdom", "united states", "uruguay",
        "uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "viet nam", "yemen", "zambia",
        "zimbabwe", "britain", "great britain", "england", "scotland", "wales", "america", "usa",
        "u.s.", "u.k.", "uk", "us", "uae", "russian federation", "soviet union", "ussr", "europe",
        "africa", "asia",
    ]

    /// Folded names of US states, never people when they stand alone; states that are also
    /// common first names or surnames (Georgia, Virginia, Montana, Maine, Washington) are left
    /// out. Not a tagger feature (the bundled weights were trained with `names` only).
    static let usStates: WordSet = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "nebraska", "nevada", "new hampshire", "new jersey",
        "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
        "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "west virginia", "wisconsin", "wyoming",
    ]

    /// Whether tokens `range` of `t` spell a country name (or a US state's).
    static func isCountry(_ t: TokenizedText, _ range: Range<Int>) -> Bool {
        guard range.count <= 4 else { return false }
        if range.count == 1 {
            let word = t.folded[range.lowerBound]
            return names.contains(word) || usStates.contains(word)
        }
        // Folded tokens hold no spaces, so a name of several words can only match when its first
        // word does; no string is built for the others.
        if let first = range.first, !multiWordStarts.contains(t.folded[first]) { return false }
        let key = range.map { t.folded[$0] }.joined(separator: " ")
        return names.contains(key) || usStates.contains(key)
    }

    /// First words of the country and state names of two or more words ("south" of "south africa").
    static let multiWordStarts = WordSet((names.words.union(usStates.words)).compactMap { name in
        name.contains(" ") ? name.split(separator: " ").first.map(String.init) : nil
    })
}
