"""Graph formats for other graph tools: node-link JSON, GEXF (both via networkx) and GraphML
(:mod:`kg.export.graphml`).

Example:
    >>> from kg.graph import build_graph
    >>> to_node_link(build_graph([]))["directed"]
    True
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.export.graphml import json_scalar, to_graphml

__all__ = ["from_node_link", "read_json", "to_gexf", "to_graphml", "to_json", "to_node_link"]


def to_node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Return GRAPH as networkx node-link data (``nodes``, ``edges``, ``graph``)."""
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    return data


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Rebuild a graph from :func:`to_node_link` data.

    Example:
        >>> from kg.graph import build_graph
        >>> from_node_link(to_node_link(build_graph([]))).number_of_nodes()
        0
    """
    graph: nx.MultiDiGraph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph kg wrote as node-link JSON.

    Raises:
        InputError: the file is missing, not JSON, or not a node-link graph.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return from_node_link(data)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (run kg build first, or give --graph)") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, nx.NetworkXError) as error:
        raise InputError(f"{path}: not a graph kg wrote ({error})") from None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def to_json(graph: nx.MultiDiGraph) -> str:
    """Return GRAPH as node-link JSON with sorted keys, one node or edge per line (deterministic).

    Each record is encoded by json's C encoder, which ``indent`` would turn off (3x slower).

    Example:
        >>> print(to_json(nx.MultiDiGraph([("a", "b")])), end="")
        {"directed": true,
        "edges": [
        {"key": 0, "source": "a", "target": "b"}
        ],
        "graph": {},
        "multigraph": true,
        "nodes": [
        {"id": "a"},
        {"id": "b"}
        ]}
    """
    data = to_node_link(graph)
    fields = []
    for name, value in sorted(data.items()):
        if isinstance(value, list) and value:
            records = ",\n".join(_dumps(record) for record in value)
            fields.append(f"{_dumps(name)}: [\n{records}\n]")
        else:
            fields.append(f"{_dumps(name)}: {_dumps(value)}")
    return "{" + ",\n".join(fields) + "}\n"


#: What a GEXF file keeps of each node and edge (scalars only: GEXF has no list type that Gephi reads).
_GEXF_NODE = ("type", "mentions")
_GEXF_EDGE = ("relation", "lemma", "negated", "confidence", "support")


def to_gexf(graph: nx.MultiDiGraph) -> bytes:
    """Return GRAPH as GEXF 1.2 for Gephi: nodes with their label, ``type``, ``mentions`` and
    ``aliases`` (a JSON list); edges labelled by their key, weighted by their support, with
    ``relation``, ``lemma``, ``negated``, ``confidence`` and ``support``. The sentences stay in
    GraphML and JSON. No modification date is written, so the same graph gives the same bytes.

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("us", label="US", type="GPE", aliases=["US"], mentions=2)
        >>> g.add_node("iraq", label="Iraq", type="GPE", aliases=[], mentions=1)
        >>> g.add_edge("us", "iraq", key="leave", lemma="leave", relation="left", negated=False,
        ...            confidence=0.5, support=3)
        'leave'
        >>> back = nx.read_gexf(io.BytesIO(to_gexf(g)))
        >>> back.nodes["us"]["type"], back.edges["us", "iraq"]["label"], back.edges["us", "iraq"]["weight"]
        ('GPE', 'leave', 3.0)
    """
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        attributes = {k: data[k] if k != "type" else str(data[k] or "") for k in _GEXF_NODE if k in data}
        aliases = json_scalar(sorted(str(a) for a in data.get("aliases", [])))
        flat.add_node(str(node), label=str(data.get("label", node)), aliases=aliases, **attributes)
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: tuple(map(str, e[:3]))):
        attributes = {k: data[k] for k in _GEXF_EDGE if k in data}
        support = float(data.get("support", 1))
        flat.add_edge(
            str(source),
            str(target),
            key=str(key),
            id=f"{source}|{target}|{key}",
            label=str(key),
            weight=support,
            **attributes,
        )
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, encoding="utf-8", version="1.2draft")
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1)
