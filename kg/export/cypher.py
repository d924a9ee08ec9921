"""Write a kg graph as an openCypher script: one ``CREATE`` per node, one ``MATCH ... CREATE`` per
relationship, one statement a line, each ending in ``;``.

Standard openCypher, free of parameters and of any one database's extensions: labels,
relationship types and keys in backticks (a backtick doubled), strings in single quotes with
``\\`` and ``'`` escaped (whitespace is collapsed, so no other escape is needed), lists in
brackets. Neo4j (cypher-shell), Memgraph (mgconsole) and FalkorDB run it as it is; Kùzu needs
its node and relationship tables declared first (kg's README shows how).

Example:
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("us", label="US", type="GPE", aliases=["US"], mentions=1)
    >>> g.add_node("it", label="Iraq's north", type="LOC", aliases=[], mentions=1)
    >>> g.add_edge("us", "it", key="leave", lemma="leave", relation="left", confidence=0.5, support=1,
    ...            sentences=[{"doc_id": "d", "sentence": "US left Iraq's north."}])
    'leave'
    >>> print(to_cypher(g), end="")
    // kg graph: 2 nodes, 1 relationships (openCypher; labels are entity types, relationship types relation lemmas)
    CREATE (:`LOC` {id: 'it', label: 'Iraq\\'s north', aliases: [], mentions: 1});
    CREATE (:`GPE` {id: 'us', label: 'US', aliases: ['US'], mentions: 1});
    MATCH (a:`GPE` {id: 'us'}), (b:`LOC` {id: 'it'}) CREATE (a)-[:`leave` {relation: 'left', negated: false, ...}]->(b);
"""

from __future__ import annotations

import io
import math
from typing import IO

import networkx as nx

from kg.export.propertygraph import Value, property_nodes, property_relationships

__all__ = ["cypher_name", "cypher_value", "to_cypher", "write_cypher"]


def cypher_name(name: str) -> str:
    """Return NAME as a quoted openCypher name (label, relationship type or key).

    Example:
        >>> cypher_name("withdraw from"), cypher_name("a`b")
        ('`withdraw from`', '`a``b`')
    """
    return "`" + name.replace("`", "``") + "`"


def cypher_value(value: Value) -> str:
    """Return VALUE as an openCypher literal.

    Example:
        >>> cypher_value("it's a \\\\ path"), cypher_value(True), cypher_value(["a", "b"]), cypher_value(1e-05)
        ("'it\\\\'s a \\\\\\\\ path'", 'true', "['a', 'b']", '1e-05')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, list):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    return "'" + " ".join(value.split()).replace("\\", "\\\\").replace("'", "\\'") + "'"


def _properties(values: dict[str, Value]) -> str:
    return "{" + ", ".join(f"{key}: {cypher_value(value)}" for key, value in values.items()) + "}"


def write_cypher(graph: nx.MultiDiGraph, out: IO[bytes]) -> None:
    """Write GRAPH to OUT as the openCypher script (UTF-8), node by node, then relationship by relationship."""
    nodes = list(property_nodes(graph))
    label_of = {node.id: node.label for node in nodes}
    out.write(
        f"// kg graph: {len(nodes)} nodes, {graph.number_of_edges()} relationships "
        "(openCypher; labels are entity types, relationship types relation lemmas)\n".encode()
    )
    for node in nodes:
        props = _properties({"id": node.id, **node.properties})
        out.write(f"CREATE (:{cypher_name(node.label)} {props});\n".encode())
    for rel in property_relationships(graph):
        start = f"(a:{cypher_name(label_of[rel.start])} {{id: {cypher_value(rel.start)}}})"
        end = f"(b:{cypher_name(label_of[rel.end])} {{id: {cypher_value(rel.end)}}})"
        created = f"(a)-[:{cypher_name(rel.type)} {_properties(rel.properties)}]->(b)"
        out.write(f"MATCH {start}, {end} CREATE {created};\n".encode())


def to_cypher(graph: nx.MultiDiGraph) -> str:
    """Return GRAPH as the openCypher script of :func:`write_cypher`."""
    buffer = io.BytesIO()
    write_cypher(graph, buffer)
    return buffer.getvalue().decode("utf-8")
