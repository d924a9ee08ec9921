from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from kg.export.iri import slug, unique_slugs
from kg.export.rdf import DEFAULT_BASE, ENTITY_CLASSES, asserted_edges, to_rdf
from kg.graph import build_graph
from kg.model import Argument, Relation, Triple
from kg.pipeline import BuildResult

# RFC 3987 IRI: no spaces, quotes, angle brackets, braces, pipes, backslash, carets or backticks, no controls.
_IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f-\x9f]")


def expected_triple_count(graph: nx.MultiDiGraph) -> int:
    """Count the RDF triples kg's mapping should give, from the networkx graph alone."""
    count = 0
    for _, data in graph.nodes(data=True):
        count += 3  # a kg:Entity, rdfs:label, kg:mentions
        count += sum(1 for alias in data["aliases"] if alias != data["label"])
        if data["type"]:
            count += 1 + (data["type"] in ENTITY_CLASSES)
    facts = asserted_edges(graph)
    count += 2 * len({lemma for _, _, lemma in facts}) + len(facts)
    return count


def test_rdf_seed_turtle_parses_with_rdflib_and_oxigraph(seed_result: BuildResult, seed_output: Path) -> None:
    path = seed_output / "graph.ttl"
    parsed = Graph().parse(path, format="turtle")
    assert len(parsed) == expected_triple_count(seed_result.graph)
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(parsed)


def test_rdf_seed_entities_labels_and_types(seed_result: BuildResult) -> None:
    rdf = to_rdf(seed_result.graph)
    iraq = URIRef(DEFAULT_BASE + "entity/iraq")
    assert str(rdf.value(iraq, RDFS.label)) == "Iraq"
    assert (iraq, RDF.type, ENTITY_CLASSES["GPE"]) in rdf
    properties = set(rdf.subjects(RDF.type, RDF.Property))
    assert properties and all(rdf.value(p, RDFS.label) is not None for p in properties)


def test_rdf_negated_fact_not_asserted() -> None:
    triple = Triple(
        "d",
        0,
        "Iraq did not sign the deal.",
        Argument("Iraq", 0, 4, "GPE"),
        Relation("did not sign", "sign", 5, 17),
        Argument("the deal", 18, 26),
        negated=True,
    )
    rdf = to_rdf(build_graph([triple]))
    assert not list(rdf.subjects(RDF.type, RDF.Property))
    assert (URIRef(DEFAULT_BASE + "entity/iraq"), None, URIRef(DEFAULT_BASE + "entity/deal")) not in rdf


HOSTILE = [
    'a "quoted" name',
    "<script>alert(1)</script>",
    "tab\tand\nnewline",
    "Ünïcödé 東京",
    "emoji 🚀 ok",
    "back\\slash {curly} |pipe| ^caret `tick`",
    "ctrl\x01char",
    "100% sure",
    "#hash?query&x=1",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_rdf_iris_valid_for_hostile_names(name: str) -> None:
    triple = Triple("d", 0, "s", Argument(name, 0, 1), Relation(name, name, 0, 1), Argument("Iraq", 0, 4))
    rdf = to_rdf(build_graph([triple]))
    iris = {str(term) for t in rdf for term in t if isinstance(term, URIRef)}
    assert iris
    for iri in iris:
        assert not _IRI_FORBIDDEN.search(iri), iri
    text = rdf.serialize(format="turtle")
    assert len(Graph().parse(data=text, format="turtle")) == len(rdf)
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(rdf)


def test_rdf_labels_keep_text_exactly() -> None:
    name = 'He said "hi" <b>'
    rdf = to_rdf(
        build_graph([Triple("d", 0, "s", Argument(name, 0, 1), Relation("met", "meet", 0, 1), Argument("Iraq", 0, 4))])
    )
    assert name in {str(o) for o in rdf.objects(None, RDFS.label)}
    assert not list(rdf.objects(None, SKOS.altLabel))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("united states", "united_states"), ("US-led coalition", "US-led_coalition"), ("東京", "東京")],
)
def test_iri_slug_readable_when_lossless(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_iri_slug_lossy_texts_stay_distinct() -> None:
    texts = ["a/b", "a?b", "a b", "a_b", "a\tb", "", "🚀", "🛸"]
    slugs = [slug(t) for t in texts]
    assert len(set(slugs)) == len(texts)
    assert all(_IRI_FORBIDDEN.search(s) is None and "%" not in s for s in slugs)
    assert len(set(unique_slugs(texts).values())) == len(texts)
