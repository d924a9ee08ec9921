"""The seed article as a graph of entities: what a reader of the article expects to find."""

from __future__ import annotations

import networkx as nx

from kg.graph.explain import explain_text
from kg.graph.report import quality_report
from kg.pipeline import BuildResult


def entity_nodes(result: BuildResult) -> list[str]:
    return [n for n, kind in result.graph.nodes(data="kind") if kind == "entity"]


def test_seed_graph_one_part_holds_most_entities(seed_result: BuildResult) -> None:
    parts = sorted(nx.connected_components(seed_result.graph.to_undirected()), key=len, reverse=True)
    entities = entity_nodes(seed_result)
    inside = [n for n in entities if n in parts[0]]
    assert len(inside) >= 0.8 * len(entities), sorted(set(entities) - parts[0])


def test_seed_graph_every_named_thing_is_a_node(seed_result: BuildResult) -> None:
    labels = {seed_result.graph.nodes[n]["label"] for n in entity_nodes(seed_result)}
    assert {"Biden", "US Department of Defense", "Middle East", "Iraq", "United States", "ISIS"} <= labels


def test_seed_graph_values_are_nodes_of_their_document(seed_result: BuildResult) -> None:
    values = {d["label"]: n for n, d in seed_result.graph.nodes(data=True) if d["kind"] == "value"}
    assert "2014" in values and values["2014"].endswith("@000_e561a9cc0077a91e.txt")


def test_seed_graph_explain_lists_facts_inside_longer_phrases(seed_result: BuildResult) -> None:
    text = explain_text(seed_result.graph, "Iraq", sentences=0)
    assert "US troops --in--> Iraq" in text  # "the presence of US troops in Iraq"
    assert "invasion --of--> Iraq" in text  # "Since the invasion of Iraq in 2003"
    assert "Biden administration --not leave--> Iraq" in text


def test_seed_graph_no_pronoun_nodes(seed_result: BuildResult) -> None:
    assert quality_report(seed_result.graph)["pronoun_nodes"] == 0
