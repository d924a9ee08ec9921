"""Convert a kg graph to RDF with rdflib: plain facts plus reified, provenanced statements.

- Entities: ``<base>entity/<slug>``, typed ``kg:Entity`` (and a schema.org class where the
  NER type maps, :data:`ENTITY_CLASSES`), with ``rdfs:label``, ``skos:altLabel`` for other
  names, ``kg:describedAs`` for the common nouns that took a named one up (``the company``),
  ``kg:entityType``, ``kg:mentions`` and ``kg:kind`` (``entity`` for a named thing,
  ``phrase`` for a common noun phrase of one document).
- Relations: ``<base>relation/<slug>``, typed ``rdf:Property`` and ``kg:Relation``, labelled.
- Values (dates, amounts, numbers: nodes of kind ``value``) are literals, typed where their
  form says so (``1998`` -> ``xsd:gYear``, ``42`` -> ``xsd:integer``, :func:`value_literal`).
- Facts: one plain triple ``entity relation entity`` (or ``entity relation literal``) per
  edge some sentence states plainly. A negated fact is never asserted, nor one every sentence
  hedges (``may``), questions (``whether``) or only intends (``aims to``): those have their
  statements only, with ``kg:modality``.
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
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.export.iri import slug, unique_slugs
from kg.modality import stated

__all__ = [
    "DEFAULT_BASE",
    "ENTITY_CLASSES",
    "SCHEMA",
    "Lit",
    "asserted_edges",
    "check_base",
    "namespaces",
    "plain_triples",
    "prefixes",
    "rdf_triples",
    "statement_count",
    "to_rdf",
    "value_literal",
]

#: Default base namespace: example.org is reserved for exactly this use (RFC 2606).
DEFAULT_BASE = "https://example.org/kg/"
SCHEMA = Namespace("https://schema.org/")
RdfTriple = tuple[Node, Node, Node]

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


#: An absolute IRI's scheme (RFC 3987), and the characters no IRI holds (as rdflib checks them).
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_IRIS = frozenset('<>" {}|\\^`')


def check_base(base: str) -> str:
    """Return BASE if it is an absolute IRI that kg's namespaces can be made under.

    Raises:
        InputError: BASE has no scheme or holds a character no IRI may (a space, ``<``).

    Example:
        >>> check_base("https://x.org/kg/")
        'https://x.org/kg/'
    """
    if not _SCHEME.match(base) or any(c in _NOT_IN_IRIS or ord(c) < 32 for c in base):
        raise InputError(f"the base {base!r} is not an absolute IRI such as {DEFAULT_BASE}")
    return base


def namespaces(base: str = DEFAULT_BASE) -> dict[str, Namespace]:
    """Return kg's namespaces under BASE: ontology, entity, relation, statement, document, and
    the IRI of the named graph quad syntaxes put everything in (``graph``).

    Example:
        >>> str(namespaces("https://x.org/")["entity"]["iraq"])
        'https://x.org/entity/iraq'
    """
    if not check_base(base).endswith(("/", "#")):
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
    """Return the (source, target, lemma) facts that RDF asserts: every edge that is not negated,
    that some sentence states without a hedge (:func:`kg.modality.asserts`: not ``may``,
    ``whether``, ``aim to``...) and whose source is not a value (a literal is never a subject).

    Example:
        >>> g = nx.MultiDiGraph()
        >>> g.add_edge("aspirin", "stroke", key="prevent", lemma="prevent", sentences=[{"modality": "whether"}])
        'prevent'
        >>> asserted_edges(g)
        []
    """
    values = {n for n, kind in graph.nodes(data="kind") if kind == "value"}
    return sorted(
        {
            (s, t, d["lemma"])
            for s, t, d in graph.edges(data=True)
            if not d.get("negated", False) and s not in values and stated(d.get("sentences") or ())
        }
    )


def statement_count(graph: nx.MultiDiGraph) -> int:
    """Return how many ``kg:Statement`` resources :func:`to_rdf` writes: one per edge and sentence."""
    return sum(len(d.get("sentences", [])) for _, _, d in graph.edges(data=True))


def _decimal(value: float) -> str:
    """Return VALUE as a canonical xsd:decimal (4 places, no trailing zeros), as stores rewrite it.

    Example:
        >>> _decimal(0.6030), _decimal(1), _decimal(0.12345)
        ('0.603', '1.0', '0.1235')
    """
    text = f"{value:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


class Lit(NamedTuple):
    """A literal as kg writes it: its lexical form and a language tag or a datatype IRI.

    Example:
        >>> Lit("3", datatype=str(XSD.integer)).datatype
        'http://www.w3.org/2001/XMLSchema#integer'
    """

    value: str
    language: str | None = None
    datatype: str | None = None


#: An RDF term as :func:`plain_triples` yields it: an IRI (a ``str``) or a :class:`Lit`.
Term = str | Lit
PlainTriple = tuple[str, str, Term]

_TYPE, _LABEL, _ALT_LABEL = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_SUBJECT, _PREDICATE, _OBJECT, _PROPERTY = str(RDF.subject), str(RDF.predicate), str(RDF.object), str(RDF.Property)
_DERIVED_FROM, _PART_OF = str(PROV.wasDerivedFrom), str(DCTERMS.isPartOf)
_INTEGER, _DECIMAL, _BOOLEAN = str(XSD.integer), str(XSD.decimal), str(XSD.boolean)
_GYEAR, _DATE = str(XSD.gYear), str(XSD.date)
_CLASSES = {label: str(iri) for label, iri in ENTITY_CLASSES.items()}


def _integer(value: Any) -> Lit:
    return Lit(str(int(value)), datatype=_INTEGER)


_YEAR = re.compile(r"^[12]\d{3}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DIGITS = re.compile(r"^\d{1,15}$")


def value_literal(label: str, entity_type: str = "") -> Lit:
    """Return the literal a value node stands for: typed when its form is unambiguous.

    Example:
        >>> value_literal("1998", "DATE").datatype, value_literal("two", "CARDINAL")
        ('http://www.w3.org/2001/XMLSchema#gYear', Lit(value='two', language=None, datatype=None))
    """
    if entity_type in {"DATE", ""} and _YEAR.match(label):
        return Lit(label, datatype=_GYEAR)
    if entity_type in {"DATE", ""} and _ISO_DATE.match(label):
        return Lit(label, datatype=_DATE)
    if entity_type in {"CARDINAL", "QUANTITY", ""} and _DIGITS.match(label):
        return Lit(str(int(label)), datatype=_INTEGER)
    return Lit(label)


def _statement_iri(ns: dict[str, str], *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]
    return ns["statement"] + digest


_SPANS = {"subject_span": "subject", "relation_span": "relation", "object_span": "object"}


def _entity_triples(
    node: str, key: str, data: dict[str, Any], facts: list[tuple[str, Term]], kg: str
) -> Iterator[PlainTriple]:
    yield node, _TYPE, kg + "Entity"
    entity_type = data.get("type") or ""
    if entity_type in _CLASSES:
        yield node, _TYPE, _CLASSES[entity_type]
    label = str(data.get("label", key))
    yield node, _LABEL, Lit(label, language="en")
    named = any(c.isupper() for c in label)
    for alias in data.get("aliases", []):
        if alias != label:  # a common noun that took the name up ("the company") describes it, names nothing
            described = named and not any(c.isupper() or c.isdigit() for c in alias)
            yield node, kg + "describedAs" if described else _ALT_LABEL, Lit(alias, language="en")
    yield node, kg + "mentions", _integer(data.get("mentions", 0))
    yield node, kg + "kind", Lit(str(data.get("kind") or "entity"))
    if entity_type:
        yield node, kg + "entityType", Lit(entity_type)
    for predicate, obj in facts:
        yield node, predicate, obj


def _statement_triples(
    ns: dict[str, str], fact: tuple[Term, str, Term], support: dict[str, Any], negated: bool
) -> Iterator[PlainTriple]:
    kg = ns["kg"]
    subject, predicate, obj = fact
    statement = _statement_iri(ns, subject, predicate, obj, support["doc_id"], support["sentence_index"], negated)
    yield statement, _TYPE, kg + "Statement"
    yield statement, _SUBJECT, subject
    yield statement, _PREDICATE, predicate
    yield statement, _OBJECT, obj
    yield statement, kg + "confidence", Lit(_decimal(float(support.get("confidence", 0))), datatype=_DECIMAL)
    yield statement, kg + "negated", Lit("true" if negated else "false", datatype=_BOOLEAN)
    if support.get("modality"):
        yield statement, kg + "modality", Lit(str(support["modality"]))
    if support.get("attribution"):
        yield statement, kg + "attributedTo", Lit(str(support["attribution"]))
    if support.get("relation_text"):
        yield statement, kg + "relationText", Lit(str(support["relation_text"]))
    for span, name in _SPANS.items():
        if support.get(span):
            start, end = support[span]
            yield statement, kg + name + "Start", _integer(start)
            yield statement, kg + name + "End", _integer(end)
    yield statement, _DERIVED_FROM, _sentence_iri(ns, support)


def _document_iri(ns: dict[str, str], doc_id: object) -> str:
    return ns["document"] + slug(str(doc_id))


def _sentence_iri(ns: dict[str, str], support: dict[str, Any]) -> str:
    return f"{_document_iri(ns, support['doc_id'])}/sentence/{int(support['sentence_index'])}"


def _sentence_triples(ns: dict[str, str], support: dict[str, Any]) -> Iterator[PlainTriple]:
    kg = ns["kg"]
    sentence = _sentence_iri(ns, support)
    yield sentence, _TYPE, kg + "Sentence"
    yield sentence, kg + "text", Lit(" ".join(str(support["sentence"]).split()))
    yield sentence, kg + "sentenceIndex", _integer(support["sentence_index"])
    yield sentence, _PART_OF, _document_iri(ns, support["doc_id"])


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Return the prefixes kg's RDF is written with: prefix -> namespace IRI.

    Example:
        >>> prefixes("https://x.org/")["ent"]
        'https://x.org/entity/'
    """
    ns = namespaces(base)
    names: dict[str, object] = {"kg": ns["kg"], "ent": ns["entity"], "rel": ns["relation"], "stmt": ns["statement"]}
    names.update({"doc": ns["document"], "schema": SCHEMA, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS})
    names.update({"rdf": RDF, "rdfs": RDFS, "xsd": XSD})
    return {prefix: str(namespace) for prefix, namespace in names.items()}


