"""``kg explain``'s text: facts with their sentences, hedged ones marked (kg.graph.explain)."""

from __future__ import annotations

import pytest

from kg.graph import build_graph
from kg.graph.explain import explain_text
from kg.model import Argument, Relation, Triple
from kg.pipeline import build_texts


def _fact(index: int, sentence: str, modality: str | None) -> Triple:
    return Triple(
        "d",
        index,
        sentence,
        Argument("Orbis Labs", 0, 10, "ORG"),
        Relation("sells", "sell", 11, 16),
        Argument("Peru", 17, 21, "GPE"),
        modality=modality,
    )


@pytest.mark.parametrize(
    ("modalities", "marked"),
    [([None], False), (["will"], False), (["aim to"], True), (["may", "whether"], True), (["may", None], False)],
)
def test_explain_marks_facts_not_asserted(modalities: list[str | None], marked: bool) -> None:
    triples = [_fact(i, f"Sentence {i}.", m) for i, m in enumerate(modalities)]
    text = explain_text(build_graph(triples), "Orbis Labs")
    fact = next(line for line in text.splitlines() if "--sell-->" in line)
    assert fact.endswith("not asserted)") is marked
    for index, modality in enumerate(modalities):
        tag = f" [{modality}]" if modality else ""
        assert f"    d#{index}{tag}: Sentence {index}." in text.splitlines()


def test_explain_lists_the_aliases_of_a_graph_read_from_rdf() -> None:
    from kg.export import export
    from kg.export.rdf_read import graph_from_rdf

    triples = [
        Triple(
            "d",
            0,
            "Orbis Labs sells to Peru.",
            Argument("Orbis Labs", 0, 10, "ORG"),
            Relation("sells", "sell", 11, 16),
            Argument("Peru", 20, 24, "GPE"),
        ),
        Triple(
            "d",
            1,
            "Orbis sells to Chile.",
            Argument("Orbis", 26, 31, "ORG", canonical="Orbis Labs", link="short-name"),
            Relation("sells", "sell", 32, 37),
            Argument("Chile", 41, 46, "GPE"),
        ),
    ]
    graph = graph_from_rdf(export(build_graph(triples), "turtle"), "turtle")
    lines = explain_text(graph, "Orbis Labs").splitlines()
    aliases = lines[lines.index("aliases:") + 1 : lines.index("facts:")]
    assert [a.strip() for a in aliases] == ["Orbis", "Orbis Labs"]


def test_explain_says_who_reports_a_fact() -> None:
    text = "Gorlan Technologies is a software company. Holm said that the company had moved its headquarters to Oslo."
    result = build_texts([text])
    links = [t for t in result.triples if t.rule == "clause-link" and t.object and t.object.text == "Oslo"]
    assert links and all(t.attribution == "Holm" for t in links)  # the link as its clause: reported by Holm
    assert "[according to Holm]: Holm said that" in explain_text(result.graph, "Gorlan Technologies")
