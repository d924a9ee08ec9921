from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from kg.errors import OutputError
from kg.export.parallel import run_writers
from kg.pipeline import BuildResult, output_writers, write_outputs


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_parallel_outputs_identical_to_one_process(seed_result: BuildResult, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert write_outputs(seed_result, one, jobs=1) == [one / name for name in output_writers(seed_result)]
    write_outputs(seed_result, two, jobs=2)
    assert _files(one) == _files(two)
    assert len(_files(one)) == 8 and all(_files(one).values())


def _fails(out: IO[bytes]) -> None:
    out.write(b"half a file")
    raise ValueError("renderer broke")


def _dies(out: IO[bytes]) -> None:
    os._exit(3)


@pytest.mark.parametrize(
    ("jobs", "writer", "error"),
    [(1, _fails, "renderer broke"), (2, _fails, "renderer broke"), (2, _dies, "a process writing the outputs died")],
    ids=["raises-1-job", "raises-2-jobs", "worker-dies"],
)
def test_parallel_failure_leaves_previous_outputs(
    seed_result: BuildResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jobs: int,
    writer: Callable[[IO[bytes]], None],
    error: str,
) -> None:
    write_outputs(seed_result, tmp_path)
    before = _files(tmp_path)
    real = output_writers

    def broken(result: BuildResult, **options: str) -> dict[str, object]:
        return {**real(result, **options), "graph.png": writer}

    monkeypatch.setattr("kg.pipeline.output_writers", broken)
    with pytest.raises((ValueError, OutputError), match=error):
        write_outputs(seed_result, tmp_path, jobs=jobs)
    assert _files(tmp_path) == before  # nothing renamed, no temporary file left


def test_parallel_dead_worker_is_an_output_error(tmp_path: Path) -> None:
    writers = {"a": _dies, "b": lambda out: out.write(b"b")}
    with pytest.raises(OutputError, match="a process writing the outputs died"):
        run_writers(writers, {"a": tmp_path / "a", "b": tmp_path / "b"}, jobs=2)
