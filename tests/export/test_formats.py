from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import OutputError
from kg.export import FORMATS, export, from_node_link, get_format, to_rdf, write
from kg.export.rdf import namespaces
from kg.pipeline import BuildResult
from tests.conftest import SEEDS

RDF_SYNTAXES = {"turtle": "turtle", "ntriples": "nt", "json-ld": "json-ld", "rdfxml": "xml"}
QUAD_SYNTAXES = {"nquads": "nquads", "trig": "trig"}
OXIGRAPH = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
    "rdfxml": pyoxigraph.RdfFormat.RDF_XML,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG,
}


@pytest.mark.parametrize("name", sorted(RDF_SYNTAXES))
def test_formats_rdf_round_trip_isomorphic(seed_result: BuildResult, name: str) -> None:
    data = export(seed_result.graph, name)
    parsed = Graph().parse(data=data, format=RDF_SYNTAXES[name])
    assert isomorphic(parsed, to_rdf(seed_result.graph))


@pytest.mark.parametrize("name", sorted(QUAD_SYNTAXES))
def test_formats_quads_round_trip_isomorphic(seed_result: BuildResult, name: str) -> None:
    dataset = Dataset().parse(data=export(seed_result.graph, name), format=QUAD_SYNTAXES[name])
    named = dataset.graph(URIRef(str(namespaces()["graph"])))
    assert isomorphic(Graph() + named, to_rdf(seed_result.graph))


@pytest.mark.parametrize("name", sorted(OXIGRAPH))
def test_formats_oxigraph_reads_every_syntax(seed_result: BuildResult, name: str) -> None:
    store = pyoxigraph.Store()
    store.load(export(seed_result.graph, name), format=OXIGRAPH[name])
    # back to rdflib through N-Quads written by pyoxigraph, then compared as graphs
    quads = store.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    dataset = Dataset().parse(data=quads, format="nquads")
    merged = Graph()
    for quad in dataset.quads():
        merged.add(quad[:3])
    assert isomorphic(merged, to_rdf(seed_result.graph))


def test_formats_same_bytes_across_processes(tmp_path: Path) -> None:
    """Deterministic output: two fresh processes (different hash seeds) write identical files."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out)]
        subprocess.run(command, check=True, env=env, capture_output=True)
        for name in ("graph.nt", "graph.nq", "graph.trig", "graph.jsonld", "graph.rdf"):
            subprocess.run(
                [sys.executable, "-m", "kg", "export", str(out / "graph.json"), "--out", str(out / name)],
                check=True,
                env=env,
                capture_output=True,
            )
        outputs.append(out)
    for path in sorted(outputs[0].iterdir()):
        if path.suffix != ".png":
            assert path.read_bytes() == (outputs[1] / path.name).read_bytes(), path.name


def test_formats_node_link_json_round_trip(seed_result: BuildResult) -> None:
    data = json.loads(export(seed_result.graph, "json"))
    back = from_node_link(data)
    assert nx.utils.graphs_equal(back, seed_result.graph)


def test_formats_graphml_round_trip(seed_result: BuildResult) -> None:
    back = nx.read_graphml(io.BytesIO(export(seed_result.graph, "graphml")), force_multigraph=True)
    assert sorted(back.nodes) == sorted(seed_result.graph.nodes)
    assert back.number_of_edges() == seed_result.graph.number_of_edges()
    node = back.nodes["iraq"]
    assert json.loads(node["aliases"]) == seed_result.graph.nodes["iraq"]["aliases"]


def test_formats_registry_aliases_and_extensions() -> None:
    for fmt in FORMATS:
        assert get_format(fmt.extension) is fmt
        assert get_format(fmt.media_type) is fmt
    with pytest.raises(OutputError, match="known formats"):
        get_format("docx")


def test_formats_write_by_extension_and_deterministic(seed_result: BuildResult, tmp_path: Path) -> None:
    for name in ("a.ttl", "b.ttl", "g.json", "g.graphml", "g.nt"):
        write(seed_result.graph, tmp_path / name)
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))
    buffer = io.BytesIO()
    write(seed_result.graph, buffer, "ttl")
    assert buffer.getvalue() == (tmp_path / "a.ttl").read_bytes()
    with pytest.raises(OutputError):
        write(seed_result.graph, tmp_path / "noextension")
