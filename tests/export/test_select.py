from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import InputError
from kg.export.select import find_entity, select


def _graph() -> nx.MultiDiGraph:
    """us -> iraq -> iran -> russia, plus a well-supported us -> troops and a lone node."""
    graph = nx.MultiDiGraph()
    for key, label, aliases in [
        ("us", "United States", ["US", "the United States"]),
        ("iraq", "Iraq", []),
        ("iran", "Iran", []),
        ("russia", "Russia", []),
        ("troops", "troops", []),
        ("alone", "alone", []),
    ]:
        graph.add_node(key, label=label, aliases=aliases, mentions=1)
    graph.add_edge("us", "iraq", key="leave", support=1)
    graph.add_edge("iraq", "iran", key="border", support=1)
    graph.add_edge("iran", "russia", key="trade with", support=1)
    graph.add_edge("us", "troops", key="withdraw", support=3)
    return graph


@pytest.mark.parametrize(
    ("options", "nodes", "description"),
    [
        ({}, {"us", "iraq", "iran", "russia", "troops", "alone"}, ""),
        ({"focus": "Iraq"}, {"us", "iraq", "iran"}, "entities within 1 hop of Iraq"),
        ({"focus": "iraq", "hops": 2}, {"us", "iraq", "iran", "russia", "troops"}, "entities within 2 hops of Iraq"),
        ({"focus": "the united states", "hops": 0}, {"us"}, "entities within 0 hops of United States"),
        ({"min_support": 2}, {"us", "troops"}, "relations stated at least 2 times"),
        (
            {"focus": "Iraq", "min_support": 2},
            {"iraq"},
            "entities within 1 hop of Iraq, relations stated at least 2 times",
        ),
        ({"top": 2}, {"us", "troops"}, "the 2 most connected"),
    ],
)
def test_select_table(options: dict[str, object], nodes: set[str], description: str) -> None:
    view = select(_graph(), **options)  # type: ignore[arg-type]
    assert set(view.graph.nodes) == nodes
    assert view.description == description
    assert (view.total_nodes, view.total_edges) == (6, 4)
    assert view.truncated == (nodes != set(_graph().nodes))


def test_select_unknown_entity_suggests_near_names() -> None:
    with pytest.raises(InputError, match=r"no entity named 'ira' .*did you mean Iran, Iraq\?"):
        find_entity(_graph(), "ira")


@pytest.mark.parametrize("options", [{"hops": -1}, {"top": 0}, {"min_support": 0}])
def test_select_rejects_out_of_range_options(options: dict[str, int]) -> None:
    with pytest.raises(InputError):
        select(_graph(), **options)  # type: ignore[arg-type]
