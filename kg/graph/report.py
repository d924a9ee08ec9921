"""Quality figures of a graph: what a user checks first about entity merging.

Example:
    >>> from kg.graph import build_graph
    >>> quality_report(build_graph([]))["pronoun_nodes"]
    0
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg.graph.entities import type_group
from kg.graph.normalize import PRONOUN_LABELS

__all__ = ["PRONOUN_LABELS", "headline", "merge_records", "possible_duplicates", "quality_report"]


def merge_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return one record per (entity, alias, rule): why each surface form is part of its entity."""
    records = []
    for node, data in sorted(graph.nodes(data=True)):
        for merge in data.get("merges", []):
            records.append({"entity": node, "label": data.get("label", node), **merge})
    return records


def _same_group(nodes: dict[str, dict[str, Any]], a: str, b: str) -> bool:
    """Tell whether entities A and B have types that may name one thing (:func:`type_group`)."""
    first, second = type_group(nodes[a].get("type")), type_group(nodes[b].get("type"))
    return not first or not second or first == second


def possible_duplicates(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return the entities of GRAPH that may be one thing kept apart, each with the reason.

    - ``types``: one name split by incompatible types (``jordan#person``, ``jordan#place-or-org``);
    - ``ambiguous``: a short form (acronym, surname) that fits several entities and joined none;
    - ``suffix``: a name of two words or more that ends another of the same type group
      (``polish chemist jan kowal`` and ``jan kowal``; ``us department of defense`` and
      ``department of defense``): a descriptor NER took into a name, or one thing named in full
      and in part. A bare word (``army`` in ``mahdi army``) is not a candidate.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("jan kowal", label="Jan Kowal", kind="entity")
        >>> g.add_node("polish chemist jan kowal", label="Polish chemist Jan Kowal", kind="entity")
        >>> [(d["entities"], d["reason"]) for d in possible_duplicates(g)]
        [(['polish chemist jan kowal', 'jan kowal'], 'suffix')]
    """
    nodes = {str(n): d for n, d in graph.nodes(data=True) if d.get("kind", "entity") == "entity"}
    found: list[dict[str, Any]] = []

    def add(entities: list[str], reason: str) -> None:
        labels = [str(nodes[e].get("label", e)) if e in nodes else e for e in entities]
        found.append({"entities": entities, "labels": labels, "reason": reason})

    by_key: dict[str, list[str]] = {}
    for node in sorted(nodes):
        by_key.setdefault(node.split("#", 1)[0], []).append(node)
    for group in by_key.values():
        if len(group) > 1:
            add(group, "types")
    ambiguous = set()
    for node, data in sorted(nodes.items()):
        if data.get("ambiguous_with"):
            add([node, *map(str, data["ambiguous_with"])], "ambiguous")
            ambiguous.add(node)
    for key in sorted(by_key):
        words = key.split()
        for cut in range(1, len(words) - 1):
            shorter = " ".join(words[cut:])
            if (
                shorter in by_key
                and by_key[shorter][0] not in ambiguous
                and _same_group(nodes, by_key[key][0], by_key[shorter][0])
            ):
                add([by_key[key][0], by_key[shorter][0]], "suffix")
                break
    return found


def quality_report(graph: nx.MultiDiGraph, *, top: int = 5) -> dict[str, Any]:
    """Return the headline figures of GRAPH's entities and relations.

    ``duplicates`` counts the entities that may be one thing kept apart, and
    ``possible_duplicates`` lists them with the reason (:func:`possible_duplicates`).
    """
    nodes = list(graph.nodes(data=True))
    pronoun_nodes = sorted(str(d.get("label", n)) for n, d in nodes if str(d.get("label", n)).lower() in PRONOUN_LABELS)
    candidates = possible_duplicates(graph)
    rules = Counter(m["rule"] for _, d in nodes for m in d.get("merges", []))
    largest = sorted(nodes, key=lambda nd: (-len(nd[1].get("aliases", [])), str(nd[0])))[:top]
    unresolved = int(graph.graph.get("unresolved_mentions", 0))
    return {
        "entities": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "relation_labels": len({k for _, _, k in graph.edges(keys=True)}),
        "pronoun_nodes": len(pronoun_nodes),
        "pronoun_node_labels": pronoun_nodes,
        "singletons": sum(1 for _, d in nodes if d.get("mentions", 0) == 1),
        "duplicates": len(candidates),
        "possible_duplicates": candidates,
        "unresolved_mentions_dropped": unresolved,
        "merges_by_rule": dict(sorted(rules.items())),
        "largest_alias_sets": [
            {"entity": str(n), "label": d.get("label", n), "aliases": d.get("aliases", [])} for n, d in largest
        ],
    }


def headline(report: dict[str, Any]) -> str:
    """Return the report as the one line ``kg build`` prints.

    Example:
        >>> headline({"entities": 2, "relations": 1, "relation_labels": 1, "pronoun_nodes": 0, "singletons": 1,
        ...           "duplicates": 0, "largest_alias_sets": [{"label": "US", "aliases": ["US", "the US"]}]})
        'entities 2, relations 1, relation labels 1, pronoun nodes 0, ...; largest alias sets: US (2)'
    """
    largest = ", ".join(f"{item['label']} ({len(item['aliases'])})" for item in report["largest_alias_sets"][:3])
    return (
        f"entities {report['entities']}, relations {report['relations']}, relation labels "
        f"{report['relation_labels']}, pronoun nodes {report['pronoun_nodes']}, singletons {report['singletons']}, "
        f"duplicates {report['duplicates']}; largest alias sets: {largest}"
    )
