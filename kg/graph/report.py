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

from kg.graph.normalize import PRONOUN_LABELS

__all__ = ["PRONOUN_LABELS", "headline", "merge_records", "quality_report"]


def merge_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Return one record per (entity, alias, rule): why each surface form is part of its entity."""
    records = []
    for node, data in sorted(graph.nodes(data=True)):
        for merge in data.get("merges", []):
            records.append({"entity": node, "label": data.get("label", node), **merge})
    return records


def quality_report(graph: nx.MultiDiGraph, *, top: int = 5) -> dict[str, Any]:
    """Return the headline figures of GRAPH's entities and relations.

    ``duplicates`` counts entities that may be one thing kept apart: a name split by
    incompatible types, or an acronym that matched several entities and merged with none.
    """
    nodes = list(graph.nodes(data=True))
    pronoun_nodes = sorted(str(d.get("label", n)) for n, d in nodes if str(d.get("label", n)).lower() in PRONOUN_LABELS)
    split_keys = Counter(str(n).split("#", 1)[0] for n, _ in nodes)
    duplicates = sum(count - 1 for count in split_keys.values() if count > 1)
    duplicates += sum(1 for _, d in nodes if d.get("ambiguous_with"))
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
        "duplicates": duplicates,
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
