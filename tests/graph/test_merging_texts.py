"""Entity merging on real texts: the seed article and news documents with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.graph.report import PRONOUN_LABELS, merge_records, quality_report
from kg.pipeline import BuildResult, build_paths
from tests.conftest import ROOT

NEWS = ROOT / "tests" / "fixtures" / "news"
EXPECTED = json.loads((NEWS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def news() -> BuildResult:
    return build_paths([NEWS])


def node_of(graph: nx.MultiDiGraph, alias: str) -> set[str]:
    """Every node carrying ALIAS as one of its names."""
    return {n for n, d in graph.nodes(data=True) if alias in d["aliases"]}


@pytest.mark.parametrize("names", EXPECTED["same"], ids=[g[0] for g in EXPECTED["same"]])
def test_merging_news_one_node_per_entity(news: BuildResult, names: list[str]) -> None:
    nodes = set().union(*(node_of(news.graph, name) for name in names))
    assert len(nodes) == 1, {name: node_of(news.graph, name) for name in names}
    (node,) = nodes
    assert set(names) <= set(news.graph.nodes[node]["aliases"])


@pytest.mark.parametrize("pair", EXPECTED["different"], ids=["/".join(p) for p in EXPECTED["different"]])
def test_merging_news_no_wrong_merge(news: BuildResult, pair: list[str]) -> None:
    first, second = (node_of(news.graph, name) for name in pair)
    assert first and second and not first & second


def test_merging_news_no_node_mixes_known_entities(news: BuildResult) -> None:
    group_of = {name: i for i, names in enumerate(EXPECTED["same"]) for name in names}
    for node, data in news.graph.nodes(data=True):
        groups = {group_of[a] for a in data["aliases"] if a in group_of}
        assert len(groups) <= 1, (node, data["aliases"])


def test_merging_news_report_has_no_duplicates(news: BuildResult) -> None:
    report = quality_report(news.graph)
    assert report["duplicates"] == 0
    assert report["pronoun_nodes"] == 0


def test_merging_merges_explain_every_alias(news: BuildResult, seed_result: BuildResult, seed_output: Path) -> None:
    written = [json.loads(line) for line in (seed_output / "merges.jsonl").read_text().splitlines()]
    for result, records in ((seed_result, written), (news, merge_records(news.graph))):
        explained = {(r["entity"], r["alias"]) for r in records}
        for node, data in result.graph.nodes(data=True):
            for alias in data["aliases"]:
                assert (node, alias) in explained, (node, alias)
        assert all(r["rule"] and r["evidence"] for r in records)


SEED_ENTITIES = [
    # (alias that must name the node, aliases it must also carry, entity type)
    ("United States", {"US", "United States"}, "GPE"),
    ("Iraq", {"Iraq"}, "GPE"),
    ("ISIS", {"ISIS", "militant group"}, "ORG"),
    ("US-led coalition", {"US-led coalition"}, None),
    ("Iran", {"Iran"}, "GPE"),
    ("Mohammed Shia' Al Sudani", {"Mohammed Shia' Al Sudani"}, "PERSON"),
]


@pytest.mark.parametrize(("alias", "aliases", "entity_type"), SEED_ENTITIES, ids=[e[0] for e in SEED_ENTITIES])
def test_merging_seed_one_node_each(
    seed_result: BuildResult, alias: str, aliases: set[str], entity_type: str | None
) -> None:
    graph = seed_result.graph
    nodes = set().union(*(node_of(graph, a) for a in aliases))
    assert len(nodes) == 1, nodes
    (node,) = nodes
    assert aliases <= set(graph.nodes[node]["aliases"])
    if entity_type:
        assert graph.nodes[node]["type"] == entity_type


def test_merging_seed_no_pronoun_or_determiner_nodes(seed_result: BuildResult) -> None:
    labels = {str(d["label"]).lower() for _, d in seed_result.graph.nodes(data=True)}
    assert not labels & PRONOUN_LABELS


def test_merging_seed_pronoun_subjects_attached_or_dropped(seed_result: BuildResult) -> None:
    pronoun_subjects = [t for t in seed_result.triples if t.subject.pronoun or t.subject.text.lower() in {"its"}]
    assert pronoun_subjects
    for triple in pronoun_subjects:
        assert triple.subject.canonical or triple.subject.unresolved, triple.subject
    for triple in seed_result.triples:
        for argument in (triple.subject, triple.object):
            if argument is not None and argument.text.lower().split()[0] in {"its", "their"}:
                assert argument.canonical or argument.unresolved, argument


def test_merging_report_written(seed_output: Path) -> None:
    report = json.loads((seed_output / "report.json").read_text())
    assert report["pronoun_nodes"] == 0
    assert {"entities", "relations", "relation_labels", "singletons", "largest_alias_sets"} <= set(report)
    lines = (seed_output / "merges.jsonl").read_text().splitlines()
    assert lines and all({"entity", "alias", "rule", "evidence"} <= set(json.loads(x)) for x in lines)
