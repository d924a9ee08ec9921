"""Within-document resolution: pronouns, descriptions, names, acronyms (rules in kg.extract.coref)."""

from __future__ import annotations

import pytest

from kg.extract.coref import DocResolver, acronym_definitions
from kg.model import Argument
from kg.pipeline import build_texts
from tests.extract.conftest import Extract


def subjects(extract: Extract, text: str) -> list[Argument]:
    return [t.subject for t in extract(text)]


def resolved(extract: Extract, text: str, surface: str) -> Argument:
    found = [a for t in extract(text) for a in (t.subject, t.object) if a is not None and a.text == surface]
    assert found, f"no argument {surface!r}"
    return found[-1]


PRONOUNS = [
    # (text, pronoun surface, expected canonical, rule)
    ("ISIS seized territory. It attacked civilians.", "It", "ISIS", "pronoun"),
    ("Al Sudani met the envoy. He praised the deal.", "He", "Al Sudani", "pronoun"),
    # "it took place": the event's, no "it" without a referent as in "it took years to"
    ("The Battle of Hastings was fought in 1066. It took place near Pevensey.", "It", "Battle of Hastings", "pronoun"),
    # a possessive is its own clause's subject's, a reporter's only failing that
    ("The EU said Google had abused its dominance.", "its dominance", "Google's dominance", "possessive-pronoun"),
    # a possessive inside an apposition is not the name the apposition describes
    (
        "Shares of Tesla fell. BYD, its largest Chinese rival, sold more cars than Tesla.",
        "its largest Chinese rival",
        "Tesla's largest Chinese rival",
        "possessive-pronoun",
    ),
    # ... or owns the subject of what the reporter says: the reporter's, whoever the topic is
    (
        "Joe Biden met Mark Rutte in Berlin. Rutte said his government would send more tanks.",
        "his government",
        "Mark Rutte's government",
        "possessive-pronoun",
    ),
    # ... and is no one the subject of a copula names, when in what the copula says of it
    (
        "Kylian Mbappé is a French footballer. His father, Wilfried Mbappé, was his coach at AS Bondy.",
        "his coach",
        "Kylian Mbappé's coach",
        "possessive-pronoun",
    ),
    ("Anna Berg is a painter. Tom Hale was her teacher.", "her teacher", "Anna Berg's teacher", "possessive-pronoun"),
    # but for one's "own"
    ("Tom Hale was a lawyer. He was his own boss.", "his own boss", "Tom Hale's own boss", "possessive-pronoun"),
    # agreement: "it" skips the person, "he" skips the organisation
    # (a name NER typed a person's that ends like a company's is a company: "it" was unresolved)
    (
        "Nordwind Energy was founded by Erik Sandberg in 2004. In 2018 it acquired SolarPeak.",
        "it",
        "Nordwind Energy",
        "pronoun",
    ),
    ("Al Sudani criticised ISIS. It attacked a village.", "It", "ISIS", "pronoun"),
    ("ISIS threatened Al Sudani. He responded quickly.", "He", "Al Sudani", "pronoun"),
    # gender: "she" skips the man named last, "he" the woman
    ("Marie Curie met Pierre Curie in Paris. She married him in 1895.", "She", "Marie Curie", "pronoun"),
    ("Marie Curie met Pierre Curie in Paris. She married him in 1895.", "him", "Pierre Curie", "pronoun"),
    # the name after a noun for a person tells its gender: "she" is no Ben
    (
        "The bill is co-sponsored by Senator Julia Hart. Hart's spokesman, Ben Cole, said she supports the bill.",
        "she",
        "Julia Hart",
        "pronoun",
    ),
    # a name NER missed, said to be a chemist: a person "he" can be
    (
        "Tarn Velde is a Dutch chemist who studied in Leiden. He moved to Utrecht in 1990.",
        "He",
        "Tarn Velde",
        "pronoun",
    ),
    # a name NER typed a person's, said to be a kind of thing: "it" can be
    (
        "Kahului Airport is a regional airport on Maui. It has offered full airport operations since 1952.",
        "It",
        "Kahului Airport",
        "pronoun",
    ),
    # a name NER typed an organisation's, said to be one of some journalists: "she" can be
    (
        "Anne-Marguerite du Noyer was one of the most famous female journalists. She died in Voorburg.",
        "She",
        "Anne-Marguerite du Noyer",
        "pronoun",
    ),
    # a name said to be a thing is no woman's for a first name "Le"; a lower-case "koala" NER
    # typed a person's is no person
    ("Le Canard Fou is a French magazine. It was founded in Lyon.", "It", "Le Canard Fou", "pronoun"),
    ("The koala is a marsupial native to Australia. It feeds on eucalyptus leaves.", "It", "koala", "pronoun"),
    # an article's defined topic, a common noun phrase: the next sentence's "it"
    (
        "The vesper sparrow is a medium-sized American sparrow. It is the only member of the genus Pooecetes.",
        "It",
        "vesper sparrow",
        "pronoun",
    ),
    # a longer place name holding the topic's is another place: "it" is still the city
    (
        "Bhaktapur is a city in Bhaktapur District, Bagmati Province, Nepal. It is known for its temples.",
        "It",
        "Bhaktapur",
        "pronoun",
    ),
    # a subject "it" after another thing is named: the thing the document is about leads enough
    (
        "Harbour Esplanade is a waterfront street in Docklands, Australia. The road forms the eastern boundary "
        "of the Victoria Harbour inlet. Harbour Esplanade is also the location of office buildings, whilst the "
        "Capital City Trail runs parallel along some of its length. It has been described as a waterfront boulevard.",
        "It",
        "Harbour Esplanade",
        "pronoun",
    ),
    # a thing the document is about stays that thing when a person's longer name holds its name
    (
        "Brigden is a community in Ontario. Brigden has a population of about 500. The community is named "
        "after William Wharton Brigden, an engineer. It is also the birthplace of businessman JR Shaw.",
        "It",
        "Brigden",
        "pronoun",
    ),
    # a name ending in a plural noun, the subject of a singular verb, is one thing "it" can be
    (
        "Interscope Records is an American record label. Interscope was founded in 1990. It is owned by Universal.",
        "It",
        "Interscope Records",
        "pronoun",
    ),
    # a first name tells a gender before the document's pronouns do: "He" is the husband
    (
        "Mary Brown was a teacher. Her husband John Brown was a journalist. He worked in Boston. He later taught.",
        "He",
        "John Brown",
        "pronoun",
    ),
    # the topic of a biography, after another man is named: "he" is still its subject
    (
        "Brock Holt\n\nBrock Wyatt Holt is an American baseball player. He joined the Pirates in 2009, "
        "when Ryan Berry was their coach. In 2012 he was traded to Boston.",
        "he",
        "Brock Wyatt Holt",
        "pronoun",
    ),
]


