from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx
import numpy as np
import pytest

from kg.export.graphml import _networkx_graphml, generate_graphml, to_graphml, write_graphml
from kg.pipeline import BuildResult

TRICKY = "Zoë said \"<b>&amp;</b>\" 'twice'\n\tthen\r\nleft — 東京 🙂 > done"
#: TRICKY read back from element text, where XML reads a line break as \n (attributes keep \r: &#13;)
TRICKY_TEXT = TRICKY.replace("\r\n", "\n")


def _tricky() -> nx.MultiDiGraph:
    """A graph with what GraphML must escape, in ids, attribute names and values, and kg's kinds of values."""
    graph = nx.MultiDiGraph(documents=2, name=TRICKY, ratio=0.25, ok=True)
    graph.add_node(
        TRICKY,
        label=TRICKY,
        kind="entity",
        type="",
        aliases=[TRICKY, "A & B", "<x>"],
        alias_counts={TRICKY: 2, "A & B": 1},
        mentions=3,
        occurrences=[{"doc_id": "d\n1", "start": 0, "end": 4, "surface": "Zoë", "link": None}],
        merges=[],
        ambiguous_with=(),
    )
    graph.add_node('q"uote', **{'odd name <&>"': "v", "label": 7})  # the same name, another type: another key
    graph.add_node("bare")  # no attributes at all
    graph.add_node("  spaced  ", label="  ")  # whitespace kept as is
    graph.add_edge(TRICKY, 'q"uote', key=TRICKY, relation=TRICKY, negated=False, confidence=0.1 + 0.2, support=1)
    graph.add_edge(TRICKY, 'q"uote', key="second", sentences=[{"sentence": TRICKY, "span": [1, 2]}])
    graph.add_edge("bare", "bare", key="self")  # an edge without attributes
    return graph


def _read(data: bytes) -> nx.MultiDiGraph:
    graph: nx.MultiDiGraph = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    return graph


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert a.graph == b.graph
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def _written(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return buffer.getvalue()


def test_graphml_tricky_graph_reads_back_as_networkx_writes_it() -> None:
    graph = _tricky()
    ours, theirs = _read(_written(graph)), _read(_networkx_graphml(graph).encode("utf-8"))
    _same(ours, theirs)
    node = ours.nodes[TRICKY]
    assert node["label"] == TRICKY_TEXT
    assert json.loads(node["aliases"]) == [TRICKY, "A & B", "<x>"]  # JSON writes \r as \\r
    assert json.loads(node["occurrences"])[0]["link"] is None
    assert node["type"] == "" and node["mentions"] == 3 and node["ambiguous_with"] == "[]"
    edge = ours.edges[TRICKY, 'q"uote', TRICKY]
    assert edge["relation"] == TRICKY_TEXT and edge["negated"] is False and edge["confidence"] == 0.1 + 0.2
    assert ours.nodes['q"uote'] == {'odd name <&>"': "v", "label": 7}
    assert ours.nodes["  spaced  "]["label"] == "  "


@pytest.mark.parametrize(
    "graph",
    [_tricky(), nx.MultiDiGraph(), nx.MultiDiGraph(documents=0), nx.MultiDiGraph([("a", "b")])],
    ids=["tricky", "empty", "graph-data-only", "no-data"],
)
def test_graphml_same_bytes_as_networkx(graph: nx.MultiDiGraph) -> None:
    assert _written(graph) == _networkx_graphml(graph).encode("utf-8")
    assert to_graphml(graph) == _networkx_graphml(graph)


def test_graphml_same_bytes_as_networkx_on_seeds(seed_result: BuildResult) -> None:
    assert _written(seed_result.graph) == _networkx_graphml(seed_result.graph).encode("utf-8")


@pytest.mark.parametrize("value", [np.float64(0.5), np.int64(3)])
def test_graphml_other_types_left_to_networkx(value: Any) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", weight=value)
    assert list(generate_graphml(graph)) == [_networkx_graphml(graph)]
    assert _read(_written(graph)).nodes["a"]["weight"] == value


def test_graphml_lone_surrogate_as_character_reference() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="x\udcff")
    assert b"x&#56575;" in _written(graph)
    assert _written(graph) == _networkx_graphml(graph).encode("utf-8")
