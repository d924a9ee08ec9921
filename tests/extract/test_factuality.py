"""Negation, modality and attribution, kept in the relation text and flagged as fields."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find

FACTUALITY = [
    # (sentence, relation, negated, modality)
    ("Iraq did not sign the deal.", "did not sign", True, None),
    ("Militias may see the withdrawal as a victory.", "may see", False, "may"),
    ("The US will continue the training.", "will continue", False, "will"),
    ("The administration will not leave Iraq.", "will not leave", True, "will"),
    ("Iraq never signed the deal.", "never signed", True, None),
    # seed article
    ("Iraq will likely rely on US intelligence and logistical support.", "will rely on", False, "will"),
    (
        "The reduced US military presence in Iraq could have far-reaching implications for Iraq.",
        "could have far-reaching implications for",
        False,
        "could",
    ),
]


@pytest.mark.parametrize(("sentence", "relation", "negated", "modality"), FACTUALITY)
def test_factuality_negation_and_modality(
    extract: Extract, sentence: str, relation: str, negated: bool, modality: str | None
) -> None:
    triple = find(extract(sentence), relation)
    assert (triple.negated, triple.modality) == (negated, modality)


ATTRIBUTION = [
    # (sentence, reported relation, source)
    ("The minister said that the US will leave Iraq.", "will leave", "The minister"),
    ("According to the minister, the US will leave Iraq.", "will leave", "the minister"),
    # seed article
    (
        "Iraq's Defence Minister stated on Sunday that the final details are being ironed out.",
        "are being ironed out",
        "Iraq's Defence Minister",
    ),
    (
        "A spokesperson reiterated that the United States remains committed to the security of Iraq.",
        "remains",
        "A spokesperson",
    ),
]


@pytest.mark.parametrize(("sentence", "relation", "source"), ATTRIBUTION)
def test_factuality_attribution_source_recorded(extract: Extract, sentence: str, relation: str, source: str) -> None:
    assert find(extract(sentence), relation).attribution == source


@pytest.mark.parametrize(
    ("sentence", "saying"),
    [
        ("The minister said that the US will leave Iraq.", "said"),
        ("According to the minister, the US will leave Iraq.", "according to"),
    ],
)
def test_factuality_saying_itself_extracted(extract: Extract, sentence: str, saying: str) -> None:
    triple = find(extract(sentence), saying)
    assert triple.subject.text in {"The minister", "the minister"}
    assert triple.object is not None and triple.object.kind == "clause"
    assert triple.object.text == "the US will leave Iraq"
