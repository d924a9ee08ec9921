"""The places of an address (kg.extract.places; the links they make are in test_links.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.places import address

ADDRESSES = [
    # (sentence, the place heading the address, the heads of the places it is said to be in)
    ("She lives in Vancouver, British Columbia, Canada.", "Vancouver", ["Columbia", "Canada"]),
    ("The mine is near Guri, Bolívar, Venezuela.", "Guri", ["Bolívar", "Venezuela"]),  # parsed as a list
    ("He was born in Szczytno County in northern Poland.", "County", ["Poland"]),
    # a list with "and" is no address; nor are two places joined by "and"
    ("Tule Lake is a city in Alberta, Canada, and Texas.", "Alberta", []),
    ("The firm sold cars in Oslo and Bergen.", "Oslo", []),
]


@pytest.mark.parametrize(("sentence", "place", "within"), ADDRESSES)
def test_places_address(nlp: Language, sentence: str, place: str, within: list[str]) -> None:
    doc = nlp(sentence)
    head = next(t for t in doc if t.text == place)
    assert [t.text for t in address(head)] == within
