"""Reading kg's RDF back: the graph graph.json holds, as far as RDF holds it; every command reads it."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.errors import InputError
from kg.export import export, write
from kg.export.rdf_read import graph_from_rdf, read_rdf
from kg.export.read import read_graph
from kg.graph import build_graph
from kg.model import Argument, Relation, Triple
from kg.pipeline import BuildResult

RDF_EXTENSIONS = ["ttl", "nt", "nq", "trig", "jsonld", "rdf"]


def _same_graph(read: nx.MultiDiGraph, built: nx.MultiDiGraph) -> None:
    """READ holds what RDF keeps of BUILT: nodes, ids, labels, kinds, types, mentions; edges and their
    sentences. A value is a literal: it comes back where a fact names it, with its label and kind."""
    stated = {n for n, kind in built.nodes(data="kind") if kind != "value" or built.degree(n)}
    assert sorted(read.nodes) == sorted(stated)
    for node in stated:
        data, got = built.nodes[node], read.nodes[node]
        assert (got["label"], got["kind"]) == (data["label"], data["kind"])
        if data["kind"] == "value":
            continue
        assert (got["type"], got["mentions"]) == (data["type"], data["mentions"])
        assert set(got["aliases"]) == {*data["aliases"], data["label"]}
    assert sorted(read.edges(keys=True)) == sorted(built.edges(keys=True))
    for source, target, key, data in built.edges(keys=True, data=True):
        got = read.edges[source, target, key]
        for name in ("relation", "lemma", "negated", "support"):
            assert got[name] == data[name], name
        assert got["confidence"] == pytest.approx(data["confidence"], abs=5e-5)
        texts = [(s["doc_id"], s["sentence_index"], " ".join(s["sentence"].split())) for s in data["sentences"]]
        assert [(s["doc_id"], s["sentence_index"], s["sentence"]) for s in got["sentences"]] == texts
        for ours, theirs in zip(got["sentences"], data["sentences"], strict=True):
            for name in ("relation_text", "subject_span", "relation_span", "object_span", "modality", "attribution"):
                assert ours[name] == theirs[name], name


@pytest.mark.parametrize("extension", RDF_EXTENSIONS)
def test_rdf_read_every_syntax(seed_result: BuildResult, tmp_path: Path, extension: str) -> None:
    write(seed_result.graph, tmp_path / f"graph.{extension}")
    _same_graph(read_rdf(tmp_path / f"graph.{extension}"), seed_result.graph)


def test_rdf_read_negated_facts_other_base_and_odd_ids() -> None:
    # two documents, two Jordans (ids with "#"), and a negated fact
    triples = [
        Triple(
            "a",
            0,
            "Jordan met Amman's mayor.",
            Argument("Jordan", 0, 6, "PERSON"),
            Relation("met", "meet", 7, 10),
            Argument("Amman", 11, 16, "GPE"),
        ),
        Triple(
            "b",
            0,
            "Jordan borders Iraq.",
            Argument("Jordan", 0, 6, "GPE"),
            Relation("borders", "border", 7, 14),
            Argument("Iraq", 15, 19, "GPE"),
        ),
        Triple(
            "b",
            1,
            "The U.S. did not sign the 5,000-strong deal.",
            Argument("The U.S.", 21, 29, "GPE"),
            Relation("did not sign", "sign", 30, 42),
            Argument("the 5,000-strong deal", 43, 64),
            negated=True,
        ),
    ]
    graph = build_graph(triples)
    assert any("#" in n for n in graph.nodes)  # ids that IRIs cannot hold as they are
    read = graph_from_rdf(export(graph, "turtle", base="https://other.example/x/"), "turtle")
    _same_graph(read, graph)


def test_rdf_read_refuses_what_kg_did_not_write(tmp_path: Path) -> None:
    other = tmp_path / "other.ttl"
    other.write_text("<http://a/x> <http://a/p> <http://a/y> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="not RDF kg wrote"):
        read_rdf(other)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="cannot be parsed as turtle"):
        read_graph(broken)


@pytest.mark.parametrize("name", ["triples.jsonl", "report.json", "graph.png", "missing.ttl", "notes"])
def test_commands_say_in_one_line_what_they_read(
    seed_output: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    for command in (
        ["render", str(seed_output / name), "--out", str(tmp_path / "x.png")],
        ["export", str(seed_output / name), "--out", str(tmp_path / "x.nt")],
        ["explain", "Iraq", "--graph", str(seed_output / name)],
    ):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err and "Expecting value" not in err
        if name in {"triples.jsonl", "graph.png"}:
            assert "kg reads the graphs it writes: graph.json, RDF (.ttl" in err
        if name in {"missing.ttl", "notes"}:  # no such file: not "kg reads the graphs it writes"
            assert err.endswith(f"{name}: no such file or folder (run kg build first)\n"), err


def test_render_and_export_from_ttl_as_from_json(
    seed_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for source in ("graph.json", "graph.ttl"):
        folder = tmp_path / source
        assert main(["render", str(seed_output / source), "--focus", "Iraq", "--out", str(folder / "view.png")]) == 0
        for out in ("graph.json", "graph.csv", "graph.nt"):
            assert main(["export", str(seed_output / source), "--out", str(folder / out)]) == 0
    assert "wrote" in capsys.readouterr().out
    json_side, ttl_side = tmp_path / "graph.json", tmp_path / "graph.ttl"
    for name in ("view.png", "graph.relationships.csv"):  # the same picture, the same facts and sentences
        assert (ttl_side / name).read_bytes() == (json_side / name).read_bytes(), name
    triples = [sorted((side / "graph.nt").read_text(encoding="utf-8").splitlines()) for side in (json_side, ttl_side)]
    assert triples[0] == triples[1]  # the same RDF (in another order: nodes come back sorted)
    _same_graph(read_graph(ttl_side / "graph.json"), read_graph(json_side / "graph.json"))
