"""Former names and descriptions a sentence says are another name's (kg.extract.aliases)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.aliases import classified_name, classifying_noun, former_names
from kg.model import Argument
from kg.pipeline import build_texts
from tests.extract.conftest import Extract

FORMER_NAMES = [
    # (text, {former name's head: the name it is another name of})
    ("Anna Berg (born Anna Lindqvist; 1950 \u2013 2020) was a Swedish painter.", {"Lindqvist": "Anna Berg"}),
    ("Helen Park (née Doyle) is an Irish judge.", {"Doyle": "Helen Park"}),
    ("Tom Reyes (also known as Tommy Blue) sang in Chicago.", {"Blue": "Tom Reyes"}),
    # a comma's "known as" aside
    (
        "Iowa Telecommunications Services, Inc., commonly known as Iowa Telecom, provided telephone service.",
        {"Telecom": "Iowa Telecommunications Services, Inc."},
    ),
    (
        "The Winnebago War, also referred to as the Winnebago Uprising, was a brief conflict.",
        {"Uprising": "The Winnebago War"},
    ),
    # "the" after the marker is no part of the alias
    (
        "The Metropolitan Museum of Art, commonly known as the Met, is a museum in New York.",
        {"Met": "The Metropolitan Museum of Art"},
    ),
    ("Dwayne Johnson, also known as The Rock, starred in Moana.", {"Rock": "Dwayne Johnson"}),
    # a person's nickname NER typed otherwise
    ("Terry Bollea, commonly known as The Hulk, wrestled in Tokyo.", {"Hulk": "Terry Bollea"}),
    # a name NER missed before the aside
    (
        "Real Sociedad de Fútbol, commonly known as Real Sociedad, is a Spanish club.",
        {"Sociedad": "Real Sociedad de Fútbol"},
    ),
    # an adverb in or before "known as"; two aliases joined by "or"
    (
        "Stefani Germanotta, known professionally as Lady Gaga, is an American singer.",
        {"Gaga": "Stefani Germanotta"},
    ),
    ("Tom Reyes (popularly known as Tommy Blue) sang in Chicago.", {"Blue": "Tom Reyes"}),
    (
        "Real Betis Balompié, commonly known as Real Betis or simply Betis, is a Spanish football club.",
        {"Betis": "Real Betis Balompié"},
    ),
    (
        "Beijing Shougang Basketball Club, also known as Beijing Ducks or Shougang, is a club.",
        {"Ducks": "Beijing Shougang Basketball Club", "Shougang": "Beijing Shougang Basketball Club"},
    ),
    # aliases in quotes, each a title made one token (kg.nlp.join_quoted_titles)
    (
        'The "Direction of Endeavor for Chinese Christianity", commonly known as "The Christian Manifesto" or'
        ' "The Three-Self Manifesto", was a manifesto.',
        {
            "The Christian Manifesto": "Direction of Endeavor for Chinese Christianity",
            "The Three-Self Manifesto": "Direction of Endeavor for Chinese Christianity",
        },
    ),
    # what follows "or" is no alias unless it is a name
    ("Tom Reyes (also known as Tommy Blue or a singer) sang in Chicago.", {"Blue": "Tom Reyes"}),
    # a former name in a comma's aside, or in brackets after a name NER missed
    ("Meta Platforms, formerly Facebook, is an American company.", {"Facebook": "Meta Platforms"}),
    ("Kolkata (formerly Calcutta) is the capital of West Bengal.", {"Calcutta": "Kolkata"}),
    # an aside that says what someone was is no name
    ("John Smith, formerly the chief executive of Acme, said the deal was done.", {}),
    # an ordinal before the name: the aside names one of several, not the name
    ("The second Philippine Commission, also known as the Taft Commission, was a body.", {}),
    # a parenthesis of dates, or a birth year, names nobody
    ("Anna Berg (1950 \u2013 2020) was a Swedish painter.", {}),
    ("Anna Berg (born 1950) is a Swedish painter.", {}),
    ("Anna Berg (born in Malmö) is a Swedish painter.", {}),
    # the name in another script, or after a language's name, in the parenthesis after a name
    ("Arjuna (in Devanagari: अर्जुन) is the main character of the Mahabharata.", {"अर्जुन": "Arjuna"}),
    ("Munich (German: München) is the capital of Bavaria.", {"München": "Munich"}),
    (
        "Ali Akbar Moradi (Kurdish ʿElî Ekber Muradî, عەلی ئەکبەر مورادی; born 1957) is a Kurdish musician.",
        {"مورادی": "Ali Akbar Moradi"},
    ),
    ("Athens (Αθήνα) is the capital of Greece.", {"Αθήνα": "Athens"}),
    # another spelling, however NER typed each
    ("Kraków, also spelled Cracow, is the second-largest city in Poland.", {"Cracow": "Kraków"}),
    # Latin letters with accents are no other script; a parenthesis of other words names nobody
    ("Anna Berg (Malmö, 1950) is a Swedish painter.", {}),
    ("Anna Berg (a painter: see below) lived in Malmö.", {}),
]


@pytest.mark.parametrize(("text", "expected"), FORMER_NAMES)
def test_aliases_former_names(nlp: Language, text: str, expected: dict[str, str]) -> None:
    doc = nlp(text)
    assert {doc[i].text: name.text for i, name in former_names(doc, doc.ents).items()} == expected


CLASSES = [
    # (text, the indefinite noun, the name it classifies, or None)
    ("Ici Paris is a French magazine.", "magazine", "Paris"),
    ("Bell, a Canadian company, bought it.", "company", "Bell"),
    ("Foo Bank is one of the oldest banks.", "banks", "Bank"),
    ("Foo Bank is not a bank.", "bank", None),
    ("Foo Bank is the oldest bank.", "bank", None),  # definite: a description (described_name)
]


@pytest.mark.parametrize(("text", "noun", "name"), CLASSES)
def test_aliases_classes_say_what_kind_of_thing_a_name_is(
    nlp: Language, text: str, noun: str, name: str | None
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    found = classified_name(token)
    assert (found.text if found is not None else None) == name
    if name is not None and token.dep_ != "appos":
        said = classifying_noun(found)
        assert said is not None and said.text == noun


def _argument(extract: Extract, text: str, surface: str) -> Argument:
    found = [a for t in extract(text) for a in (t.subject, t.object) if a is not None and a.text == surface]
    assert found, f"no argument {surface!r}"
    return found[-1]


DESCRIPTIONS = [
    # (text, description, the name it belongs to, or None): a definite description beside a
    # name, in apposition or as an affirmative copula's complement, is that name's
    (
        "Norvik Ltd., the maker of the Zephyr engine, hired Tom Hale.",
        "the maker of the Zephyr engine",
        "Norvik Ltd.",
    ),
    ("Tom Hale is the mayor of Dunmore.", "the mayor of Dunmore", "Tom Hale"),
    ("The mayor of Dunmore, Tom Hale, opened the bridge.", "The mayor of Dunmore", "Tom Hale"),
    # the same description again, a sentence later
    (
        "Norvik Ltd., the maker of the Zephyr engine, hired Tom Hale. The maker of the Zephyr engine is based in Oslo.",
        "The maker of the Zephyr engine",
        "Norvik Ltd.",
    ),
    # denied, or indefinite: no identity
    ("Tom Hale is not the mayor of Dunmore.", "the mayor of Dunmore", None),
    ("Tom Hale is a carpenter from Dunmore.", "a carpenter", None),
]


@pytest.mark.parametrize(("text", "description", "name"), DESCRIPTIONS)
def test_aliases_descriptions_belong_to_the_name_beside_them(
    extract: Extract, text: str, description: str, name: str | None
) -> None:
    assert _argument(extract, text, description).canonical == name


NAMES = [
    # (text, the aliases expected of one entity): former names, surnames of former names and
    # leading descriptors read as people read them
    (
        "Anna Berg (born Anna Lindqvist; 1950 \u2013 2020) was a Swedish painter. Lindqvist studied in Oslo.",
        {"Anna Berg", "Anna Lindqvist", "Lindqvist"},
    ),
    ("The Danish architect Lena Holm designed the library. Lena Holm lives in Aarhus.", {"Lena Holm"}),
    # the name in another script, or after a language's name, is the same entity
    ("Arjuna (in Devanagari: अर्जुन) is a hero of the Mahabharata. Arjuna was the son of Indra.", {"Arjuna", "अर्जुन"}),
    ("Munich (German: München) is the capital of Bavaria. München is big.", {"Munich", "München"}),
    # a former name is the same entity where the text writes it again
    (
        "Meta Platforms, formerly Facebook, is an American company. Facebook was founded by Mark Zuckerberg.",
        {"Meta Platforms", "Facebook"},
    ),
    # a name a copula calls a kind of thing is no person's full name its last word is a surname of
    (
        "Square Enix is a Japanese video game company formed by the merger of Square and Enix. The company owns Taito.",
        {"Square Enix", "company"},
    ),
]


@pytest.mark.parametrize(("text", "aliases"), NAMES)
def test_aliases_one_entity_per_person(text: str, aliases: set[str]) -> None:
    graph = build_texts([text]).graph
    found = [set(d["aliases"]) for _, d in graph.nodes(data=True) if set(d["aliases"]) & aliases]
    assert found == [aliases]


def test_aliases_a_leading_descriptor_is_no_part_of_the_subject() -> None:
    graph = build_texts(["The Danish architect Lena Holm designed the library."]).graph
    assert [(s, d["relation"]) for s, _, d in graph.edges(data=True) if d["relation"] == "designed"] == [
        ("lena holm", "designed")
    ]