def plain_triples(
    graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE, provenance: bool = True
) -> Iterator[PlainTriple]:
    """Yield GRAPH's RDF triples one at a time, each subject's triples together, in the same
    order on every run: entities (with the facts they are the subject of), relations, then one
    statement per edge and supporting sentence, each followed by its sentence and document the
    first time they are named. Nothing but the graph itself is held, so writers can stream.

    Terms are plain values, IRIs as ``str`` and literals as :class:`Lit`, so that each writer
    makes its own library's terms from them once (:func:`rdf_triples` for rdflib's).

    Args:
        graph: a graph from :func:`kg.graph.build_graph`.
        base: namespace for kg's ontology, entity, relation, statement and document IRIs.
        provenance: also yield one reified ``kg:Statement`` per supporting sentence.

    Example:
        >>> from kg.graph import build_graph
        >>> list(plain_triples(build_graph([])))
        []
    """
    ns = {name: str(namespace) for name, namespace in namespaces(base).items()}
    kg = ns["kg"]
    values = {
        str(n): value_literal(str(d.get("label", n)), str(d.get("type") or ""))
        for n, d in graph.nodes(data=True)
        if d.get("kind") == "value"
    }
    entity = {
        key: ns["entity"] + value for key, value in unique_slugs(str(n) for n in graph.nodes if n not in values).items()
    }
    term: dict[str, Term] = {**entity, **values}
    lemmas = {str(d["lemma"]) for _, _, d in graph.edges(data=True)}
    relation = {lemma: ns["relation"] + value for lemma, value in unique_slugs(lemmas).items()}
    facts: dict[str, list[tuple[str, Term]]] = {}
    for source, target, lemma in asserted_edges(graph):
        facts.setdefault(str(source), []).append((relation[lemma], term[str(target)]))
    for key, data in graph.nodes(data=True):
        if str(key) in entity:
            yield from _entity_triples(entity[str(key)], str(key), data, facts.get(str(key), []), kg)
    for lemma, prop in sorted(relation.items()):
        yield prop, _TYPE, _PROPERTY
        yield prop, _TYPE, kg + "Relation"
        yield prop, _LABEL, Lit(lemma, language="en")
    if not provenance:
        return
    sentences: set[tuple[str, int]] = set()
    documents: set[str] = set()
    for source, target, data in graph.edges(data=True):
        fact = (term[str(source)], relation[str(data["lemma"])], term[str(target)])
        for support in data.get("sentences", []):
            yield from _statement_triples(ns, fact, support, bool(data.get("negated", False)))
            doc_id = str(support["doc_id"])
            if (doc_id, int(support["sentence_index"])) not in sentences:
                sentences.add((doc_id, int(support["sentence_index"])))
                yield from _sentence_triples(ns, support)
            if doc_id not in documents:
                documents.add(doc_id)
                doc = _document_iri(ns, doc_id)
                yield doc, _TYPE, kg + "Document"
                yield doc, _LABEL, Lit(doc_id)


