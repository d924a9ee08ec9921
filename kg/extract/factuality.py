"""Whether the text asserts a clause: the modality of a clause it hedges, questions or only intends.

A clause is asserted unless something marks it otherwise (:data:`HEDGES`):

- a hedging modal on its verb (``aspirin may prevent stroke``: ``may``);
- an intention its relation starts with (``the company aims to open stores``: ``aim to``);
- a question it is the complement of (``whether aspirin prevents stroke``: ``whether``;
  ``if the drug works``: ``if``), or a verb that questions it (``researchers doubt that it
  works``, ``they asked the city to close it``: ``doubt``, ``ask``);
- any of these on a clause it is embedded in (``may show that X``: X inherits ``may``;
  ``trials are needed to confirm that X``: X inherits ``need to``).

Facts so marked keep their modality in every output and are kept out of the asserted RDF,
like negated facts (:func:`kg.modality.asserts`).

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Trials are needed to confirm whether aspirin prevents stroke.")
    >>> clause_modality([doc[7]])
    'whether'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.rules import CLAUSAL_OBJECTS, CONJUNCTS
from kg.extract.tree import children
from kg.modality import HEDGES, INTENTION_VERBS, QUESTION_MARKERS, QUESTIONING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_modality", "question_marker"]

#: Dependencies through which a clause is embedded in another whose hedge it inherits.
_EMBEDDED = frozenset({*CLAUSAL_OBJECTS, "xcomp", "advcl", "csubj", "csubjpass"})


def question_marker(verb: Token) -> str | None:
    """Return ``whether`` or ``if`` when VERB's clause is introduced by one, else None."""
    for child in children(verb):
        if child.dep_ == "mark" and child.lower_ in QUESTION_MARKERS:
            return child.lower_
    return None


def _own(verbs: Sequence[Token]) -> str | None:
    """The modality the clause's own words give: a modal auxiliary, or an intention it starts with."""
    modals = [c.lemma_.lower() for c in children(verbs[0]) if c.tag_ == "MD"]
    if modals:
        return modals[0]
    lemma = verbs[0].lemma_.lower()
    return f"{lemma} to" if len(verbs) > 1 and lemma in INTENTION_VERBS else None


def _infinitive(verb: Token) -> bool:
    """Tell whether VERB is a ``to`` infinitive complementing its head (``needed to show``)."""
    return verb.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def _hedge_above(verb: Token) -> str | None:
    """The first hedge on the clauses VERB's clause is embedded in, read upwards."""
    current = verb
    while True:
        while current.dep_ in CONJUNCTS and current.head is not current:
            current = current.head
        marker = question_marker(current)
        if marker is not None:
            return marker
        if current.dep_ not in _EMBEDDED or current.head is current:
            return None
        head = current.head
        lemma = head.lemma_.lower()
        if current.dep_ != "advcl" and lemma in QUESTIONING_VERBS:
            return lemma
        own = _own([head, current]) if _infinitive(current) else _own([head])
        if own in HEDGES:
            return own
        current = head


def clause_modality(verbs: Sequence[Token]) -> str | None:
    """Return the modality of the clause whose verb chain is VERBS: a hedge when anything marks the
    clause as not asserted (see the module docstring), else its own modal (``will``), else None.

    Example:
        >>> from kg.nlp import load_pipeline
        >>> doc = load_pipeline()("The company aims to open stores in India.")
        >>> clause_modality([doc[2], doc[4]])
        'aim to'
    """
    own = _own(verbs)
    if own in HEDGES:
        return own
    return _hedge_above(verbs[0]) or own
