/// How a country is named in a mention.
enum AliasKind: Sendable, Hashable {
    /// The country's name ("Russia", "the Russian Federation", "the Russians").
    case name
    /// A capital or seat of government ("Moscow", "the Kremlin"): an actor only as the subject of a
    /// stance, never after a place preposition ("in Moscow last week").
    case capital
    /// An adjective ("Russian"): names the government only before a head noun such as
    /// "diplomats" or "delegation", in a compound ("French-led") or before "veto".
    case adjective
}

/// Which holder of the China seat an alias names: some names only fit one of them.
enum ChinaHolder: Sendable, Hashable { case republic, peoples }

/// One way of naming a country.
struct CountryAlias: Sendable, Hashable {
    /// Folded tokens ("u.s.", "the", "kremlin").
    var tokens: [String]
    /// The roster's short name ("Russia") or, for non-members, a short common name ("Israel").
    var country: String
    /// Name, capital or adjective.
    var kind: AliasKind
    /// Only when written in capitals ("US", not "us").
    var requiresCaps: Bool
    /// For China: the holder this alias fits.
    var holder: ChinaHolder?
}

/// The names, capitals and adjectives of every country that has sat on the Council, and of the
/// countries the Council often discusses (so that "North Korea" is not read as "Korea").
enum CountryNames {
    /// Table: `Short name | names | capitals and seats of government | adjectives`.
    /// Lines are written for the project; the short names are the roster's.
    private static let table = """
    United States|United States,United States of America,U.S.,US*,USA*,U.S.A.,America,Americans,the Americans,the US administration|Washington,the White House,White House,the State Department,State Department|American,U.S.,US*
    United Kingdom|United Kingdom,UK*,U.K.,Britain,Great Britain,United Kingdom of Great Britain and Northern Ireland|London,Downing Street,the Foreign Office,Whitehall|British,Anglo
    France|France|Paris,the Elysee,Elysee,Quai d'Orsay,the Quai d'Orsay|French,Franco
    Russia|Russia,Russian Federation,the Russian Federation,the Russians,Russians|Moscow,the Kremlin,Kremlin|Russian,Russo
    Soviet Union|Soviet Union,the Soviet Union,USSR*,U.S.S.R.,the Soviets,Soviets,Union of Soviet Socialist Republics||Soviet
    China|China|Beijing^,Peking^,Taipei~|Chinese,Sino
    China^|People's Republic of China,the People's Republic of China,PRC*,Communist China,Red China|
    China~|Republic of China,the Republic of China,Nationalist China,Taiwan,Formosa,the Nationalists,Chinese Nationalists,Nationalist Chinese||Nationalist
    Brazil|Brazil|Brasilia|Brazilian
    India|India|New Delhi,Delhi|Indian
    South Africa|South Africa|Pretoria|South African
    Germany|Germany,West Germany,Federal Republic of Germany|Berlin,Bonn|German,West German
    East Germany|East Germany,German Democratic Republic,GDR*||East German
    Portugal|Portugal|Lisbon|Portuguese
    Colombia|Colombia|Bogota|Colombian
    Gabon|Gabon|Libreville|Gabonese
    Nigeria|Nigeria|Abuja|Nigerian
    Lebanon|Lebanon|Beirut|Lebanese
    Bosnia and Herzegovina|Bosnia and Herzegovina,Bosnia-Herzegovina,Bosnia|Sarajevo|Bosnian
    Japan|Japan|Tokyo|Japanese
    Italy|Italy|Rome|Italian
    Spain|Spain|Madrid|Spanish
    Mexico|Mexico|Mexico City|Mexican
    Pakistan|Pakistan|Islamabad|Pakistani
    Egypt|Egypt|Cairo|Egyptian
    Turkey|Turkey,Türkiye,Turkiye|Ankara|Turkish
    Iran|Iran,Islamic Republic of Iran,Iran (Islamic Republic of)|Tehran|Iranian
    Iraq|Iraq|Baghdad|Iraqi
    Syrian Arab Republic|Syria,Syrian Arab Republic|Damascus|Syrian
    Yugoslavia|Yugoslavia|Belgrade|Yugoslav
    Ecuador|Ecuador|Quito|Ecuadorian,Ecuadorean
    Norway|Norway|Oslo|Norwegian
    Cuba|Cuba|Havana|Cuban
    Netherlands|Netherlands,the Netherlands,Holland|The Hague|Dutch
    Belgium|Belgium||Belgian
    Australia|Australia|Canberra|Australian
    Canada|Canada|Ottawa|Canadian
    Argentina|Argentina|Buenos Aires|Argentine,Argentinian
    Chile|Chile|Santiago|Chilean
    Venezuela|Venezuela,Venezuela (Bolivarian Republic of)|Caracas|Venezuelan
    Peru|Peru|Lima|Peruvian
    Bolivia|Bolivia|La Paz|Bolivian
    Uruguay|Uruguay|Montevideo|Uruguayan
    Paraguay|Paraguay|Asuncion|Paraguayan
    Kenya|Kenya|Nairobi|Kenyan
    Ghana|Ghana|Accra|Ghanaian
    Algeria|Algeria|Algiers|Algerian
    Morocco|Morocco|Rabat|Moroccan
    Tunisia|Tunisia|Tunis|Tunisian
    Ethiopia|Ethiopia|Addis Ababa|Ethiopian
    Senegal|Senegal|Dakar|Senegalese
    Niger|Niger|Niamey|Nigerien
    Mozambique|Mozambique|Maputo|Mozambican
    Sierra Leone|Sierra Leone|Freetown|Sierra Leonean
    Somalia|Somalia|Mogadishu|Somali
    Sweden|Sweden|Stockholm|Swedish
    Switzerland|Switzerland|Bern,Berne|Swiss
    Denmark|Denmark|Copenhagen|Danish
    Greece|Greece|Athens|Greek
    Ireland|Ireland|Dublin|Irish
    Estonia|Estonia|Tallinn|Estonian
    Latvia|Latvia|Riga|Latvian
    Lithuania|Lithuania|Vilnius|Lithuanian
    Slovenia|Slovenia|Ljubljana|Slovenian,Slovene
    Albania|Albania|Tirana|Albanian
    Malta|Malta|Valletta|Maltese
    Poland|Poland|Warsaw|Polish
    Ukraine|Ukraine,the Ukraine,Ukrainian SSR,Ukrainian S.S.R.,Ukrainian Soviet Socialist Republic,Ukrainian Soviet Republic|Kyiv,Kiev|Ukrainian
    Belarus|Belarus,Byelorussia,Byelorussian SSR,Byelorussian S.S.R.,Byelorussian Soviet Socialist Republic,Byelorussian Soviet Republic|Minsk|Belarusian
    Kazakhstan|Kazakhstan|Astana|Kazakh
    Indonesia|Indonesia|Jakarta|Indonesian
    Malaysia|Malaysia|Kuala Lumpur|Malaysian
    Philippines|Philippines,the Philippines|Manila|Philippine,Filipino
    Viet Nam|Viet Nam,Vietnam|Hanoi|Vietnamese
    Republic of Korea|Republic of Korea,South Korea,the Republic of Korea|Seoul|South Korean
    United Arab Emirates|United Arab Emirates,the United Arab Emirates,UAE*,the UAE*,U.A.E.|Abu Dhabi|Emirati
    Qatar|Qatar|Doha|Qatari
    Kuwait|Kuwait||Kuwaiti
    Bahrain|Bahrain|Manama|Bahraini
    Jordan|Jordan|Amman|Jordanian
    Guyana|Guyana||Guyanese
    Panama|Panama|Panama City|Panamanian
    Dominican Republic|Dominican Republic,the Dominican Republic|Santo Domingo|Dominican
    Saint Vincent and the Grenadines|Saint Vincent and the Grenadines,St Vincent and the Grenadines,St. Vincent and the Grenadines,St Vincent,Saint Vincent|Kingstown|Vincentian
    Uganda|Uganda|Kampala|Ugandan
    Rwanda|Rwanda|Kigali|Rwandan
    Angola|Angola|Luanda|Angolan
    Chad|Chad|N'Djamena|Chadian
    Equatorial Guinea|Equatorial Guinea|Malabo|Equatorial Guinean
    Côte d'Ivoire|Côte d'Ivoire,Cote d'Ivoire,Ivory Coast|Abidjan,Yamoussoukro|Ivorian
    Libyan Arab Jamahiriya|Libya,Libyan Arab Jamahiriya,Libyan Arab Republic|Tripoli|Libyan
    United Republic of Tanzania|Tanzania,United Republic of Tanzania|Dar es Salaam,Dodoma|Tanzanian
    Democratic Republic of the Congo|Democratic Republic of the Congo,the Democratic Republic of the Congo,Democratic Republic of Congo,the Democratic Republic of Congo,DR Congo,DRC*,Zaire|Kinshasa|Zairean
    Congo|Congo,Republic of the Congo,the Republic of the Congo,Republic of Congo,the Republic of Congo,Congo Republic,the Congo Republic,Congo-Brazzaville|Brazzaville|Congolese
    Liberia|Liberia|Monrovia|Liberian
    Azerbaijan|Azerbaijan|Baku|Azerbaijani
    Guatemala|Guatemala|Guatemala City|Guatemalan
    Luxembourg|Luxembourg||Luxembourgish
    Czech Republic|Czech Republic,Czechia|Prague|Czech
    Czechoslovakia|Czechoslovakia||Czechoslovak
    Hungary|Hungary|Budapest|Hungarian
    Romania|Romania,Rumania|Bucharest|Romanian,Rumanian
    Bulgaria|Bulgaria||Bulgarian
    Croatia|Croatia|Zagreb|Croatian
    Slovakia|Slovakia|Bratislava|Slovak
    Finland|Finland|Helsinki|Finnish
    Austria|Austria|Vienna|Austrian
    New Zealand|New Zealand|Wellington|New Zealand
    Sri Lanka|Sri Lanka,Ceylon|Colombo|Sri Lankan
    Nepal|Nepal|Kathmandu|Nepalese,Nepali
    Bangladesh|Bangladesh|Dhaka|Bangladeshi
    Jamaica|Jamaica||Jamaican
    Trinidad and Tobago|Trinidad and Tobago,Trinidad||Trinidadian
    Costa Rica|Costa Rica|San Jose|Costa Rican
    Nicaragua|Nicaragua|Managua|Nicaraguan
    Honduras|Honduras|Tegucigalpa|Honduran
    Mauritius|Mauritius||Mauritian
    Namibia|Namibia|Windhoek|Namibian
    Zambia|Zambia|Lusaka|Zambian
    Zimbabwe|Zimbabwe|Harare|Zimbabwean
    Cameroon|Cameroon|Yaounde|Cameroonian
    Benin|Benin,Dahomey|Cotonou,Porto-Novo|Beninese
    Togo|Togo|Lome|Togolese
    Botswana|Botswana|Gaborone|
    Burkina Faso|Burkina Faso,Upper Volta|Ouagadougou|Burkinabe
    Burundi|Burundi|Bujumbura|Burundian
    Cabo Verde|Cabo Verde,Cape Verde|Praia|Cape Verdean
    Djibouti|Djibouti||Djiboutian
    Guinea|Guinea|Conakry|Guinean
    Guinea-Bissau|Guinea-Bissau|Bissau|
    Gambia|Gambia,the Gambia|Banjul|Gambian
    Madagascar|Madagascar|Antananarivo|Malagasy
    Mali|Mali|Bamako|Malian
    Mauritania|Mauritania|Nouakchott|Mauritanian
    Sudan|Sudan,the Sudan|Khartoum|Sudanese
    United Arab Republic|United Arab Republic,UAR*|Cairo|
    Yemen|Yemen|Sanaa|Yemeni
    Oman|Oman|Muscat|Omani
    Singapore|Singapore||Singaporean
    Thailand|Thailand|Bangkok|Thai
    Israel|Israel|Jerusalem,Tel Aviv|Israeli
    North Korea|North Korea,Democratic People's Republic of Korea,DPRK*|Pyongyang|North Korean
    Korea|Korea||Korean
    Palestine|Palestine,State of Palestine,Palestinian territories|Ramallah|Palestinian
    Afghanistan|Afghanistan|Kabul|Afghan
    Myanmar|Myanmar,Burma|Naypyidaw,Rangoon|Burmese
    Haiti|Haiti|Port-au-Prince|Haitian
    South Sudan|South Sudan|Juba|South Sudanese
    Kosovo|Kosovo|Pristina|Kosovar
    Gaza|Gaza,the Gaza Strip,Gaza Strip||
    Saudi Arabia|Saudi Arabia|Riyadh|Saudi
    Georgia|Georgia|Tbilisi|Georgian
    Serbia|Serbia||Serbian
    Eritrea|Eritrea|Asmara|Eritrean
    Western Sahara|Western Sahara||
    Cyprus|Cyprus|Nicosia|Cypriot
    Rhodesia|Rhodesia,Southern Rhodesia|Salisbury|Rhodesian
    Suez|Suez,the Suez Canal,Suez Canal||
    Kashmir|Kashmir||Kashmiri
    Indochina|Indochina||
    Vietnam War|South Vietnam,North Vietnam||South Vietnamese,North Vietnamese
    Darfur|Darfur||
    Crimea|Crimea||Crimean
    Xinjiang|Xinjiang||
    Tigray|Tigray||
    Srebrenica|Srebrenica||
    """

