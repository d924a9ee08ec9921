"""The property-graph view of a kg graph, shared by the Cypher and CSV exports.

One node per entity, labelled by its type (``GPE``, ``PERSON``, ``DATE`` ...; :data:`UNTYPED`
when it has none), with the properties of :data:`NODE_PROPERTIES`; one relationship per edge,
typed by its relation lemma (``withdraw from``: a negated fact keeps its lemma and has
``negated`` true; ``asserted`` is true for the facts RDF asserts: not negated, and stated by a
sentence without a hedge, :func:`kg.modality.stated`), with the properties of
:data:`RELATIONSHIP_PROPERTIES`. Strings have their
whitespace collapsed to single spaces, as RDF's sentence texts do, so that a line of a script
or of a CSV file never breaks.

Example:
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("us", label="US", type="GPE", aliases=["US", "the US"], mentions=2)
    >>> g.add_node("deal", label="deal", type="", aliases=["a deal"], mentions=1)
    >>> g.add_edge("us", "deal", key="not sign", lemma="sign", relation="did not sign", negated=True,
    ...            confidence=0.8, support=1, sentences=[{"doc_id": "d", "sentence": "The US did not\\nsign."}])
    'not sign'
    >>> [(n.id, n.label, n.properties["aliases"]) for n in property_nodes(g)]
    [('deal', 'Entity', ['a deal']), ('us', 'GPE', ['US', 'the US'])]
    >>> r = next(property_relationships(g))
    >>> r.type, r.properties["negated"], r.properties["asserted"], r.properties["sentences"]
    ('sign', True, False, ['The US did not sign.'])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.modality import stated

__all__ = [
    "NODE_PROPERTIES",
    "RELATIONSHIP_PROPERTIES",
    "UNTYPED",
    "PropertyNode",
    "PropertyRelationship",
    "node_label",
    "property_nodes",
    "property_relationships",
]

#: The label of a node without an entity type.
UNTYPED = "Entity"
#: Node properties beside ``id`` (the node's key in the kg graph): name -> type (neo4j-admin's names).
NODE_PROPERTIES: dict[str, str] = {"label": "string", "aliases": "string[]", "mentions": "int"}
#: Relationship properties: name -> type. ``sentences`` and ``documents`` are parallel lists:
#: each supporting sentence and the document it is in.
RELATIONSHIP_PROPERTIES: dict[str, str] = {
    "relation": "string",
    "negated": "boolean",
    "asserted": "boolean",
    "confidence": "float",
    "support": "int",
    "sentences": "string[]",
    "documents": "string[]",
}
Value = str | int | float | bool | list[str]


@dataclass(frozen=True, slots=True)
class PropertyNode:
    """A node: its id, its one label and its properties (those of :data:`NODE_PROPERTIES`)."""

    id: str
    label: str
    properties: dict[str, Value]


@dataclass(frozen=True, slots=True)
class PropertyRelationship:
    """A relationship between two node ids, its type and its properties (:data:`RELATIONSHIP_PROPERTIES`)."""

    start: str
    end: str
    type: str
    properties: dict[str, Value]


def _text(value: Any) -> str:
    return " ".join(str(value).split())


def node_label(entity_type: object) -> str:
    """Return the node label of an entity type (:data:`UNTYPED` for none).

    Example:
        >>> node_label("GPE"), node_label(""), node_label(None)
        ('GPE', 'Entity', 'Entity')
    """
    return _text(entity_type) if entity_type else UNTYPED


def property_nodes(graph: nx.MultiDiGraph) -> Iterator[PropertyNode]:
    """Yield GRAPH's nodes as property-graph nodes, sorted by id."""
    for key in sorted(graph.nodes, key=str):
        data = graph.nodes[key]
        label = _text(data.get("label", key))
        yield PropertyNode(
            id=str(key),
            label=node_label(data.get("type")),
            properties={
                "label": label,
                "aliases": sorted({_text(a) for a in data.get("aliases", [])}),
                "mentions": int(data.get("mentions", 0)),
            },
        )


def property_relationships(graph: nx.MultiDiGraph) -> Iterator[PropertyRelationship]:
    """Yield GRAPH's edges as relationships, sorted by (start, end, edge key)."""
    for source, target, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: tuple(map(str, e[:3]))):
        sentences = list(data.get("sentences", []))
        yield PropertyRelationship(
            start=str(source),
            end=str(target),
            type=_text(data.get("lemma", key)),
            properties={
                "relation": _text(data.get("relation", key)),
                "negated": bool(data.get("negated", False)),
                "asserted": not data.get("negated", False) and stated(sentences),
                "confidence": float(data.get("confidence", 0.0)),
                "support": int(data.get("support", len(sentences))),
                "sentences": [_text(s.get("sentence", "")) for s in sentences],
                "documents": [_text(s.get("doc_id", "")) for s in sentences],
            },
        )
