"""Score a graph's entities and edges against Re-DocRED gold entities and facts.

Re-DocRED (Tan et al., EMNLP 2022) annotates Wikipedia introductions with every entity (a
cluster of mentions, typed PER, ORG, LOC, MISC, TIME or NUM) and the facts between them.
A kg graph is scored on whether its nodes hold the gold mentions and its edges join the
entities the gold facts relate (``benchmarks/data/redocred/README``):

- a gold mention is *on* a node when one of the node's occurrences in the same document
  overlaps it and has the same :func:`gold_key`; an entity is *found* when one of its
  mentions is on some node;
- named coverage: found / all over PER, ORG, LOC and MISC; value coverage: the same over
  TIME and NUM;
- split share: found entities whose mentions lie on more than one node / found entities;
- wrong-merge share: nodes holding mentions of two or more gold entities of one document,
  counted per document / found entities;
- facts connected: gold facts whose head and tail lie on two nodes joined by an edge (either
  direction) that a sentence of the same document supports / all gold facts;
- entity-edge precision: of the pairs of gold entities joined that way, the share that are
  the head and tail of some gold fact (either direction).

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", occurrences=[{"doc_id": "d", "start": 0, "end": 4, "surface": "Anna"}])
    >>> g.add_node("b", occurrences=[{"doc_id": "d", "start": 14, "end": 18, "surface": "Oslo"}])
    >>> _ = g.add_edge("a", "b", key="live in", sentences=[{"doc_id": "d"}])
    >>> gold = parse_gold([{"doc": "d", "entities": [
    ...     {"type": "PER", "mentions": [{"start": 0, "end": 4, "text": "Anna"}]},
    ...     {"type": "LOC", "mentions": [{"start": 14, "end": 18, "text": "Oslo"}]}],
    ...     "facts": [{"head": 0, "tail": 1, "relation": "P551"}]}])
    >>> s = score_graph(g, gold)
    >>> s.named_coverage, s.facts_connected, s.entity_edge_precision
    (1.0, 1.0, 1.0)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.eval.files import read_jsonl

__all__ = [
    "NAMED_TYPES",
    "VALUE_TYPES",
    "DocredGold",
    "DocredScore",
    "GoldEntity",
    "gold_key",
    "parse_gold",
    "read_gold",
    "score_graph",
]

#: Gold entity types counted by named coverage, and by value coverage.
NAMED_TYPES = frozenset({"PER", "ORG", "LOC", "MISC"})
VALUE_TYPES = frozenset({"TIME", "NUM"})

_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_TRAILING_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def gold_key(text: str) -> str:
    """Return the key a gold mention and a node occurrence must share.

    Lowercase, runs of white space as one space, a leading article and a trailing
    possessive removed.

    Example:
        >>> gold_key("The  Beatles'"), gold_key("Iraq's")
        ('beatles', 'iraq')
    """
    key = _SPACES.sub(" ", text.lower()).strip()
    key = _LEADING_ARTICLE.sub("", key)
    return _TRAILING_POSSESSIVE.sub("", key)


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One gold entity of a document: its type and its mentions' ``(start, end, key)``."""

    doc: str
    index: int
    type: str
    mentions: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class DocredGold:
    """Gold entities and facts (document, head index, tail index) of a set of documents."""

    entities: tuple[GoldEntity, ...]
    facts: tuple[tuple[str, int, int], ...]

    @property
    def documents(self) -> list[str]:
        """The documents the gold covers, sorted."""
        return sorted({e.doc for e in self.entities} | {f[0] for f in self.facts})


