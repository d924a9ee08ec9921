"""Relative and participial clauses, resolved to the noun they modify."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find, spo

RELATIVE = [
    # seed article
    (
        "Iranian-backed militias in Iraq, who have long demanded the expulsion of foreign troops, may see a victory.",
        ("Iranian-backed militias in Iraq", "have demanded", "the expulsion of foreign troops"),
    ),
    (
        "These militias, some of which have been integrated into Iraq's formal security forces, have played a role.",
        ("These militias", "have been integrated into", "Iraq's formal security forces"),
    ),
    (
        "Their combined efforts reclaimed much of the territory the group had controlled.",
        ("the group", "had controlled", "the territory"),
    ),
    (
        "The policy objectives include refocusing resources on global challenges, which include reducing commitments.",
        ("global challenges", "include reducing", "commitments"),
    ),
    # a relative clause on what a copula calls a name is said of the name
    (
        "Robert Shelley is an Australian engineer who founded Kestrel Systems in Sydney.",
        ("Robert Shelley", "founded", "Kestrel Systems"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RELATIVE)
def test_relative_clause_resolved_to_noun(extract: Extract, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in spo(extract(sentence))


#: (sentence, a triple the relative clause must not give): the noun a relative pronoun subject
#: stands for is no object of its own clause.
NOT_OBJECTS = [
    (
        "Barack Obama is an American politician who was born in Hawaii.",
        ("Barack Obama", "was born", "an American politician"),
    ),
    (
        "Robert Shelley is an Australian engineer who lives in Perth.",
        ("Robert Shelley", "lives", "an Australian engineer"),
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), NOT_OBJECTS)
def test_relative_subject_is_no_object(extract: Extract, sentence: str, wrong: tuple[str, str, str]) -> None:
    assert wrong not in spo(extract(sentence))
    assert (wrong[0], wrong[1] + " in", sentence.split(" in ")[-1].rstrip(".")) in spo(extract(sentence))


def test_relative_pronoun_never_a_subject(extract: Extract) -> None:
    triples = extract("The militias, which demanded the expulsion of foreign troops, grew.")
    assert all(t.subject.text.lower() not in {"which", "who", "that"} for t in triples)
    assert find(triples, "demanded").subject.text == "The militias"


PARTICIPIAL = [
    # (sentence, subject, relation, object, rule)
    (
        "The coalition forces, led by the United States, were deployed.",
        "The coalition forces",
        "led by",
        "the United States",
        "passive-agent",
    ),
    (
        "ISIS was reduced to small cells operating in isolated regions.",
        "small cells",
        "operating in",
        "isolated regions",
        "acl",
    ),
    ("Iraq received equipment supplied by the US.", "equipment", "supplied by", "the US", "passive-agent"),
]


@pytest.mark.parametrize(("sentence", "subject", "relation", "obj", "rule"), PARTICIPIAL)
def test_relative_participial_clause(
    extract: Extract, sentence: str, subject: str, relation: str, obj: str, rule: str
) -> None:
    triple = find(extract(sentence), relation)
    assert triple.subject.text == subject
    assert triple.object is not None and triple.object.text == obj
    assert triple.rule == rule
