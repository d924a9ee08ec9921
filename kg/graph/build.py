"""Merge triples into a networkx ``MultiDiGraph``: a node per entity, an edge per fact.

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> t = Triple("d", 0, "The US left Iraq.", Argument("The US", 0, 6, "GPE"),
    ...            Relation("left", "leave", 7, 11), Argument("Iraq", 12, 16, "GPE"))
    >>> g = build_graph([t])
    >>> sorted(g.nodes), g.nodes["us"]["label"], list(g.edges(keys=True))
    (['iraq', 'us'], 'US', [('us', 'iraq', 'leave')])
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.graph.normalize import display_form, mention_key
from kg.model import Argument, Triple

__all__ = ["GraphStats", "build_graph", "edge_key", "graph_stats", "is_graph_argument"]


@dataclass(slots=True)
class _NodeAcc:
    surfaces: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    mentions: int = 0


@dataclass(slots=True)
class _EdgeAcc:
    surfaces: Counter[str] = field(default_factory=Counter)
    lemma: str = ""
    negated: bool = False
    confidence: float = 0.0
    sentences: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GraphStats:
    """Headline counts of a build.

    Example:
        >>> GraphStats(1, 2, 3, 4, 5).line()
        '1 documents, 2 sentences, 3 triples, 4 entities, 5 relations'
    """

    documents: int
    sentences: int
    triples: int
    entities: int
    relations: int

    def line(self) -> str:
        """Return the one-line summary the CLI prints."""
        return (
            f"{self.documents} documents, {self.sentences} sentences, {self.triples} triples, "
            f"{self.entities} entities, {self.relations} relations"
        )


def is_graph_argument(argument: Argument | None) -> bool:
    """Tell whether ARGUMENT can be a node: a phrase, not a clause, pronoun or empty key.

    Example:
        >>> is_graph_argument(Argument("it", 0, 2, pronoun=True))
        False
    """
    return (
        argument is not None and argument.kind == "phrase" and not argument.pronoun and bool(mention_key(argument.text))
    )


def edge_key(triple: Triple) -> str:
    """Return the key of TRIPLE's edge: its relation lemma, ``not `` prefixed when negated.

    Example:
        >>> from kg.model import Relation
        >>> edge_key(Triple("d", 0, "", Argument("a", 0, 1), Relation("did not sign", "sign", 2, 14),
        ...                 negated=True))
        'not sign'
    """
    return f"not {triple.relation.lemma}" if triple.negated else triple.relation.lemma


def _most_common(counter: Counter[str]) -> str:
    """Return the most frequent item, ties broken by the longer then alphabetical form."""
    return min(counter.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]


def build_graph(
    triples: Iterable[Triple], *, documents: int | None = None, sentences: int | None = None
) -> nx.MultiDiGraph:
    """Merge TRIPLES into a graph whose nodes are keyed by :func:`mention_key`.

    Args:
        triples: extractions, in any order.
        documents: how many documents were read (stored as a graph attribute).
        sentences: how many sentences were read (default: those that gave triples).

    Returns:
        A ``MultiDiGraph``; nodes have ``label``, ``type``, ``aliases``, ``mentions``;
        edges (keyed by :func:`edge_key`) have ``relation``, ``lemma``, ``negated``,
        ``confidence``, ``support`` and ``sentences`` (dicts with ``doc_id``,
        ``sentence_index``, ``sentence``, ``arguments``).
    """
    nodes: dict[str, _NodeAcc] = {}
    edges: dict[tuple[str, str, str], _EdgeAcc] = {}
    doc_ids: set[str] = set()
    seen_sentences: set[tuple[str, int]] = set()
    n_triples = 0
    for triple in triples:
        n_triples += 1
        doc_ids.add(triple.doc_id)
        seen_sentences.add((triple.doc_id, triple.sentence_index))
        if not (is_graph_argument(triple.subject) and is_graph_argument(triple.object)):
            continue
        assert triple.object is not None
        ends = []
        for argument in (triple.subject, triple.object):
            key = mention_key(argument.text)
            acc = nodes.setdefault(key, _NodeAcc())
            acc.surfaces[display_form(argument.text)] += 1
            acc.mentions += 1
            if argument.entity_type:
                acc.types[argument.entity_type] += 1
            ends.append(key)
        if ends[0] == ends[1]:
            continue
        edge = edges.setdefault((ends[0], ends[1], edge_key(triple)), _EdgeAcc())
        edge.surfaces[triple.relation.text] += 1
        edge.lemma = triple.relation.lemma
        edge.negated = triple.negated
        edge.confidence = max(edge.confidence, triple.confidence)
        edge.sentences.setdefault(
            (triple.doc_id, triple.sentence_index),
            {
                "doc_id": triple.doc_id,
                "sentence_index": triple.sentence_index,
                "sentence": triple.sentence,
                "arguments": [a.phrase for a in triple.extras],
            },
        )

    graph = nx.MultiDiGraph(
        documents=documents if documents is not None else len(doc_ids),
        sentences=sentences if sentences is not None else len(seen_sentences),
        triples=n_triples,
    )
    for key in sorted(nodes):
        acc = nodes[key]
        graph.add_node(
            key,
            label=_most_common(acc.surfaces),
            type=_most_common(acc.types) if acc.types else "",
            aliases=sorted(acc.surfaces),
            mentions=acc.mentions,
        )
    for source, target, key in sorted(edges):
        acc_e = edges[(source, target, key)]
        graph.add_edge(
            source,
            target,
            key=key,
            relation=_most_common(acc_e.surfaces),
            lemma=acc_e.lemma,
            negated=acc_e.negated,
            confidence=acc_e.confidence,
            support=len(acc_e.sentences),
            sentences=[acc_e.sentences[k] for k in sorted(acc_e.sentences)],
        )
    return graph


def graph_stats(graph: nx.MultiDiGraph) -> GraphStats:
    """Return the headline counts stored on and in GRAPH.

    Example:
        >>> graph_stats(build_graph([], documents=2)).line()
        '2 documents, 0 sentences, 0 triples, 0 entities, 0 relations'
    """
    return GraphStats(
        documents=int(graph.graph.get("documents", 0)),
        sentences=int(graph.graph.get("sentences", 0)),
        triples=int(graph.graph.get("triples", 0)),
        entities=graph.number_of_nodes(),
        relations=graph.number_of_edges(),
    )
