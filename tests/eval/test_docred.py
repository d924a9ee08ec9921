"""The Re-DocRED scorer (kg eval docred) on a hand-made gold and graph, each figure checked."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.eval.docred import gold_key, parse_gold, read_gold, score_graph
from tests.conftest import ROOT

DATA = ROOT / "benchmarks" / "data" / "redocred"

# Document "a": Anna (PER, two mentions), Oslo (LOC), Norway (LOC), 1950 (TIME), Berg (PER).
# Facts: Anna lives in Oslo, Oslo is in Norway, Anna born 1950, Berg is Anna's brother.
GOLD = [
    {
        "doc": "a",
        "entities": [
            {
                "type": "PER",
                "mentions": [{"start": 0, "end": 4, "text": "Anna"}, {"start": 40, "end": 43, "text": "She"}],
            },
            {"type": "LOC", "mentions": [{"start": 14, "end": 18, "text": "Oslo"}]},
            {"type": "LOC", "mentions": [{"start": 20, "end": 26, "text": "Norway"}]},
            {"type": "TIME", "mentions": [{"start": 30, "end": 34, "text": "1950"}]},
            {
                "type": "PER",
                "mentions": [{"start": 50, "end": 54, "text": "Berg"}, {"start": 60, "end": 68, "text": "the Berg"}],
            },
        ],
        "facts": [
            {"head": 0, "tail": 1, "relation": "P551"},
            {"head": 1, "tail": 2, "relation": "P131"},
            {"head": 0, "tail": 3, "relation": "P569"},
            {"head": 4, "tail": 0, "relation": "P3373"},
        ],
    }
]


def occurrence(start: int, end: int, surface: str, doc: str = "a") -> dict[str, object]:
    return {"doc_id": doc, "start": start, "end": end, "surface": surface}


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    # Anna and Oslo found; Norway and Berg on one node (a wrong merge); 1950 not found;
    # Berg's second mention on a node of its own (a split); a node in another document
    g.add_node("anna", occurrences=[occurrence(0, 4, "Anna"), occurrence(40, 43, "She")])
    g.add_node("oslo", occurrences=[occurrence(14, 18, "Oslo")])
    g.add_node("mixed", occurrences=[occurrence(20, 26, "Norway"), occurrence(50, 54, "Berg")])
    g.add_node("berg2", occurrences=[occurrence(60, 68, "Berg")])
    g.add_node("elsewhere", occurrences=[occurrence(14, 18, "Oslo", doc="b")])
    g.add_edge("anna", "oslo", key="live in", sentences=[{"doc_id": "a"}])  # a gold fact
    g.add_edge("oslo", "berg2", key="visit", sentences=[{"doc_id": "a"}])  # no gold fact
    g.add_edge("anna", "elsewhere", key="x", sentences=[{"doc_id": "b"}])  # another document
    return g


def test_docred_figures_on_hand_made_gold(graph: nx.MultiDiGraph) -> None:
    score = score_graph(graph, parse_gold(GOLD))
    assert (score.named_found, score.named) == (4, 4)  # Anna, Oslo, Norway, Berg
    assert (score.values_found, score.values) == (0, 1)
    assert score.found == 4
    assert score.split == 1  # Berg: on "mixed" and "berg2"
    assert score.wrong_merges == 1  # "mixed" holds Norway and Berg
    assert (score.facts_connected_count, score.facts) == (1, 4)  # Anna-Oslo only
    assert (score.pairs_related, score.pairs_joined) == (1, 2)  # Anna-Oslo yes, Oslo-Berg no
    assert (score.named_coverage, score.value_coverage) == (1.0, 0.0)
    assert (score.split_share, score.wrong_merge_share, score.facts_connected) == (0.25, 0.25, 0.25)
    assert score.entity_edge_precision == 0.5


@pytest.mark.parametrize(
    ("text", "key"), [("The  Beatles", "beatles"), ("Iraq's", "iraq"), ("Jesus'", "jesus"), ("an Apple", "apple")]
)
def test_docred_gold_key(text: str, key: str) -> None:
    assert gold_key(text) == key


def test_docred_cli_scores_a_graph_file(
    graph: nx.MultiDiGraph, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    gold.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in GOLD).encode()))
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(nx.node_link_data(graph, edges="edges")), encoding="utf-8")
    assert main(["eval", "docred", "--gold", str(gold), "--graph", str(path)]) == 0
    out = capsys.readouterr().out
    assert "named coverage        1.000  (4/4" in out and "entity-edge precision 0.500  (1/2" in out


def test_docred_repository_gold_reads() -> None:
    gold = read_gold(DATA / "gold.jsonl.gz")
    assert len(gold.documents) == 500 and len(gold.facts) == 17284 and len(gold.entities) == 9684