@pytest.mark.parametrize(("text", "surface", "canonical", "rule"), PRONOUNS)
def test_coref_pronoun_agreement(extract: Extract, text: str, surface: str, canonical: str, rule: str) -> None:
    argument = resolved(extract, text, surface)
    assert (argument.canonical, argument.link) == (canonical, rule)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # "it" and "they" for things not named: too often an event or a clause; silence
        ("The militias attacked the base. They demanded a withdrawal.", "They"),
        (
            "The US military, while scaling back its presence, has made it clear that it will continue to monitor "
            "the situation.",
            "it",
        ),
        # "it" after names coordinated as a subject is neither of them (was Canada)
        ("Canada and Mexico signed a trade agreement in Ottawa. It was negotiated by Mary Ng.", "It"),
        # "it is clear that ...": an "it" with no referent
        ("ISIS lost Mosul. It is clear that the war goes on.", "It"),
        ("ISIS lost Mosul. It took three years to rebuild the city.", "It"),
        # the fronted phrase's missing subject is "he": Bailey cannot be he
        ("Byron was ill. Placed under the care of a Dr. Bailey, he was encouraged to exercise.", "he"),
    ],
)
def test_coref_prefers_silence(extract: Extract, text: str, surface: str) -> None:
    argument = resolved(extract, text, surface)
    assert argument.canonical != "Bailey"
    if surface != "he":
        assert argument.unresolved and argument.canonical is None


def test_coref_a_name_owned_by_an_unresolved_pronoun_still_names_itself(extract: Extract) -> None:
    argument = resolved(extract, "The band released its debut album Boy in 1980.", "its debut album Boy")
    assert not argument.unresolved and argument.anchor is not None


