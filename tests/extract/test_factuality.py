"""Negation, modality and attribution, kept in the relation text and flagged as fields."""

from __future__ import annotations

import pytest

from kg.modality import asserts
from kg.nlp import load_pipeline
from tests.extract.conftest import Extract, find

FACTUALITY = [
    # (sentence, relation, negated, modality)
    ("Iraq did not sign the deal.", "did not sign", True, None),
    ("Militias may see the withdrawal as a victory.", "may see", False, "may"),
    ("The US will continue the training.", "will continue", False, "will"),
    ("The administration will not leave Iraq.", "will not leave", True, "will"),
    ("Iraq never signed the deal.", "never signed", True, None),
    # an object its determiner denies; a name that begins with "No" denies nothing
    ("Taylor Swift founded no company.", "founded", True, None),
    ("Taylor Swift loves No Doubt.", "loves", False, None),
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


HEDGED = [
    # (sentence, relation, modality, asserted): a fact the text hedges, questions or only
    # intends keeps its modality and is not asserted; plain, future and reported facts are
    ("The vaccine might reduce hospital stays.", "might reduce", "might", False),
    ("Engineers should inspect the dam.", "should inspect", "should", False),
    ("Scientists tested whether the coating resists rust.", "resists", "whether", False),
    ("Nobody knows whether the mayor signed the contract.", "signed", "whether", False),
    ("The committee wonders if the museum owns the painting.", "owns", "if", False),
    ("Economists doubt that the reform lowers prices.", "lowers", "doubt", False),
    ("More studies are needed to show that the diet lowers cholesterol.", "lowers", "need to", False),
    ("The airline aims to fly to Lima.", "aims to fly to", "aim to", False),
    ("The startup plans to hire engineers.", "plans to hire", "plan to", False),
    ("The study may show that coffee lowers blood pressure.", "lowers", "may", False),
    ("The airline will fly to Lima.", "will fly to", "will", True),
    ("The airline flew to Lima.", "flew to", None, True),
    ("The ministry confirmed that the bridge reopened.", "reopened", None, True),
]


@pytest.mark.parametrize(("sentence", "relation", "modality", "asserted"), HEDGED)
def test_factuality_hedges_questions_and_intentions(
    extract: Extract, sentence: str, relation: str, modality: str | None, asserted: bool
) -> None:
    triple = find(extract(sentence), relation)
    assert triple.modality == modality
    assert asserts(triple.modality) is asserted


def test_factuality_a_question_has_no_speaker(extract: Extract) -> None:
    triple = find(extract("The ministry did not confirm whether the troops left Basra."), "left")
    assert (triple.modality, triple.attribution) == ("whether", None)


DATELINES = [
    # (text, relation, subject, attribution of the reported clause): a dateline is its own
    # sentence, never the subject or the speaker of the sentence after it
    ("LONDON, March 3 — Acme Ltd. said it would buy the Foo brand.", "said", "Acme Ltd.", "Acme Ltd."),
    ("Lagos (Reuters) - The governor said the port had reopened.", "said", "The governor", "The governor"),
    ("SEATTLE — The mayor said the tunnel was finished.", "said", "The mayor", "The mayor"),
]


@pytest.mark.parametrize(("text", "relation", "subject", "speaker"), DATELINES)
def test_factuality_datelines_are_never_speakers(
    extract: Extract, text: str, relation: str, subject: str, speaker: str
) -> None:
    triples = extract(text)
    assert find(triples, relation).subject.text == subject
    assert {t.attribution for t in triples if t.attribution} == {speaker}


@pytest.mark.parametrize(
    "text",
    ["NATO - the alliance - met in Brussels.", "The CKNL-FM station plays jazz.", "US troops - about 2,500 - left."],
)
def test_factuality_dashes_that_are_no_datelines(text: str) -> None:
    doc = load_pipeline()(text)
    assert len(list(doc.sents)) == 1
