"""Copular (SVC) clauses and existential ``there is``."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find, spo

COPULAS = [
    ("Al Sudani is Prime Minister.", ("Al Sudani", "is", "Prime Minister"), "phrase"),
    ("The deal became final.", ("The deal", "became", "final"), "attribute"),
    ("ISIS remains a threat.", ("ISIS", "remains", "a threat"), "phrase"),
    # seed article
    (
        "The presence of US troops in Iraq has been a contentious issue for many years.",
        ("The presence of US troops in Iraq", "has been", "a contentious issue for many years"),
        "phrase",
    ),
    ("The troop withdrawal is complete.", ("The troop withdrawal", "is", "complete"), "attribute"),
]


@pytest.mark.parametrize(("sentence", "expected", "kind"), COPULAS)
def test_copula_subject_complement(extract: Extract, sentence: str, expected: tuple[str, str, str], kind: str) -> None:
    triples = extract(sentence)
    assert expected in spo(triples)
    triple = find(triples, expected[1])
    assert triple.object is not None and triple.object.kind == kind


def test_copula_lemma_is_be(extract: Extract) -> None:
    assert find(extract("Al Sudani is Prime Minister."), "is").relation.lemma == "be"


EXISTENTIALS = [
    (
        "There has been mounting pressure from political factions.",
        "mounting pressure",
        "has been from",
        "political factions",
    ),
    ("There are many militias in Iraq.", "many militias", "are in", "Iraq"),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "obj"), EXISTENTIALS)
def test_copula_existential_there(extract: Extract, sentence: str, subject: str, relation: str, obj: str) -> None:
    triple = find(extract(sentence), relation)
    assert triple.rule == "existential"
    assert triple.subject.text == subject
    assert triple.object is not None and triple.object.text == obj
