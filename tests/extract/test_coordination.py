"""Coordinated subjects, verbs and objects split into one extraction per conjunct."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, spo

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
    # coordinated participles share the agent after the last ("developed by" was missing)
    (
        "Hollow Knight was developed and published by Team Cherry.",
        {("Hollow Knight", "was developed by", "Team Cherry"), ("Hollow Knight", "published by", "Team Cherry")},
    ),
    (
        "The film was written and directed by Greta Gerwig.",
        {("The film", "was written by", "Greta Gerwig"), ("The film", "directed by", "Greta Gerwig")},
    ),
    # a second object after "and" the parser read as a second verb's (won the Copa del Rey too)
    (
        "Betis won La Liga in 1935 and the Copa del Rey in 1977.",
        {("Betis", "won", "La Liga"), ("Betis", "won", "the Copa del Rey")},
    ),
    # seed article
    (
        "Their combined efforts significantly weakened ISIS and reclaimed much of the territory.",
        {
            ("Their combined efforts", "weakened", "ISIS"),
            ("Their combined efforts", "reclaimed", "much of the territory"),
        },
    ),
    (
        "ISIS continues to pose a threat, with sporadic attacks targeting military personnel and civilians.",
        {("sporadic attacks", "targeting", "military personnel"), ("sporadic attacks", "targeting", "civilians")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATION)
def test_coordination_split(extract: Extract, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= spo(extract(sentence))


def test_coordination_a_participle_with_its_own_complement_shares_no_agent(extract: Extract) -> None:
    found = spo(extract("The club was founded in 1899 and bought by Roman Abramovich."))
    assert not any(relation.startswith("was founded") and obj == "Roman Abramovich" for _, relation, obj in found)


def test_coordination_conjuncts_do_not_leak_into_phrases(extract: Extract) -> None:
    for subject, _, obj in spo(extract("Iraq and the US agreed on a plan.")):
        assert " and " not in subject and (obj is None or " and " not in obj)


SHARED_SUBJECTS = [
    # a gerund after a preposition of time reads with its verb's subject
    ("The river flows through Bavaria before joining the Danube.", ("The river", "joining", "the Danube")),
    ("After leaving Harvard, he founded Microsoft.", ("he", "leaving", "Harvard")),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_SUBJECTS)
def test_coordination_time_gerunds_share_the_subject(
    extract: Extract, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in spo(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "He improved the car by adding a turbo.",  # manner, not time
        "She left without saying goodbye.",  # absence
    ],
)
def test_coordination_other_gerunds_stay_apart(extract: Extract, sentence: str) -> None:
    assert not any(relation in {"adding", "saying"} for _, relation, _ in spo(extract(sentence)))


#: (sentence, a triple coordination must not give): a passive verb, or one with a prepositional
#: phrase of its own, takes no object from the verb after it.
NOT_SHARED = [
    (
        "Harbour City FC was founded in 1899 and plays its home matches at Fratton Lane.",
        ("Harbour City FC", "was founded", "its home matches"),
    ),
    ("He moved to Oslo and bought a house.", ("He", "moved", "a house")),
]


@pytest.mark.parametrize(("sentence", "wrong"), NOT_SHARED)
def test_coordination_shares_no_object_a_verb_cannot_take(
    extract: Extract, sentence: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in spo(extract(sentence))
