"""Choose the part of a graph a diagram shows: one entity's neighbourhood, well-supported
relations, the most connected nodes, and a sentence saying what was left out.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("us", label="US", aliases=["United States"])
    >>> g.add_edge("us", "iraq", key="leave", support=2)
    'leave'
    >>> g.add_edge("iraq", "iran", key="border", support=1)
    'border'
    >>> view = select(g, focus="united states", hops=1)
    >>> sorted(view.graph.nodes), view.description
    (['iraq', 'us'], 'entities within 1 hop of US')
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from kg.errors import InputError
from kg.graph.explain import find_entity

__all__ = ["View", "find_entity", "most_connected", "select", "shown_type"]


@dataclass(frozen=True, slots=True)
class View:
    """A part of a graph to draw, what it was cut from, and how it was chosen."""

    graph: nx.MultiDiGraph
    total_nodes: int  # the nodes a diagram could show: values only where a fact names them
    total_edges: int
    description: str  # how the part was chosen ("" for the whole graph)

    @property
    def truncated(self) -> bool:
        """Tell whether something of the whole graph is not shown."""
        shown: tuple[int, int] = (self.graph.number_of_nodes(), self.graph.number_of_edges())
        return shown[0] < self.total_nodes or shown[1] < self.total_edges

    def _repr_png_(self) -> bytes:
        """Jupyter shows a view as its diagram."""
        from kg.export.draw import render_png

        return render_png(self)

    def _repr_html_(self) -> str:
        """Jupyter shows a view as the interactive page (in a sandboxed iframe)."""
        from kg.export.html import to_iframe

        return to_iframe(self)


def shown_type(data: dict[str, object]) -> str:
    """The type a diagram shows for a node: ``value`` for a value (a date, an amount), else its NER type.

    Example:
        >>> shown_type({"kind": "value", "type": "DATE"}), shown_type({"kind": "entity", "type": "GPE"})
        ('value', 'GPE')
    """
    return "value" if data.get("kind") == "value" else str(data.get("type") or "")


def _mentions(data: dict[str, object]) -> int:
    """How often a node is mentioned, for ranking; a value's count is not kept in RDF, so 0."""
    count = data.get("mentions", 0)
    return 0 if data.get("kind") == "value" or not isinstance(count, int) else count


def most_connected(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """Return the subgraph of the LIMIT nodes with most support-weighted edges.

    Ties go to named entities before values and phrases, then to more mentions, then to the
    node key, so the choice is deterministic.

    Example:
        >>> g = nx.MultiDiGraph([("a", "b"), ("a", "c")])
        >>> sorted(most_connected(g, 2).nodes)
        ['a', 'b']
    """
    if graph.number_of_nodes() <= limit:
        return graph
    weight: dict[str, float] = defaultdict(float)
    for source, target, data in graph.edges(data=True):
        support = float(data.get("support", 1))
        weight[source] += support
        weight[target] += support
    ranked = sorted(
        graph.nodes,
        key=lambda n: (
            -weight[n],
            graph.nodes[n].get("kind", "entity") != "entity",
            -_mentions(graph.nodes[n]),
            n,
        ),
    )
    sub: nx.MultiDiGraph = graph.subgraph(ranked[:limit]).copy()
    sub.remove_nodes_from([n for n in list(sub.nodes) if sub.degree(n) == 0])
    return sub


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    hops: int = 1,
    top: int | None = None,
    min_support: int = 1,
) -> View:
    """Return the VIEW of GRAPH to draw.

    Args:
        focus: keep only this entity (label, alias or key) and what lies within HOPS of it.
        hops: radius of the focus neighbourhood, in edges of either direction.
        top: keep at most this many nodes, the most connected ones.
        min_support: drop relations stated by fewer sentences (and the nodes left alone).

    Raises:
        InputError: FOCUS names no entity, or HOPS, TOP or MIN_SUPPORT is out of range.
    """
    if hops < 0 or (top is not None and top < 1) or min_support < 1:
        raise InputError("--hops must be 0 or more, --top and --min-support 1 or more")
    said: list[str] = []
    part = graph
    if min_support > 1:
        part = nx.MultiDiGraph(graph.graph)
        part.add_nodes_from(sorted(graph.nodes(data=True)))
        part.add_edges_from(
            (s, t, k, d)
            for s, t, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])
            if int(d.get("support", 1)) >= min_support
        )
        part.remove_nodes_from([n for n in list(part.nodes) if part.degree(n) == 0])
        said.append(f"relations stated at least {min_support} times")
    if focus is not None:
        centre = find_entity(graph, focus)
        if centre not in part:
            part = graph.subgraph([centre]).copy()
        else:
            part = nx.ego_graph(part, centre, radius=hops, undirected=True)
        label = graph.nodes[centre].get("label", centre)
        said.insert(0, f"entities within {hops} hop{'s' if hops != 1 else ''} of {label}")
    unstated = [n for n in part.nodes if part.degree(n) == 0 and part.nodes[n].get("kind", "entity") != "entity"]
    if unstated and (focus is None or len(part) > 1):  # values and phrases are shown where they carry a fact
        part = part.subgraph([n for n in part.nodes if n not in set(unstated)]).copy()
    if top is not None and part.number_of_nodes() > top:
        part = most_connected(part, top)
        said.append(f"the {part.number_of_nodes()} most connected")
    shown = sum(1 for n, kind in graph.nodes(data="kind") if kind != "value" or graph.degree(n))
    return View(part, shown, graph.number_of_edges(), ", ".join(said))