    /// Surnames of the presidents of the United States since 1945: "the Reagan administration" names
    /// the United States government.
    static let usPresidents = ["Truman", "Eisenhower", "Kennedy", "Johnson", "Nixon", "Ford", "Carter", "Reagan",
                               "Bush", "Clinton", "Obama", "Trump", "Biden"]

    /// Every alias, longest first for each first token.
    static let aliases: [String: [CountryAlias]] = {
        var byFirst: [String: [CountryAlias]] = [:]
        for line in table.split(separator: "\n") {
            let cols = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0) }
            guard cols.count >= 2 else { continue }
            var country = cols[0].trimmingSpaces
            var holder: ChinaHolder?
            if country.hasSuffix("^") { holder = .peoples; country.removeLast() }
            if country.hasSuffix("~") { holder = .republic; country.removeLast() }
            let kinds: [AliasKind] = [.name, .capital, .adjective]
            for (k, kind) in kinds.enumerated() where k + 1 < cols.count {
                for raw in cols[k + 1].split(separator: ",") {
                    var surface = String(raw).trimmingSpaces
                    if surface.isEmpty { continue }
                    var caps = false
                    var aliasHolder = holder
                    if surface.hasSuffix("*") { caps = true; surface.removeLast() }
                    if surface.hasSuffix("^") { aliasHolder = .peoples; surface.removeLast() }
                    if surface.hasSuffix("~") { aliasHolder = .republic; surface.removeLast() }
                    let toks = tokenize(surface)
                    guard let first = toks.first else { continue }
                    byFirst[first, default: []].append(CountryAlias(
                        tokens: toks, country: country, kind: kind, requiresCaps: caps, holder: aliasHolder))
                }
            }
        }
        // "The Obama administration had not said whether it would veto": the government by its president.
        for president in usPresidents {
            let toks = tokenize(president + " administration")
            byFirst[toks[0], default: []].append(CountryAlias(tokens: toks, country: "United States", kind: .name, requiresCaps: false, holder: nil))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.tokens.count > $1.tokens.count } }
        return byFirst
    }()

    /// `aliases` with the hashed look-up of `WordMap` (the same answers, without seeded string
    /// hashing for every word of an article).
    static let aliasesByFirstWord = WordMap(aliases.map { ($0.key, $0.value) }, capacity: aliases.count)

    /// The short name used for a topic ("Syria" rather than "Syrian Arab Republic").
    static func topicName(_ country: String) -> String {
        switch country {
        case "Syrian Arab Republic": return "Syria"
        case "Libyan Arab Jamahiriya": return "Libya"
        case "United Republic of Tanzania": return "Tanzania"
        case "Republic of Korea": return "South Korea"
        case "Vietnam War": return "Vietnam"
        default: return country
        }
    }

    /// Folded tokens of an alias, split as the article tokenizer splits text.
    static func tokenize(_ s: String) -> [String] {
        CouncilTokenizer.tokenize(Array(s.unicodeScalars)).tokens.map(\.text)
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
