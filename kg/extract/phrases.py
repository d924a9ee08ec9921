"""Turn a head token into an :class:`~kg.model.Argument`: its phrase, offsets and type.

Example:
    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Iraq's Defence Minister spoke.")
    >>> noun_phrase(doc[3]).text
    "Iraq's Defence Minister"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.tokens import Token

from kg.extract.rules import (
    ADVERBIAL_PREPOSITIONS,
    CONJUNCTS,
    CORE_MODIFIERS,
    FOCUS_ADVERBS,
    NAMED_TYPES,
    PHRASE_TRIMS,
    PREPOSITIONS,
)
from kg.extract.tree import children, document_memo, document_text, in_order, subtree
from kg.model import Argument

__all__ = [
    "Resolve",
    "as_found",
    "conjuncts",
    "core_tokens",
    "entity_type",
    "is_adverbial_prep",
    "noun_phrase",
    "phrase_tokens",
    "render_tokens",
    "unmarked_apposition",
]

#: What an argument refers to: the extractors apply one to each argument of a triple they make.
Resolve = Callable[[Argument], Argument]


def as_found(argument: Argument) -> Argument:
    """Leave ARGUMENT as found (the :data:`Resolve` of extractors asked for no resolution)."""
    return argument


_EDGE_POS = frozenset({"PUNCT", "CCONJ", "SPACE"})
_ATTRIBUTE_POS = frozenset({"ADJ", "ADV", "VERB", "AUX"})


def conjuncts(token: Token) -> list[Token]:
    """Return TOKEN and every token coordinated with it, in text order.

    Example:
        >>> # "Iraq and the US agreed": conjuncts(Iraq) -> [Iraq, US]
    """
    if not any(child.dep_ in CONJUNCTS for child in children(token)):
        return [token]  # most tokens: no coordination
    found = [token]
    queue = [token]
    while queue:
        current = queue.pop()
        for child in children(current):
            if child.dep_ in CONJUNCTS and child not in found:
                found.append(child)
                queue.append(child)
    return in_order(found)


def phrase_tokens(head: Token, *, detach_adverbial: bool = False) -> list[Token]:
    """Return the tokens of HEAD's phrase, trimmed of clauses, appositions and conjuncts.

    With ``detach_adverbial`` prepositional modifiers in :data:`ADVERBIAL_PREPOSITIONS`
    are left out too (they become extra arguments of the verb).
    """
    keep: list[Token] = [head]
    for child in children(head):
        dep = child.dep_
        if dep in PHRASE_TRIMS and dep != "punct" and not unmarked_apposition(child):
            continue
        if dep in _FRONTED and child.i < head.i and _fronted(child, head):
            continue  # "In 2015, the band signed": a phrase the parser hung on a subject it read as the root
        if detach_adverbial and is_adverbial_prep(child):
            continue
        keep.extend(_subtree_without_trims(child))
    kept = {t.i for t in keep}
    # punctuation stays only inside the phrase ("small, fragmented cells"), not around trimmed parts
    tokens = in_order(t for t in keep if t == head or not t.is_punct or (t.i - 1 in kept and t.i + 1 in kept))
    return _strip_edges(tokens, head)


#: Dependents before a noun's determiner that may modify the clause, not the noun (a misparse).
_FRONTED = frozenset({"prep", "advmod", "npadvmod"})


def _fronted(child: Token, head: Token) -> bool:
    """Tell whether CHILD of HEAD comes before HEAD's determiner as a clause's fronted phrase: a
    prepositional phrase (``In 2015 the band``), or an adverb a comma ends (``Later, the band``;
    not ``Earlier this year``)."""
    det = next((c.i for c in children(head) if c.dep_ == "det" and child.i < c.i < head.i), None)
    if det is None:
        return False
    return child.dep_ == "prep" or any(t.is_punct for t in head.doc[child.i + 1 : det])


def core_tokens(head: Token) -> list[Token]:
    """Return HEAD with its left modifiers (compounds, adjectives, numbers), no determiner.

    Example:
        >>> # "Iraq's broader counterterrorism strategy in the region" -> "broader counterterrorism strategy"
    """
    keep = [head]
    for child in children(head):
        if child.i > head.i:
            break
        if child.dep_ in CORE_MODIFIERS:
            keep.extend(subtree(child))
    return in_order(keep)


def is_adverbial_prep(token: Token) -> bool:
    """Tell whether TOKEN is a preposition that reads as modifying the event."""
    return token.dep_ in PREPOSITIONS and token.lower_ in ADVERBIAL_PREPOSITIONS


def unmarked_apposition(token: Token) -> bool:
    """Tell whether TOKEN is an ``appos`` with no comma or bracket before it: a misparsed name part."""
    if token.dep_ != "appos":
        return False
    low, high = sorted((token.head.i, token.i))
    return not any(t.is_punct for t in token.doc[low + 1 : high])


def _subtree_without_trims(token: Token) -> Iterator[Token]:
    yield token
    for child in children(token):
        if child.dep_ == "relcl" or (child.dep_ == "appos" and not unmarked_apposition(child)):
            continue
        yield from _subtree_without_trims(child)


def _strip_edges(tokens: list[Token], head: Token) -> list[Token]:
    while (
        len(tokens) > 1
        and tokens[0] != head
        and (tokens[0].pos_ in _EDGE_POS or (tokens[0].lower_ in FOCUS_ADVERBS and tokens[0].head == head))
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] != head and tokens[-1].pos_ in _EDGE_POS:
        tokens = tokens[:-1]
    return tokens


def render_tokens(tokens: Sequence[Token]) -> str:
    """Join TOKENS as they read in the text, one space where tokens were skipped.

    Example:
        >>> # tokens "the", "US" -> "the US"; "Iraq", "'s" -> "Iraq's"
    """
    if not tokens:
        return ""
    text = document_text(tokens[0].doc)
    first, last = tokens[0], tokens[-1]
    if last.i - first.i == len(tokens) - 1:  # one run, as most phrases are
        return " ".join(text[first.idx : last.idx + len(last)].split())
    runs: list[str] = []
    start = previous = first
    for token in tokens[1:]:
        if token.i != previous.i + 1:  # a gap: the run so far reads as in the text
            runs.append(text[start.idx : previous.idx + len(previous)])
            start = token
        previous = token
    runs.append(text[start.idx : previous.idx + len(previous)])
    return " ".join(" ".join(runs).split())


def entity_type(tokens: Iterable[Token], head: Token) -> str | None:
    """Return the NER label of HEAD, or of the phrase when it is exactly one entity."""
    if head.ent_type_:
        return head.ent_type_
    labels = {t.ent_type_ for t in tokens if t.pos_ not in {"DET", "PUNCT"}}
    if len(labels) == 1:
        label = labels.pop()
        return label or None
    return None


def noun_phrase(head: Token, *, preposition: str | None = None, detach_adverbial: bool = False) -> Argument:
    """Build the argument headed by HEAD.

    Args:
        head: the phrase's syntactic head.
        preposition: the preposition introducing it, for prepositional arguments.
        detach_adverbial: leave adverbial prepositional modifiers out of the phrase.
    """
    memo = document_memo(head.doc)
    key = (noun_phrase, head.i, preposition, detach_adverbial)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _noun_phrase(head, preposition, detach_adverbial)
    return found


def _determined(head: Token) -> bool:
    """Tell whether HEAD has an article before it (``a pandemic``)."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in children(head) if c.i < head.i)


def _noun_phrase(head: Token, preposition: str | None, detach_adverbial: bool) -> Argument:
    tokens = phrase_tokens(head, detach_adverbial=detach_adverbial)
    pos = head.pos_
    return Argument(
        text=render_tokens(tokens),
        start=tokens[0].idx,
        end=tokens[-1].idx + len(tokens[-1].text),
        entity_type=entity_type(tokens, head),
        preposition=preposition,
        pronoun=pos == "PRON",
        # a nationality or other named adjective names a thing: "is Lebanese"; an adjective with an
        # article is a noun the tagger missed: "declared a pandemic"
        kind="attribute"
        if pos in _ATTRIBUTE_POS and head.ent_type_ not in NAMED_TYPES and not _determined(head)
        else "phrase",
    )
