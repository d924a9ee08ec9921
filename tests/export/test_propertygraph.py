"""Property graphs: kg's Cypher script and CSV files loaded into a real embedded graph database
(Kùzu) answer the same three questions as SPARQL on the same graph; GEXF read back by networkx."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import kuzu
import networkx as nx
import pytest

from benchmarks.kuzu_load import counts, load_csv, load_cypher, table_names
from kg.export import export, write
from kg.export.csv_import import ARRAY_DELIMITER
from kg.export.cypher import cypher_value, to_cypher
from kg.pipeline import BuildResult
from kg.store import open_target, run_query
from tests.questions import asked_entity, cypher_answers, sparql_answers

ODD = 'it\'s a \\ "quoted", ; | name\nover two lines'


def _odd_graph() -> nx.MultiDiGraph:
    """Names and sentences with quotes, backslashes, commas, semicolons, newlines; a negated fact."""
    graph = nx.MultiDiGraph()
    graph.add_node("a", label=ODD, type="PERSON", aliases=[ODD, "A; B"], mentions=2)
    graph.add_node("b", label="b", type="", aliases=[], mentions=1)
    sentence = {"doc_id": "d, 1", "sentence": f"{ODD} met b."}
    for key, negated in (("meet", False), ("not meet", True)):
        graph.add_edge(
            "a",
            "b",
            key=key,
            lemma="meet",
            relation="met",
            negated=negated,
            confidence=0.25,
            support=1,
            sentences=[sentence],
        )
    return graph


@pytest.fixture(scope="module")
def exported(seed_result: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("property-graph")
    write(seed_result.graph, folder / "graph.csv")
    write(seed_result.graph, folder / "graph.cypher")
    write(seed_result.graph, folder / "graph.ttl")
    return folder


def _database() -> kuzu.Connection:
    return kuzu.Connection(kuzu.Database())  # in memory


@pytest.mark.parametrize("source", ["csv", "cypher"])
def test_propertygraph_answers_equal_sparql(seed_result: BuildResult, exported: Path, source: str) -> None:
    conn = _database()
    if source == "csv":
        tables = load_csv(conn, exported / "graph.nodes.csv", exported / "graph.relationships.csv")
    else:
        tables = load_cypher(conn, exported / "graph.cypher")
    graph = seed_result.graph
    assert counts(conn) == (graph.number_of_nodes(), graph.number_of_edges())
    label = asked_entity(graph)
    store = open_target(exported / "graph.ttl")
    expected = sparql_answers(lambda q: run_query(store, q).rows, label)
    assert all(expected.values())  # each question has an answer on this graph
    assert cypher_answers(conn, label, tables) == expected


@pytest.mark.parametrize("source", ["csv", "cypher"])
def test_propertygraph_keeps_odd_text_and_types(tmp_path: Path, source: str) -> None:
    write(_odd_graph(), tmp_path / "g.csv")
    write(_odd_graph(), tmp_path / "g.cypher")
    conn = _database()
    if source == "csv":
        load_csv(conn, tmp_path / "g.nodes.csv", tmp_path / "g.relationships.csv")
    else:
        load_cypher(conn, tmp_path / "g.cypher")
    flat = " ".join(ODD.split())
    node = conn.execute("MATCH (n:PERSON) RETURN n.id, n.label, n.aliases, n.mentions").get_next()
    assert node == ["a", flat, sorted(["A; B", flat]), 2]
    assert conn.execute("MATCH (n:Entity) RETURN n.aliases").get_next() == [[]]
    returned = "label(r), r.negated, r.confidence, r.support, r.sentences, r.documents"
    rows = conn.execute(f"MATCH (a)-[r]->(b) RETURN {returned} ORDER BY r.negated")
    found = [rows.get_next() for _ in range(2)]
    assert found == [["meet", negated, 0.25, 1, [f"{flat} met b."], ["d, 1"]] for negated in (False, True)]


def test_propertygraph_csv_headers_and_files(tmp_path: Path) -> None:
    write(_odd_graph(), tmp_path / "out" / "g.nodes.csv")  # the part name is dropped from the name given
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["g.nodes.csv", "g.relationships.csv"]
    nodes = list(csv.reader(io.StringIO((tmp_path / "out" / "g.nodes.csv").read_text(encoding="utf-8"))))
    assert nodes[0] == ["id:ID", ":LABEL", "label", "aliases:string[]", "mentions:int"]
    assert nodes[1][3].split(ARRAY_DELIMITER) == ["A; B", " ".join(ODD.split())]
    rels = list(csv.reader(io.StringIO((tmp_path / "out" / "g.relationships.csv").read_text(encoding="utf-8"))))
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and "negated:boolean" in rels[0]
    assert [row[:5] for row in rels[1:]] == [["a", "b", "meet", "met", "false"], ["a", "b", "meet", "met", "true"]]


def test_propertygraph_csv_needs_a_path() -> None:
    from kg.errors import OutputError

    with pytest.raises(OutputError, match="csv is written as 2 files"):
        export(_odd_graph(), "csv")


def test_propertygraph_cypher_is_plain_opencypher() -> None:
    script = to_cypher(_odd_graph())
    lines = script.splitlines()
    assert lines[0].startswith("// kg graph: 2 nodes, 2 relationships")
    assert all(line.endswith(";") for line in lines[1:]) and len(lines) == 5
    assert "$" not in script and "\n" not in cypher_value(ODD)
    assert cypher_value(ODD) == "'it\\'s a \\\\ \"quoted\", ; | name over two lines'"


def test_propertygraph_kuzu_table_names_avoid_collisions() -> None:
    assert table_names(["DATE", "GPE"], ["date", "leave", "Leave"]) == {
        "Leave": "Leave",
        "date": "date (relationship)",
        "leave": "leave (relationship)",
    }


def test_gexf_read_back_with_attributes(seed_result: BuildResult) -> None:
    graph = seed_result.graph
    back = nx.read_gexf(io.BytesIO(export(graph, "gexf")))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        read = back.nodes[node]
        assert (read["label"], read["type"], read["mentions"]) == (data["label"], data["type"], data["mentions"])
        assert json.loads(read["aliases"]) == sorted(data["aliases"])
    edges = {(s, t, d["label"]): d for s, t, d in back.edges(data=True)}
    for source, target, key, data in graph.edges(keys=True, data=True):
        read = edges[(source, target, key)]
        assert read["weight"] == data["support"] and read["relation"] == data["relation"]
        assert read["negated"] == data["negated"] and read["confidence"] == pytest.approx(data["confidence"])
    assert export(graph, "gexf") == export(graph, "gexf") and b"lastmodifieddate" not in export(graph, "gexf")
