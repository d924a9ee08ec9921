"""Graph stage: triples -> networkx graph. Never imports spaCy.

Example:
    >>> build_graph([]).number_of_nodes()
    0
"""

from __future__ import annotations

from kg.graph.build import GraphStats, build_graph, edge_key, graph_stats, is_graph_argument
from kg.graph.normalize import display_form, mention_key

__all__ = [
    "GraphStats",
    "build_graph",
    "display_form",
    "edge_key",
    "graph_stats",
    "is_graph_argument",
    "mention_key",
]
