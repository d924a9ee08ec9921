"""Triple stores: a real Oxigraph server, an on-disk store and a file give the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.store import PushError, load_store, open_target, push, run_query
from tests.conftest import free_port

QUERIES = {
    "entities": """
        PREFIX kg: <https://example.org/kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?label WHERE { ?e a kg:Entity ; rdfs:label ?label } ORDER BY ?label""",
    "facts about Iraq": """
        PREFIX kg: <https://example.org/kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s ?rel ?o WHERE {
          ?p a kg:Relation ; rdfs:label ?rel . ?s0 ?p ?o0 .
          ?s0 rdfs:label ?s . ?o0 rdfs:label ?o . FILTER (?s = "Iraq"@en || ?o = "Iraq"@en)
        } ORDER BY ?s ?rel ?o""",
    "aliases of the US": """
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?alias WHERE { <https://example.org/kg/entity/united_states> skos:altLabel ?alias } ORDER BY ?alias""",
    "negated statements": """
        PREFIX kg: <https://example.org/kg/ontology#>
        SELECT (COUNT(?st) AS ?n) WHERE { ?st kg:negated true }""",
    "provenance": """
        PREFIX kg: <https://example.org/kg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?text ?confidence WHERE {
          ?st rdf:subject <https://example.org/kg/entity/united_states> ; kg:confidence ?confidence ;
              prov:wasDerivedFrom ?sentence . ?sentence kg:text ?text } ORDER BY ?text ?confidence""",
    "relation counts": """
        PREFIX kg: <https://example.org/kg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?p a kg:Relation }""",
}


def _server_query(url: str, sparql: str) -> list[tuple[str, ...]]:
    request = urllib.request.Request(
        f"{url}/query",
        data=urllib.parse.urlencode({"query": sparql, "union-default-graph": ""}).encode(),
        headers={"Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    names = data["head"]["vars"]
    return [tuple(row.get(n, {}).get("value", "") for n in names) for row in data["results"]["bindings"]]


def test_store_server_disk_and_file_agree(server: str, seed_output: Path, tmp_path: Path) -> None:
    turtle = seed_output / "graph.ttl"
    assert push(turtle, f"{server}/store") in {200, 201, 204}
    store_dir = tmp_path / "store"
    assert load_store(turtle, store_dir) > 0
    disk, memory = open_target(store_dir), open_target(turtle)
    for name, sparql in QUERIES.items():
        from_file = run_query(memory, sparql).rows
        assert from_file, name
        assert run_query(disk, sparql).rows == from_file, name
        assert _server_query(server, sparql) == from_file, name


def test_store_push_named_graph_and_quads(server: str, seed_output: Path, tmp_path: Path) -> None:
    graph = "https://example.org/kg/graphs/seed"
    assert push(seed_output / "graph.ttl", f"{server}/store", graph=graph) in {200, 201, 204}
    rows = _server_query(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(rows[0][0]) > 1000
    subprocess.run(
        [sys.executable, "-m", "kg", "export", str(seed_output / "graph.json"), "--out", str(tmp_path / "g.nq")],
        check=True,
    )
    assert push(tmp_path / "g.nq", f"{server}/store") in {200, 201, 204}


def test_store_push_errors_are_clear(server: str, seed_output: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    with pytest.raises(PushError, match="refused the upload: HTTP 400"):
        push(broken, f"{server}/store")
    with pytest.raises(PushError, match="cannot reach"):
        push(seed_output / "graph.ttl", f"http://127.0.0.1:{free_port()}/store", timeout=2)


def test_store_cli_load_query_push(server: str, seed_output: Path, tmp_path: Path) -> None:
    kg = [sys.executable, "-m", "kg"]
    loaded = subprocess.run(
        [*kg, "load", str(seed_output / "graph.ttl"), "--store", str(tmp_path / "s")], capture_output=True, text=True
    )
    assert loaded.returncode == 0 and "quads in the store" in loaded.stdout
    queried = subprocess.run(
        [*kg, "query", str(tmp_path / "s"), QUERIES["aliases of the US"]], capture_output=True, text=True
    )
    assert queried.returncode == 0
    assert queried.stdout.splitlines()[0] == "alias" and "US" in queried.stdout.splitlines()
    pushed = subprocess.run(
        [
            *kg,
            "push",
            str(seed_output / "graph.ttl"),
            "--endpoint",
            f"{server}/store",
            "--user",
            "me",
            "--password",
            "secret",
        ],
        capture_output=True,
        text=True,
    )
    assert pushed.returncode == 0 and "HTTP 20" in pushed.stdout
    bad = subprocess.run([*kg, "query", str(tmp_path / "s"), "SELEKT nothing"], capture_output=True, text=True)
    assert bad.returncode == 1 and "SPARQL syntax error" in bad.stderr and "Traceback" not in bad.stderr
