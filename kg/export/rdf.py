"""Convert a kg graph to RDF with rdflib.

Entities become ``<base>entity/<slug>`` IRIs typed ``kg:Entity`` (plus a schema.org
class where the NER type maps to one) with ``rdfs:label``, ``skos:altLabel`` for
other surface forms, ``kg:entityType`` and ``kg:mentions``. Relations become
``<base>relation/<slug>`` properties with an ``rdfs:label``. Each non-negated edge
is one plain triple; a negated fact is never asserted.

Example:
    >>> from kg.graph import build_graph
    >>> len(to_rdf(build_graph([])))
    0
"""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef

from kg.export.iri import unique_slugs

__all__ = ["DEFAULT_BASE", "ENTITY_CLASSES", "SCHEMA", "asserted_edges", "namespaces", "to_rdf"]

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


def namespaces(base: str = DEFAULT_BASE) -> tuple[Namespace, Namespace, Namespace]:
    """Return the (ontology, entity, relation) namespaces under BASE.

    Example:
        >>> str(namespaces("https://x.org/")[1]["iraq"])
        'https://x.org/entity/iraq'
    """
    if not base.endswith(("/", "#")):
        base += "/"
    return Namespace(base + "ontology#"), Namespace(base + "entity/"), Namespace(base + "relation/")


def asserted_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    """Return the (source, target, lemma) facts that RDF asserts: every non-negated edge.

    Example:
        >>> asserted_edges(nx.MultiDiGraph())
        []
    """
    return sorted({(s, t, d["lemma"]) for s, t, d in graph.edges(data=True) if not d.get("negated", False)})


def to_rdf(graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE) -> Graph:
    """Return GRAPH as an rdflib ``Graph`` under the namespace BASE.

    Args:
        graph: a graph from :func:`kg.graph.build_graph`.
        base: namespace for kg's ontology, entity and relation IRIs.
    """
    kg, entity_ns, relation_ns = namespaces(base)
    rdf = Graph()
    rdf.bind("kg", kg)
    rdf.bind("ent", entity_ns)
    rdf.bind("rel", relation_ns)
    rdf.bind("schema", SCHEMA)
    rdf.bind("skos", SKOS)

    node_slugs = unique_slugs(graph.nodes)
    for key, data in graph.nodes(data=True):
        node = entity_ns[node_slugs[key]]
        rdf.add((node, RDF.type, kg.Entity))
        label = data.get("label", key)
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

    facts = asserted_edges(graph)
    relation_slugs = unique_slugs(lemma for _, _, lemma in facts)
    for lemma, relation_slug in relation_slugs.items():
        prop = relation_ns[relation_slug]
        rdf.add((prop, RDF.type, RDF.Property))
        rdf.add((prop, RDFS.label, Literal(lemma, lang="en")))
    for source, target, lemma in facts:
        rdf.add((entity_ns[node_slugs[source]], relation_ns[relation_slugs[lemma]], entity_ns[node_slugs[target]]))
    return rdf
