"""Write a kg graph as two CSV files for bulk import into a property-graph database.

The files follow neo4j-admin's import format: a nodes file with the header
``id:ID,:LABEL,label,aliases:string[],mentions:int`` and a relationships file with
``:START_ID,:END_ID,:TYPE,relation,negated:boolean,asserted:boolean,confidence:float,support:int,sentences:string[],documents:string[]``
(:mod:`kg.export.propertygraph` says what each holds). Fields are quoted as RFC 4180 says; list
elements are separated by :data:`ARRAY_DELIMITER`, the ASCII unit separator, which no text kg
keeps can contain (``neo4j-admin database import full --array-delimiter="\\037"``).

``kg export GRAPH --out g.csv`` writes ``g.nodes.csv`` and ``g.relationships.csv``
(:func:`csv_paths`).

Example:
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("us", label="US", type="GPE", aliases=["US", "the US"], mentions=2)
    >>> g.add_node("iraq", label="Iraq", type="GPE", aliases=["Iraq"], mentions=1)
    >>> g.add_edge("us", "iraq", key="leave", lemma="leave", relation="left", confidence=0.5, support=1,
    ...            sentences=[{"doc_id": "d", "sentence": "US left Iraq, at last."}])
    'leave'
    >>> nodes, relationships = io.BytesIO(), io.BytesIO()
    >>> write_csv(g, {"nodes": nodes, "relationships": relationships})
    >>> print(nodes.getvalue().decode().replace(ARRAY_DELIMITER, "|"), end="")
    id:ID,:LABEL,label,aliases:string[],mentions:int
    iraq,GPE,Iraq,Iraq,1
    us,GPE,US,US|the US,2
    >>> print(relationships.getvalue().decode(), end="")
    :START_ID,:END_ID,:TYPE,relation,negated:boolean,asserted:boolean,confidence:float,support:int,sentences:string[],documents:string[]
    us,iraq,leave,left,false,true,0.5,1,"US left Iraq, at last.",d
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import networkx as nx

from kg.export.propertygraph import (
    NODE_PROPERTIES,
    RELATIONSHIP_PROPERTIES,
    Value,
    property_nodes,
    property_relationships,
)

__all__ = ["ARRAY_DELIMITER", "CSV_PARTS", "csv_paths", "write_csv"]

#: Between the elements of a list field (U+001F, the unit separator).
ARRAY_DELIMITER = "\x1f"
#: The files of a CSV export, by part name.
CSV_PARTS = ("nodes", "relationships")


def csv_paths(path: str | Path) -> dict[str, Path]:
    """Return the files a CSV export named PATH is written to: ``NAME.nodes.csv`` and ``NAME.relationships.csv``.

    Example:
        >>> {part: str(p) for part, p in csv_paths("out/g.csv").items()}
        {'nodes': 'out/g.nodes.csv', 'relationships': 'out/g.relationships.csv'}
        >>> str(csv_paths("out/g.nodes.csv")["relationships"])
        'out/g.relationships.csv'
    """
    target = Path(path)
    stem = target.name.removesuffix(target.suffix)
    for part in CSV_PARTS:
        stem = stem.removesuffix(f".{part}")
    return {part: target.with_name(f"{stem}.{part}{target.suffix or '.csv'}") for part in CSV_PARTS}


def _field(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(value)
    return str(value)


def _header(properties: Mapping[str, str]) -> list[str]:
    return [name if kind == "string" else f"{name}:{kind}" for name, kind in properties.items()]


def write_csv(graph: nx.MultiDiGraph, parts: Mapping[str, IO[bytes]]) -> None:
    """Write GRAPH's nodes to ``parts["nodes"]`` and its relationships to ``parts["relationships"]`` (UTF-8)."""
    nodes = io.TextIOWrapper(parts["nodes"], encoding="utf-8", newline="", write_through=True)
    rows = csv.writer(nodes, lineterminator="\n")
    rows.writerow(["id:ID", ":LABEL", *_header(NODE_PROPERTIES)])
    for node in property_nodes(graph):
        rows.writerow([node.id, node.label, *(_field(node.properties[name]) for name in NODE_PROPERTIES)])
    nodes.detach()
    relationships = io.TextIOWrapper(parts["relationships"], encoding="utf-8", newline="", write_through=True)
    rows = csv.writer(relationships, lineterminator="\n")
    rows.writerow([":START_ID", ":END_ID", ":TYPE", *_header(RELATIONSHIP_PROPERTIES)])
    for rel in property_relationships(graph):
        rows.writerow(
            [rel.start, rel.end, rel.type, *(_field(rel.properties[name]) for name in RELATIONSHIP_PROPERTIES)]
        )
    relationships.detach()
