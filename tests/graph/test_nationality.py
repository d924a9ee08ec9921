"""A copula to a nationality or faith word (or a place noun's nationality) also joins the place or
faith the graph names."""

from __future__ import annotations

from importlib.resources import files

import pytest

from kg.graph.nationality import demonyms, named_place
from kg.pipeline import build_texts

#: (text, expected (source label, edge key, target label) edges)
JOINED = [
    (
        "Justin Bieber is a Canadian singer. He grew up in Canada.",
        {("Justin Bieber", "be Canadian", "Canada"), ("Justin Bieber", "be", "Canadian")},
    ),
    (
        "The Barbadian singer Rihanna toured France. She later visited Barbados.",
        {("Rihanna", "be Barbadian", "Barbados")},
    ),
    ("Ilhan Omar is Muslim. She often speaks about Islam.", {("Ilhan Omar", "be Muslim", "Islam")}),
    # a bare adjective as much as a noun it modifies
    (
        "Karim Haddad is Lebanese. Karim Haddad was born in Lebanon.",
        {("Karim Haddad", "be", "Lebanese"), ("Karim Haddad", "be Lebanese", "Lebanon")},
    ),
    ("Omar Khan is not Muslim. He often speaks about Islam.", {("Omar Khan", "not be Muslim", "Islam")}),
    (
        "Roger Federer is a Swiss tennis player. He lives in Switzerland.",
        {("Roger Federer", "be Swiss", "Switzerland")},
    ),
    # a place noun's nationality: the province is Canada's
    (
        "Ross Alger was a politician in the Canadian province of Alberta. He was born in Canada.",
        {("Alberta", "be province of", "Canada")},
    ),
]

#: (text, an edge the graph must not have): the place must be named; other words are no nationality
NOT_JOINED = [
    ("Rihanna is a Barbadian singer. She toured France.", ("Rihanna", "be Barbadian", "France")),
    ("Anna Pauker was a Jewish politician. She lived in Romania.", ("Anna Pauker", "be Jewish", "Romania")),
]


def _edges(text: str) -> set[tuple[str, str, str]]:
    graph = build_texts([text]).graph
    return {(graph.nodes[s]["label"], k, graph.nodes[t]["label"]) for s, t, k in graph.edges(keys=True)}


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_nationality_joins_the_place_named(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _edges(text)


@pytest.mark.parametrize(("text", "wrong"), NOT_JOINED)
def test_nationality_joins_nothing_else(text: str, wrong: tuple[str, str, str]) -> None:
    edges = _edges(text)
    assert wrong not in edges
    assert not any(k.startswith("be ") and target in {"France", "Romania"} for _, k, target in edges)


def test_nationality_edge_explains_itself() -> None:
    graph = build_texts(["Justin Bieber is a Canadian singer. He grew up in Canada."]).graph
    (person,) = [n for n, d in graph.nodes(data=True) if d["label"] == "Justin Bieber"]
    (data,) = [d for _, _, k, d in graph.edges(person, keys=True, data=True) if k == "be Canadian"]
    assert data["relation"].endswith(" Canadian")
    assert [s["rule"] for s in data["sentences"]] == ["nationality"]
    assert data["sentences"][0]["object_span"] == [19, 27]  # the word "Canadian" the fact rests on


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("American", "United States"),
        ("Americans", "United States"),
        ("the British", "United Kingdom"),
        ("Catholic", "Catholic Church"),
        ("Georgian", None),
        ("Jewish", None),
        ("Texan", "Texas"),
    ],
)
def test_nationality_table(word: str, place: str | None) -> None:
    assert named_place(word) == place


def test_nationality_table_names_each_word_once() -> None:
    table = files("kg.extract").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in table.splitlines() if line and not line.startswith("#")]
    assert all(len(row) == 2 and all(cell == cell.strip() and cell for cell in row) for row in rows)
    assert len(demonyms()) == len(rows) > 200  # no word given twice, nor two words one key
