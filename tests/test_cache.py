"""The extraction cache: re-runs parse nothing, changes parse only what changed."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

import kg.cache
from kg.cache import CACHE_FILE, CACHE_FORMAT, ExtractionCache, cache_key
from kg.errors import OutputError
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
    with sqlite3.connect(cache) as db:
        db.execute("UPDATE extraction SET data = x'00'")
    assert _build(corpus, cache)[:2] == (4, 0)


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is no SQLite file\n" * 100)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("damage", "reason"),
    [(_garbage, "file is not a database"), (_truncated, "database disk image is malformed")],
    ids=["garbage", "truncated"],
)
def test_cache_damaged_file_is_set_aside_and_started_anew(
    corpus: Path, tmp_path: Path, damage: Callable[[Path], None], reason: str
) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    damage(cache)
    bad = cache.read_bytes()
    with ExtractionCache(cache) as store:
        assert store.notice == f"{cache}: damaged cache ({reason}), moved to {CACHE_FILE}.damaged; starting a new one"
        assert build_paths([corpus], cache=store).parsed == 4
    assert (tmp_path / f"{CACHE_FILE}.damaged").read_bytes() == bad
    assert _build(corpus, cache)[:2] == (0, 4)  # the new cache works


def test_cache_from_a_newer_kg_is_refused_and_left_alone(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    with sqlite3.connect(cache) as db:
        db.execute(f"PRAGMA user_version = {CACHE_FORMAT + 1}")
    before = cache.read_bytes()
    with pytest.raises(OutputError) as refused:
        ExtractionCache(cache)
    assert str(refused.value) == (
        f"{cache}: written by a newer kg (cache format {CACHE_FORMAT + 1}; this kg reads format {CACHE_FORMAT}): "
        "use --no-cache, or delete the file"
    )
    assert cache.read_bytes() == before


def test_cache_without_a_format_mark_is_read_and_marked(corpus: Path, tmp_path: Path) -> None:
    """A cache from before the format mark (user_version 0) has the same table: kept, then marked."""
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    with sqlite3.connect(cache) as db:
        db.execute("PRAGMA user_version = 0")
    assert _build(corpus, cache)[:2] == (0, 4)
    with closing(sqlite3.connect(cache)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (CACHE_FORMAT,)


def test_cache_locked_by_another_writer_is_one_output_error(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / CACHE_FILE
    _build(corpus, cache)
    with closing(sqlite3.connect(cache)) as other:
        other.execute("BEGIN EXCLUSIVE")  # another program writing, past kg's timeout
        with pytest.raises(OutputError) as locked:
            ExtractionCache(cache, timeout=0.1)
    assert str(locked.value) == (
        f"{cache}: the cache cannot be used (database is locked); use --no-cache, or delete the file"
    )
