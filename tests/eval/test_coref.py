"""The GUM pronoun scorer (kg eval coref) on hand-made chains, each count checked."""

from __future__ import annotations

from kg.eval.coref import parse_chains, read_chains, score_pronouns
from kg.model import Argument, Relation, Triple
from tests.conftest import ROOT

# "Anna met Ben. She thanked him. It rained. They left."
CHAINS = [
    {
        "doc": "d",
        "chains": [
            [
                {"start": 0, "end": 4, "text": "Anna", "pronoun": False},
                {"start": 14, "end": 17, "text": "She", "pronoun": True},
            ],
            [
                {"start": 9, "end": 12, "text": "Ben", "pronoun": False},
                {"start": 26, "end": 29, "text": "him", "pronoun": True},
            ],
            [{"start": 41, "end": 45, "text": "They", "pronoun": True}],
        ],
    }
]


def pronoun(text: str, start: int, antecedent: tuple[int, int] | None) -> Argument:
    link = "pronoun" if antecedent else "unresolved"
    return Argument(text, start, start + len(text), pronoun=True, link=link, antecedent=antecedent)


def triple(subject: Argument, obj: Argument | None = None) -> Triple:
    return Triple("d", 1, "", subject, Relation("x", "x", 0, 1), obj)


def test_coref_counts_on_hand_made_chains() -> None:
    triples = [
        triple(pronoun("She", 14, (0, 4)), pronoun("him", 26, (0, 4))),  # She right, him wrong (Anna)
        triple(pronoun("She", 14, (0, 4))),  # the same pronoun again: counted once
        triple(pronoun("It", 31, (9, 12))),  # no gold mention: not judged
        triple(pronoun("They", 41, None)),  # judged, unresolved, its chain has no name before it
    ]
    score = score_pronouns(triples, parse_chains(CHAINS))
    assert (score.right, score.resolved, score.judged, score.resolvable) == (1, 2, 3, 2)
    assert (score.precision, score.recall) == (0.5, 0.5)
    assert score.line() == "precision 0.500 (1/2)  recall 0.500 (1/2)  judged 3"


def test_coref_nested_antecedent_counts_as_right() -> None:
    she = pronoun("She", 14, (0, 2))  # "An" inside "Anna"
    assert score_pronouns([triple(she)], parse_chains(CHAINS)).right == 1


def test_coref_repository_chains_read() -> None:
    gold = read_chains(ROOT / "benchmarks" / "data" / "gum-coref" / "chains.jsonl.gz")
    assert len(gold.chain_of) > 5000
