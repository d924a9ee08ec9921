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

from kg.model import Triple

__all__ = ["RULES", "WEIGHTS", "features", "score"]

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


def features(triple: Triple, *, sentence_words: int) -> dict[str, float]:
    """Return the features of TRIPLE (1.0 = present), every key of :data:`WEIGHTS` included.

    Example:
        >>> from kg.model import Argument, Relation, Triple
        >>> t = Triple("d", 0, "It left.", Argument("It", 0, 2, pronoun=True), Relation("left", "leave", 3, 7))
        >>> features(t, sentence_words=2)["subject_pronoun"], features(t, sentence_words=2)["no_object"]
        (1.0, 1.0)
    """
    obj = triple.object
    values = {
        "bias": 1.0,
        "subject_entity": float(triple.subject.entity_type is not None),
        "object_entity": float(obj is not None and obj.entity_type is not None),
        "subject_pronoun": float(triple.subject.pronoun),
        "no_object": float(obj is None),
        "clause_object": float(obj is not None and obj.kind == "clause"),
        "attribute_object": float(obj is not None and obj.kind == "attribute"),
        "long_subject": float(_words(triple.subject.text) > 6),
        "long_object": float(obj is not None and _words(obj.text) > 10),
        "long_relation": float(_words(triple.relation.text) > 3),
        "extras": float(len(triple.extras) > 0),
        "many_extras": float(len(triple.extras) > 2),
        "negated": float(triple.negated),
        "modal": float(triple.modality is not None),
        "long_sentence": float(sentence_words > 40),
    }
    values.update({f"rule:{rule}": float(triple.rule == rule) for rule in RULES})
    return values


def score(triple: Triple, *, sentence_words: int) -> float:
    """Return a confidence in (0, 1) for TRIPLE, rounded to 4 places."""
    total = sum(
        WEIGHTS[name] * value for name, value in features(triple, sentence_words=sentence_words).items() if value
    )
    return round(1.0 / (1.0 + math.exp(-total)), 4)
