"""Passives with and without a by-agent, including participial ``led by`` phrases."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find

PASSIVES = [
    # (sentence, subject, relation as read, lemma, object, has a by-agent): text order, the
    # patient the subject, the voice kept in the lemma, so direction and words agree
    ("The agreement was signed by Al Sudani.", "The agreement", "was signed by", "be signed by", "Al Sudani", True),
    (
        "The bridge was designed by Gustave Eiffel.",
        "The bridge",
        "was designed by",
        "be designed by",
        "Gustave Eiffel",
        True,
    ),
    ("The survey is run by the city council.", "The survey", "is run by", "be run by", "the city council", True),
    # seed article
    (
        "The coalition forces, led by the United States, were initially deployed to Iraq.",
        "The coalition forces",
        "led by",
        "be led by",
        "the United States",
        True,
    ),
    (
        "ISIS has been largely reduced to small, fragmented cells.",
        "ISIS",
        "has been reduced to",
        "be reduced to",
        "small, fragmented cells",
        False,
    ),
    (
        "These militias have been integrated into Iraq's formal security forces.",
        "These militias",
        "have been integrated into",
        "be integrated into",
        "Iraq's formal security forces",
        False,
    ),
    ("The agreement was signed in Baghdad.", "The agreement", "was signed in", "be signed in", "Baghdad", False),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "lemma", "obj", "agent"), PASSIVES)
def test_passive_voice(
    extract: Extract, sentence: str, subject: str, relation: str, lemma: str, obj: str, agent: bool
) -> None:
    triple = find(extract(sentence), relation)
    assert (triple.subject.text, triple.relation.lemma) == (subject, lemma)
    assert triple.object is not None and triple.object.text == obj
    assert triple.passive
    assert (triple.rule == "passive-agent") == agent


def test_passive_with_a_second_object_keeps_it(extract: Extract) -> None:
    triple = find(extract("The poet was awarded a medal by the academy."), "was awarded by")
    assert (triple.subject.text, triple.object and triple.object.text) == ("The poet", "the academy")
    assert [e.text for e in triple.extras] == ["a medal"]


def test_passive_without_object_keeps_voice(extract: Extract) -> None:
    triple = find(extract("The agreement was signed."), "was signed")
    assert triple.relation.lemma == "be signed"
    assert triple.object is None
