"""Real web text (EWT reviews and answers): common nouns stay in their document, no pronoun is a node."""

from __future__ import annotations

import pytest

from kg.graph.report import PRONOUN_LABELS, quality_report
from kg.pipeline import BuildResult, build_paths
from tests.conftest import DATA

#: Documents of the English Web Treebank that all speak of "the place" (or "this place").
PLACES = [
    path
    for path in sorted((DATA / "ewt").glob("*.txt"))
    if "the place" in (text := path.read_text(encoding="utf-8").lower()) or "this place" in text
]


@pytest.fixture(scope="module")
def places() -> BuildResult:
    return build_paths(PLACES)


def test_documents_common_nouns_never_join_two_documents(places: BuildResult) -> None:
    assert len(PLACES) >= 20
    for node, data in places.graph.nodes(data=True):
        documents = {o["doc_id"] for o in data["occurrences"]}
        if data["kind"] != "entity":
            assert len(documents) == 1, (node, documents)
    place_nodes = [n for n, d in places.graph.nodes(data=True) if d["label"].lower() == "place"]
    assert len(place_nodes) >= 10  # one per document that says it


def test_documents_no_pronoun_nodes(places: BuildResult) -> None:
    report = quality_report(places.graph)
    assert report["pronoun_nodes"] == 0
    assert not {str(d["label"]).lower() for _, d in places.graph.nodes(data=True)} & PRONOUN_LABELS