def test_coref_unresolved_pronoun_flagged(extract: Extract) -> None:
    argument = resolved(extract, "It rained on Monday and it flooded the roads.", "it")
    assert argument.unresolved and argument.canonical is None


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "rule"),
    [
        # what a copula called so before a later place: "the city" is Marietta, not Ohio
        (
            "Marietta is a city in the U.S. state of Ohio. The city is home to Marietta College.",
            "The city",
            "Marietta",
            "predicate",
        ),
        # or what a copula called by another noun for the same kind of thing
        ("The Beatles were a rock band. The group toured America.", "The group", "Beatles", "predicate"),
        (
            "Taylor Swift is a singer-songwriter. The singer moved to Nashville.",
            "The singer",
            "Taylor Swift",
            "predicate",
        ),
        (
            "Mill Creek is a tributary of the Ohio River. The stream drains a forest.",
            "The stream",
            "Mill Creek",
            "predicate",
        ),
        # definite description, by the head noun's type
        (
            "Arsenal Football Club was founded in 1886. The club signed Martin Odegaard.",
            "The club",
            "Arsenal Football Club",
            "definite",
        ),
        (
            "ISIS lost Mosul in 2017. The militant group retreated to the desert.",
            "The militant group",
            "ISIS",
            "definite",
        ),
        # only to an entity the head noun can describe: a company is no person, a city no company
        (
            "Norvik Ltd. hired Tom Hale in Oslo. The company expanded its plant.",
            "The company",
            "Norvik Ltd.",
            "definite",
        ),
        ("Tom Hale visited Oslo. The company expanded its plant.", "The company", None, None),
        # "the country" is no city (was Prague), but the country the text names
        ("The Vltava flows through Prague. The country has many lakes.", "The country", None, None),
        (
            "The Vltava is the longest river in the Czech Republic. It flows through Prague. The country has lakes.",
            "The country",
            "Czech Republic",
            "definite",
        ),
        # a name a copula calls another kind of thing (NER typed Oslo an organisation's here)
        ("Oslo is a city. The band played there.", "The band", None, None),
        ("Tom Hale met Norvik Ltd. in Oslo. The city hosted the meeting.", "The city", "Oslo", "definite"),
        # what the last sentence was about, before a later place of the same type
        (
            "Washington is the capital of the United States. The city lies on the Potomac River.",
            "The city",
            "Washington",
            "definite",
        ),
        # head match with an earlier, longer name
        (
            "The US-led coalition trained Iraqi troops. The coalition left in 2021.",
            "The coalition",
            "US-led coalition",
            "head-match",
        ),
        # a series is a show
        (
            "Breaking Bad is an American crime drama television series. The show was produced by Sony Pictures.",
            "The show",
            "Breaking Bad",
            "predicate",
        ),
        # after a phrase the parser hung on the description
        (
            "The Velvet Lanterns are an English rock band. In 2015, the band signed with Domino.",
            "the band",
            "Velvet Lanterns",
            "predicate",
        ),
        # the holder of an office a copula names bare ("King of England" was a place NER typed)
        (
            "Henry VIII was King of England. The king later married Anne Boleyn.",
            "The king",
            "Henry VIII",
            "predicate",
        ),
        # a name that opens or ends with the description's noun is a thing of that kind, but for a street's
        ("Lake Titicaca lies in the Andes. The lake is fed by many rivers.", "The lake", "Lake Titicaca", "head-match"),
        ("She lived on Park Avenue in Paris. The park was closed to the public.", "The park", None, None),
        (
            "The Hooghly River flows past Kolkata. The river joins the sea.",
            "The river",
            "Hooghly River",
            "head-match",
        ),
        # the class an indefinite copula gave a name, again with "the": that name
        (
            "Ici Paris is a French magazine. The magazine is owned by Lagardère.",
            "The magazine",
            "Ici Paris",
            "predicate",
        ),
        (
            "CKNL-FM is a Canadian radio station. The station is owned by Bell Media.",
            "The station",
            "CKNL-FM",
            "predicate",
        ),
        ("Tom Hale is not a member of Norvik. The member left.", "The member", None, None),
        # a role takes up the person so titled, not the last one named
        (
            "Samuel Okafor was appointed finance minister. Okafor met the president of the European Commission.",
            "the president of the European Commission",
            None,
            None,
        ),
        ("President Joe Biden visited Paris. The president met Macron.", "The president", "Joe Biden", "definite"),
        (
            "President Maria Lopez met Prime Minister Daniel Okafor in Lagos. The prime minister stayed in Lagos.",
            "The prime minister",
            "Daniel Okafor",
            "definite",
        ),
        (
            "Kraków, also spelled Cracow, is the second-largest city in Poland. The city hosted a summit.",
            "The city",
            "Kraków",
            "predicate",
        ),
        # a team is the club a copula named
        (
            "Harbour City FC is a football club in Portsmouth. The team won the FA Cup in 2008. "
            "Harbour City's main rival is Southampton Rovers. The team finished fourth last season.",
            "The team",
            "Harbour City FC",
            "predicate",
        ),
        # a definite complement too, or what a pronoun subject of the copula stands for
        (
            "Kraków is the second-largest city in Poland. The city lies on the Vistula River.",
            "The city",
            "Kraków",
            "predicate",
        ),
        (
            "Munich is the capital of Bavaria. It is the third-largest city in Germany, after Berlin and Hamburg. "
            "The city lies on the Isar river.",
            "The city",
            "Munich",
            "predicate",
        ),
        # possessive pronouns name their owner
        ("Iraq wants to control its borders.", "its borders", "Iraq's borders", "possessive-pronoun"),
        # the same description again, not the name in between; never its own clause's subject
        (
            "The team, led by Dr. Elena Petrova, used a new electrode. The project received $4.5 million from "
            "the Department of Energy (DOE). The DOE has asked the team to publish its data by March 2025.",
            "the team",
            None,
            None,
        ),
        # a nationality describes the description; a name's head keeps its capital
        (
            "Volkswagen AG reported a fall in profit on Wednesday. The German carmaker earned 3.9 billion euros.",
            "The German carmaker",
            "Volkswagen AG",
            "definite",
        ),
        (
            "Springfield City Council approved the budget on Monday. The council also voted to close the library.",
            "The council",
            "Springfield City Council",
            "head-match",
        ),
        # a company: what a sentence whose subject is a person is about, not the surname
        (
            "Nimbus Systems announced a deal. Sarah Lindqvist spoke. Lindqvist founded Nimbus in 2009 with "
            "funding from Sequoia Capital. The company employs 3,400 people.",
            "The company",
            "Nimbus",
            "definite",
        ),
        # ... or what the sentence's pronoun subject, or the possessive its name describes, stands for
        (
            "Cimatti is an Italian moped maker. In 1967, it launched the City Bike. Enrico Cimatti took over the firm.",
            "the firm",
            "Cimatti",
            "definite",
        ),
        (
            "Ferrucci Motors is an Italian car maker. Its most famous model, the Ferrucci Tempesta, was built in "
            "1962. Luca Ferrucci sold the company to Georges Rossetti.",
            "the company",
            "Ferrucci Motors",
            "definite",
        ),
        # no public body is the company, whatever the sentence is about
        (
            "The European Commission fined Gorlan Technologies on Tuesday. According to chief executive David "
            "Morel, the company never broke any law.",
            "the company",
            "Gorlan Technologies",
            "definite",
        ),
        (
            "In 2019, the Supreme Court of Canada fined Ontario Mining Corp. The firm paid.",
            "The firm",
            "Ontario Mining Corp.",
            "definite",
        ),
    ],
)
def test_coref_descriptions(extract: Extract, text: str, surface: str, canonical: str | None, rule: str | None) -> None:
    argument = resolved(extract, text, surface)
    assert (argument.canonical, argument.link) == (canonical, rule)