def _rdflib_term(term: Term) -> Node:
    if isinstance(term, Lit):
        return Literal(term.value, lang=term.language, datatype=URIRef(term.datatype) if term.datatype else None)
    return URIRef(term)


def rdf_triples(graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE, provenance: bool = True) -> Iterator[RdfTriple]:
    """Yield the triples of :func:`plain_triples` as rdflib terms, in the same order.

    Example:
        >>> from kg.graph import build_graph
        >>> list(rdf_triples(build_graph([])))
        []
    """
    for subject, predicate, obj in plain_triples(graph, base=base, provenance=provenance):
        yield URIRef(subject), URIRef(predicate), _rdflib_term(obj)


def to_rdf(graph: nx.MultiDiGraph, *, base: str = DEFAULT_BASE, provenance: bool = True) -> Graph:
    """Return GRAPH as an rdflib ``Graph`` under the namespace BASE (the triples of
    :func:`rdf_triples`, with kg's prefixes bound). For big graphs, stream instead:
    :func:`kg.export.rdfstream.write_rdf` never holds the RDF in memory.
    """
    rdf = Graph()
    for prefix, namespace in prefixes(base).items():
        rdf.bind(prefix, namespace)
    for triple in rdf_triples(graph, base=base, provenance=provenance):
        rdf.add(triple)
    return rdf
