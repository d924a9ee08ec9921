"""kg's pipeline components: sentence boundaries before the parser, dates mended after NER (kg.nlp)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract_triples
from kg.pipeline import build_texts

DATES = [
    # (text, the DATE entities kg reads): a range is two dates, a day NER left out is put back
    ("John Henry Dearle (1859 \u2013 1932) was an English designer.", ["1859", "1932"]),
    ("Anna Berg (11 September 1911 \u2013 5 February 1971) was a painter.", ["11 September 1911", "5 February 1971"]),
    ("The war lasted from 1914-1918.", ["1914", "1918"]),
    # no range, nothing to mend
    ("The bridge opened on 4 May 2001.", ["4 May 2001"]),
    ("The bridge opened in the 1990s.", ["the 1990s"]),
    # the day NER read as a number before a month
    ("Yelena Ivanova (born 12 March 1958) is a Russian chemist.", ["12 March 1958"]),
    # a year and its era NER read as a number and an organisation
    ("Rome was founded in 753 BC.", ["753 BC"]),
    # a word of how often is no date
    ("The Guardian is a British daily newspaper.", []),
    ("The Guardian has been published daily since 1821.", ["1821"]),
]


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_nlp_dates_read_as_people_read_them(nlp: Language, text: str, dates: list[str]) -> None:
    assert [e.text for e in nlp(text).ents if e.label_ == "DATE"] == dates


def test_nlp_names_leave_out_brackets(nlp: Language) -> None:
    ents = [e.text for e in nlp("It was taken from her seventh studio album Light Years (2000).").ents]
    assert "Light Years" in ents
    assert not any(t in e for e in ents for t in "()")


def test_nlp_names_end_before_a_bracket_they_leave_open(nlp: Language) -> None:
    ents = [e.text for e in nlp("She released Clouds (1969) and Blue (1971).").ents if e.label_ != "DATE"]
    assert not any("(" in e for e in ents), ents


def test_nlp_components_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("kg_boundaries") < names.index("parser")
    assert names.index("kg_quoted_titles") < names.index("tok2vec")  # the parser reads a title as one word
    assert names.index("kg_dates") == names.index("ner") + 1
    assert names.index("kg_appositions") == names.index("kg_dates") + 1


APPOSITIONS = [  # (text, name, the word it is said of, the word "in ..." after it belongs to)
    ("Portman married the French choreographer Benjamin Millepied in 2012.", "Millepied", "choreographer", "married"),
    ("Manon married the architect Jacques-François Blondel in 1750.", "Blondel", "architect", "married"),
    ("The poet Robert Southey lived in Keswick.", "Southey", "poet", "lived"),
    # a second occupation noun read as a verb whose object is the name
    ("Tom Hale married the actress and screenwriter Jane Doe in 1990.", "Doe", "actress", "married"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Vineeth is son of the actor and screenwriter Sreenivasan.",  # "screenwriter" read as a verb
        "Vineeth is son of the actor and director Sreenivasan.",  # the name read as a second noun
        "She married the singer and songwriter Jane Doe.",
    ],
)
def test_nlp_a_name_after_two_occupation_nouns_is_the_firsts_apposition(nlp: Language, text: str) -> None:
    doc = nlp(text)
    name = next(t for t in doc if t.ent_type_ == "PERSON" and t.i > 3 and t.dep_ != "compound")
    second = doc[name.left_edge.i]
    assert (name.dep_, name.head.i) == ("appos", second.i - 2), [(t.text, t.dep_, t.head.i) for t in doc]
    assert (second.pos_, second.dep_, second.head.i) == ("NOUN", "compound", name.i)


@pytest.mark.parametrize(("text", "name", "noun", "verb"), APPOSITIONS)
def test_nlp_a_name_after_the_noun_describing_it_is_its_apposition(
    nlp: Language, text: str, name: str, noun: str, verb: str
) -> None:
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == name]
    assert (token.dep_, token.head.text) == ("appos", noun)
    (prep,) = [t for t in doc if t.text == "in"]
    assert prep.head.text == verb
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1


def test_nlp_a_relative_clause_with_its_pronoun_stays(nlp: Language) -> None:
    doc = nlp("The poet whom Robert Southey admired lived in Keswick.")
    assert next(t for t in doc if t.text == "admired").dep_ == "relcl"


def test_nlp_a_legal_form_inside_a_name_is_no_apposition(nlp: Language) -> None:
    doc = nlp("Nintendo Co., Ltd. is a Japanese company.")
    assert next(t for t in doc if t.text == "Ltd.").dep_ != "appos"


@pytest.mark.parametrize(
    ("text", "second", "dep"),
    [
        ("The band's lineup has included Robert Smith, Simon Gallup and Lol Tolhurst.", "Gallup", "conj"),
        # nouns of another number than the first
        ("Ellison is survived by her son, two daughters and six grandchildren.", "daughters", "conj"),
    ],
)
def test_nlp_a_list_is_no_apposition(nlp: Language, text: str, second: str, dep: str) -> None:
    assert next(t for t in nlp(text) if t.text == second).dep_ == dep


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Munich (German: München) is the capital of Bavaria.", "German", "München"),
        ("Cairo (Arabic: القاهرة) is the capital of Egypt.", "Arabic", "القاهرة"),
        ("Arjuna (in Devanagari: अर्जुन) is the main character of the Mahabharata.", "Devanagari", "अर्जुन"),
    ],
)
def test_nlp_a_language_label_is_no_fact(nlp: Language, text: str, label: str, name: str) -> None:
    doc = nlp(text)
    assert next(t for t in doc if t.text == label).dep_ == "meta"
    other = next(t for t in doc if t.text == name)
    assert other.dep_ == "appos" and other.head.i == 0
    graph = build_texts([text]).graph
    assert not any(label in (graph.nodes[s]["label"], graph.nodes[t]["label"]) for s, t in graph.edges())


def test_nlp_a_language_label_before_the_subject_it_names(nlp: Language) -> None:
    doc = nlp("Park Ji-sung (Korean: 박지성), a South Korean former footballer, never played for FC Seoul.")
    other = next(t for t in doc if t.text == "박지성")
    assert other.dep_ == "appos" and other.head.text == "sung"
    assert next(t for t in doc if t.text == "sung").dep_ == "nsubj"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a club's prefix NER left out of a place's name; a person's name keeps its own
        ("Park Ji-sung never played for FC Seoul.", {("FC Seoul", "ORG")}),
        ("FC Seoul is based in Seoul.", {("FC Seoul", "ORG"), ("Seoul", "GPE")}),
        ("DJ Khaled visited Miami.", {("Miami", "GPE")}),
        # a lower-case function word NER took into a name's end
        ("In 1903 Pierre shared the Nobel Prize with Marie.", {("the Nobel Prize", "WORK_OF_ART")}),
        # two names NER took for one, one of them written alone elsewhere; one name with "and" or "&"
        (
            "Rheinbank and Nordkredit announced a merger. Kappa Capital holds a stake in Nordkredit.",
            {("Rheinbank", "ORG"), ("Nordkredit", "ORG")},
        ),
        ("Procter and Gamble sells soap. Procter and Gamble is big.", {("Procter and Gamble", "ORG")}),
        # a match score NER took into a team's name
        ("Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.", {("Liverpool", "ORG")}),
        # a title or rank before a name is no first name, census name or not
        ("Major Alan Dutton commanded the garrison at Gibraltar.", {("Alan Dutton", "PERSON")}),
        ("Mr. Tobias Fenwick and Clara Fenwick sold the farm.", {("Tobias Fenwick", "PERSON")}),
        ("Sheriff Walt Longmire patrolled Absaroka County.", {("Walt Longmire", "PERSON")}),
        # a surname after its particles NER cut off or typed otherwise
        ("Ursula von der Leyen visited Oslo.", {("Ursula von der Leyen", "PERSON")}),
        ("Erik ten Hag managed the club.", {("Erik ten Hag", "PERSON")}),
        # a place's name NER typed otherwise after the noun naming its kind and "of"
        ("Since 2004, he has been employed by the city of Jeonju to promote tourism.", {("Jeonju", "GPE")}),
        ("He served in a church in the state of Hidalgo.", {("Hidalgo", "GPE")}),
        ("Ferries sail to the island of Hvar.", {("Hvar", "LOC")}),
        ("The village of Oberammergau stages a passion play.", {("Oberammergau", "GPE")}),
        ("The University of Oxford is old.", {("The University of Oxford", "ORG")}),
        # a capitalised subject with "of" that a copula calls a kind of thing is one name
        ("Song of Freedom is a 1936 British film directed by J. Elder Wills.", {("Song of Freedom", "WORK_OF_ART")}),
        ("Lord of the Flies is a 1954 novel by William Golding.", {("Lord of the Flies", "WORK_OF_ART")}),
        ("Queen of the South is a football club in Dumfries.", {("Queen of the South", "ORG")}),
        # a person's name in quotes that a copula says something of is a title; a nickname is not
        ('"Lisa Mona Lisa" was the Austrian entry in the Eurovision of 1988.', {("Lisa Mona Lisa", "WORK_OF_ART")}),
        ('Wilfried "Willi" Schneider is a German skeleton racer.', {('Wilfried "Willi" Schneider', "PERSON")}),
        # a first name before a quoted nickname NER left out is the name's; a nickname is no title
        ('Dwayne "The Rock" Johnson is an American actor.', {('Dwayne "The Rock" Johnson', "PERSON")}),
        # a capitalised subject NER cut, with a function word inside or a subtitle after a colon, that a
        # copula calls a kind of thing is one name
        ("Rage Against the Machine is an American rap metal band.", {("Rage Against the Machine", "ORG")}),
        ("Titanfall: Assault is a real-time strategy video game.", {("Titanfall: Assault", "PRODUCT")}),
        # a name after a heading's colon stays a name of its own
        ("Note: Apple is a company.", {("Apple", "ORG")}),
        ("Note: The Beatles were an English rock band.", {("The Beatles", "ORG")}),
        # a monarch's "I" is no pronoun; the pronoun after a word opening a sentence is
        ("Elizabeth I was Queen of England from 1558.", {("Elizabeth I", "PERSON"), ("England", "GPE")}),
        ("The reign of Elizabeth I, the last Tudor, ended in 1603.", {("Elizabeth I", "PERSON")}),
        ("The portrait shows Queen Elizabeth I in 1592.", {("Queen Elizabeth I", "PERSON")}),
        ("So I started a band in 1990.", {("1990", "DATE")}),
        # NER's own name of a monarch: its "I" no pronoun either
        ("Charles I was King of England.", {("Charles I", "PERSON")}),
        # NER ran a name into the sentence's verb
        ("The Treaty of Versailles ended the war.", {("The Treaty of Versailles", "WORK_OF_ART")}),
        # an event's or a law's name NER missed or cut before "of" is one name
        ("The war ended with the Treaty of Madrid.", {("Treaty of Madrid", "LAW")}),
        ("He fought at the First Battle of Homs in 1260.", {("First Battle of Homs", "EVENT")}),
        ("In the fall of 1990 he left Paris.", {("Paris", "GPE")}),
        # an institution's name NER cut before "of" and its place is one name; a company "of" a country is not
        ("The Supreme Court of Israel ruled on the bill in 2023.", {("The Supreme Court of Israel", "ORG")}),
        # a name NER ran over the noun describing the name after it is cut at that noun
        (
            "Kylian Mbappé plays for La Liga club Real Madrid.",
            {("La Liga", "ORG"), ("Real Madrid", "ORG")},
        ),
        ("The comune of Lampedusa e Linosa is part of the province of Agrigento.", {("Lampedusa e Linosa", "ORG")}),
        # a first name "of" a place is one person's name, as royals and saints are named; a full name is not
        ("Henry VIII was the son of Henry VII and Elizabeth of York.", {("Elizabeth of York", "PERSON")}),
        ("John of Gaunt was a prince.", {("John of Gaunt", "PERSON")}),
        ("Tom Smith of London won.", {("Tom Smith", "PERSON"), ("London", "GPE")}),
        # an office of a place NER typed a place is the office of that place ("King of England": GPE)
        ("Henry VIII was King of England.", {("England", "GPE"), ("Henry VIII", "PERSON")}),
        ("The High Court of Kenya ruled.", {("The High Court of Kenya", "ORG")}),
        ("Samsung of South Korea sued Apple.", {("Samsung", "ORG"), ("South Korea", "GPE")}),
        # a court case's name is one name, not its two parties
        ("Washington v. Texas, 388 U.S. 14 (1967), is a case.", {("Washington v. Texas", "LAW")}),
        ("In Taylor v. Illinois (1988), the Court said so.", {("Taylor v. Illinois", "LAW")}),
        ("Brown v. Board of Education was decided in 1954.", {("Brown v. Board of Education", "LAW")}),
        ("Plessy v. Ferguson upheld segregation.", {("Plessy v. Ferguson", "LAW")}),
        # a name NER ran into an amount
        ("The European Commission fined Google 2.4 billion euros.", {("2.4 billion", "MONEY")}),
        # a first name NER left out, beside someone else of that surname
        (
            "Erik Halvorsen founded Halvorsen Media in 1961. Under Anders Halvorsen, the company expanded.",
            {("Erik Halvorsen", "PERSON"), ("Anders Halvorsen", "PERSON")},
        ),
    ],
)
def test_nlp_names_as_people_read_them(nlp: Language, text: str, names: set[tuple[str, str]]) -> None:
    assert names <= {(e.text, e.label_) for e in nlp(text).ents}


QUOTED_TITLES = [  # (text, the titles it quotes, read as names of works)
    # a title the parser would read as a clause is one token
    ('"Your Disco Needs You" is a song performed by Kylie Minogue.', {"Your Disco Needs You"}),
    ('"There She Goes" was released in 2012.', {"There She Goes"}),
    (
        'The songs "Halfway Around the World" and "I Promised Myself" were hits.',
        {"Halfway Around the World", "I Promised Myself"},
    ),
    (
        "The book “A Gold Standard Dependency Corpus for English” was cited.",
        {"A Gold Standard Dependency Corpus for English"},
    ),
    # a comma inside the closing mark is no part of the title
    ('Her next single, "Here You Come Again," sold well.', {"Here You Come Again"}),
    # a title with only capitalised words is a work's where a word before it says so; else NER's reading stays
    ('It was followed by the single "Two Doors Down" in 1978.', {"Two Doors Down"}),
    ('The "Afghan Arabs" fought in the "55th Brigade" of the Taliban.', set()),
    # each quoted title of a list that names works is a work's, one word or more
    (
        'Elton John later recorded the singles "Rocket Man", "Daniel" and "Crocodile Rock".',
        {"Rocket Man", "Daniel", "Crocodile Rock"},
    ),
    ('The signs read "Stop", "Wait" and "Go" in red.', set()),
    # speech in title case is no title, said before or after it or ending a sentence
    ('"We Will Win," she said.', set()),
    ('Morello told reporters, "We Will Never Stop Fighting."', set()),
    # speech, a description in quotes and a nickname are no titles
    ('He said "we will win the war" on Monday.', set()),
    ('He called himself a "Kurd of Turkey" in 1990.', set()),
    ('Wilfried "Willi" Schneider is a German skeleton racer.', set()),
]


@pytest.mark.parametrize(("text", "titles"), QUOTED_TITLES)
def test_nlp_a_quoted_title_is_the_name_of_a_work(nlp: Language, text: str, titles: set[str]) -> None:
    doc = nlp(text)
    assert {e.text for e in doc.ents if e.label_ == "WORK_OF_ART"} == titles
    for title in titles:
        (words,) = [e for e in doc.ents if e.text == title]
        assert words.root.dep_ not in {"ROOT", "ccomp"}, [(t.text, t.dep_) for t in doc]


def test_nlp_a_list_of_quoted_titles_joins_each() -> None:
    text = 'The album includes the singles "Killing in the Name", "Bullet in the Head" and "Bombtrack".'
    graph = build_texts([text]).graph
    found = {(graph.nodes[s]["label"], k, graph.nodes[t]["label"]) for s, t, k in graph.edges(keys=True)}
    assert {
        ("album", "include", title) for title in ("Killing in the Name", "Bullet in the Head", "Bombtrack")
    } <= found


def test_nlp_a_monarchs_first_is_no_pronoun() -> None:
    graph = build_texts(["Elizabeth I was Queen of England from 1558. Elizabeth I died in 1603."]).graph
    found = {(graph.nodes[s]["label"], k, graph.nodes[t]["label"]) for s, t, k in graph.edges(keys=True)}
    assert {("Elizabeth I", "be queen of", "England"), ("Elizabeth I", "die in", "1603")} <= found, found
    assert not [t for t in build_texts(["So I started a band in 1990."]).triples if t.subject.text != "I"]
    charles = build_texts(["Charles I was King of England."]).graph
    assert [charles.nodes[s]["label"] for s, _, k in charles.edges(keys=True) if k == "be king of"] == ["Charles I"]


def test_nlp_treaties_of_two_places_are_two_treaties() -> None:
    texts = [f"The war ended with the Treaty of {place}." for place in ("Paris", "London", "Utrecht", "Madrid")]
    texts.append("The Battle of Samugarh was fought in 1658. Dara Shikoh retreated towards Samugarh.")
    labels = {data["label"] for _, data in build_texts(texts).graph.nodes(data=True)}
    assert {"Treaty of Paris", "Treaty of London", "Treaty of Utrecht", "Treaty of Madrid"} <= labels
    assert {"Battle of Samugarh", "Samugarh"} <= labels
    assert "Treaty" not in labels


def test_nlp_a_quoted_title_joins_its_facts() -> None:
    graph = build_texts(['"Your Disco Needs You" is a song performed by Kylie Minogue.']).graph
    found = {(graph.nodes[s]["label"], k, graph.nodes[t]["label"]) for s, t, k in graph.edges(keys=True)}
    assert ("Your Disco Needs You", "be performed by", "Kylie Minogue") in found
    assert not any("Disco" in s and s != "Your Disco Needs You" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "word", "lemma", "pos"),
    [
        # a "co-" verb or noun is one word with its own lemma (spaCy would split "co", "-", "founded")
        ("Larry Page and Sergey Brin co-founded Google in 1998.", "co-founded", "co-found", "VERB"),
        ("Co-founded in 1998, Google grew fast.", "Co-founded", "co-found", "VERB"),
        ("She co-wrote the song with Max Martin.", "co-wrote", "co-write", "VERB"),
        ("The film was co-written by Ann Lee.", "co-written", "co-write", "VERB"),
        ("The co-founders left the company.", "co-founders", "co-founder", "NOUN"),
        # and so is a relative by marriage ("father", "-", "in", "-", "law")
        ("Tom Hale worked for his father-in-law, Frank Ross.", "father-in-law", "father-in-law", "NOUN"),
        ("Her Sisters-in-law came.", "Sisters-in-law", "sister-in-law", "NOUN"),
        # a lemma spaCy's rules get wrong
        ("The European Commission fined Google in 2017.", "fined", "fine", "VERB"),
    ],
)
def test_nlp_co_words_are_one_word(nlp: Language, text: str, word: str, lemma: str, pos: str) -> None:
    (token,) = [t for t in nlp(text) if t.text == word]
    assert (token.lemma_, token.pos_) == (lemma, pos)


def test_nlp_a_co_verb_joins_its_subject_and_object() -> None:
    graph = build_texts(["Larry Page and Sergey Brin co-founded Google in 1998."]).graph
    found = {(graph.nodes[s]["label"], k, graph.nodes[t]["label"]) for s, t, k in graph.edges(keys=True)}
    assert {("Larry Page", "co-found", "Google"), ("Sergey Brin", "co-found", "Google")} <= found
    assert not any(k == "co" for _, k, _ in found)


def test_nlp_a_title_before_a_surname_stays_a_title(nlp: Language) -> None:
    doc = nlp("Erik Halvorsen founded Halvorsen Media in 1961. Father Halvorsen retired in 1990.")
    assert not any(e.text.startswith("Father") for e in doc.ents)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the words of an office's title before a person's name are no organisation's name
        ("Secretary of State Antony Blinken met Wang Yi in Beijing.", "State"),
        ("Prime Minister Rishi Sunak met Chancellor of the Exchequer Jeremy Hunt in London.", "Exchequer"),
    ],
)
def test_nlp_an_office_before_a_name_is_no_entity(nlp: Language, text: str, absent: str) -> None:
    doc = nlp(text)
    assert absent not in {e.text for e in doc.ents}
    assert "PERSON" in {e.label_ for e in doc.ents}


def test_nlp_a_place_in_an_office_stays_a_place(nlp: Language) -> None:
    doc = nlp("On 20 May 2015, the President of Republic of Kazakhstan Nursultan Nazarbayev announced the plan.")
    assert ("Republic of Kazakhstan", "GPE") in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    "text",
    [
        "Marbury v. Madison, 5 U.S. 137 (1803), was a landmark decision.",
        "Washington v. Texas, 388 U.S. 14 (1967), is a case.",
    ],
)
def test_nlp_a_case_citation_is_no_name_and_no_phrase(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [e.label_ for e in doc.ents] == ["LAW", "DATE"]  # the case and its year; no "U.S. 137"
    assert all("U.S." not in e.text for e in doc.ents)
    triples = list(extract_triples(doc))
    assert triples and all("U.S." not in a.text for t in triples for a in (t.subject, t.object) if a is not None)


@pytest.mark.parametrize(
    ("text", "place", "verb"),
    [
        (
            "The company was founded in 1987 by Ingrid Halvorsen and Tomas Berg in Trondheim, Norway.",
            "Trondheim",
            "founded",
        ),
        ("She met John Smith in Paris.", "Paris", "met"),
        ("The firm hired Anna Berg at Oslo.", "Oslo", "hired"),
    ],
)
def test_nlp_a_place_after_a_persons_name_is_the_verbs(nlp: Language, text: str, place: str, verb: str) -> None:
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == place]
    assert token.head.head.text == verb, [(t.text, t.dep_, t.head.text) for t in doc]


def test_nlp_a_place_in_a_name_stays_there(nlp: Language) -> None:
    doc = nlp("The Bank of America in Charlotte hired Anna Berg.")
    assert next(t for t in doc if t.text == "Charlotte").head.head.text != "hired"


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        ("During the reign of Charles I, the English Civil War began.", "War", "began"),
        (
            "In Garcia v. Ontario Mining Corp., the Supreme Court of Canada ruled that the firm had to pay.",
            "Court",
            "ruled",
        ),
    ],
)
def test_nlp_a_subject_after_a_fronted_phrase_is_no_apposition(
    nlp: Language, text: str, subject: str, verb: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == subject)
    assert (token.dep_, token.head.text) == ("nsubj", verb), [(t.text, t.dep_, t.head.text) for t in doc]


def test_nlp_an_apposition_beside_its_subject_stays(nlp: Language) -> None:
    doc = nlp("In 1990, Microsoft, a software company, grew.")
    assert next(t for t in doc if t.text == "company").dep_ == "appos"
