"""Which modalities assert a fact: the words that hedge, question or only intend a clause.

A fact read with no modality, or with one like ``will``, is asserted; one read under a hedge
(:data:`HEDGES`: ``may``, ``whether``, ``doubt``, ``aim to``) is kept with its modality and is
not asserted (see :mod:`kg.extract.factuality`, which finds them, and :mod:`kg.export.rdf`).

Example:
    >>> asserts(None), asserts("will"), asserts("may"), asserts("whether"), asserts("aim to")
    (True, True, False, False, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "HEDGES",
    "HEDGING_MODALS",
    "INTENTION_VERBS",
    "QUESTIONING_VERBS",
    "QUESTION_MARKERS",
    "asserts",
    "stated",
]

#: Modal verbs that do not assert their clause: ``aspirin may prevent stroke``.
HEDGING_MODALS = frozenset({"may", "might", "could", "should", "must", "ought"})
#: Subordinators of a clause put as a question: ``whether aspirin prevents stroke``.
QUESTION_MARKERS = frozenset({"whether", "if"})
#: Verbs whose complement is put in question, never asserted: ``researchers doubt that it works``.
QUESTIONING_VERBS = frozenset(
    {"ask", "doubt", "wonder", "question", "test", "investigate", "examine", "explore", "query"}
)
#: Verbs of intention, need or attempt: ``aims to open stores`` says nothing was opened.
INTENTION_VERBS = frozenset(
    {"aim", "need", "want", "hope", "plan", "intend", "try", "seek", "attempt", "wish", "propose", "expect"}
)

#: Every modality that marks a clause the text does not assert (an intention reads ``aim to``).
HEDGES = frozenset(
    {*HEDGING_MODALS, *QUESTION_MARKERS, *QUESTIONING_VERBS, *(f"{verb} to" for verb in INTENTION_VERBS)}
)


def asserts(modality: str | None) -> bool:
    """Tell whether a fact read with MODALITY is asserted (no modality, or one not in :data:`HEDGES`).

    Example:
        >>> asserts("could"), asserts("plan to"), asserts("would")
        (False, False, True)
    """
    return modality not in HEDGES


def stated(supports: Iterable[Mapping[str, Any]]) -> bool:
    """Tell whether an edge's SUPPORTS (its sentences, each with its ``modality``) assert it: one
    states it without a hedge. An edge with no support (read back from RDF that asserted it) is.

    Example:
        >>> stated([{"modality": "may"}, {"modality": None}]), stated([{"modality": "whether"}]), stated([])
        (True, False, True)
    """
    found = list(supports)
    return not found or any(asserts(s.get("modality")) for s in found)