def test_coref_cataphora_resolves_to_following_subject(extract: Extract) -> None:
    triples = extract("At its peak, the US-led coalition included forces from many countries.")
    extras = [a for t in triples for a in t.extras if a.text == "its peak"]
    assert extras and extras[0].canonical == "US-led coalition's peak"


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "rule"),
    [
        (
            "Prime Minister Mohammed Shia' Al Sudani met the envoy.",
            "Prime Minister Mohammed Shia' Al Sudani",
            "Mohammed Shia' Al Sudani",
            "title",
        ),
        (
            "Mohammed Shia' Al Sudani met the envoy. Later, Sudani praised the deal.",
            "Sudani",
            "Mohammed Shia' Al Sudani",
            "surname",
        ),
        ("The Islamic State (ISIS) lost Mosul. ISIS retreated.", "ISIS", "Islamic State", "acronym"),
        # words after a name are no title: a sequel keeps its number
        ("Chupong starred in Ong Bak 2.", "Ong Bak 2", None, None),
    ],
)
def test_coref_names(extract: Extract, text: str, surface: str, canonical: str | None, rule: str | None) -> None:
    argument = resolved(extract, text, surface)
    assert (argument.canonical, argument.link) == (canonical, rule)


def test_coref_two_full_names_make_a_surname_ambiguous(extract: Extract) -> None:
    text = "Ahmed Sudani met Karim Sudani in Basra. Sudani praised the deal."
    assert resolved(extract, text, "Sudani").link is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic State (ISIS) grew.", {"ISIS": "Islamic State"}),
        ("He joined the United Nations (UN) in 1990.", {"UN": "United Nations"}),
        ("The World Health Organization (WHO) met.", {"WHO": "World Health Organization"}),
        ("They saw a film (OK) yesterday.", {}),
        # a name's initials in another word order, but for one word's
        (
            "Olaf Scholz is a member of the Social Democratic Party of Germany (SPD).",
            {"SPD": "Social Democratic Party of Germany"},
        ),
        ("She joined the Nordic Energy Group (XEG) in 2001.", {}),
        # the long form starts with the acronym's first letter: "Beach is a ..." is none
        ("Muir Beach is a census designated place (CDP) in California.", {}),
    ],
)
def test_coref_acronym_definitions(nlp: object, text: str, expected: dict[str, str]) -> None:
    assert acronym_definitions(nlp(text)) == expected  # type: ignore[operator]


