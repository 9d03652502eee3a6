/// Small gazetteers written for the project from general knowledge (no corpus): well-known
/// places (capitals, large cities, states and provinces, regions, rivers, seas, islands) and
/// demonyms, nationalities, languages and religions. Keys are folded; multi-word names are
/// joined by single spaces. They are tagger features (`TaggerFeatures`) and back a few rules;
/// many entries are also people's names (Cleveland, Phoenix, Virginia, Christian), so
/// membership is evidence, never proof, except where a rule says so.
public enum Gazetteer {
    /// Well-known places other than countries (those are in `Countries`).
    public static let places: WordSet = [
        // Capitals and large cities of the world.
        "kabul", "tirana", "algiers", "luanda", "buenos aires", "yerevan", "canberra", "vienna", "baku",
        "nassau", "manama", "dhaka", "minsk", "brussels", "porto-novo", "thimphu", "la paz", "sarajevo",
        "gaborone", "brasilia", "sofia", "ouagadougou", "bujumbura", "phnom penh", "yaounde", "ottawa",
        "santiago", "beijing", "bogota", "kinshasa", "brazzaville", "san jose", "zagreb", "havana",
        "nicosia", "prague", "copenhagen", "santo domingo", "quito", "cairo", "san salvador", "asmara",
        "tallinn", "addis ababa", "suva", "helsinki", "paris", "libreville", "banjul", "tbilisi",
        "berlin", "accra", "athens", "guatemala city", "conakry", "bissau", "georgetown",
        "port-au-prince", "tegucigalpa", "budapest", "reykjavik", "new delhi", "delhi", "jakarta",
        "tehran", "baghdad", "dublin", "jerusalem", "rome", "kingston", "tokyo", "amman", "astana",
        "nairobi", "pristina", "kuwait city", "bishkek", "vientiane", "riga", "beirut", "maseru",
        "monrovia", "tripoli", "vilnius", "antananarivo", "lilongwe", "kuala lumpur", "bamako",
        "valletta", "nouakchott", "mexico city", "chisinau", "ulaanbaatar", "ulan bator", "podgorica",
        "rabat", "maputo", "naypyidaw", "yangon", "rangoon", "windhoek", "kathmandu", "amsterdam",
        "the hague", "wellington", "managua", "niamey", "abuja", "lagos", "pyongyang", "skopje", "oslo",
        "muscat", "islamabad", "karachi", "lahore", "panama city", "port moresby", "asuncion", "lima",
        "manila", "warsaw", "lisbon", "doha", "bucharest", "moscow", "kigali", "riyadh", "jeddah",
        "mecca", "medina", "dakar", "belgrade", "freetown", "bratislava", "ljubljana", "mogadishu",
        "pretoria", "johannesburg", "cape town", "durban", "seoul", "busan", "juba", "madrid",
        "barcelona", "colombo", "khartoum", "paramaribo", "stockholm", "bern", "zurich", "geneva",
        "damascus", "aleppo", "homs", "hama", "taipei", "dushanbe", "dodoma", "dar es salaam",
        "bangkok", "lome", "tunis", "ankara", "istanbul", "ashgabat", "kampala", "kyiv", "kiev",
        "abu dhabi", "dubai", "london", "washington, d.c.", "montevideo", "tashkent", "caracas",
        "hanoi", "ho chi minh city", "saigon", "sanaa", "aden", "lusaka", "harare", "shanghai",
        "hong kong", "macau", "guangzhou", "shenzhen", "chongqing", "wuhan", "chengdu", "tianjin",
        "nanjing", "xi'an", "mumbai", "bombay", "kolkata", "calcutta", "chennai", "madras",
        "bangalore", "bengaluru", "hyderabad", "osaka", "kyoto", "yokohama", "nagoya", "sapporo",
        "hiroshima", "nagasaki", "okinawa", "sydney", "melbourne", "brisbane", "perth", "adelaide",
        "auckland", "christchurch", "toronto", "montreal", "vancouver", "calgary", "edmonton",
        "winnipeg", "quebec", "halifax", "sao paulo", "rio de janeiro", "rio", "salvador",
        "guadalajara", "monterrey", "tijuana", "medellin", "cali", "cartagena", "guayaquil",
        "valparaiso", "cordoba", "rosario", "alexandria", "giza", "casablanca", "marrakesh",
        "marrakech", "fez", "benghazi", "misrata", "kano", "ibadan", "mombasa", "kandahar", "herat",
        "mosul", "basra", "kirkuk", "erbil", "fallujah", "ramadi", "tikrit", "najaf", "karbala",
        "isfahan", "shiraz", "tabriz", "mashhad", "tel aviv", "haifa", "gaza", "ramallah", "hebron",
        "nablus", "bethlehem", "sidon", "tyre", "idlib", "raqqa", "latakia", "deir ez-zor", "daraa",
        "ghouta", "izmir", "antalya", "st. petersburg", "saint petersburg", "petersburg",
        "novosibirsk", "yekaterinburg", "kazan", "sochi", "vladivostok", "volgograd", "stalingrad",
        "leningrad", "kharkiv", "odessa", "odesa", "lviv", "donetsk", "luhansk", "crimea",
        "mariupol", "sevastopol", "grozny", "tbilisi", "almaty", "samarkand", "hamburg", "munich",
        "cologne", "frankfurt", "stuttgart", "dusseldorf", "dresden", "leipzig", "hanover", "bonn",
        "nuremberg", "bremen", "milan", "naples", "turin", "florence", "venice", "genoa", "bologna",
        "palermo", "marseille", "lyon", "toulouse", "nice", "bordeaux", "strasbourg", "lille",
        "nantes", "seville", "valencia", "bilbao", "malaga", "porto", "rotterdam", "utrecht",
        "antwerp", "ghent", "krakow", "gdansk", "wroclaw", "lodz", "poznan", "gothenburg", "malmo",
        "bergen", "salzburg", "innsbruck", "basel", "lausanne", "thessaloniki", "belfast", "derry",
        "glasgow", "edinburgh", "aberdeen", "cardiff", "swansea", "manchester", "liverpool",
        "birmingham", "leeds", "sheffield", "bristol", "newcastle", "nottingham", "leicester",
        "oxford", "cambridge", "brighton", "southampton", "portsmouth", "plymouth", "york",
        "coventry", "cork", "galway", "limerick",
        // Cities of the United States.
        "new york", "new york city", "los angeles", "chicago", "houston", "phoenix", "philadelphia",
        "san antonio", "san diego", "dallas", "austin", "jacksonville", "fort worth", "columbus",
        "charlotte", "san francisco", "indianapolis", "seattle", "denver", "boston", "el paso",
        "nashville", "detroit", "oklahoma city", "portland", "las vegas", "memphis", "louisville",
        "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento", "kansas city",
        "mesa", "atlanta", "omaha", "colorado springs", "raleigh", "miami", "long beach",
        "virginia beach", "oakland", "minneapolis", "tulsa", "tampa", "arlington", "new orleans",
        "wichita", "cleveland", "bakersfield", "aurora", "anaheim", "honolulu", "santa ana",
        "riverside", "corpus christi", "lexington", "stockton", "pittsburgh", "saint paul",
        "st. paul", "cincinnati", "anchorage", "greensboro", "plano", "newark", "lincoln", "orlando",
        "irvine", "toledo", "jersey city", "chula vista", "durham", "fort wayne", "st. louis",
        "saint louis", "st. petersburg", "laredo", "buffalo", "madison", "lubbock", "chandler",
        "scottsdale", "reno", "glendale", "norfolk", "winston-salem", "boise", "richmond",
        "baton rouge", "spokane", "des moines", "tacoma", "san bernardino", "modesto", "fontana",
        "birmingham", "rochester", "salt lake city", "savannah", "charleston", "hartford",
        "providence", "albany", "trenton", "annapolis", "harrisburg", "springfield", "little rock",
        "jackson", "montgomery", "tallahassee", "santa fe", "olympia", "salem", "cheyenne", "helena",
        "bismarck", "pierre", "topeka", "concord", "montpelier", "augusta", "dover", "frankfort",
        "juneau", "carson city", "manhattan", "brooklyn", "queens", "the bronx", "bronx",
        "staten island", "long island", "harlem", "hollywood", "beverly hills", "silicon valley",
        "palo alto", "berkeley", "pasadena", "santa monica", "santa barbara", "san jose",
        "fort lauderdale", "key west", "palm beach", "ann arbor", "flint", "dayton", "akron",
        "syracuse", "ithaca", "princeton", "new haven", "cambridge", "worcester", "fargo", "duluth",
        "green bay", "peoria", "knoxville", "chattanooga", "birmingham", "mobile", "shreveport",
        "galveston", "amarillo", "waco", "flagstaff", "yuma", "sioux falls", "rapid city",
        "ferguson", "charlottesville", "parkland", "newtown", "uvalde", "quantico", "guantanamo",
        "guantanamo bay", "pearl harbor",
        // States, provinces and regions.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
        "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
        "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico", "guam",
        "ontario", "british columbia", "alberta", "saskatchewan", "manitoba", "nova scotia",
        "new brunswick", "newfoundland", "labrador", "yukon", "nunavut", "queensland",
        "new south wales", "victoria", "tasmania", "western australia", "south australia",
        "northern territory", "bavaria", "saxony", "catalonia", "andalusia", "basque country",
        "galicia", "tuscany", "sicily", "sardinia", "lombardy", "corsica", "brittany", "normandy",
        "provence", "flanders", "wallonia", "kashmir", "punjab", "bengal", "kerala", "gujarat",
        "tamil nadu", "bihar", "assam", "goa", "sindh", "balochistan", "waziristan", "xinjiang",
        "tibet", "guangdong", "sichuan", "yunnan", "manchuria", "siberia", "chechnya", "dagestan",
        "kurdistan", "darfur", "kordofan", "sinai", "negev", "golan", "golan heights", "west bank",
        "gaza strip", "donbas", "donbass", "transnistria", "abkhazia", "south ossetia",
        "nagorno-karabakh", "karabakh", "kosovo", "bosnia", "herzegovina", "chiapas", "yucatan",
        "patagonia", "amazonia", "mindanao", "luzon", "java", "sumatra", "borneo", "bali",
        "sulawesi", "papua", "aceh", "hokkaido", "kyushu", "honshu", "greenland", "scandinavia",
        "siberia", "the balkans", "balkans", "caucasus", "the caucasus", "middle east",
        "the middle east", "near east", "far east", "north africa", "west africa", "east africa",
        "southern africa", "central africa", "sub-saharan africa", "the sahel", "sahel", "sahara",
        "the gulf", "persian gulf", "arabian peninsula", "levant", "the levant", "mesopotamia",
        "central asia", "south asia", "southeast asia", "east asia", "latin america",
        "central america", "south america", "north america", "the caribbean", "caribbean",
        "western europe", "eastern europe", "central europe", "southern europe", "northern europe",
        "oceania", "polynesia", "melanesia", "micronesia", "antarctica", "the arctic", "arctic",
        "europe", "asia", "africa", "australia", "americas", "eurasia", "new england", "midwest",
        "the midwest", "deep south", "appalachia", "the west", "wales", "scotland", "england",
        "northern ireland", "ulster", "cornwall", "yorkshire", "kent", "essex", "sussex", "surrey",
        "lancashire", "devon", "hong kong", "macao", "taiwan", "crimea", "lapland", "iberia",
        // Rivers, seas, mountains and islands.
        "nile", "amazon", "thames", "rhine", "danube", "seine", "loire", "rhone", "elbe", "volga",
        "dnieper", "don", "euphrates", "tigris", "jordan river", "ganges", "indus", "yangtze",
        "yellow river", "mekong", "mississippi", "missouri river", "hudson", "potomac", "rio grande",
        "colorado river", "ohio river", "st. lawrence", "zambezi", "congo river", "niger river",
        "mediterranean", "the mediterranean", "mediterranean sea", "red sea", "black sea",
        "caspian sea", "dead sea", "baltic", "baltic sea", "north sea", "adriatic", "aegean",
        "arabian sea", "south china sea", "east china sea", "sea of japan", "yellow sea",
        "atlantic", "pacific", "indian ocean", "arctic ocean", "gulf of mexico", "gulf of aden",
        "strait of hormuz", "hormuz", "bosporus", "suez", "suez canal", "panama canal",
        "english channel", "himalayas", "the himalayas", "alps", "the alps", "andes", "the andes",
        "rockies", "rocky mountains", "urals", "pyrenees", "everest", "mount everest",
        "kilimanjaro", "sicily", "crete", "cyprus", "malta", "corsica", "sardinia", "ibiza",
        "majorca", "mallorca", "tenerife", "canary islands", "azores", "madeira", "iceland",
        "greenland", "tasmania", "new guinea", "madagascar", "zanzibar", "socotra", "lampedusa",
        "lesbos", "rhodes", "guadeloupe", "martinique", "tahiti", "hawaii", "maui", "oahu",
        "falklands", "falkland islands", "galapagos", "okinawa", "jeju", "hainan", "phuket",
    ]

