"""Facts stated inside noun phrases: appositions, titles, possessives, locations."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, spo

NOMINAL = [
    # (sentence, expected (subject, relation, object), rule)
    ("Al Sudani, the Prime Minister, spoke.", ("Al Sudani", "is", "the Prime Minister"), "apposition"),
    (
        "John M. Kucharski, EG&G's chief executive, resigned.",
        ("John M. Kucharski", "is", "EG&G's chief executive"),
        "apposition",
    ),
    ("He moved to Monroe, Conn., last year.", ("Monroe", "is in", "Conn."), "apposition"),
    ("President Bush made an offer.", ("Bush", "is", "President"), "title"),
    # seed article
    (
        "Prime Minister Mohammed Shia' Al Sudani has emphasized the need for Iraq to take ownership.",
        ("Mohammed Shia' Al Sudani", "is", "Prime Minister"),
        "title",
    ),
    (
        "Iraq's Defence Minister stated on Sunday that the details are ready.",
        ("Iraq", "has", "Defence Minister"),
        "possessive",
    ),
    (
        "Washington's broader counterterrorism strategy in the region will adapt.",
        ("Washington", "has", "broader counterterrorism strategy"),
        "possessive",
    ),
    (
        "Manufacturers Hanover Corp. in New York said it.",
        ("Manufacturers Hanover Corp.", "is in", "New York"),
        "location",
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "rule"), NOMINAL)
def test_nominal_fact(extract: Extract, sentence: str, expected: tuple[str, str, str], rule: str) -> None:
    triples = [t for t in extract(sentence) if t.rule == rule]
    assert expected in spo(triples)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its neighbors' plans changed.",  # a pronoun possessor states nothing
        "Mohammed Shia' Al Sudani spoke.",  # an apostrophe in a name is not a possessive
    ],
)
def test_nominal_no_possessive(extract: Extract, sentence: str) -> None:
    assert not [t for t in extract(sentence) if t.rule == "possessive"]


@pytest.mark.parametrize("sentence", ["Mrs. Smith works as a nurse.", "Dr. Dre founded Beats with Jimmy Iovine."])
def test_nominal_a_form_of_address_is_no_title(extract: Extract, sentence: str) -> None:
    assert not [t for t in extract(sentence) if t.rule == "title"], "no 'Dre is Dr.'"


@pytest.mark.parametrize("sentence", ["She met John Smith in Paris.", "The concert of 1991 in Prague was sold out."])
def test_nominal_a_person_or_a_value_is_in_no_place_after_it(extract: Extract, sentence: str) -> None:
    assert not [t for t in extract(sentence) if t.rule == "location"], "no 'John Smith is in Paris'"
