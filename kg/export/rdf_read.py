"""Read the RDF kg writes back into a kg graph (a networkx ``MultiDiGraph``).

The inverse of :mod:`kg.export.rdf`, as far as the RDF holds the graph:

- a node per ``kg:Entity``: ``label`` (``rdfs:label``), ``aliases`` (the label and every
  ``skos:altLabel``), ``type`` (``kg:entityType``), ``mentions``; its id is the key kg minted
  the entity's IRI from, found again by checking candidate keys against the IRI's slug
  (the IRI's own slug when none fits); ``occurrences``, ``alias_counts`` and ``merges`` are
  not in RDF and come back empty;
- an edge per (subject, relation, object, negation) of the ``kg:Statement`` resources, keyed
  like :func:`kg.graph.build.edge_key`, so negated facts come back; ``sentences`` (document,
  index, text, relation text, offsets, confidence, modality, attribution), ``support``,
  ``confidence`` (the highest), ``relation`` (the commonest relation text), ``surfaces``,
  ``lemma``, ``negated``; a fact asserted without any statement gets ``support`` 0;
- a literal is a value node of its document (kind ``value``, id ``<key>@<document>`` as kg
  mints it), typed ``DATE`` when it is an ``xsd:gYear`` or ``xsd:date``, ``CARDINAL`` when an
  ``xsd:integer``; an IRI that is no ``kg:Entity`` becomes a node named by its value.

The base IRI is read from the data (the namespace of ``kg:Entity``), so any ``--base`` works.

Example:
    >>> from kg.model import Argument, Relation, Triple
    >>> from kg.graph import build_graph
    >>> from kg.export import export
    >>> t = Triple("d", 0, "The US did not leave Iraq.", Argument("The US", 0, 6, "GPE"),
    ...            Relation("did not leave", "leave", 7, 20), Argument("Iraq", 21, 25, "GPE"), negated=True)
    >>> graph = graph_from_rdf(export(build_graph([t]), "turtle"), "turtle")
    >>> sorted(graph.edges(keys=True)), graph.nodes["us"]["label"]
    ([('us', 'iraq', 'not leave')], 'US')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph

from kg.errors import InputError
from kg.export.formats import format_for_path
from kg.export.iri import slug
from kg.graph.entities import TYPE_GROUPS, entity_key
from kg.graph.normalize import mention_key

__all__ = ["RDF_SYNTAXES", "graph_from_rdf", "read_rdf"]

#: kg format name -> the pyoxigraph syntax that reads it.
RDF_SYNTAXES: dict[str, pyoxigraph.RdfFormat] = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "rdfxml": pyoxigraph.RdfFormat.RDF_XML,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
}

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = _RDF + "type", _RDF + "subject", _RDF + "predicate", _RDF + "object"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: Literal datatypes and the value types kg writes them for (:func:`kg.export.rdf.value_literal`).
_VALUE_TYPES = {_XSD + "gYear": "DATE", _XSD + "date": "DATE", _XSD + "integer": "CARDINAL"}
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_PART_OF = "http://purl.org/dc/terms/isPartOf"
_GROUPS = sorted({*TYPE_GROUPS.values(), "untyped"})

Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple


class _Data:
    """The triples of one RDF graph, by subject and predicate, and the subjects of each type."""

    def __init__(self, quads: Iterable[pyoxigraph.Quad]) -> None:
        self.values: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        self.typed: dict[str, list[str]] = defaultdict(list)
        for quad in quads:
            subject = _key(quad.subject)
            predicate = quad.predicate.value
            if predicate == _TYPE and isinstance(quad.object, pyoxigraph.NamedNode):
                self.typed[quad.object.value].append(subject)
            self.values[subject][predicate].append(quad.object)

    def first(self, subject: str, predicate: str) -> Term | None:
        found = self.values.get(subject, {}).get(predicate)
        return found[0] if found else None

    def text(self, subject: str, predicate: str, default: str = "") -> str:
        term = self.first(subject, predicate)
        return _key(term) if term is not None else default

    def all_text(self, subject: str, predicate: str) -> list[str]:
        return [_key(t) for t in self.values.get(subject, {}).get(predicate, [])]


def _key(term: object) -> str:
    """An IRI or a literal's lexical form (a blank node: ``_:id``)."""
    if isinstance(term, pyoxigraph.NamedNode | pyoxigraph.Literal):
        return str(term.value)
    return str(term)


