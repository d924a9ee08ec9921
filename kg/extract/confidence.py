"""Score how likely an extraction is correct, from named features of the triple.

The score is a logistic function of the features in :func:`features`, weighted by
:data:`WEIGHTS`. The weights were fitted on the CaRB dev split by
``benchmarks/calibrate_confidence.py`` (which also reports a two-fold check on held-out
halves), so the ranking can be inspected, re-fitted and explained in one place.

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> t = Triple("d", 0, "Iraq borders Iran.", Argument("Iraq", 0, 4, "GPE"),
    ...            Relation("borders", "border", 5, 12), Argument("Iran", 13, 17, "GPE"))
    >>> 0.5 < score(t, sentence_words=4) < 1.0
    True
"""

from __future__ import annotations

import math

from kg.model import Argument, Relation, Triple

__all__ = ["RULES", "WEIGHTS", "confidence", "features", "score"]

#: Every rule name an extractor may give a triple (each is a feature of its own).
RULES = (
    "svo",
    "existential",
    "passive-agent",
    "relcl",
    "acl",
    "conj-subject",
    "advcl-subject",
    "xcomp-subject",
    "apposition",
    "title",
    "possessive",
    "location",
    "attribution",
)

#: Feature weights of the logistic confidence model (``bias`` included), fitted on CaRB dev
#: by ``benchmarks/calibrate_confidence.py``.
WEIGHTS: dict[str, float] = {
    "bias": 0.218,
    "subject_entity": -0.030,
    "object_entity": 0.137,
    "subject_pronoun": -0.180,
    "no_object": -1.202,
    "clause_object": 0.022,
    "attribute_object": -0.122,
    "long_subject": -0.210,
    "long_object": 0.043,
    "long_relation": 0.243,
    "extras": 0.159,
    "many_extras": -0.253,
    "negated": -0.038,
    "modal": -0.106,
    "long_sentence": -0.249,
    "rule:svo": 0.672,
    "rule:existential": -0.146,
    "rule:passive-agent": 0.187,
    "rule:relcl": 0.053,
    "rule:acl": -0.074,
    "rule:conj-subject": 0.331,
    "rule:advcl-subject": 0.041,
    "rule:xcomp-subject": 0.025,
    "rule:apposition": -0.155,
    "rule:title": -0.328,
    "rule:possessive": -0.608,
    "rule:location": 0.028,
    "rule:attribution": -0.027,
}


def _words(text: str) -> int:
    return len(text.split())


def _present(
    subject: Argument,
    relation: Relation,
    obj: Argument | None,
    extras: tuple[Argument, ...],
    negated: bool,
    modality: str | None,
    rule: str,
    sentence_words: int,
) -> list[str]:
    """The features (keys of :data:`WEIGHTS`) an extraction has, in :data:`WEIGHTS` order."""
    flags = (
        ("bias", True),
        ("subject_entity", subject.entity_type is not None),
        ("object_entity", obj is not None and obj.entity_type is not None),
        ("subject_pronoun", subject.pronoun),
        ("no_object", obj is None),
        ("clause_object", obj is not None and obj.kind == "clause"),
        ("attribute_object", obj is not None and obj.kind == "attribute"),
        ("long_subject", _words(subject.text) > 6),
        ("long_object", obj is not None and _words(obj.text) > 10),
        ("long_relation", _words(relation.text) > 3),
        ("extras", len(extras) > 0),
        ("many_extras", len(extras) > 2),
        ("negated", negated),
        ("modal", modality is not None),
        ("long_sentence", sentence_words > 40),
        (f"rule:{rule}", rule in RULES),
    )
    return [name for name, present in flags if present]


def features(triple: Triple, *, sentence_words: int) -> dict[str, float]:
    """Return the features of TRIPLE (1.0 = present), every key of :data:`WEIGHTS` included.

    Example:
        >>> from kg.model import Argument, Relation, Triple
        >>> t = Triple("d", 0, "It left.", Argument("It", 0, 2, pronoun=True), Relation("left", "leave", 3, 7))
        >>> features(t, sentence_words=2)["subject_pronoun"], features(t, sentence_words=2)["no_object"]
        (1.0, 1.0)
    """
    present = set(
        _present(
            triple.subject,
            triple.relation,
            triple.object,
            triple.extras,
            triple.negated,
            triple.modality,
            triple.rule,
            sentence_words,
        )
    )
    return {name: float(name in present) for name in WEIGHTS}


def confidence(
    subject: Argument,
    relation: Relation,
    obj: Argument | None = None,
    *,
    extras: tuple[Argument, ...] = (),
    negated: bool = False,
    modality: str | None = None,
    rule: str = "svo",
    sentence_words: int,
) -> float:
    """Return the confidence in (0, 1), rounded to 4 places, of an extraction not yet made
    into a :class:`~kg.model.Triple` (extractors score before they build, not after).

    Example:
        >>> from kg.model import Argument, Relation
        >>> confidence(Argument("It", 0, 2, pronoun=True), Relation("left", "leave", 3, 7), sentence_words=2)
        0.3794
    """
    present = _present(subject, relation, obj, extras, negated, modality, rule, sentence_words)
    total = sum(WEIGHTS[name] for name in present)
    return round(1.0 / (1.0 + math.exp(-total)), 4)


def score(triple: Triple, *, sentence_words: int) -> float:
    """Return a confidence in (0, 1) for TRIPLE, rounded to 4 places."""
    return confidence(
        triple.subject,
        triple.relation,
        triple.object,
        extras=triple.extras,
        negated=triple.negated,
        modality=triple.modality,
        rule=triple.rule,
        sentence_words=sentence_words,
    )