    /// Demonyms, nationalities, ethnic groups, languages and religions, singular and plural.
    public static let demonyms: WordSet = [
        "afghan", "afghans", "albanian", "albanians", "algerian", "algerians", "american", "americans",
        "angolan", "angolans", "argentine", "argentinian", "argentines", "argentinians", "armenian",
        "armenians", "australian", "australians", "austrian", "austrians", "azerbaijani",
        "azerbaijanis", "azeri", "azeris", "bahraini", "bahrainis", "bangladeshi", "bangladeshis",
        "belarusian", "belarusians", "belgian", "belgians", "bolivian", "bolivians", "bosnian",
        "bosnians", "brazilian", "brazilians", "british", "briton", "britons", "bulgarian",
        "bulgarians", "burmese", "burundian", "cambodian", "cambodians", "cameroonian",
        "cameroonians", "canadian", "canadians", "chadian", "chilean", "chileans", "chinese",
        "colombian", "colombians", "congolese", "croatian", "croatians", "croat", "croats", "cuban",
        "cubans", "cypriot", "cypriots", "czech", "czechs", "danish", "dane", "danes", "dutch",
        "dutchman", "ecuadorian", "ecuadorians", "egyptian", "egyptians", "emirati", "emiratis",
        "english", "englishman", "eritrean", "eritreans", "estonian", "estonians", "ethiopian",
        "ethiopians", "fijian", "fijians", "filipino", "filipinos", "filipina", "finnish", "finn",
        "finns", "french", "frenchman", "frenchmen", "gabonese", "georgian", "georgians", "german",
        "germans", "ghanaian", "ghanaians", "greek", "greeks", "guatemalan", "guatemalans",
        "guinean", "haitian", "haitians", "honduran", "hondurans", "hungarian", "hungarians",
        "icelandic", "icelander", "icelanders", "indian", "indians", "indonesian", "indonesians",
        "iranian", "iranians", "iraqi", "iraqis", "irish", "irishman", "israeli", "israelis",
        "italian", "italians", "ivorian", "ivorians", "jamaican", "jamaicans", "japanese",
        "jordanian", "jordanians", "kazakh", "kazakhs", "kenyan", "kenyans", "korean", "koreans",
        "kosovar", "kosovars", "kuwaiti", "kuwaitis", "kyrgyz", "lao", "laotian", "latvian",
        "latvians", "lebanese", "liberian", "liberians", "libyan", "libyans", "lithuanian",
        "lithuanians", "luxembourgish", "macedonian", "macedonians", "malagasy", "malawian",
        "malaysian", "malaysians", "maldivian", "malian", "malians", "maltese", "mauritanian",
        "mexican", "mexicans", "moldovan", "moldovans", "mongolian", "mongolians", "mongol",
        "mongols", "montenegrin", "moroccan", "moroccans", "mozambican", "namibian", "namibians",
        "nepali", "nepalese", "new zealander", "new zealanders", "nicaraguan", "nicaraguans",
        "nigerian", "nigerians", "nigerien", "norwegian", "norwegians", "omani", "omanis",
        "pakistani", "pakistanis", "palestinian", "palestinians", "panamanian", "panamanians",
        "paraguayan", "peruvian", "peruvians", "polish", "pole", "poles", "portuguese", "qatari",
        "qataris", "romanian", "romanians", "russian", "russians", "rwandan", "rwandans", "samoan",
        "saudi", "saudis", "scottish", "scot", "scots", "scotsman", "senegalese", "serbian",
        "serbians", "serb", "serbs", "singaporean", "singaporeans", "slovak", "slovaks",
        "slovakian", "slovenian", "slovenians", "slovene", "slovenes", "somali", "somalis",
        "south african", "south africans", "spanish", "spaniard", "spaniards", "sri lankan",
        "sri lankans", "sudanese", "swedish", "swede", "swedes", "swiss", "syrian", "syrians",
        "taiwanese", "tajik", "tajiks", "tanzanian", "tanzanians", "thai", "thais", "tibetan",
        "tibetans", "togolese", "tongan", "trinidadian", "tunisian", "tunisians", "turkish", "turk",
        "turks", "turkmen", "ugandan", "ugandans", "ukrainian", "ukrainians", "uruguayan",
        "uruguayans", "uzbek", "uzbeks", "venezuelan", "venezuelans", "vietnamese", "welsh",
        "welshman", "yemeni", "yemenis", "zambian", "zambians", "zimbabwean", "zimbabweans",
        "european", "europeans", "african", "africans", "asian", "asians", "arab", "arabs",
        "arabic", "latin", "latino", "latinos", "latina", "latinas", "hispanic", "hispanics",
        "caribbean", "scandinavian", "scandinavians", "balkan", "slavic", "slav", "slavs",
        "nordic", "baltic", "persian", "persians", "kurd", "kurds", "kurdish", "pashtun",
        "pashtuns", "tamil", "tamils", "sinhalese", "punjabi", "punjabis", "bengali", "bengalis",
        "gujarati", "hindi", "urdu", "marathi", "telugu", "kannada", "malayalam", "sikh", "sikhs",
        "hindu", "hindus", "muslim", "muslims", "moslem", "islamic", "christian", "christians",
        "catholic", "catholics", "roman catholic", "protestant", "protestants", "orthodox",
        "evangelical", "evangelicals", "anglican", "anglicans", "lutheran", "lutherans",
        "methodist", "methodists", "baptist", "baptists", "presbyterian", "mormon", "mormons",
        "jewish", "jew", "jews", "buddhist", "buddhists", "shia", "shiite", "shiites", "shi'ite",
        "sunni", "sunnis", "alawite", "alawites", "druze", "yazidi", "yazidis", "copt", "copts",
        "coptic", "maronite", "zoroastrian", "taoist", "confucian", "pagan", "quaker", "quakers",
        "amish", "texan", "texans", "californian", "californians", "floridian", "new yorker",
        "new yorkers", "virginian", "virginians", "queenslander", "queenslanders", "bavarian",
        "catalan", "catalans", "basque", "basques", "galician", "andalusian", "sicilian",
        "sicilians", "corsican", "breton", "bretons", "flemish", "walloon", "quebecer",
        "quebecois", "londoner", "londoners", "parisian", "parisians", "muscovite", "muscovites",
        "berliner", "roman", "romans", "athenian", "athenians", "venetian", "neapolitan",
        "cossack", "cossacks", "tatar", "tatars", "chechen", "chechens", "uighur", "uighurs",
        "uyghur", "uyghurs", "han", "manchu", "zulu", "zulus", "xhosa", "hutu", "hutus", "tutsi",
        "tutsis", "yoruba", "igbo", "hausa", "fulani", "maasai", "berber", "berbers", "bedouin",
        "bedouins", "inuit", "maori", "aboriginal", "aborigines", "native american",
        "native americans", "cherokee", "navajo", "sioux", "apache", "hawaiian", "hawaiians",
        "mayan", "maya", "aztec", "aztecs", "inca", "incas", "celtic", "celt", "celts", "gaelic",
        "viking", "vikings", "norse", "saxon", "saxons", "anglo-saxon", "norman", "normans",
        "gothic", "goth", "goths", "hun", "huns", "ottoman", "ottomans", "byzantine", "soviet",
        "soviets", "yiddish", "hebrew", "aramaic", "sanskrit", "mandarin", "cantonese", "tagalog",
        "ilocano", "cebuano", "swahili", "amharic", "somali", "esperanto", "afrikaans",
        "afrikaner", "afrikaners", "creole", "cajun", "cajuns", "gypsy", "gypsies", "roma",
        "romani", "pakeha", "eskimo", "eskimos", "polynesian", "melanesian", "western",
        "westerners", "easterner", "northerner", "northerners", "southerner", "southerners",
    ]

