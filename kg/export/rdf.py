"""Convert a kg graph to RDF with rdflib: plain facts plus reified, provenanced statements.

- Entities: ``<base>entity/<slug>``, typed ``kg:Entity`` (and a schema.org class where the
  NER type maps, :data:`ENTITY_CLASSES`), with ``rdfs:label``, ``skos:altLabel`` for other
  names, ``kg:entityType`` and ``kg:mentions``.
- Relations: ``<base>relation/<slug>``, typed ``rdf:Property`` and ``kg:Relation``, labelled.
- Facts: one plain triple ``entity relation entity`` per non-negated edge. A negated fact is
  never asserted.
- Statements (RDF 1.1 reification): one ``kg:Statement`` per supporting sentence, with
  ``rdf:subject``/``rdf:predicate``/``rdf:object``, ``kg:confidence``, ``kg:negated``,
  ``kg:modality``, ``kg:attributedTo``, ``kg:relationText``, character offsets, and
  ``prov:wasDerivedFrom`` its ``kg:Sentence`` (``kg:text``, ``kg:sentenceIndex``,
  ``dcterms:isPartOf`` its ``kg:Document``).

Every IRI is minted by :mod:`kg.export.iri` and so is the same on every run.

Example:
    >>> from kg.graph import build_graph
    >>> len(to_rdf(build_graph([])))
    0
"""

from __future__ import annotations

import hashlib
from typing import Any

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from kg.export.iri import slug, unique_slugs

__all__ = [
    "DEFAULT_BASE",
    "ENTITY_CLASSES",
    "SCHEMA",
    "asserted_edges",
    "namespaces",
    "statement_count",
    "to_rdf",
]

#: Default base namespace: example.org is reserved for exactly this use (RFC 2606).
DEFAULT_BASE = "https://example.org/kg/"
SCHEMA = Namespace("https://schema.org/")

#: spaCy NER labels -> schema.org classes (labels not listed get only ``kg:Entity``).
ENTITY_CLASSES: dict[str, URIRef] = {
    "PERSON": SCHEMA.Person,
    "ORG": SCHEMA.Organization,
    "NORP": SCHEMA.Organization,
    "GPE": SCHEMA.AdministrativeArea,
    "LOC": SCHEMA.Place,
    "FAC": SCHEMA.Place,
    "EVENT": SCHEMA.Event,
    "PRODUCT": SCHEMA.Product,
    "WORK_OF_ART": SCHEMA.CreativeWork,
    "LAW": SCHEMA.Legislation,
    "LANGUAGE": SCHEMA.Language,
}


def namespaces(base: str = DEFAULT_BASE) -> dict[str, Namespace]:
    """Return kg's namespaces under BASE: ontology, entity, relation, statement, document, and
    the IRI of the named graph quad syntaxes put everything in (``graph``).

    Example:
        >>> str(namespaces("https://x.org/")["entity"]["iraq"])
        'https://x.org/entity/iraq'
    """
    if not base.endswith(("/", "#")):
        base += "/"
    return {
        "kg": Namespace(base + "ontology#"),
        "entity": Namespace(base + "entity/"),
        "relation": Namespace(base + "relation/"),
        "statement": Namespace(base + "statement/"),
        "document": Namespace(base + "document/"),
        "graph": Namespace(base + "graph"),
    }


def asserted_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """Return the (source, target, lemma) facts that RDF asserts: every non-negated edge.

    Example:
        >>> asserted_edges(nx.MultiDiGraph())
        []
    """
    return sorted({(s, t, d["lemma"]) for s, t, d in graph.edges(data=True) if not d.get("negated", False)})


def statement_count(graph: nx.MultiDiGraph) -> int:
    """Return how many ``kg:Statement`` resources :func:`to_rdf` writes: one per edge and sentence."""
    return sum(len(d.get("sentences", [])) for _, _, d in graph.edges(data=True))


def _add_entities(rdf: Graph, graph: nx.MultiDiGraph, ns: dict[str, Namespace]) -> dict[str, URIRef]:
    kg = ns["kg"]
    iris = {key: ns["entity"][value] for key, value in unique_slugs(str(n) for n in graph.nodes).items()}
    for key, data in graph.nodes(data=True):
        node = iris[str(key)]
        rdf.add((node, RDF.type, kg.Entity))
        label = str(data.get("label", key))
        rdf.add((node, RDFS.label, Literal(label, lang="en")))
        for alias in data.get("aliases", []):
            if alias != label:
                rdf.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        rdf.add((node, kg.mentions, Literal(int(data.get("mentions", 0)), datatype=XSD.integer)))
        entity_type = data.get("type") or ""
        if entity_type:
            rdf.add((node, kg.entityType, Literal(entity_type)))
            if entity_type in ENTITY_CLASSES:
                rdf.add((node, RDF.type, ENTITY_CLASSES[entity_type]))
    return iris