def _ontology(data: _Data) -> str:
    """Return the ``kg:`` namespace the data uses (``<base>ontology#``)."""
    for type_iri in sorted(data.typed):
        for name in ("Entity", "Statement"):
            if type_iri.endswith("ontology#" + name):
                return type_iri[: -len(name)]
    raise InputError("no kg:Entity or kg:Statement in it: not RDF kg wrote")


def _node_id(iri: str, entity_ns: str, names: list[str], used: set[str], documents: list[str]) -> str:
    """Return the key kg minted IRI from: a candidate whose slug is the IRI's, else the slug.
    A phrase's key names its document (``place@review-12.txt``): DOCUMENTS are tried."""
    if not iri.startswith(entity_ns):
        return iri
    tail = iri[len(entity_ns) :]
    candidates = []
    for key in dict.fromkeys(k for name in names for k in (entity_key(name), mention_key(name))):
        candidates += [key, *(f"{key}#{group}" for group in _GROUPS), *(f"{key}@{doc}" for doc in documents)]
    for candidate in [*candidates, tail.replace("_", " ")]:
        if candidate not in used and slug(candidate) == tail:
            return candidate
    return tail


def _support(data: _Data, kg: str, statement: str, negated: bool) -> dict[str, Any]:
    sentence = data.text(statement, _DERIVED_FROM)
    document = data.text(sentence, _PART_OF)
    spans = {}
    for name in ("subject", "relation", "object"):
        start, end = data.text(statement, f"{kg}{name}Start"), data.text(statement, f"{kg}{name}End")
        spans[f"{name}_span"] = [int(start), int(end)] if start and end else None
    return {
        "doc_id": data.text(document, _LABEL, document),
        "sentence_index": int(data.text(sentence, kg + "sentenceIndex", "0")),
        "sentence": data.text(sentence, kg + "text"),
        "relation_text": data.text(statement, kg + "relationText"),
        **spans,
        "arguments": [],
        "confidence": float(data.text(statement, kg + "confidence", "0")),
        "negated": negated,
        "modality": data.text(statement, kg + "modality") or None,
        "attribution": data.text(statement, kg + "attributedTo") or None,
    }


def _entities(data: _Data, kg: str, graph: nx.MultiDiGraph) -> dict[str, str]:
    """Add a node per kg:Entity to GRAPH; return IRI -> node id."""
    entity_ns = kg[: -len("ontology#")] + "entity/"
    ids: dict[str, str] = {}
    documents = sorted(data.text(d, _LABEL) for d in set(data.typed[kg + "Document"]))
    for iri in sorted(set(data.typed[kg + "Entity"])):
        label = data.text(iri, _LABEL, iri)
        aliases = sorted({label, *data.all_text(iri, _ALT_LABEL), *data.all_text(iri, kg + "describedAs")})
        phrase = data.text(iri, kg + "kind") == "phrase"
        node = _node_id(iri, entity_ns, [label, *aliases], set(ids.values()), documents if phrase else [])
        ids[iri] = node
        graph.add_node(
            node,
            label=label,
            kind=data.text(iri, kg + "kind", "entity"),
            type=data.text(iri, kg + "entityType"),
            aliases=aliases,
            alias_counts={},
            mentions=int(data.text(iri, kg + "mentions", "0")),
            occurrences=[],
            merges=[],
        )
    return ids


def _edge_key(source: str, target: str, lemma: str, negated: bool) -> tuple[str, str, str]:
    """(source, target, key) as :func:`kg.graph.build.edge_key` keys an edge."""
    return source, target, f"not {lemma}" if negated else lemma


