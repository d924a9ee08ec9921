"""The extraction cache: re-runs parse nothing, changes parse only what changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.cache
from kg.cache import CACHE_FILE, ExtractionCache, cache_key
from kg.pipeline import build_paths
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "news"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("*.json"))
    return folder


def _build(corpus: Path, cache_path: Path, **options: object) -> tuple[int, int, str]:
    with ExtractionCache(cache_path) as cache:
        result = build_paths([corpus], cache=cache, **options)  # type: ignore[arg-type]
    return result.parsed, result.cached, result.stats.line()


def test_cache_rerun_parses_nothing_and_gives_the_same_graph(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    parsed, cached, first = _build(corpus, cache)
    assert (parsed, cached) == (4, 0)
    assert _build(corpus, cache) == (0, 4, first)


def test_cache_added_document_is_the_only_one_parsed(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    (corpus / "05_new.txt").write_text("The UN sent food aid to Mosul in March.", encoding="utf-8")
    parsed, cached, line = _build(corpus, cache)
    assert (parsed, cached) == (1, 4) and line.startswith("5 documents")


def test_cache_changed_document_is_parsed_again(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    path = sorted(corpus.glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nThe talks ended on Friday.", encoding="utf-8")
    assert _build(corpus, cache)[:2] == (1, 3)


def test_cache_same_text_under_another_name_is_renamed(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    first = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(first, corpus / "zz_copy.txt")
    with ExtractionCache(cache) as store:
        result = build_paths([corpus], cache=store)
    assert (result.parsed, result.cached) == (0, 5)
    assert {t.doc_id for t in result.triples} >= {first.name, "zz_copy.txt"}


def test_cache_new_kg_version_invalidates(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    monkeypatch.setattr(kg.cache, "EXTRACTION_VERSION", "a later version")
    assert _build(corpus, cache)[:2] == (4, 0)


def test_cache_other_model_invalidates(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "model_version", lambda name: "3.8.1")  # the same model, another release
    assert _build(corpus, cache)[:2] == (4, 0)


@pytest.mark.parametrize(
    ("change", "options"),
    [
        ("text", {"text": "The US left."}),
        ("model", {"model": "en_core_web_md"}),
        ("model version", {"model_version": "3.9.0"}),
        ("kg version", {"kg_version": "0"}),
    ],
)
def test_cache_key_depends_on_each_part(change: str, options: dict[str, str]) -> None:
    base = {"text": "The US left Iraq.", "model": "en_core_web_sm", "model_version": "3.8.0"}
    assert cache_key(**{**base, **options}) != cache_key(**base), change  # type: ignore[arg-type]


def test_cache_damaged_entry_is_recomputed(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    import sqlite3

    with sqlite3.connect(cache) as db:
        db.execute("UPDATE extraction SET data = x'00'")
    assert _build(corpus, cache)[:2] == (4, 0)