_CIMATTI = (
    "Cimatti was an Italian manufacturer of mopeds. In 1937, the cyclist Marco Cimatti founded a company in "
    "Bologna. Cimatti's son Enrico expanded the business. In the 1970s Cimatti produced moped lines."
)


@pytest.mark.parametrize(
    ("text", "word", "nth", "canonical"),
    [
        # a surname NER typed a place's, owning or acting: the person's
        ("Denis Leary visits the town. Later, Leary's advice helps Marge.", "Leary", -1, "Denis Leary"),
        # only a full name NER typed a person's (here an organisation's)
        ("Andry Rajoelina became president in 2009. Rajoelina dissolved the senate.", "Rajoelina", -1, None),
        # ... from where the text first writes it, typed as NER typed it there (here an organisation's)
        (
            "The council, led by Andry Rajoelina, was formed in 2009. In 2011, Rajoelina dismissed the government. "
            "She joined the MAPAR party, founded by the former president Andry Rajoelina.",
            "Rajoelina",
            1,
            "Andry Rajoelina",
        ),
        # a first name off the census lists, acting or owning: the person's
        (
            "The election forced Solidarity leader Lech Wałęsa into a second round. "
            "After Wałęsa defeated him by a wide margin, Tymiński led Party X.",
            "Wałęsa",
            -1,
            "Lech Wałęsa",
        ),
        (
            "Subramaniapuram is a 2008 film directed by M. Sasikumar. Sasikumar cast new actors in pivotal roles.",
            "Sasikumar",
            -1,
            "M. Sasikumar",
        ),
        # the one of two people of a surname an honorific's gender gives
        (
            "John Smith and his wife Mary Smith live in Leeds. Mrs. Smith works as a nurse.",
            "Smith",
            -1,
            "Mary Smith",
        ),
        # the first of two surnames (a word inside one full name only)
        (
            "Guillermo David Endara Galimany was a Panamanian politician. Endara won the election in 1989.",
            "Endara",
            -1,
            "Guillermo David Endara Galimany",
        ),
        # a copula that says what only a person is
        (
            "Paul Beliën is a Belgian journalist. Beliën is married to Alexandra Colen, a former member of parliament.",
            "Beliën",
            -1,
            "Paul Beliën",
        ),
        # a place after a place's preposition, or a copula's subject, stays a place
        ("George Washington was born in Virginia. He later moved to Washington.", "Washington", -1, None),
        (
            "George Washington was a general. In 1790 he moved to Washington. Washington married Martha Custis.",
            "Washington",
            1,
            None,
        ),
        (
            "George Washington was a general. In 1790 he moved to Washington. Washington married Martha Custis.",
            "Washington",
            2,
            "George Washington",
        ),
        ("George Washington was a general. Washington is the capital of the United States.", "Washington", -1, None),
        # the object of a verb whose object is a place, or of a verb whose subject is that name
        ("Michael Jordan is a player. In 2006, Jordan visited Jordan.", "Jordan", 1, "Michael Jordan"),
        ("Michael Jordan is a player. In 2006, Jordan visited Jordan.", "Jordan", -1, None),
        ("Michael Jordan is a player. In 2006, Jordan saw Jordan.", "Jordan", -1, None),
        # a first name off the census lists: the surname NER typed a person's alone elsewhere
        (
            "Aramis Ayala is the State Attorney for Florida. Ayala lost her case against Gov Rick Scott. "
            "The Florida Supreme Court ruled against Ayala saying the Governor was within his power.",
            "Ayala",
            -1,
            "Aramis Ayala",
        ),
        # a surname NER typed an organisation's, but for a word of an organisation's longer name
        ("Joe Biden met Olaf Scholz in Berlin. Scholz said his government would act.", "Scholz", -1, "Olaf Scholz"),
        ("Henry Ford founded the Ford Motor Company in 1903. Ford announced a new car.", "Ford", -1, None),
        # ... written before it: the person
        (
            "Nina Castell is a singer. Castell was born in Lyon. Castell founded Castell Music.",
            "Castell",
            1,
            "Nina Castell",
        ),
        # a Chinese, Japanese or Korean name written in its own order: its first word is the family name
        (
            "Home Minister Adachi Kenzō opposed the policy. In 1932 Adachi formed a new party.",
            "Adachi",
            -1,
            "Adachi Kenzō",
        ),
        (
            "Foreign Minister Wang Yi met Antony Blinken in Rome. Wang said the talks were useful.",
            "Wang",
            -1,
            "Wang Yi",
        ),
        (
            "Liang Congjie was a Chinese environmentalist. Liang founded Friends of Nature.",
            "Liang",
            -1,
            "Liang Congjie",
        ),
        ("Kim Jong-un met Moon Jae-in at Panmunjom. Kim promised to close the site.", "Kim", -1, "Kim Jong-un"),
        ("Zhou Enlai met the delegation in May. Zhou demanded a statement.", "Zhou", -1, "Zhou Enlai"),
        # a company a copula calls so is not its founder, but where it owns a relative
        (
            _CIMATTI,
            "Cimatti",
            -1,
            None,
        ),
        (
            _CIMATTI,
            "Cimatti",
            2,
            "Marco Cimatti",
        ),
        # a surname before the full name is another thing's name (a place named after the person)
        (
            "Brigden is a community in Ontario. The community is named after William Wharton Brigden, an engineer. "
            "Brigden died in 1939.",
            "Brigden",
            0,
            None,
        ),
        (
            "Brigden is a community in Ontario. The community is named after William Wharton Brigden, an engineer. "
            "Brigden died in 1939.",
            "Brigden",
            -1,
            "William Wharton Brigden",
        ),
    ],
)
def test_coref_place_typed_surnames(nlp: object, text: str, word: str, nth: int, canonical: str | None) -> None:
    doc = nlp(text)  # type: ignore[operator]
    token = [t for t in doc if t.text == word][nth]
    found = DocResolver(doc).resolve(token)
    assert (found.canonical if found is not None else None) == canonical


