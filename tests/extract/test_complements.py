"""Verb complements: to-infinitive chains, light verbs, phrasal verbs and clausal objects."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extract, find

CHAINS = [
    # (sentence, relation, lemma, object)
    ("The US plans to withdraw troops.", "plans to withdraw", "plan to withdraw", "troops"),
    # seed article
    (
        "The current two-year plan aims to address those concerns.",
        "aims to address",
        "aim to address",
        "those concerns",
    ),
    ("ISIS continues to pose a threat in the region.", "continues to pose", "continue to pose", "a threat"),
    (
        "Iraq continues to navigate its position between Western powers and its neighbors.",
        "continues to navigate",
        "continue to navigate",
        "its position between Western powers and its neighbors",
    ),
]


@pytest.mark.parametrize(("sentence", "relation", "lemma", "obj"), CHAINS)
def test_complements_to_infinitive_chain(extract: Extract, sentence: str, relation: str, lemma: str, obj: str) -> None:
    triple = find(extract(sentence), relation)
    assert triple.relation.lemma == lemma
    assert triple.object is not None and triple.object.text == obj


LIGHT_VERBS = [
    (
        "Iraq wants to take full control of its security operations.",
        "wants to take full control of",
        "its security operations",
    ),
    ("Bush made a final offer on the minimum wage.", "made a final offer on", "the minimum wage"),
    # seed article
    (
        "Al Sudani emphasized the need for Iraq to take ownership of its defense systems.",
        "to take ownership of",
        "its defense systems",
    ),
]


@pytest.mark.parametrize(("sentence", "relation", "obj"), LIGHT_VERBS)
def test_complements_light_verb_relation(extract: Extract, sentence: str, relation: str, obj: str) -> None:
    triple = find(extract(sentence), relation)
    assert triple.object is not None and triple.object.text == obj


PHRASAL = [
    ("The US military is scaling back its presence.", "is scaling back", "scale back", "its presence"),
    ("The final details are being ironed out.", "are being ironed out", "be ironed out", None),
]


@pytest.mark.parametrize(("sentence", "relation", "lemma", "obj"), PHRASAL)
def test_complements_phrasal_verb_particle(
    extract: Extract, sentence: str, relation: str, lemma: str, obj: str | None
) -> None:
    triple = find(extract(sentence), relation)
    assert triple.relation.lemma == lemma
    assert (triple.object.text if triple.object else None) == obj


def test_complements_clausal_object_and_its_own_clause(extract: Extract) -> None:
    triples = extract("The US Department of Defense has confirmed that discussions are ongoing.")
    saying = find(triples, "has confirmed")
    assert saying.object is not None and saying.object.kind == "clause"
    assert saying.object.text == "discussions are ongoing"
    reported = find(triples, "are")
    assert reported.subject.text == "discussions"
    assert reported.attribution == "The US Department of Defense"


CLAUSAL_OBJECTS = [
    # (sentence, relation, clause): a fronted wh-word makes the parse non-projective; the clause still reads as written
    ("I don't know who you're going to vote for.", "don't know", "who you're going to vote for"),
    ("He asked which song I am talking about.", "asked", "which song I am talking about"),
    (
        "The US Department of Defense has confirmed that discussions are ongoing.",
        "has confirmed",
        "discussions are ongoing",
    ),
]


@pytest.mark.parametrize(("sentence", "relation", "clause"), CLAUSAL_OBJECTS)
def test_complements_clausal_object_reads_as_written(
    extract: Extract, sentence: str, relation: str, clause: str
) -> None:
    triple = find(extract(sentence), relation)
    assert triple.object is not None and triple.object.kind == "clause"
    assert triple.object.text == clause
    assert sentence[triple.object.start : triple.object.end] == clause


CONTROLLERS = [  # (sentence, the infinitive's relation, who does what it says)
    ("The DOE asked the team to publish its data.", "to publish", "the team"),  # the object: asked to
    ("Congress urged the agency to act.", "to act", "the agency"),
    ("Kim promised them to close the site.", "to close", "Kim"),  # the subject: promised to
    # an infinitive of purpose: what the subject did it for
    ("In 2012, Mark Vance left the band to pursue a solo career.", "to pursue", "Mark Vance"),
    ("Tomas Berg left Acme Corp to join Google.", "to join", "Tomas Berg"),
    ("The firm sold its factory to focus on design.", "to focus on", "The firm"),
]


@pytest.mark.parametrize(("sentence", "relation", "subject"), CONTROLLERS)
def test_complements_who_does_what_an_infinitive_says(
    extract: Extract, sentence: str, relation: str, subject: str
) -> None:
    assert find(extract(sentence), relation).subject.text == subject
