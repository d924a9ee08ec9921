"""kg query: SPARQL as people write it, on a file, a store and a real Oxigraph endpoint."""

from __future__ import annotations

import csv
import http.server
import io
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph
import pytest

from kg.cli import main
from kg.sparql import Endpoint, run_sparql, syntax_message
from kg.store import load_store, open_target, push, run_query
from tests.conftest import ROOT, free_port
from tests.questions import Rows, asked_entity, sparql_answers

FORMATS = ("csv", "tsv", "json", "table")


def _kg(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["query", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _values(result: pyoxigraph.QuerySolutions) -> Rows:
    names = [v.value for v in result.variables]
    return [tuple("" if s[n] is None else str(s[n].value) for n in names) for s in result]


def _parse(output: str, output_format: str) -> Rows:
    """Rows of values from what kg query printed in OUTPUT_FORMAT."""
    if output_format == "csv":
        return [tuple(row) for row in list(csv.reader(io.StringIO(output)))[1:]]
    if output_format in {"tsv", "json"}:
        kind = pyoxigraph.QueryResultsFormat.TSV if output_format == "tsv" else pyoxigraph.QueryResultsFormat.JSON
        result = pyoxigraph.parse_query_results(output.encode("utf-8"), format=kind)
        assert isinstance(result, pyoxigraph.QuerySolutions)
        return _values(result)
    lines = output.rstrip("\n").split("\n")
    widths = [len(dashes) for dashes in lines[1].split("  ")]
    assert lines[-1] == f"({len(lines) - 3} row{'s' * (len(lines) != 4)})"
    rows = []
    for line in lines[2:-1]:
        cells, start = [], 0
        for width in widths:
            cells.append(line[start : start + width].strip())
            start += width + 2
        rows.append(tuple(cells))
    return rows


@pytest.fixture(scope="module")
def endpoint(server: str, seed_output: Path) -> str:
    """The Oxigraph server with the seed graph pushed (kg push) into its default graph: its query URL."""
    assert push(seed_output / "graph.ttl", f"{server}/store") in {200, 201, 204}
    return f"{server}/query"


@pytest.fixture(scope="module")
def store_dir(seed_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store") / "kgstore"
    load_store(seed_output / "graph.ttl", folder)
    return folder


def test_sparql_declares_kg_prefixes_unless_the_query_does(seed_output: Path) -> None:
    store = open_target(seed_output / "graph.ttl")
    entities = run_query(store, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Entity }").rows
    assert int(entities[0][0]) > 10
    own = run_query(store, "PREFIX kg: <http://other.example/> SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Entity }")
    assert own.rows == [("0",)]
    every = """ASK { ?s a kg:Entity ; rdfs:label ?l ; skos:altLabel ?a . ?x a rdf:Property ; a kg:Relation .
                     ?st prov:wasDerivedFrom ?t . ?t dcterms:isPartOf ?d .
                     FILTER(datatype(?l) = rdf:langString || ?l = xsd:string || schema:x = ent:x || rel:x = stmt:x) }"""
    assert run_query(store, every).rows == [("true",)]


@pytest.mark.parametrize(
    ("sparql", "expected"),
    [
        (
            "SELECT ?x WHERE { ?x a foo:Bar }",
            'line 1, column 31 (after "SELECT ?x WHERE { ?x a foo:Bar"): undeclared prefix foo:',
        ),
        ("SELECT ?x WHERE {\n  ?x a kg:Entity", "line 2, column 17"),
        ("SELEKT ?x", "line 1, column"),
        ("SELECT ?x WHERE { ?x a <relative> }", "invalid IRI"),
    ],
)
def test_sparql_syntax_error_is_one_line(
    capsys: pytest.CaptureFixture[str], seed_output: Path, sparql: str, expected: str
) -> None:
    code, out, err = _kg(capsys, str(seed_output / "graph.ttl"), sparql)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("kg: error: SPARQL syntax error at ") and expected in err
    assert "\\u{" not in err and "Traceback" not in err


def test_sparql_syntax_message_without_position() -> None:
    assert syntax_message("something odd", "SELECT") == "SPARQL syntax error: something odd"


def test_sparql_table_has_prefixed_names_or_labels(capsys: pytest.CaptureFixture[str], seed_output: Path) -> None:
    query = "SELECT ?e ?type WHERE { ?e a kg:Entity ; kg:entityType ?type ; rdfs:label 'Iraq'@en }"
    _, out, _ = _kg(capsys, str(seed_output / "graph.ttl"), query)
    assert out.splitlines() == ["e         type", "--------  ----", "ent:iraq  GPE", "(1 row)"]
    _, out, _ = _kg(capsys, str(seed_output / "graph.ttl"), query, "--labels")
    assert out.splitlines()[2] == "Iraq  GPE"


@pytest.mark.parametrize("target", ["file", "store", "endpoint"])
@pytest.mark.parametrize("output_format", FORMATS)
def test_query_targets_and_formats_agree(
    capsys: pytest.CaptureFixture[str],
    seed_result: object,
    seed_output: Path,
    store_dir: Path,
    endpoint: str,
    target: str,
    output_format: str,
) -> None:
    """The three questions of tests/questions.py, asked of a file, a store and a server, in every format."""
    graph = seed_result.graph  # type: ignore[attr-defined]
    label = asked_entity(graph)
    memory = open_target(seed_output / "graph.ttl")
    expected = sparql_answers(lambda q: run_query(memory, q).rows, label)
    assert all(expected.values())
    where = {"file": str(seed_output / "graph.ttl"), "store": str(store_dir), "endpoint": endpoint}[target]

    def ask(sparql: str) -> Rows:
        code, out, err = _kg(capsys, where, sparql, "--format", output_format)
        assert code == 0, err
        return _parse(out, output_format)

    answers = sparql_answers(ask, label)
    if output_format == "table":  # the table shows IRIs as prefixed names, literals as their text
        assert {k: len(v) for k, v in answers.items()} == {k: len(v) for k, v in expected.items()}
    else:
        assert answers == expected


def test_query_json_is_sparql_results_json(capsys: pytest.CaptureFixture[str], seed_output: Path) -> None:
    ttl = str(seed_output / "graph.ttl")
    _, out, _ = _kg(capsys, ttl, "SELECT ?e WHERE { ?e rdfs:label 'Iraq'@en }", "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"] == ["e"]
    assert data["results"]["bindings"] == [{"e": {"type": "uri", "value": "https://example.org/kg/entity/iraq"}}]
    _, out, _ = _kg(capsys, ttl, "ASK { ?e rdfs:label 'Iraq'@en }", "--format", "json")
    assert json.loads(out) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("output_format", ["turtle", "ntriples"])
def test_query_construct_writes_rdf(
    capsys: pytest.CaptureFixture[str], seed_output: Path, endpoint: str, output_format: str
) -> None:
    query = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Entity ; rdfs:label ?l } ORDER BY ?l LIMIT 5"
    outputs = []
    for where in (str(seed_output / "graph.ttl"), endpoint):
        code, out, err = _kg(capsys, where, query, "--format", output_format)
        assert code == 0, err
        syntax = pyoxigraph.RdfFormat.TURTLE if output_format == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
        outputs.append(sorted(str(q.triple) for q in pyoxigraph.parse(out.encode(), format=syntax)))
    assert len(outputs[0]) == 5 and outputs[0] == outputs[1]
    code, _, err = _kg(capsys, str(seed_output / "graph.ttl"), query, "--format", "csv")
    assert code == 1 and "--format ntriples, turtle" in err


def test_query_endpoint_errors_are_one_line(capsys: pytest.CaptureFixture[str], server: str, endpoint: str) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o }"  # SERVICE: only the server parses it
    code, _, err = _kg(capsys, endpoint, query)
    assert code == 1 and err.count("\n") == 1
    assert f"line 1, column {len(query) + 1}" in err  # the column of the query as written
    code, _, err = _kg(capsys, f"{server}/store", "SELECT * {}")
    assert code == 1 and "HTTP 415" in err and "query endpoint" in err and err.count("\n") == 1
    code, _, err = _kg(capsys, f"http://127.0.0.1:{free_port()}/query", "SELECT * {}")
    assert code == 1 and "cannot reach" in err and err.count("\n") == 1


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every query with one solution and remembers the requests' headers and bodies."""

    seen: ClassVar[list[tuple[dict[str, str], str]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        type(self).seen.append((dict(self.headers), body))
        answer = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"ok"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def recorder() -> Iterator[str]:
    _Recorder.seen = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("options", "authorization"),
    [
        (["--user", "me", "--password", "secret"], "Basic bWU6c2VjcmV0"),
        (["--token", "t0k"], "Bearer t0k"),
        ([], None),
    ],
)
def test_query_endpoint_protocol_and_credentials(
    capsys: pytest.CaptureFixture[str], recorder: str, options: list[str], authorization: str | None
) -> None:
    code, out, _ = _kg(capsys, recorder, "SELECT ?x WHERE { ?x a kg:Entity }", *options)
    assert code == 0 and out.splitlines()[2] == "ok"
    ((headers, body),) = _Recorder.seen
    assert headers.get("Authorization") == authorization
    assert headers["Content-Type"].startswith("application/sparql-query")
    assert headers["Accept"].startswith("application/sparql-results+json")
    assert "PREFIX kg: <https://example.org/kg/ontology#>" in body and body.endswith("?x a kg:Entity }")
    assert "\n" not in body  # the declared prefixes share the first line: lines keep their numbers


def test_query_endpoint_keeps_the_query_s_own_prefixes(recorder: str) -> None:
    run_sparql(Endpoint(recorder), "PREFIX kg: <http://other/> SELECT ?x WHERE { ?x a kg:E }")
    ((_, body),) = _Recorder.seen
    assert "PREFIX kg: <https://" not in body and "PREFIX ent: <https://example.org/kg/entity/>" in body


def _readme_examples() -> list[tuple[str, str]]:
    """The README's SPARQL examples: (query, the answer shown) pairs of its questions section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.split(r"\n#{2,3} ", readme.split("### SPARQL: questions and answers", 1)[1], maxsplit=1)[0]
    return re.findall(r"```sparql\n(.*?)```\s*```text\n(.*?)```", section, re.DOTALL)


def test_readme_shows_five_sparql_examples() -> None:
    assert len(_readme_examples()) == 5


@pytest.mark.parametrize(("sparql", "answer"), _readme_examples())
def test_readme_sparql_examples_answer_as_shown(
    capsys: pytest.CaptureFixture[str], seeds_output: Path, sparql: str, answer: str
) -> None:
    """Each README query, run as the README says (kg query output/graph.ttl QUERY after kg build seeds/)."""
    code, out, err = _kg(capsys, str(seeds_output / "graph.ttl"), sparql.strip())
    assert code == 0, err
    assert out == answer