_AVALON = (
    "The Toyota Avalon is a full-size car produced by Toyota. The first Avalon rolled off the line in 1994. "
    "Toyota marketed the Avalon as a sedan. Avalon is a legendary island featured in the Arthurian legend."
)


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        # a name NER typed a person's that a copula calls a kind of thing takes that kind's type
        ("Square Enix is a Japanese video game company. Square Enix owns Taito.", "Square Enix", "ORG"),
        ("Kahului Airport is a regional airport on Maui. Kahului Airport opened in 1952.", "Kahului Airport", "FAC"),
        # whatever type NER gave a name that is no person's
        ("Lyon is a city in France. Lyon hosts a festival.", "Lyon", "GPE"),
        ("Blue River is an album by Anna Berg.", "Blue River", "WORK_OF_ART"),
    ],
)
def test_coref_a_thing_is_typed_by_what_the_text_calls_it(text: str, name: str, entity_type: str) -> None:
    graph = build_texts([text]).graph
    (found,) = [d for _, d in graph.nodes(data=True) if d["label"] == name]
    assert found["type"] == entity_type


def test_coref_a_copula_after_a_name_was_used_otherwise_speaks_of_its_own_mention() -> None:
    graph = build_texts([_AVALON]).graph
    found = {d["label"]: (d["type"], len(d["occurrences"])) for _, d in graph.nodes(data=True)}
    assert found["Avalon"] == ("LOC", 1)  # the island
    assert found["Toyota Avalon"] == ("ORG", 3)  # the car, and "the first Avalon", "the Avalon"