    /// First words of the places of two or more words ("new" of "new york").
    static let multiWordStarts = WordSet(places.words.compactMap { p in
        p.contains(" ") ? p.split(separator: " ").first.map(String.init) : nil
    })

    /// Longest gazetteer place match starting at token `i` (at most four words), as a token
    /// count; 0 when none. `facts` caches, per word type, bit 0 "known", bit 1 "a one-word place",
    /// bit 2 "begins a longer place".
    static func placeMatch(_ t: TokenizedText, at i: Int, facts: inout [UInt8]) -> Int {
        guard t.isCapitalized(i) else { return 0 }
        let type = Int(t.typeOf[i])
        if facts[type] == 0 {
            let key = t.types[type]
            facts[type] = 1 | (places.contains(key) ? 2 : 0) | (multiWordStarts.contains(key) ? 4 : 0)
        }
        var best = facts[type] & 2 != 0 ? 1 : 0
        // Most words begin no longer place: no strings are built for them.
        guard facts[type] & 4 != 0 else { return best }
        var key = t.folded[i]
        var k = i + 1
        while k < t.count, k - i < 4, !t.tokens[k].followsNewline, t.tokens[k].kind == .word {
            key += " " + t.folded[k]
            k += 1
            if places.contains(key) { best = k - i }
        }
        return best
    }

    /// Per token: 1 inside a one-word gazetteer place, 2 inside a longer one, else 0 (longest
    /// matches, left to right; linear).
    static func placeFlags(_ t: TokenizedText) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: t.count)
        var facts = [UInt8](repeating: 0, count: t.types.count)
        var i = 0
        while i < t.count {
            let m = placeMatch(t, at: i, facts: &facts)
            if m == 0 { i += 1; continue }
            for k in i..<(i + m) { out[k] = m == 1 ? 1 : 2 }
            i += m
        }
        return out
    }
}
