"""Score how likely an extraction is correct, from features of its clause and arguments.

The score is a logistic function of named features whose weights live in
:data:`WEIGHTS`, so the ranking can be inspected and re-tuned in one place.

Example:
    >>> from kg.model import Argument
    >>> s = score(Argument("Iraq", 0, 4, "GPE"), Argument("Iran", 12, 16, "GPE"), [], rule="svo", n_words=6)
    >>> 0.5 < s < 1.0
    True
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from kg.model import Argument

__all__ = ["WEIGHTS", "features", "score"]

#: Feature weights of the logistic confidence model (bias included).
WEIGHTS: dict[str, float] = {
    "bias": 0.6,
    "subject_entity": 0.5,
    "object_entity": 0.3,
    "subject_pronoun": -0.9,
    "no_object": -1.2,
    "clause_object": -0.4,
    "long_subject": -0.5,
    "long_object": -0.3,
    "many_extras": -0.3,
    "inherited_subject": -0.4,
    "relative_clause": -0.3,
    "long_sentence": -0.4,
}

_INHERITED_RULES = frozenset({"conj-subject", "advcl-subject", "xcomp-subject"})
_RELATIVE_RULES = frozenset({"relcl", "acl"})


def _words(argument: Argument) -> int:
    return len(argument.text.split())


def features(
    subject: Argument, obj: Argument | None, extras: Sequence[Argument], *, rule: str, n_words: int
) -> dict[str, float]:
    """Return the active features of one extraction (1.0 = present).

    Example:
        >>> features(Argument("it", 0, 2, pronoun=True), None, [], rule="svo", n_words=5)["subject_pronoun"]
        1.0
    """
    return {
        "bias": 1.0,
        "subject_entity": float(subject.entity_type is not None),
        "object_entity": float(obj is not None and obj.entity_type is not None),
        "subject_pronoun": float(subject.pronoun),
        "no_object": float(obj is None),
        "clause_object": float(obj is not None and _words(obj) > 12),
        "long_subject": float(_words(subject) > 6),
        "long_object": float(obj is not None and _words(obj) > 10),
        "many_extras": float(len(extras) > 2),
        "inherited_subject": float(rule in _INHERITED_RULES),
        "relative_clause": float(rule in _RELATIVE_RULES),
        "long_sentence": float(n_words > 40),
    }


def score(subject: Argument, obj: Argument | None, extras: Sequence[Argument], *, rule: str, n_words: int) -> float:
    """Return a confidence in (0, 1) for one extraction, rounded to 4 places."""
    active = features(subject, obj, extras, rule=rule, n_words=n_words)
    total = sum(WEIGHTS[name] * value for name, value in active.items())
    return round(1.0 / (1.0 + math.exp(-total)), 4)