def _decimal(value: float) -> str:
    """Return VALUE as a canonical xsd:decimal (4 places, no trailing zeros), as stores rewrite it.

    Example:
        >>> _decimal(0.6030), _decimal(1), _decimal(0.12345)
        ('0.603', '1.0', '0.1235')
    """
    text = f"{value:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _statement_iri(ns: dict[str, Namespace], *parts: object) -> URIRef:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return ns["statement"][digest]


def _add_statement(
    rdf: Graph, ns: dict[str, Namespace], fact: tuple[URIRef, URIRef, URIRef], support: dict[str, Any]
) -> None:
    kg = ns["kg"]
    subject, predicate, obj = fact
    doc = ns["document"][slug(str(support["doc_id"]))]
    sentence = URIRef(f"{doc}/sentence/{int(support['sentence_index'])}")
    statement = _statement_iri(
        ns, subject, predicate, obj, support["doc_id"], support["sentence_index"], support.get("negated", False)
    )
    rdf.add((statement, RDF.type, kg.Statement))
    rdf.add((statement, RDF.subject, subject))
    rdf.add((statement, RDF.predicate, predicate))
    rdf.add((statement, RDF.object, obj))
    rdf.add((statement, kg.confidence, Literal(_decimal(float(support.get("confidence", 0))), datatype=XSD.decimal)))
    rdf.add((statement, kg.negated, Literal(bool(support.get("negated", False)))))
    if support.get("modality"):
        rdf.add((statement, kg.modality, Literal(str(support["modality"]))))
    if support.get("attribution"):
        rdf.add((statement, kg.attributedTo, Literal(str(support["attribution"]))))
    if support.get("relation_text"):
        rdf.add((statement, kg.relationText, Literal(str(support["relation_text"]))))
    for name, span in (("subject", "subject_span"), ("relation", "relation_span"), ("object", "object_span")):
        if support.get(span):
            start, end = support[span]
            rdf.add((statement, kg[f"{name}Start"], Literal(int(start), datatype=XSD.integer)))
            rdf.add((statement, kg[f"{name}End"], Literal(int(end), datatype=XSD.integer)))
    rdf.add((statement, PROV.wasDerivedFrom, sentence))
    rdf.add((sentence, RDF.type, kg.Sentence))
    rdf.add((sentence, kg.text, Literal(" ".join(str(support["sentence"]).split()))))
    rdf.add((sentence, kg.sentenceIndex, Literal(int(support["sentence_index"]), datatype=XSD.integer)))
    rdf.add((sentence, DCTERMS.isPartOf, doc))
    rdf.add((doc, RDF.type, kg.Document))
    rdf.add((doc, RDFS.label, Literal(str(support["doc_id"]))))


def to_rdf(graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE, provenance: bool = True) -> Graph:
    """Return GRAPH as an rdflib ``Graph`` under the namespace BASE.

    Args:
        graph: a graph from :func:`kg.graph.build_graph`.
        base: namespace for kg's ontology, entity, relation, statement and document IRIs.
        provenance: also write one reified ``kg:Statement`` per supporting sentence.
    """
    ns = namespaces(base)
    kg = ns["kg"]
    rdf = Graph()
    for prefix, namespace in (
        ("kg", kg),
        ("ent", ns["entity"]),
        ("rel", ns["relation"]),
        ("stmt", ns["statement"]),
        ("doc", ns["document"]),
        ("schema", SCHEMA),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
    ):
        rdf.bind(prefix, namespace)

    entity = _add_entities(rdf, graph, ns)
    lemmas = {str(d["lemma"]) for _, _, d in graph.edges(data=True)}
    relation = {lemma: ns["relation"][value] for lemma, value in unique_slugs(lemmas).items()}
    for lemma, prop in relation.items():
        rdf.add((prop, RDF.type, RDF.Property))
        rdf.add((prop, RDF.type, kg.Relation))
        rdf.add((prop, RDFS.label, Literal(lemma, lang="en")))
    for source, target, lemma in asserted_edges(graph):
        rdf.add((entity[str(source)], relation[lemma], entity[str(target)]))
    if provenance:
        for source, target, data in graph.edges(data=True):
            fact = (entity[str(source)], relation[str(data["lemma"])], entity[str(target)])
            for support in data.get("sentences", []):
                _add_statement(rdf, ns, fact, {**support, "negated": data.get("negated", False)})
    return rdf
