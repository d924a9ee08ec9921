from __future__ import annotations

import io
import itertools
import tracemalloc

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import OutputError
from kg.export.rdf import namespaces, rdf_triples, to_rdf
from kg.export.rdfstream import STREAMED_SYNTAXES, write_rdf
from kg.pipeline import BuildResult

RDFLIB_NAMES = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig"}


def _written(result: BuildResult, syntax: str) -> bytes:
    out = io.BytesIO()
    write_rdf(result.graph, out, syntax)
    return out.getvalue()


@pytest.mark.parametrize("syntax", sorted(STREAMED_SYNTAXES))
def test_rdfstream_same_rdf_as_to_rdf(seed_result: BuildResult, syntax: str) -> None:
    data = _written(seed_result, syntax)
    if syntax in {"nquads", "trig"}:
        dataset = Dataset().parse(data=data, format=RDFLIB_NAMES[syntax])
        parsed = Graph() + dataset.graph(URIRef(str(namespaces()["graph"])))
    else:
        parsed = Graph().parse(data=data, format=RDFLIB_NAMES[syntax])
    assert len(parsed) > 1000
    assert isomorphic(parsed, to_rdf(seed_result.graph))


def test_rdfstream_each_subject_once(seed_result: BuildResult) -> None:
    """rdf_triples keeps each subject's triples together, so Turtle writes one block per subject."""
    subjects = [s for s, _ in itertools.groupby(s for s, _, _ in rdf_triples(seed_result.graph))]
    assert len(subjects) == len(set(subjects))
    blocks = [
        line.split()[0] for line in _written(seed_result, "turtle").decode().splitlines() if line[:1] not in "\t@"
    ]
    assert len(blocks) == len(set(blocks)) == len(subjects)


def test_rdfstream_turtle_readable(seed_result: BuildResult) -> None:
    text = _written(seed_result, "turtle").decode()
    assert "\\/" not in text  # sentence IRIs are written whole, not as escaped prefixed names
    assert "@prefix ent: <https://example.org/kg/entity/>" in text
    assert 'ent:iraq a kg:Entity , schema:AdministrativeArea ;\n\trdfs:label "Iraq"@en ;' in text
    assert "kg:negated false ;" in text and "kg:confidence 0." in text


def test_rdfstream_holds_no_rdf_graph(seed_result: BuildResult) -> None:
    """Streaming Turtle needs a fraction of the memory of rdflib's graph of the same triples."""
    write_rdf(seed_result.graph, io.BytesIO(), "turtle")  # warm caches
    tracemalloc.start()
    write_rdf(seed_result.graph, io.BytesIO(), "turtle")
    streamed = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    to_rdf(seed_result.graph).serialize(format="turtle")
    whole = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert streamed < whole / 4


def test_rdfstream_other_syntaxes_refused(seed_result: BuildResult) -> None:
    with pytest.raises(OutputError, match="not written as a stream"):
        write_rdf(seed_result.graph, io.BytesIO(), "json-ld")
