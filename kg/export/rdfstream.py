"""Write kg's RDF as a stream: Turtle, N-Triples, N-Quads and TriG, triple by triple.

rdflib's serializers need the whole RDF graph in memory first (at 16 copies of the EWT
corpus, 800,000 triples and most of a build's peak memory) and its Turtle serializer took
4 s for the EWT graph. Here the triples of :func:`kg.export.rdf.plain_triples` go one at a
time to pyoxigraph's serializer (already kg's store), which writes each subject's triples
as one Turtle block with kg's prefixes. The RDF is the same as :func:`kg.export.rdf.to_rdf`.

Example:
    >>> import io
    >>> from kg.graph import build_graph
    >>> out = io.BytesIO()
    >>> write_rdf(build_graph([]), out, "ntriples")
    >>> out.getvalue()
    b''
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import IO

import networkx as nx
import pyoxigraph as ox

from kg.errors import OutputError
from kg.export.rdf import DEFAULT_BASE, Lit, PlainTriple, Term, namespaces, plain_triples, prefixes

__all__ = ["STREAMED_SYNTAXES", "write_rdf"]

#: kg format name -> pyoxigraph syntax, for the syntaxes written as a stream.
STREAMED_SYNTAXES: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
#: The streamed syntaxes that abbreviate IRIs with prefixes.
_PREFIXED = frozenset({"turtle", "trig"})
#: Prefixes left out of Turtle and TriG: sentence IRIs (``doc:x/sentence/3``) would need ``\\/``
#: escapes, which are valid but read badly; full IRIs are clearer.
_UNPREFIXED = frozenset({"doc"})


@lru_cache(maxsize=1 << 16)
def _named_node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _term(term: Term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Lit):
        if term.language:
            return ox.Literal(term.value, language=term.language)
        if term.datatype:
            return ox.Literal(term.value, datatype=_named_node(term.datatype))
        return ox.Literal(term.value)
    return _named_node(term)


def _triples(triples: Iterator[PlainTriple]) -> Iterator[ox.Triple]:
    for subject, predicate, obj in triples:
        yield ox.Triple(_named_node(subject), _named_node(predicate), _term(obj))


def _quads(triples: Iterator[PlainTriple], graph_name: ox.NamedNode) -> Iterator[ox.Quad]:
    for subject, predicate, obj in triples:
        yield ox.Quad(_named_node(subject), _named_node(predicate), _term(obj), graph_name)


def write_rdf(
    graph: nx.MultiDiGraph,
    out: IO[bytes],
    syntax: str,
    *,
    base: str = DEFAULT_BASE,
    provenance: bool = True,
) -> None:
    """Write GRAPH's RDF to the binary file OUT in SYNTAX (a key of :data:`STREAMED_SYNTAXES`).

    Quad syntaxes put every triple in one named graph, ``<base>graph``.

    Raises:
        OutputError: SYNTAX is not streamed.
    """
    if syntax not in STREAMED_SYNTAXES:
        raise OutputError(f"{syntax} is not written as a stream; streamed: {', '.join(STREAMED_SYNTAXES)}")
    rdf_format = STREAMED_SYNTAXES[syntax]
    triples = plain_triples(graph, base=base, provenance=provenance)
    stream: Iterator[ox.Triple] | Iterator[ox.Quad]
    if rdf_format.supports_datasets:
        stream = _quads(triples, ox.NamedNode(str(namespaces(base)["graph"])))
    else:
        stream = _triples(triples)
    if syntax in _PREFIXED:
        names = {prefix: iri for prefix, iri in prefixes(base).items() if prefix not in _UNPREFIXED}
        ox.serialize(stream, out, rdf_format, prefixes=names)
    else:
        ox.serialize(stream, out, rdf_format)
