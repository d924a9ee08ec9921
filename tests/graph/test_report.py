"""The quality report: possible duplicates listed with their reason, names that may be two things (kg.graph.report)."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.graph.report import headline, possible_duplicates, quality_report
from kg.pipeline import build_texts


def _graph(nodes: list[tuple[str, str]], ambiguous: dict[str, list[str]] | None = None) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, entity_type in nodes:
        graph.add_node(node, label=node.title(), kind="entity", type=entity_type, ambiguous_with=[])
    for node, others in (ambiguous or {}).items():
        graph.nodes[node]["ambiguous_with"] = others
    return graph


DUPLICATES = [
    # (nodes with types, ambiguous short forms, expected (entities, reason))
    (
        [("polish chemist jan kowal", "PERSON"), ("jan kowal", "PERSON")],
        {},
        [(["polish chemist jan kowal", "jan kowal"], "suffix")],
    ),
    (
        [("jordan#person", "PERSON"), ("jordan#place-or-org", "GPE")],
        {},
        [(["jordan#person", "jordan#place-or-org"], "types")],
    ),
    (
        [("us department of defense", "ORG"), ("department of defense", "ORG")],
        {},
        [(["us department of defense", "department of defense"], "suffix")],
    ),
    # a surname two people share: listed once, as ambiguous
    (
        [("ana kowal", "PERSON"), ("jan kowal", "PERSON"), ("kowal", "PERSON")],
        {"kowal": ["ana kowal", "jan kowal"]},
        [(["kowal", "ana kowal", "jan kowal"], "ambiguous")],
    ),
    # a bare word ending a longer name, or a person and a country: no candidate
    ([("mahdi army", "ORG"), ("army", "ORG")], {}, []),
    ([("michael jordan", "PERSON"), ("jordan", "GPE")], {}, []),
    ([("united states", "GPE"), ("iraq", "GPE")], {}, []),
]


@pytest.mark.parametrize(("nodes", "ambiguous", "expected"), DUPLICATES)
def test_report_possible_duplicates(
    nodes: list[tuple[str, str]], ambiguous: dict[str, list[str]], expected: list[tuple[list[str], str]]
) -> None:
    found = possible_duplicates(_graph(nodes, ambiguous))
    assert [(d["entities"], d["reason"]) for d in found] == expected


def test_report_counts_and_lists_duplicates() -> None:
    report = quality_report(_graph([("polish chemist jan kowal", "PERSON"), ("jan kowal", "PERSON")]))
    assert report["duplicates"] == 1
    assert report["possible_duplicates"][0]["labels"] == ["Polish Chemist Jan Kowal", "Jan Kowal"]
    assert "duplicates 1" in headline(report)


CONFLATIONS = [  # (documents, the places flagged as possibly two things, each with the two places it is put in)
    (
        ["Paris is the capital of France. It lies on the Seine.", "Paris is a city in Texas. It has 25,000 people."],
        {"Paris": {"France", "Texas"}},
    ),
    # the text says one place is in the other: one Paris
    (["Paris is the capital of France.", "Paris is a city in Europe. France is a country in Europe."], {}),
    # a person born in two places by two documents
    (
        [
            "Michael Jordan is a basketball player. Jordan was born in Brooklyn.",
            "Michael Jordan is a professor at Berkeley. Jordan was born in Ponchatoula.",
        ],
        {"Michael Jordan": {"Brooklyn", "Ponchatoula"}},
    ),
    # within one document a name is one thing; its address may be incomplete
    (["Springfield is the capital of Illinois. Springfield, Massachusetts, is a different city."], {}),
    # a person born, or dead, in two years by two documents
    (
        [
            "John Smith (born 1950) is an English footballer who played for Leeds United.",
            "John Smith (1580 \u2013 1631) was an English explorer who founded Jamestown.",
        ],
        {"John Smith": {"1950", "1580"}},
    ),
    (["John Smith (born 1950) is a footballer.", "John Smith, born in 1950, played for Leeds United."], {}),
    # an event or a law dated in two years by two documents
    (
        ["The Treaty of Paris was signed in 1783.", "The Treaty of Paris was signed in 1856."],
        {"Treaty of Paris": {"1783", "1856"}},
    ),
]


@pytest.mark.parametrize(("texts", "expected"), CONFLATIONS)
def test_report_names_that_may_be_two_things(texts: list[str], expected: dict[str, set[str]]) -> None:
    report = quality_report(build_texts(texts).graph)
    found = {item["label"]: set(item.get("place_labels") or item["years"]) for item in report["possible_conflations"]}
    assert found == expected
    assert f"may be two things {len(expected)}" in headline(report)
