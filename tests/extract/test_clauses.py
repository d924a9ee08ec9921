"""Sentence -> expected triples, one table per construction family."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Triple

Extract = Callable[[str], list[Triple]]


def _spo(triples: list[Triple]) -> set[tuple[str, str, str | None]]:
    return {(t.subject.text, t.relation.text, t.object.text if t.object else None) for t in triples}


SVO = [
    ("The US withdraws troops from Iraq.", ("The US", "withdraws", "troops")),
    ("Iraq's Defence Minister announced the plan.", ("Iraq's Defence Minister", "announced", "the plan")),
    ("The announcement follows prolonged negotiations.", ("The announcement", "follows", "prolonged negotiations")),
    ("Their combined efforts significantly weakened ISIS.", ("Their combined efforts", "weakened", "ISIS")),
]


@pytest.mark.parametrize(("sentence", "expected"), SVO)
def test_clauses_svo(extract: Extract, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _spo(extract(sentence))


PREPOSITIONAL = [
    # (sentence, subject, relation, lemma, object, extra argument phrases)
    ("The US withdraws troops from Iraq.", "The US", "withdraws", "withdraw", "troops", ["from Iraq"]),
    ("The US withdrew from Iraq.", "The US", "withdrew from", "withdraw from", "Iraq", []),
    ("Iraq will rely on US intelligence.", "Iraq", "will rely on", "rely on", "US intelligence", []),
    (
        "American forces have played a pivotal role since 2003.",
        "American forces",
        "have played",
        "play",
        "a pivotal role",
        ["since 2003"],
    ),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "lemma", "obj", "extras"), PREPOSITIONAL)
def test_clauses_prepositional_arguments(
    extract: Extract, sentence: str, subject: str, relation: str, lemma: str, obj: str, extras: list[str]
) -> None:
    match = [t for t in extract(sentence) if t.subject.text == subject and t.relation.text == relation]
    assert match, [(t.subject.text, t.relation.text) for t in extract(sentence)]
    triple = match[0]
    assert triple.relation.lemma == lemma
    assert triple.object is not None and triple.object.text == obj
    assert [a.phrase for a in triple.extras] == extras


PASSIVES = [
    # (sentence, logical subject, relation as read, lemma, object, stored as passive-agent)
    ("The agreement was signed by Al Sudani.", "Al Sudani", "was signed by", "sign", "The agreement", True),
    (
        "The coalition forces, led by the United States, were deployed to Iraq.",
        "the United States",
        "led by",
        "lead",
        "The coalition forces",
        True,
    ),
    ("The agreement was signed in Baghdad.", "The agreement", "was signed in", "be signed in", "Baghdad", False),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "lemma", "obj", "agent"), PASSIVES)
def test_clauses_passive(
    extract: Extract, sentence: str, subject: str, relation: str, lemma: str, obj: str, agent: bool
) -> None:
    triples = [t for t in extract(sentence) if t.relation.text == relation]
    assert triples, _spo(extract(sentence))
    triple = triples[0]
    assert (triple.subject.text, triple.relation.lemma) == (subject, lemma)
    assert triple.object is not None and triple.object.text == obj
    assert triple.passive
    assert (triple.rule == "passive-agent") == agent


COPULAS = [
    ("Al Sudani is Prime Minister.", ("Al Sudani", "is", "Prime Minister")),
    (
        "The presence of US troops has been a contentious issue.",
        ("The presence of US troops", "has been", "a contentious issue"),
    ),
    ("The troop withdrawal is complete.", ("The troop withdrawal", "is", "complete")),
]


@pytest.mark.parametrize(("sentence", "expected"), COPULAS)
def test_clauses_copula(extract: Extract, sentence: str, expected: tuple[str, str, str]) -> None:
    triples = extract(sentence)
    assert expected in _spo(triples)
    assert all(t.relation.lemma == "be" for t in triples if t.relation.text == expected[1])


COORDINATION = [
    ("Iraq and the US agreed on a plan.", {("Iraq", "agreed on", "a plan"), ("the US", "agreed on", "a plan")}),
    (
        "ISIS seized territory and attacked civilians.",
        {("ISIS", "seized", "territory"), ("ISIS", "attacked", "civilians")},
    ),
    (
        "The coalition trained soldiers and police.",
        {("The coalition", "trained", "soldiers"), ("The coalition", "trained", "police")},
    ),
    (
        "The US signed and ratified the treaty.",
        {("The US", "signed", "the treaty"), ("The US", "ratified", "the treaty")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATION)
def test_clauses_coordination_split(extract: Extract, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _spo(extract(sentence))


FACTUALITY = [
    # (sentence, relation, negated, modality)
    ("Iraq did not sign the deal.", "did not sign", True, None),
    ("Militias may see the withdrawal as a victory.", "may see", False, "may"),
    ("The US will continue the training.", "will continue", False, "will"),
    ("The administration will not leave Iraq.", "will not leave", True, "will"),
]


@pytest.mark.parametrize(("sentence", "relation", "negated", "modality"), FACTUALITY)
def test_clauses_negation_and_modality(
    extract: Extract, sentence: str, relation: str, negated: bool, modality: str | None
) -> None:
    triple = next(t for t in extract(sentence) if t.relation.text == relation)
    assert (triple.negated, triple.modality) == (negated, modality)


def test_clauses_open_complement_chain(extract: Extract) -> None:
    triple = next(t for t in extract("The US plans to withdraw troops."))
    assert (triple.relation.text, triple.relation.lemma) == ("plans to withdraw", "plan to withdraw")
    assert triple.object is not None and triple.object.text == "troops"


def test_clauses_relative_clause_resolved_to_noun(extract: Extract) -> None:
    sentence = "Iranian-backed militias, who have long demanded the expulsion of foreign troops, may see a victory."
    assert ("Iranian-backed militias", "have demanded", "the expulsion of foreign troops") in _spo(extract(sentence))


def test_clauses_attribution_recorded(extract: Extract) -> None:
    triples = extract("The minister said that the US will leave Iraq.")
    reported = next(t for t in triples if t.relation.text == "will leave")
    assert reported.attribution == "The minister"
    saying = next(t for t in triples if t.relation.text == "said")
    assert saying.object is not None and saying.object.kind == "clause"


def test_clauses_offsets_point_into_document(nlp: object, extract: Extract) -> None:
    text = "Headline\n\nThe US withdraws troops from Iraq."
    for triple in extract(text):
        for argument in (triple.subject, triple.object, *triple.extras):
            assert argument is not None
            assert text[argument.start : argument.end].startswith(argument.text.split()[0])
        assert text[triple.relation.start : triple.relation.end] == "withdraws"
        assert triple.sentence == "The US withdraws troops from Iraq."


def test_clauses_entity_types_and_confidence(extract: Extract) -> None:
    triple = extract("The US withdraws troops from Iraq.")[0]
    assert triple.subject.entity_type == "GPE"
    assert triple.extras[0].entity_type == "GPE"
    assert 0.0 < triple.confidence < 1.0


def test_clauses_pronoun_subject_scores_lower(extract: Extract) -> None:
    named = extract("The US withdraws troops.")[0]
    pronoun = extract("It withdraws troops.")[0]
    assert pronoun.subject.pronoun
    assert pronoun.confidence < named.confidence


def test_clauses_headline_is_its_own_sentence(extract: Extract) -> None:
    triples = extract("Iraq and US Finalize Plan\n\nThe Iraqi government has announced a plan.")
    assert {t.sentence_index for t in triples if t.subject.text == "The Iraqi government"} == {1}
