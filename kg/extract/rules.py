"""Dependency-label and word sets that kg's extraction rules are written in.

Every rule refers to these names, never to raw strings, so a reader can see in one
place what counts as a subject, an object or an adverbial preposition.

Example:
    >>> "nsubjpass" in PASSIVE_SUBJECTS
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import NAMED_TYPES, VALUE_TYPES

__all__ = [
    "ADVERBIAL_PREPOSITIONS",
    "AGENT",
    "ATTRIBUTION_PREPOSITION",
    "ATTRIBUTION_VERBS",
    "AUXILIARIES",
    "BLOOD_RELATIVE_NOUNS",
    "BUILDING_VERBS",
    "CHILD_NOUNS",
    "CLAUSAL_OBJECTS",
    "COLLECTIVE_NOUNS",
    "COMPANY_NOUNS",
    "CONJUNCTS",
    "CORE_MODIFIERS",
    "CORPORATE_SUFFIXES",
    "DATIVES",
    "DETERMINERS",
    "DIRECTION_DEPS",
    "DIRECTION_WORDS",
    "EVENTS_OF",
    "EXPLETIVE",
    "FOCUS_ADVERBS",
    "GERUND_TIME_PREPOSITIONS",
    "HONORIFICS",
    "INSTITUTION_NOUNS",
    "LANGUAGE_NOUNS",
    "LIGHT_VERBS",
    "LIGHT_VERB_PREPOSITIONS",
    "MAKING_VERBS",
    "NAMED_TYPES",
    "NAME_PARTICLES",
    "NAMING_NOUNS",
    "NEGATIONS",
    "NOBLE_TITLES",
    "NOMINAL_OBJECTS",
    "NOUN_ADVERBIALS",
    "OCCUPATION_NOUNS",
    "OFFICES_OF",
    "OPEN_COMPLEMENTS",
    "ORG_ENDINGS",
    "PARTICLES",
    "PASSIVE_SUBJECTS",
    "PHRASE_TRIMS",
    "PLACE_NAME_OPENERS",
    "PLACE_OF_NOUNS",
    "PLACE_PREPOSITIONS",
    "PLACE_TYPES",
    "PLACE_VERBS",
    "PREDICATE_POS",
    "PREPOSITIONS",
    "PREP_OBJECTS",
    "PRONOUNS",
    "PUBLIC_BODY_NOUNS",
    "RELATIVE_CLAUSES",
    "RELATIVE_NOUNS",
    "RELATIVE_PRONOUNS",
    "ROLE_NOUNS",
    "SUBJECTS",
    "THING_NOUNS",
    "THING_NOUN_TYPES",
    "TIME_TYPES",
    "VALUE_TYPES",
    "PronounFeatures",
]

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
#: ``there`` in ``there is X``: the clause's real subject is its attribute X.
EXPLETIVE = "expl"
#: Bare noun phrases modifying a verb (``this year``), kept as extra arguments when
#: they are time expressions (:data:`TIME_TYPES`).
NOUN_ADVERBIALS = frozenset({"npadvmod", "tmod"})
TIME_TYPES = frozenset({"DATE", "TIME"})


#: Verbs whose object is most often a place: ``visited Jordan``, ``invaded Georgia``.
PLACE_VERBS = frozenset(
    {
        "visit",
        "tour",
        "enter",
        "invade",
        "occupy",
        "annex",
        "conquer",
        "colonize",
        "colonise",
        "govern",
        "rule",
        "cross",
        "reach",
        "bomb",
        "liberate",
        "settle",
        "explore",
    }
)

#: Prepositions that make their object a place or a direction: ``moved to Washington``.
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "from",
        "into",
        "onto",
        "near",
        "across",
        "through",
        "throughout",
        "toward",
        "towards",
        "within",
        "outside",
        "inside",
        "around",
        "between",
        "along",
        "over",
        "under",
        "beyond",
        "via",
        "off",
        "of",
    }
)

#: Prepositions of time whose gerund reads with its verb's subject: ``flows north before joining
#: the Danube`` -> (river, join, Danube); not ``by``, ``without`` (manner, absence).
GERUND_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "upon", "while", "until"})

#: Nouns for what people do: ``X is a German skeleton racer`` says X is a person, whatever type
#: (if any) NER gave the name.
OCCUPATION_NOUNS = frozenset(
    [
        "actor",
        "actress",
        "singer",
        "songwriter",
        "musician",
        "rapper",
        "guitarist",
        "pianist",
        "drummer",
        "violinist",
        "composer",
        "conductor",
        "producer",
        "dancer",
        "comedian",
        "model",
        "player",
        "footballer",
        "cricketer",
        "athlete",
        "racer",
        "driver",
        "cyclist",
        "swimmer",
        "runner",
        "boxer",
        "wrestler",
        "skater",
        "skier",
        "jockey",
        "golfer",
        "coach",
        "manager",
        "referee",
        "politician",
        "statesman",
        "diplomat",
        "lawyer",
        "judge",
        "activist",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "banker",
        "economist",
        "writer",
        "author",
        "novelist",
        "poet",
        "playwright",
        "screenwriter",
        "journalist",
        "editor",
        "broadcaster",
        "presenter",
        "painter",
        "artist",
        "sculptor",
        "illustrator",
        "cartoonist",
        "photographer",
        "architect",
        "designer",
        "filmmaker",
        "director",
        "scientist",
        "physicist",
        "chemist",
        "biologist",
        "botanist",
        "zoologist",
        "geologist",
        "astronomer",
        "mathematician",
        "engineer",
        "inventor",
        "physician",
        "surgeon",
        "doctor",
        "nurse",
        "psychologist",
        "historian",
        "philosopher",
        "theologian",
        "linguist",
        "scholar",
        "academic",
        "professor",
        "teacher",
        "educator",
        "soldier",
        "officer",
        "pilot",
        "astronaut",
        "explorer",
        "sailor",
        "missionary",
        "priest",
        "bishop",
        "cardinal",
        "monk",
        "nun",
        "rabbi",
        "imam",
        "saint",
        "nobleman",
        "noblewoman",
        "aristocrat",
        "monarch",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "member",
        "leader",
        "founder",
        "chef",
    ]
)

#: Words dropped from the start of a person's name before comparing (honorifics, titles).
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "president",
        "prime minister",
        "minister",
        "senator",
        "sen",
        "rep",
        "gen",
        "general",
        "col",
        "capt",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "ayatollah",
        "judge",
        "justice",
        "chancellor",
        "governor",
        "mayor",
        "professor",
        "pm",
        "lord",
        "lady",
        "baron",
        "baroness",
        "duke",
        "duchess",
        "emperor",
        "empress",
        "tsar",
        "sultan",
        "emir",
        "shah",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "captain",
        "colonel",
        "commander",
        "admiral",
        "ambassador",
        "secretary",
        "administrator",
        "director",
        "chairman",
        "chairwoman",
        "vice president",
        "deputy",
        "foreign minister",
        "defence minister",
        "defense minister",
        "finance minister",
        "secretary of state",
        "secretary general",
        "speaker",
        "coach",
        # religious titles: "Father Blashkevich", "the Reverend Joseph Brewster"
        *("father", "reverend", "rev", "pastor", "abbot", "deacon", "monsignor", "friar"),
    }
)

#: Verbs of making, publishing or founding a thing: the date of the clause is the date of the
#: thing named as their object (``directed the film Thira in 2013``).
MAKING_VERBS = frozenset(
    {
        *("release", "publish", "record", "direct", "produce", "write", "compose", "film", "paint"),
        *("found", "establish", "create", "build", "launch", "design", "invent", "premiere"),
        *("co-write", "co-produce", "co-direct", "co-found", "co-create"),
    }
)
#: Verbs of making a place or an institution: what one makes "in" a place is there (``built the
#: Bernheimer-Haus in Munich``), unlike a film one releases or a song one records there.
BUILDING_VERBS = frozenset({"build", "construct", "erect", "found", "establish", "open"})

#: Chinese, Japanese and Korean family names, which a name written in its own order opens
#: (``Liang Congjie``, ``Adachi Kenzō``, ``Park Ji-sung``): that name alone later is the person's
#: (``Liang died``). Not "He", a pronoun at a sentence's start.
FAMILY_FIRST_NAMES = frozenset(
    {
        *("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma"),
        *("zhu", "hu", "guo", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng"),
        *("deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du"),
        *("ye", "cheng", "wei", "su", "ding", "ren", "lu", "yao", "shen", "zhong", "cui", "tan", "fan"),
        *("jin", "shi", "liao", "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu"),
        *("hou", "yin", "xue", "yan", "duan", "lei", "mao", "hao", "gu", "gong", "shao", "qian", "kong"),
        *("luan", "xi", "hua", "kang", "mo", "chiang", "soong", "teng"),
        *("sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi"),
        *("kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi"),
        *("shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto", "yamashita", "ishikawa", "nakajima"),
        *("maeda", "fujita", "ogawa", "goto", "okada", "hasegawa", "murakami", "kondo", "ishii", "saito"),
        *("sakamoto", "endo", "aoki", "fujii", "nishimura", "fukuda", "ota", "miura", "fujiwara", "okamoto"),
        *("matsuda", "nakagawa", "nakano", "harada", "ono", "tamura", "takeuchi", "kaneko", "wada"),
        *("nakayama", "ishida", "ueda", "morita", "hara", "shibata", "sakai", "kudo", "yokoyama"),
        *("miyazaki", "miyamoto", "uchida", "takagi", "ando", "taniguchi", "maruyama", "imai", "takeda"),
        *("murata", "ueno", "sugiyama", "masuda", "hirano", "otsuka", "chiba", "kubo", "matsui"),
        *("iwasaki", "sakurai", "kinoshita", "noguchi", "matsuo", "kikuchi", "nomura", "arai", "adachi"),
        *("tokugawa", "oda", "toyotomi", "minamoto", "taira", "ashikaga", "hojo", "uesugi"),
        *("kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin"),
        *("kwon", "hwang", "ahn", "yoo", "hong", "jeon", "ko", "moon", "son", "bae", "baek", "heo", "nam"),
        *("roh", "kwak", "cha", "joo", "woo", "koo", "ryu", "chun", "chung", "pak", "rhee"),
    }
)

#: Family names of :data:`FAMILY_FIRST_NAMES` that open Western names too (``Kim Kardashian``,
#: ``Lee Harvey Oswald``): they open a name in its own order only before a hyphened given name
#: (``Kim Jong-un``, ``Lee Myung-bak``).
WESTERN_FIRST_NAMES_TOO = frozenset({"kim", "lee", "jin", "song", "moon", "park", "son", "ko", "ma", "lin"})

#: Words that open a surname written with its particle (``von der Leyen``, ``da Silva``,
#: ``bin Laden``): a name opening so is a surname, not a full name.
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "des", "dos", "das"}
    | {"la", "le", "al", "el", "bin", "ibn", "ben", "ter", "ten", "zu", "af"}
)

#: First words that make a name a place's, whatever type NER gave it (``Mount Shinn``): no
#: person's full name, so its last word alone is no surname.
PLACE_NAME_OPENERS = frozenset(
    {"mount", "mt", "lake", "cape", "fort", "port", "isle", "monte", "lac", "glen", "camp", "gmina", "powiat"}
)

#: Capitalised nouns that, with "of" and a place or a name, are an event's or a law's name
#: (``the Treaty of Paris``: one LAW, not a ``Treaty`` every text about a treaty shares), and its type.
EVENTS_OF: dict[str, str] = {
    **dict.fromkeys(("treaty", "peace", "edict", "declaration", "proclamation", "capitulation"), "LAW"),
    **dict.fromkeys(("battle", "siege", "sack", "fall", "massacre", "congress", "partition", "raid"), "EVENT"),
}

#: A company's legal forms (``Apple Inc.``, ``Nintendo Co., Ltd.``), without their dots.
CORPORATE_SUFFIXES = frozenset(
    {
        *("inc", "incorporated", "ltd", "limited", "corp", "corporation", "llc", "plc", "co"),
        *("gmbh", "ag", "sa", "nv", "bv", "pty", "pte", "ab", "asa", "oyj", "spa", "srl", "sarl", "bhd", "ltda"),
    }
)

#: Nouns a language's name modifies as a language, not as a nationality (``the English word``,
#: ``a French translation``; but ``an English rock band`` is English).
LANGUAGE_NOUNS = frozenset(
    {
        "language",
        "word",
        "name",
        "term",
        "phrase",
        "translation",
        "version",
        "dub",
        "dubbing",
        "subtitle",
        "title",
        "text",
        "edition",
        "speaker",
        "dialect",
        "literature",
        "grammar",
        "spelling",
        "pronunciation",
        "teacher",
        "course",
        "class",
        "lesson",
        "dictionary",
        "alphabet",
        "script",
        "lyric",
        "song",
        "poem",
        "poetry",
        "novel",
        "book",
        "newspaper",
        "magazine",
        "press",
        "media",
        "station",
        "channel",
        "film",
        "service",
        "wikipedia",
    }
)

#: Nouns for kinds of things that are no person: ``Ici Paris is a French magazine`` says "it" may
#: refer to Ici Paris, whatever type NER gave the name (works, places, organisations, objects).
THING_NOUNS = frozenset(
    [
        "album",
        "single",
        "song",
        "film",
        "movie",
        "novel",
        "book",
        "magazine",
        "newspaper",
        "journal",
        "series",
        "show",
        "episode",
        "telenovela",
        "game",
        "opera",
        "play",
        "poem",
        "painting",
        "sculpture",
        "documentary",
        "anthology",
        "compilation",
        "station",
        "channel",
        "network",
        "website",
        "program",
        "programme",
        "software",
        "capital",
        "city",
        "town",
        "village",
        "municipality",
        "commune",
        "county",
        "district",
        "province",
        "region",
        *("oblast", "raion", "krai", "voivodeship", "governorate", "canton", "prefecture", "borough", "parish"),
        "state",
        "country",
        "river",
        "lake",
        "mountain",
        "island",
        "peninsula",
        "bay",
        "reef",
        "isthmus",
        "glacier",
        "valley",
        "forest",
        "desert",
        "sea",
        "street",
        "road",
        "freeway",
        "highway",
        "bridge",
        "airport",
        "railway",
        "line",
        "tunnel",
        "canal",
        "dam",
        "port",
        "harbour",
        "building",
        "hall",
        "church",
        "cathedral",
        "temple",
        "castle",
        "palace",
        "museum",
        "stadium",
        "arena",
        "park",
        "reserve",
        "school",
        "university",
        "college",
        "academy",
        "hospital",
        "library",
        "theatre",
        "prison",
        "company",
        "firm",
        "corporation",
        "manufacturer",
        "automaker",
        "carmaker",
        "airline",
        "conglomerate",
        "retailer",
        "brewery",
        "brand",
        "label",
        "club",
        "league",
        "tournament",
        "championship",
        "festival",
        "orchestra",
        "band",
        "ship",
        "aircraft",
        "car",
        "vehicle",
        "engine",
        "species",
        "genus",
        "plant",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "community",
        "settlement",
        "area",
        "place",
        "zone",
    ]
)

#: The NER type of a name a copula calls one of these kinds of thing, whatever type spaCy gave
#: it (``Square Enix is a Japanese company``: ORG, not PERSON). Kinds not listed only say "no person".
THING_NOUN_TYPES: dict[str, str] = {
    **dict.fromkeys(
        ("album", "single", "song", "film", "movie", "novel", "book", "magazine", "newspaper", "journal"),
        "WORK_OF_ART",
    ),
    **dict.fromkeys(("series", "show", "episode", "telenovela", "opera", "play", "poem", "painting"), "WORK_OF_ART"),
    **dict.fromkeys(("sculpture", "documentary", "anthology", "compilation"), "WORK_OF_ART"),
    **dict.fromkeys(("game", "software", "website", "program", "programme", "ship", "aircraft", "car"), "PRODUCT"),
    **dict.fromkeys(("vehicle", "engine", "brand"), "PRODUCT"),
    **dict.fromkeys(
        ("company", "firm", "corporation", "label", "club", "league", "band", "orchestra", "station", "channel"),
        "ORG",
    ),
    **dict.fromkeys(("manufacturer", "automaker", "carmaker", "airline", "conglomerate", "retailer", "brewery"), "ORG"),
    **dict.fromkeys(("network", "school", "university", "college", "academy"), "ORG"),
    **dict.fromkeys(("tournament", "championship", "festival"), "EVENT"),
    **dict.fromkeys(
        ("capital", "city", "town", "village", "municipality", "commune", "county", "district", "province"), "GPE"
    ),
    **dict.fromkeys(("region", "state", "country", "neighbourhood", "neighborhood", "suburb", "community"), "GPE"),
    **dict.fromkeys(("settlement",), "GPE"),
    **dict.fromkeys(
        ("river", "lake", "mountain", "island", "peninsula", "bay", "reef", "isthmus", "glacier", "valley"), "LOC"
    ),
    **dict.fromkeys(("forest", "desert", "sea", "reserve", "park", "area", "zone"), "LOC"),
    **dict.fromkeys(
        ("street", "road", "freeway", "highway", "bridge", "airport", "railway", "line", "tunnel", "canal"), "FAC"
    ),
    **dict.fromkeys(("dam", "harbour", "building", "hall", "church", "cathedral", "temple", "castle"), "FAC"),
    **dict.fromkeys(("palace", "museum", "stadium", "arena", "hospital", "library", "theatre", "prison"), "FAC"),
}

#: Nouns that name a place with ``of`` (``the city of Jeonju``, ``the island of Hvar``), with
#: the type of the place's name: NER's other type for it is wrong.
PLACE_OF_NOUNS: dict[str, str] = {
    noun: kind
    for noun, kind in THING_NOUN_TYPES.items()
    if kind in {"GPE", "LOC"} and noun not in {"capital", "area", "zone", "community", "reserve", "park"}
}

#: Singular nouns for groups of people, which ``they`` may refer to.
COLLECTIVE_NOUNS = frozenset(
    {
        "coalition",
        "government",
        "administration",
        "group",
        "alliance",
        "militia",
        "army",
        "military",
        "force",
        "team",
        "party",
        "movement",
        "committee",
        "council",
        *("band", "duo", "trio", "quartet", "ensemble", "choir", "orchestra", "club", "family"),
    }
)

#: Last words of a public body's name (``European Commission``, ``Supreme Court``): no company,
#: whatever ``the company`` a text names next (:data:`COMPANY_NOUNS`).
PUBLIC_BODY_NOUNS = frozenset(
    {
        "army",
        "navy",
        "police",
        "parliament",
        "legislature",
        "assembly",
        "senate",
        "congress",
        "court",
        "council",
        "commission",
        "committee",
        "cabinet",
        "government",
        "ministry",
        "department",
        "bureau",
        "agency",
        "authority",
    }
)

#: Nouns for kinds of institutions, which many organisations' names end in: written alone, one
#: is the short name of the one such name a document gave before only when capitalised (``the
#: Army`` after ``the Confederate States Army``; ``the army`` is any army).
INSTITUTION_NOUNS = PUBLIC_BODY_NOUNS | frozenset(
    {
        "marines",
        "corps",
        "division",
        "brigade",
        "regiment",
        "battalion",
        "fleet",
        "guard",
        "office",
        "board",
        "service",
        "trust",
        "commonwealth",
        "union",
        "federation",
        "association",
        "society",
        "foundation",
        "institute",
        "party",
        "group",
        "bank",
    }
)

#: Nouns for roles and offices: capitalised before or instead of a name (``Defence Minister``),
#: they are descriptions, not names.
ROLE_NOUNS = frozenset(
    {
        "minister",
        "president",
        "premier",
        "secretary",
        "director",
        "administrator",
        "chairman",
        "chairwoman",
        "governor",
        "mayor",
        "senator",
        "ambassador",
        "general",
        "professor",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "bishop",
        "judge",
        "justice",
        "commander",
        "representative",
        "member",
        "leader",
        "head",
        "council",
        "committee",
        "government",
        "ministry",
        "department",
        "university",
        "article",
    }
)

#: Offices named "<office> of <what>" before a person's name (``Secretary of State Antony
#: Blinken``, ``Chancellor of the Exchequer Jeremy Hunt``): the words after "of" are the title's.
OFFICES_OF = frozenset(
    {
        *("secretary", "chancellor", "minister", "speaker", "chief", "director", "governor", "mayor"),
        *("president", "archbishop", "bishop", "lord", "king", "queen", "emperor", "empress"),
        *("duke", "duchess", "earl", "countess", "marquess", "marquis", "baron", "baroness", "prince", "princess"),
    }
)
#: Titles of nobility whose "the <title> of <place>" names the person holding them (``the Duke of Wellington``).
NOBLE_TITLES = frozenset(
    {"duke", "duchess", "earl", "countess", "marquess", "marquis", "baron", "baroness", "prince", "princess"}
)

#: Common nouns that introduce a name of what they denote: ``the city of Paris``, ``the
#: Greek island of Crete`` (with ``of``), ``the album Loud``, ``his wife Mary`` (any noun,
#: with the name right after it). ``the capital of France`` is not France: not listed.
NAMING_NOUNS = frozenset(
    {
        "island",
        "city",
        "town",
        "village",
        "hamlet",
        "state",
        "province",
        "region",
        "county",
        "district",
        "municipality",
        "commune",
        "borough",
        "parish",
        "prefecture",
        "territory",
        "emirate",
        "kingdom",
        "republic",
        "principality",
        "duchy",
        "port",
        "river",
        "lake",
        "mount",
        "valley",
        "name",
    }
)
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
NOMINAL_OBJECTS = frozenset({"dobj", "attr", "oprd", "acomp"})
DATIVES = frozenset({"dative", "iobj"})
CLAUSAL_OBJECTS = frozenset({"ccomp"})
OPEN_COMPLEMENTS = frozenset({"xcomp"})
PREPOSITIONS = frozenset({"prep"})
AGENT = "agent"
PREP_OBJECTS = frozenset({"pobj", "pcomp"})
AUXILIARIES = frozenset({"aux", "auxpass"})
NEGATIONS = frozenset({"neg"})
PARTICLES = frozenset({"prt"})
CONJUNCTS = frozenset({"conj"})
RELATIVE_CLAUSES = frozenset({"relcl", "acl"})
PREDICATE_POS = frozenset({"VERB", "AUX"})

#: Children cut from a noun phrase: its clauses, appositions and coordination
#: are extracted on their own.
PHRASE_TRIMS = frozenset({"relcl", "acl", "appos", "cc", "conj", "preconj", "advcl", "punct"})

#: Adverbs that focus a phrase rather than describe it; dropped from its start
#: (``particularly Iran`` -> ``Iran``).
FOCUS_ADVERBS = frozenset(
    {
        "particularly",
        "especially",
        "notably",
        "mainly",
        "mostly",
        "chiefly",
        "only",
        "even",
        "just",
        "also",
        "primarily",
        "largely",
    }
)

#: Left modifiers kept in the core of a noun phrase (``broader counterterrorism strategy``).
CORE_MODIFIERS = frozenset({"compound", "amod", "nummod", "nmod", "quantmod"})

#: Nouns for someone's child: ``the daughter of George Austen and Cassandra Leigh`` names both
#: parents, whatever the parser hung the second on.
CHILD_NOUNS = frozenset(
    {"son", "daughter", "child", "grandson", "granddaughter", "stepson", "stepdaughter", "heir", "offspring"}
)

#: Nouns for a company.
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "business", "carmaker", "manufacturer", "retailer"})

#: Nouns for a relative by blood (:data:`CHILD_NOUNS` and these), who often shares a surname:
#: ``He is the son of Sreenivasan`` after ``Vineeth Sreenivasan`` names the father, not him.
BLOOD_RELATIVE_NOUNS = CHILD_NOUNS | frozenset(
    {
        "father",
        "mother",
        "parent",
        "brother",
        "sister",
        "sibling",
        "twin",
        "grandfather",
        "grandmother",
        "grandparent",
        "great-grandson",
        "great-granddaughter",
        "great-grandfather",
        "great-grandmother",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "half-brother",
        "half-sister",
        "descendant",
        "ancestor",
    }
)

#: Nouns for any relative (:data:`BLOOD_RELATIVE_NOUNS`, by marriage too).
RELATIVE_NOUNS = BLOOD_RELATIVE_NOUNS | frozenset(
    {"wife", "husband", "spouse", "widow", "widower", "stepfather", "stepmother", "fiancé", "fiancée"}
    | {f"{kin}-in-law" for kin in ("father", "mother", "brother", "sister", "son", "daughter", "parent")}
)

#: Last words of organisations' names: a name ending so is an organisation's, whatever
#: type spaCy's small model gave it (it types some companies PERSON, ``Ltd.`` names GPE).
ORG_ENDINGS = frozenset(
    {
        *CORPORATE_SUFFIXES,
        "company",
        "university",
        "college",
        "institute",
        "party",
        "foundation",
        "association",
        "ministry",
        "agency",
        "council",
        "committee",
        "commission",
        "bank",
        "airlines",
        "group",
        "labs",
        "laboratories",
        "technologies",
        "holdings",
        "industries",
        "enterprises",
        "energy",
        "systems",
        "motors",
        "electronics",
        "pharmaceuticals",
        "records",
        "software",
        "networks",
        "airways",
    }
)

#: Compass directions that, with "of", place one thing by another: ``lies north of Rzeszów``,
#: ``a village 10 km south-west of Kraków``.
DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        *(f"{a}{sep}{b}" for a in ("north", "south") for b in ("east", "west") for sep in ("", "-")),
    }
)

#: How a compass direction hangs on what it places (``lies north of``: :data:`DIRECTION_WORDS`).
DIRECTION_DEPS = frozenset({"advmod", "npadvmod"})

#: Prepositions that, attached to a verb's object, usually modify the event
#: (``withdraws troops from Iraq``) rather than the noun; kg makes them extra arguments.
ADVERBIAL_PREPOSITIONS = frozenset(
    {
        "from",
        "to",
        "into",
        "onto",
        "at",
        "in",
        "during",
        "since",
        "until",
        "after",
        "before",
        "by",
        "as",
        "through",
        "across",
        "toward",
        "towards",
        "despite",
        "amid",
    }
)

#: Verbs whose object noun carries the meaning: ``take control of X``, ``play a role in X``.
LIGHT_VERBS = frozenset({"take", "make", "give", "have", "pay", "play", "hold", "gain", "lose", "keep", "reach"})
#: Prepositions that attach a light verb's object noun to its real object.
LIGHT_VERB_PREPOSITIONS = frozenset({"of", "on", "over", "to", "for", "with", "in", "into", "about"})

#: NER labels of places: two of them in apposition read ``X is in Y``.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class PronounFeatures:
    """What a pronoun says about its antecedent."""

    number: str  # "sing", "plur" or "any"
    animate: bool | None  # True: a person; False: not a person; None: either


#: Personal and possessive pronouns and the agreement they require.
PRONOUNS: dict[str, PronounFeatures] = {
    **{w: PronounFeatures("sing", True) for w in ("he", "him", "his", "himself", "she", "her", "hers", "herself")},
    **{w: PronounFeatures("sing", False) for w in ("it", "its", "itself")},
    **{w: PronounFeatures("plur", None) for w in ("they", "them", "their", "theirs", "themselves")},
}

RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

#: ``according to X``: X is the source of the clause the phrase modifies.
ATTRIBUTION_PREPOSITION = "according"

#: Verbs whose clausal complement is a reported fact: ``X said that Y``.
ATTRIBUTION_VERBS = frozenset(
    {
        "say",
        "state",
        "announce",
        "tell",
        "report",
        "claim",
        "confirm",
        "add",
        "note",
        "reiterate",
        "underscore",
        "stress",
        "argue",
        "insist",
        "declare",
        "explain",
        "warn",
        "believe",
        "think",
        "suggest",
        "indicate",
        "emphasize",
        "acknowledge",
        "deny",
        "assert",
        "write",
        "predict",
        "estimate",
        "reveal",
    }
)