def graph_from_rdf(data: bytes | str | Path, syntax: str = "turtle") -> nx.MultiDiGraph:
    """Return the kg graph that the RDF DATA (bytes, or a file path) in SYNTAX describes.

    SYNTAX is a kg format name (:data:`RDF_SYNTAXES`).

    Raises:
        InputError: the data does not parse, or holds no kg entities or statements.
    """
    rdf_format = RDF_SYNTAXES[syntax]
    try:
        quads = (
            pyoxigraph.parse(path=str(data), format=rdf_format)
            if isinstance(data, Path)
            else pyoxigraph.parse(data, format=rdf_format)
        )
        parsed = _Data(quads)
    except SyntaxError as error:
        raise InputError(f"cannot be parsed as {syntax}: {' '.join(str(error).split())[:200]}") from None
    kg = _ontology(parsed)
    graph = nx.MultiDiGraph(
        documents=len(set(parsed.typed[kg + "Document"])), sentences=len(set(parsed.typed[kg + "Sentence"]))
    )
    ids = _entities(parsed, kg, graph)
    lemmas = {iri: parsed.text(iri, _LABEL, iri.rsplit("/", 1)[-1]) for iri in set(parsed.typed[kg + "Relation"])}

    def node_of(term: Term | None, doc_id: str) -> str:
        value = _key(term)
        if isinstance(term, pyoxigraph.Literal):  # a value: a node of its own document
            node = f"{entity_key(value)}@{doc_id}"
            if node not in graph:
                entity_type = _VALUE_TYPES.get(term.datatype.value, "")
                graph.add_node(
                    node,
                    label=value,
                    kind="value",
                    type=entity_type,
                    aliases=[value],
                    mentions=0,
                    occurrences=[],
                    merges=[],
                )
            return node
        if value not in ids:
            ids[value] = value
            graph.add_node(value, label=value, type="", aliases=[value], mentions=0, occurrences=[], merges=[])
        return ids[value]

    edges: dict[tuple[str, str, str, bool], list[dict[str, Any]]] = defaultdict(list)
    stated: dict[tuple[str, str, str], str] = {}  # (subject, relation, literal) -> its value node
    for statement in sorted(set(parsed.typed[kg + "Statement"])):
        predicate = parsed.text(statement, _PREDICATE)
        negated = parsed.text(statement, kg + "negated") == "true"
        support = _support(parsed, kg, statement, negated)
        source = node_of(parsed.first(statement, _SUBJECT), support["doc_id"])
        target = node_of(parsed.first(statement, _OBJECT), support["doc_id"])
        stated[(source, predicate, _key(parsed.first(statement, _OBJECT)))] = target
        lemma = lemmas.get(predicate, predicate.rsplit("/", 1)[-1])
        edges[(source, target, lemma, negated)].append(support)
    for subject, values in parsed.values.items():  # facts asserted without a statement (no provenance)
        for predicate in values.keys() & lemmas.keys():
            for obj in values[predicate]:
                source = ids.get(subject, subject)
                target = stated.get((source, predicate, _key(obj))) or node_of(obj, "")
                edges.setdefault((source, target, lemmas[predicate], False), [])
    for (source, target, lemma, negated), found in sorted(edges.items(), key=lambda item: _edge_key(*item[0])):
        supports = sorted(found, key=lambda s: (s["doc_id"], s["sentence_index"]))
        surfaces = dict(sorted(Counter(s["relation_text"] for s in supports if s["relation_text"]).items()))
        relation = min(surfaces.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0] if surfaces else lemma
        graph.add_edge(
            source,
            target,
            key=_edge_key(source, target, lemma, negated)[2],
            relation=relation,
            surfaces=surfaces,
            lemma=lemma,
            negated=negated,
            confidence=max((s["confidence"] for s in supports), default=0.0),
            support=len(supports),
            sentences=supports,
        )
    return graph


def read_rdf(path: str | Path) -> nx.MultiDiGraph:
    """Read a kg graph from an RDF file kg wrote; its syntax comes from its extension.

    Raises:
        InputError: the file is missing, not an RDF syntax kg reads, or not kg's RDF.
    """
    source = Path(path)
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    syntax = format_for_path(source).name
    if syntax not in RDF_SYNTAXES:
        raise InputError(f"{source}: {syntax} is not an RDF syntax")
    try:
        return graph_from_rdf(source, syntax)
    except InputError as error:
        raise InputError(f"{source}: {error}") from None