def test_coref_a_surname_a_copula_calls_a_thing_is_the_person_where_a_person_acts() -> None:
    text = (
        "Brigden is a community in Ontario. The community is named after William Wharton Brigden, an engineer. "
        "Brigden died in 1939. Brigden was a police village. It is the birthplace of JR Shaw."
    )
    graph = build_texts([text]).graph
    spans = {d["label"]: {o["start"] for o in d["occurrences"]} for _, d in graph.nodes(data=True)}
    died, village, it = text.index("Brigden died"), text.index("Brigden was"), text.index("It is")
    assert died in spans["William Wharton Brigden"]
    assert {0, village, it} <= spans["Brigden"]


def test_coref_a_description_of_a_company_is_no_name_written_as_a_persons(extract: Extract) -> None:
    text = "Nordlys AS is a Norwegian energy company. She hired Karin Dahl in 2015. Dahl later left the company."
    assert resolved(extract, text, "the company").canonical != "Karin Dahl"


@pytest.mark.parametrize(
    ("text", "word", "canonical"),
    [
        # a first name alone is the one person named in full before with it
        ("Marie Curie was born in Warsaw. Marie won the Nobel Prize in 1911.", "Marie", "Marie Curie"),
        # off the census lists where NER typed it a person's; Chinese names open with the family name
        ("Vanya Mishra is an Indian actress. Vanya was born in Jalandhar, Punjab.", "Vanya", "Vanya Mishra"),
        ("Zsofia Mendel met the delegation in May. Zsofia demanded a statement.", "Zsofia", "Zsofia Mendel"),
        # not an acronym NER typed a person's
        ("The EUCOM SPP is a program of the United States. EUCOM runs it.", "EUCOM", None),
        # never with two such people, a surname shared after it, or a naming verb
        ("Jeff Healey met Jeff Beck. Jeff played guitar.", "Jeff", None),
        ("Henry Washington was a farmer. William and Annie Washington built the house.", "William", None),
        ("Alan Brooke had a son, also named Alan, in 1932.", "Alan", None),
        ("John Smith and his son John ran the brewery. John later moved to York.", "John", None),
        ("William and Annie Washington opened a bakery. William baked the bread.", "William", None),
        # a quoted nickname alone
        ('Robert "Bobby" Fischer was a chess player. Bobby won the title in 1972.', "Bobby", 'Robert "Bobby" Fischer'),
    ],
)
def test_coref_first_names(nlp: object, text: str, word: str, canonical: str | None) -> None:
    doc = nlp(text)  # type: ignore[operator]
    token = [t for t in doc if t.text == word][-1]
    found = DocResolver(doc).resolve(token)
    assert (found.canonical if found is not None and found.link in {"first-name", "alias"} else None) == canonical


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a short "of" phrase of common words is part of the noun: another thing than the noun alone
        (
            "Texas is a state in the United States. The governor declared a state of emergency.",
            {"state", "state of emergency"},
        ),
        ("Scientists measured the speed of light. Engineers measured the speed of sound.", {"speed of light"}),
        # an "of" naming an entity is a fact of its own, not part of the phrase
        ("The withdrawal of US forces from Iraq began in 2011.", {"withdrawal"}),
    ],
)
def test_coref_a_plain_of_phrase_is_part_of_its_noun(text: str, labels: set[str]) -> None:
    graph = build_texts([text]).graph
    assert labels <= {d["label"] for _, d in graph.nodes(data=True)}


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("NALMA", "North American Land Mammal Ages chronology"),  # the acronym alone stands for its long form
        ("Bridgerian NALMA", None),  # a name the acronym ends is a name of its own: a stage of the chronology
    ],
)
def test_coref_an_acronym_inside_a_longer_name_is_that_name(nlp: object, name: str, canonical: str | None) -> None:
    from spacy.tokens import Span

    text = (
        "The Wasatchian is a stage of the North American Land Mammal Ages chronology (NALMA). "
        f"The Wasatchian is followed by the {name} stage."
    )
    doc = nlp(text)  # type: ignore[operator]
    start = len(doc) - 2 - len(name.split())
    assert doc[start:-2].text == name
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= len(doc) - 2] + [
        Span(doc, start, len(doc) - 2, label="ORG")
    ]
    found = DocResolver(doc).resolve(doc[len(doc) - 3])
    assert (found.canonical if found is not None else None) == canonical


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Howard Florey and Ernst Chain isolated penicillin at Oxford. They shared the prize.",
            ["Howard Florey", "Ernst Chain"],
        ),
        (
            "Anna Berg, Tom Hale and Lisa Moe founded Nimbus. They sold it in 2001.",
            ["Anna Berg", "Tom Hale", "Lisa Moe"],
        ),
        # the two a marriage joins
        ("Daniel Wexler married Laurene Powers in 1991. They had three children.", ["Daniel Wexler", "Laurene Powers"]),
        ("In 1962 John Marlowe was married to Cynthia Powell. They moved to Kent.", ["John Marlowe", "Cynthia Powell"]),
        # or a meeting ("They" was Paris)
        ("John Smith met Mary Jones in Paris. They married in 1990.", ["John Smith", "Mary Jones"]),
        ("President Ruto met Olaf Scholz in Berlin. They discussed trade.", ["President Ruto", "Olaf Scholz"]),
        # "she" is one of them, not the group; a plural after a single name is no group
        ("Marie Curie and Pierre Curie married in Paris. She won two prizes.", []),
        ("Marie Curie studied in Paris. They called her brilliant.", []),
    ],
)
def test_coref_they_after_coordinated_names_is_each_of_them(nlp: object, text: str, members: list[str]) -> None:
    from kg.model import Argument

    doc = nlp(text)  # type: ignore[operator]
    pronoun = next(t for t in doc if t.lower_ in {"they", "she"})
    argument = Argument(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text), pronoun=True)
    found = DocResolver(doc).group_members(argument)
    assert [a.canonical for a in found] == members
    assert all(a.link == "pronoun" and a.anchor == a.antecedent for a in found)


