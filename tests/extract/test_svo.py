"""SVO, SVOO and SVA clauses: subject, verb, object and prepositional arguments."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find, spo

SVO = [
    ("The US withdraws troops from Iraq.", ("The US", "withdraws", "troops")),
    ("Iraq's Defence Minister announced the plan.", ("Iraq's Defence Minister", "announced", "the plan")),
    # seed article
    (
        "The announcement follows prolonged negotiations between the Iraqi government and the US.",
        ("The announcement", "follows", "prolonged negotiations between the Iraqi government and the US"),
    ),
    ("Their combined efforts significantly weakened ISIS.", ("Their combined efforts", "weakened", "ISIS")),
    (
        "This agreement represents a culmination of Iraq's growing desire.",
        ("This agreement", "represents", "a culmination of Iraq's growing desire"),
    ),
    (
        "The Iraqi armed forces have undergone significant improvements in recent years.",
        ("The Iraqi armed forces", "have undergone", "significant improvements"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SVO)
def test_svo_subject_verb_object(extract: Extract, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in spo(extract(sentence))


SVA = [
    # (sentence, subject, relation, lemma, object, extra argument phrases)
    ("The US withdraws troops from Iraq.", "The US", "withdraws", "withdraw", "troops", ["from Iraq"]),
    ("The US withdrew from Iraq.", "The US", "withdrew from", "withdraw from", "Iraq", []),
    ("Sudani lives in Baghdad.", "Sudani", "lives in", "live in", "Baghdad", []),
    ("Iraq will rely on US intelligence.", "Iraq", "will rely on", "rely on", "US intelligence", []),
    (
        "American forces have played a pivotal role since 2003.",
        "American forces",
        "have played",
        "play",
        "a pivotal role",
        ["since 2003"],
    ),
    ("Earlier this year, Bush made an offer.", "Bush", "made", "make", "an offer", ["Earlier this year"]),
    (
        "ISIS seized large swathes of territory in 2014.",
        "ISIS",
        "seized",
        "seize",
        "large swathes of territory",
        ["in 2014"],
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "lemma", "obj", "extras"), SVA)
def test_svo_prepositional_and_time_arguments(
    extract: Extract, sentence: str, subject: str, relation: str, lemma: str, obj: str, extras: list[str]
) -> None:
    triple = find(extract(sentence), relation)
    assert (triple.subject.text, triple.relation.lemma) == (subject, lemma)
    assert triple.object is not None and triple.object.text == obj
    assert [a.phrase for a in triple.extras] == extras


def test_svo_double_object_keeps_both(extract: Extract) -> None:
    triple = find(extract("The coalition gave Iraqi forces training."), "gave")
    assert triple.object is not None
    words = " ".join([triple.object.text, *(a.text for a in triple.extras)])
    assert "Iraqi forces" in words and "training" in words


def test_svo_offsets_point_into_document(extract: Extract) -> None:
    text = "Headline\n\nThe US withdraws troops from Iraq."
    triple = find(extract(text), "withdraws")
    for argument in (triple.subject, triple.object, *triple.extras):
        assert argument is not None
        assert text[argument.start : argument.end] == argument.text
    assert text[triple.relation.start : triple.relation.end] == "withdraws"
    assert triple.sentence == "The US withdraws troops from Iraq."
    assert triple.sentence_index == 1


def test_svo_entity_types(extract: Extract) -> None:
    triple = find(extract("The US withdraws troops from Iraq."), "withdraws")
    assert triple.subject.entity_type == "GPE"
    assert triple.object is not None and triple.object.entity_type is None
    assert triple.extras[0].entity_type == "GPE"
