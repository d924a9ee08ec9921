"""Confidence is graded and ranks good extractions above doubtful ones."""

from __future__ import annotations

import math

from spacy.language import Language

from kg.extract import doc_triples
from kg.extract.confidence import RULES, WEIGHTS, features, score
from tests.conftest import SEED_ARTICLE
from tests.extract.conftest import Extract, find


def test_confidence_in_unit_interval_and_graded(extract: Extract) -> None:
    text = (
        "The US withdraws troops from Iraq. It left. Militias, which demanded the expulsion of troops, grew. "
        "Iraq's Defence Minister spoke."
    )
    scores = [t.confidence for t in extract(text)]
    assert all(0.0 < s < 1.0 for s in scores)
    assert len(set(scores)) >= 3


def test_confidence_binary_fact_above_unary(extract: Extract) -> None:
    binary = find(extract("The US withdraws troops from Iraq."), "withdraws")
    unary = find(extract("The US withdrew."), "withdrew")
    assert unary.object is None
    assert binary.confidence > unary.confidence


def test_confidence_pronoun_subject_scores_lower(extract: Extract) -> None:
    named = find(extract("The US withdraws troops."), "withdraws")
    pronoun = find(extract("It withdraws troops."), "withdraws")
    assert pronoun.subject.pronoun
    assert pronoun.confidence < named.confidence


def test_confidence_every_feature_has_a_weight(extract: Extract) -> None:
    triple = find(extract("The US withdraws troops from Iraq."), "withdraws")
    assert set(features(triple, sentence_words=7)) == set(WEIGHTS)
    assert {f"rule:{r}" for r in RULES} <= set(WEIGHTS)


def test_confidence_given_at_extraction_is_the_logistic_of_the_features(nlp: Language) -> None:
    """Extractors score before building a triple: the stored score is what its features imply."""
    doc = nlp(SEED_ARTICLE.read_text(encoding="utf-8"))
    lengths = [len(sent) for sent in doc.sents]
    triples = list(doc_triples(doc))
    assert len({t.rule for t in triples}) >= 5
    for triple in triples:
        words = lengths[triple.sentence_index]
        total = sum(WEIGHTS[name] * value for name, value in features(triple, sentence_words=words).items())
        assert triple.confidence == score(triple, sentence_words=words) == round(1 / (1 + math.exp(-total)), 4)