@pytest.mark.parametrize(
    ("text", "word", "canonical", "rule"),
    [
        # a surname two people share is the one the first sentence defines (a biography's), the
        # generation after it no part of it; a title's gender keeps a first name of no known gender
        (
            "Horatio Nelson was the son of Edmund Nelson. Lord Nelson later began an affair with Emma Hamilton.",
            "Nelson",
            "Horatio Nelson",
            "surname",
        ),
        (
            "Barack Hussein Obama II is an American politician. His wife Michelle Obama was a lawyer. "
            "Obama was succeeded by Donald Trump.",
            "Obama",
            "Barack Hussein Obama II",
            "surname",
        ),
        (
            "Martin Luther King Jr. was a minister. His wife Coretta Scott King was an author. "
            "King was assassinated in Memphis.",
            "King",
            "Martin Luther King Jr.",
            "surname",
        ),
        # not where no sentence defines one of them
        ("Ahmed Sudani met Karim Sudani in Basra. Sudani praised the deal.", "Sudani", None, None),
        # a first name NER typed an organisation's, where a person acts
        (
            "Serena Williams and Venus Williams grew up in Compton. Serena won 23 titles, while Venus won seven.",
            "Venus",
            "Venus Williams",
            "first-name",
        ),
        # a first name NER left out
        (
            "Marie Curie met Pierre Curie in Paris. Pierre died in a street accident.",
            "Pierre",
            "Pierre Curie",
            "first-name",
        ),
    ],
)
def test_coref_a_surname_or_first_name_written_alone(
    nlp: object, text: str, word: str, canonical: str | None, rule: str | None
) -> None:
    doc = nlp(text)  # type: ignore[operator]
    token = [t for t in doc if t.text == word][-1]
    found = DocResolver(doc).resolve(token)
    assert ((found.canonical, found.link) if found is not None else (None, None)) == (canonical, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Karin Dahl became chancellor in 2021. Dahl had been finance minister. She formed a coalition.",
        "Karin Dahl is a German politician. Dahl had been finance minister. She formed a coalition.",
    ],
)
def test_coref_a_name_typed_otherwise_that_holds_a_persons_role_is_a_person(nlp: object, text: str) -> None:
    from spacy.tokens import Span

    doc = nlp(text)  # type: ignore[operator]
    dahl = next(t.i for t in doc if t.text == "Dahl" and t.i > 2)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, dahl, dahl + 1, label="ORG")]  # as NER types some
    resolver = DocResolver(doc)
    assert "Karin Dahl" in resolver.full_names  # whose surname "Dahl" is
    (name,) = [m for m in resolver.graph_mentions() if m.text == "Karin Dahl"]
    assert name.entity_type == "PERSON"