@dataclass(frozen=True, slots=True)
class DocredScore:
    """The six figures and the counts behind them."""

    named_found: int
    named: int
    values_found: int
    values: int
    found: int
    split: int
    wrong_merges: int
    facts_connected_count: int
    facts: int
    pairs_related: int
    pairs_joined: int

    @property
    def named_coverage(self) -> float:
        """Named entities found / named entities."""
        return _ratio(self.named_found, self.named)

    @property
    def value_coverage(self) -> float:
        """Value entities (TIME, NUM) found / value entities."""
        return _ratio(self.values_found, self.values)

    @property
    def split_share(self) -> float:
        """Found entities spread over several nodes / found entities."""
        return _ratio(self.split, self.found)

    @property
    def wrong_merge_share(self) -> float:
        """Nodes holding two gold entities of one document (per document) / found entities."""
        return _ratio(self.wrong_merges, self.found)

    @property
    def facts_connected(self) -> float:
        """Gold facts whose entities an edge of the same document joins / gold facts."""
        return _ratio(self.facts_connected_count, self.facts)

    @property
    def entity_edge_precision(self) -> float:
        """Joined pairs of gold entities that some gold fact relates / joined pairs."""
        return _ratio(self.pairs_related, self.pairs_joined)

    def lines(self) -> list[str]:
        """Return the figures as the lines ``kg eval docred`` prints."""
        return [
            f"named coverage        {self.named_coverage:.3f}  ({self.named_found}/{self.named} PER, ORG, LOC, MISC)",
            f"value coverage        {self.value_coverage:.3f}  ({self.values_found}/{self.values} TIME, NUM)",
            f"split share           {self.split_share:.3f}  "
            f"({self.split}/{self.found} found entities on several nodes)",
            f"wrong-merge share     {self.wrong_merge_share:.3f}  "
            f"({self.wrong_merges}/{self.found} nodes holding two gold entities of a document)",
            f"facts connected       {self.facts_connected:.3f}  ({self.facts_connected_count}/{self.facts} gold facts)",
            f"entity-edge precision {self.entity_edge_precision:.3f}  "
            f"({self.pairs_related}/{self.pairs_joined} joined entity pairs related by a gold fact)",
        ]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def parse_gold(records: Iterable[Mapping[str, Any]]) -> DocredGold:
    """Return the gold of Re-DocRED records (one per document, as in ``gold.jsonl``).

    Raises:
        InputError: a record lacks a field the scorer needs.
    """
    entities: list[GoldEntity] = []
    facts: list[tuple[str, int, int]] = []
    for record in records:
        try:
            doc = str(record["doc"])
            for index, entity in enumerate(record["entities"]):
                mentions = tuple((int(m["start"]), int(m["end"]), gold_key(str(m["text"]))) for m in entity["mentions"])
                entities.append(GoldEntity(doc, index, str(entity["type"]), mentions))
            facts.extend((doc, int(f["head"]), int(f["tail"])) for f in record.get("facts", ()))
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(f"not a Re-DocRED gold record ({type(error).__name__}: {error})") from error
    return DocredGold(tuple(entities), tuple(facts))


def read_gold(path: str | Path) -> DocredGold:
    """Read a Re-DocRED gold file (JSON lines, plain or ``.gz``).

    Raises:
        InputError: the file cannot be read or is not Re-DocRED gold.
    """
    return parse_gold(read_jsonl(path))


def _mentions_on_nodes(graph: nx.MultiDiGraph, gold: DocredGold) -> dict[GoldEntity, set[str]]:
    """Return, for every gold entity, the nodes its mentions lie on."""
    occurrences: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    wanted = set(gold.documents)
    for node, data in graph.nodes(data=True):
        for occurrence in data.get("occurrences", ()):
            if occurrence["doc_id"] in wanted:
                key = gold_key(str(occurrence.get("surface", "")))
                occurrences[occurrence["doc_id"]].append((occurrence["start"], occurrence["end"], key, str(node)))
    on: dict[GoldEntity, set[str]] = {}
    for entity in gold.entities:
        nodes = on[entity] = set()
        for start, end, key in entity.mentions:
            nodes.update(n for s, e, k, n in occurrences.get(entity.doc, ()) if s < end and start < e and k == key)
    return on


def score_graph(graph: nx.MultiDiGraph, gold: DocredGold) -> DocredScore:
    """Score GRAPH (node ``occurrences``, edge ``sentences`` with their ``doc_id``) against GOLD."""
    on = _mentions_on_nodes(graph, gold)
    held: dict[tuple[str, str], set[int]] = defaultdict(set)  # (document, node) -> gold entities on it
    for entity, nodes in on.items():
        for node in nodes:
            held[(entity.doc, node)].add(entity.index)
    found = [e for e, nodes in on.items() if nodes]
    joined: set[tuple[str, frozenset[int]]] = set()
    for source, target, data in graph.edges(data=True):
        for doc in {str(s["doc_id"]) for s in data.get("sentences", ())}:
            for a, b in product(held.get((doc, str(source)), ()), held.get((doc, str(target)), ())):
                if a != b:
                    joined.add((doc, frozenset((a, b))))
    related = {(doc, frozenset((head, tail))) for doc, head, tail in gold.facts}
    return DocredScore(
        named_found=sum(1 for e in found if e.type in NAMED_TYPES),
        named=sum(1 for e in gold.entities if e.type in NAMED_TYPES),
        values_found=sum(1 for e in found if e.type in VALUE_TYPES),
        values=sum(1 for e in gold.entities if e.type in VALUE_TYPES),
        found=len(found),
        split=sum(1 for e in found if len(on[e]) > 1),
        wrong_merges=sum(1 for entities in held.values() if len(entities) > 1),
        facts_connected_count=sum(
            1 for doc, head, tail in gold.facts if head != tail and (doc, frozenset((head, tail))) in joined
        ),
        facts=len(gold.facts),
        pairs_related=len(joined & related),
        pairs_joined=len(joined),
    )
