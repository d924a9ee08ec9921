"""Graph stage: triples -> networkx graph. Never imports spaCy.

Example:
    >>> build_graph([]).number_of_nodes()
    0
"""

from __future__ import annotations

from kg.graph.build import GraphStats, build_graph, edge_key, graph_stats, is_graph_argument
from kg.graph.entities import Entity, Mention, Merge, entity_key, group_mentions
from kg.graph.explain import find_entity
from kg.graph.normalize import display_form, mention_key
from kg.graph.report import headline, merge_records, quality_report

__all__ = [
    "Entity",
    "GraphStats",
    "Mention",
    "Merge",
    "build_graph",
    "display_form",
    "edge_key",
    "entity_key",
    "find_entity",
    "graph_stats",
    "group_mentions",
    "headline",
    "is_graph_argument",
    "mention_key",
    "merge_records",
    "quality_report",
]
