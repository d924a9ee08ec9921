"""Score pronoun resolution against gold coreference chains (GUM).

GUM (Zeldes 2017) marks every coreference chain of its documents. kg's triples of the
documents are scored on the pronouns they use as arguments (``benchmarks/data/gum-coref``):

- a triple argument that is a personal pronoun (:data:`SCORED_PRONOUNS`) is *judged* when a
  gold mention has exactly its span;
- it is *resolved* when kg gives it an antecedent span, and the resolution is *right* when the
  antecedent and a mention of the pronoun's own chain (other than the pronoun) overlap with
  one inside the other;
- precision = right / resolved judged pronouns; recall = right / judged pronouns whose chain
  has a non-pronoun mention before them. Each pronoun counts once, however many triples use it.

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> gold = parse_chains([{"doc": "d", "chains": [[
    ...     {"start": 0, "end": 4, "text": "Anna", "pronoun": False},
    ...     {"start": 11, "end": 14, "text": "She", "pronoun": True}]]}])
    >>> she = Argument("She", 11, 14, pronoun=True, canonical="Anna", link="pronoun", antecedent=(0, 4))
    >>> t = Triple("d", 1, "She left.", she, Relation("left", "leave", 15, 19))
    >>> score_pronouns([t], gold).line()
    'precision 1.000 (1/1)  recall 1.000 (1/1)  judged 1'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.eval.files import read_jsonl
from kg.model import Argument, Triple

__all__ = ["SCORED_PRONOUNS", "CorefScore", "GoldChains", "parse_chains", "read_chains", "score_pronouns"]

#: The personal pronouns scored (lowercase).
SCORED_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs"})

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldChains:
    """Per document, each gold mention's span and the spans of its chain's other mentions,
    and whether a non-pronoun mention of its chain comes before it."""

    chain_of: dict[tuple[str, Span], tuple[Span, ...]]
    named_before: frozenset[tuple[str, Span]]


@dataclass(frozen=True, slots=True)
class CorefScore:
    """Pronoun resolution figures: right, resolved and judged pronouns, and the recall base."""

    right: int
    resolved: int
    judged: int
    resolvable: int  # judged pronouns whose chain has a non-pronoun mention before them

    @property
    def precision(self) -> float:
        """Right resolutions / resolved judged pronouns."""
        return self.right / self.resolved if self.resolved else 0.0

    @property
    def recall(self) -> float:
        """Right resolutions / judged pronouns with a non-pronoun antecedent in their chain."""
        return self.right / self.resolvable if self.resolvable else 0.0

    def line(self) -> str:
        """The line ``kg eval coref`` prints."""
        return (
            f"precision {self.precision:.3f} ({self.right}/{self.resolved})  "
            f"recall {self.recall:.3f} ({self.right}/{self.resolvable})  judged {self.judged}"
        )


def parse_chains(records: Iterable[Mapping[str, Any]]) -> GoldChains:
    """Return the gold chains of GUM records (one per document, as in ``chains.jsonl``).

    Raises:
        InputError: a record lacks a field the scorer needs.
    """
    chain_of: dict[tuple[str, Span], tuple[Span, ...]] = {}
    named_before: set[tuple[str, Span]] = set()
    for record in records:
        try:
            doc = str(record["doc"])
            for chain in record["chains"]:
                spans = [(int(m["start"]), int(m["end"])) for m in chain]
                named = [(int(m["start"]), int(m["end"])) for m in chain if not m["pronoun"]]
                for span in spans:
                    chain_of[(doc, span)] = tuple(s for s in spans if s != span)
                    if any(n[0] < span[0] for n in named):
                        named_before.add((doc, span))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a GUM coreference record ({type(error).__name__}: {error})") from error
    return GoldChains(chain_of, frozenset(named_before))


def read_chains(path: str | Path) -> GoldChains:
    """Read GUM gold chains (JSON lines, plain or ``.gz``).

    Raises:
        InputError: the file cannot be read or is not GUM coreference gold.
    """
    return parse_chains(read_jsonl(path))


def _nested(a: Span, b: Span) -> bool:
    """Tell whether one of the spans A and B lies inside the other."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def score_pronouns(triples: Iterable[Triple], gold: GoldChains) -> CorefScore:
    """Score the pronoun arguments of TRIPLES against GOLD."""
    pronouns: dict[tuple[str, Span], Argument] = {}
    for triple in triples:
        for argument in (triple.subject, triple.object, *triple.extras):
            if argument is not None and argument.text.lower() in SCORED_PRONOUNS:
                key = (triple.doc_id, (argument.start, argument.end))
                if key in gold.chain_of:
                    pronouns.setdefault(key, argument)
    right = resolved = 0
    for key, argument in pronouns.items():
        if argument.antecedent is None:
            continue
        resolved += 1
        if any(_nested(argument.antecedent, other) for other in gold.chain_of[key]):
            right += 1
    resolvable = sum(1 for key in pronouns if key in gold.named_before)
    return CorefScore(right=right, resolved=resolved, judged=len(pronouns), resolvable=resolvable)
