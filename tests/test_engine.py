"""Every engine gives the same outputs: one process, several processes, a Dask LocalCluster."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.engine import extract_documents
from kg.errors import KGError
from kg.model import Document
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "news"


def _build(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(out), "--no-cache", *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jobs1")
    result = _build(out, "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize(
    "options", [["--jobs", "2"], ["--engine", "dask", "--jobs", "2"]], ids=["jobs-2", "dask-local-cluster"]
)
def test_engines_write_identical_outputs(one_process: Path, tmp_path: Path, options: list[str]) -> None:
    result = _build(tmp_path, *options)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in one_process.iterdir())
    assert names == sorted(p.name for p in tmp_path.iterdir()) and "graph.ttl" in names
    for name in names:
        assert (tmp_path / name).read_bytes() == (one_process / name).read_bytes(), name


def test_extract_documents_keeps_input_order_across_processes() -> None:
    documents = [Document(f"d{i}", f"Country {i} signed treaty {i} with the US.") for i in range(7)]
    found = list(extract_documents(documents, jobs=2, batch_size=2))
    assert [e.doc_id for e in found] == [f"d{i}" for i in range(7)]
    assert all(e.triples and e.triples[0].doc_id == e.doc_id for e in found)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_extract_documents_without_documents_starts_nothing(monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool or cluster was started for no documents")

    monkeypatch.setattr("kg.engine.ProcessPoolExecutor", refuse)
    monkeypatch.setattr("distributed.LocalCluster", refuse)
    assert list(extract_documents([], jobs=2, engine=engine)) == []


def test_extract_documents_unknown_engine() -> None:
    with pytest.raises(KGError, match="unknown engine 'spark'"):
        list(extract_documents([Document("a", "x")], engine="spark"))
