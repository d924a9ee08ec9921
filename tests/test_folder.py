"""A build into an output folder when the environment fails: one line, a documented exit code,
the previous outputs as they were and no temporary file left."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import pytest
from rdflib import Graph

import kg.cache
from kg.cache import CACHE_FILE, CACHE_FORMAT, ExtractionCache
from kg.cli import main
from kg.export import parallel
from kg.export.networkx_io import read_json
from kg.manifest import MANIFEST_FILE

TEXT = "The United States withdrew its troops from Iraq in 2011."
ADDED = "\nThe UN sent food aid to Mosul."
OUTPUTS = ("graph.ttl", "graph.json", "graph.graphml", "graph.png", "graph.html", "triples.jsonl", "merges.jsonl")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of one file and the folder one build wrote from it."""
    work = tmp_path_factory.mktemp("built")
    (work / "in").mkdir()
    (work / "in" / "news.txt").write_text(TEXT, encoding="utf-8")
    assert main(["build", str(work / "in"), "--out", str(work / "out"), "--quiet", "--jobs", "1"]) == 0
    return work


@pytest.fixture
def built(template: Path, tmp_path: Path) -> Path:
    """A copy of the template: tmp_path/in/news.txt and tmp_path/out/ as its build left them."""
    shutil.copytree(template, tmp_path, dirs_exist_ok=True)
    return tmp_path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _build(capsys: pytest.CaptureFixture[str], work: Path, *options: str) -> tuple[int, str, str]:
    code = main(["build", str(work / "in"), "--out", str(work / "out"), "--quiet", "--jobs", "1", *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _change_input(work: Path) -> None:
    with (work / "in" / "news.txt").open("a", encoding="utf-8") as text:
        text.write(ADDED)


def _outputs_parse(out: Path) -> None:
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0
    read_json(out / "graph.json")


def _drop_dac_override() -> None:
    """In the child: as root, lose the power to write where the permission bits say no."""
    if os.geteuid() == 0:
        pr_capbset_drop, cap_dac_override = 24, 1
        if ctypes.CDLL(None, use_errno=True).prctl(pr_capbset_drop, cap_dac_override, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_folder_not_writable_is_one_line_before_any_work(built: Path) -> None:
    out = built / "out"
    before = _files(out)
    _change_input(built)
    out.chmod(0o555)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(built / "in"), "--out", str(out)],
            capture_output=True,
            text=True,
            preexec_fn=_drop_dac_override,
        )
    finally:
        out.chmod(0o755)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"kg: error: {out}: the output folder is not writable (Permission denied)\n"
    assert _files(out) == before


def test_folder_out_names_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "out").write_text("my notes")
    assert _build(capsys, tmp_path) == (
        1,
        "",
        f"kg: error: {tmp_path / 'out'}: is a file, not a folder (--out names the output folder)\n",
    )
    assert (tmp_path / "out").read_text() == "my notes"


def _fill_disk(name: str) -> Callable[[Callable[[IO[bytes]], None], Path], None]:
    """A file writer that, for output NAME, writes half a file and finds the disk full."""
    real = parallel._write

    def write(writer: Callable[[IO[bytes]], None], path: Path) -> None:
        if not path.name.startswith(f".{name}."):
            return real(writer, path)
        with path.open("wb") as out:
            out.write(b"half a file")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    return write


@pytest.mark.parametrize(
    ("name", "jobs"), [("graph.ttl", "1"), ("report.json", "1"), ("graph.json", "2")], ids=["ttl", "last", "forked"]
)
def test_folder_disk_full_while_writing_keeps_the_previous_outputs(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str, jobs: str
) -> None:
    out = built / "out"
    before = _files(out)
    _change_input(built)
    monkeypatch.setattr(parallel, "_write", _fill_disk(name))
    code, stdout, stderr = _build(capsys, built, "--jobs", jobs)
    assert (code, stdout) == (1, "")
    assert (
        stderr
        == f"kg: error: {out}/: cannot write the outputs (No space left on device); the previous outputs are kept\n"
    )
    after = _files(out)
    assert {k: v for k, v in after.items() if k != CACHE_FILE} == {k: v for k, v in before.items() if k != CACHE_FILE}
    with ExtractionCache(out / CACHE_FILE) as cache:  # it kept the parsed text, for the next try
        assert cache.notice is None


class _FullDatabase:
    """A SQLite connection on a full disk: every write fails as SQLite reports it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def test_folder_disk_full_in_the_cache_keeps_the_previous_outputs(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = built / "out"
    before = _files(out)
    _change_input(built)
    connect = sqlite3.connect
    monkeypatch.setattr(kg.cache.sqlite3, "connect", lambda *a, **k: _FullDatabase(connect(*a, **k)))
    code, stdout, stderr = _build(capsys, built)
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"kg: error: {out / CACHE_FILE}: the cache cannot be used (database or disk is full); "
        "use --no-cache, or delete the file\n"
    )
    assert _files(out) == before


def test_folder_disk_full_for_the_manifest_is_a_warning(
    built: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The outputs are complete and in place; only the next build's "up to date" shortcut is lost."""
    out = built / "out"
    _change_input(built)

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("kg.folder.write_manifest", full)
    code, stdout, stderr = _build(capsys, built)
    assert code == 0 and "wrote 8 files" in stdout
    assert stderr == (
        f"kg: warning: {out / MANIFEST_FILE}: not written (No space left on device); the next build reads the cache\n"
    )
    _outputs_parse(out)
    assert "Mosul" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: b"garbage " * 512, "file is not a database"),
        (lambda data: data[: len(data) // 2], "database disk image is malformed"),
    ],
    ids=["garbage", "truncated"],
)
def test_folder_damaged_cache_is_set_aside_and_the_build_goes_on(
    built: Path, capsys: pytest.CaptureFixture[str], damage: Callable[[bytes], bytes], reason: str
) -> None:
    out = built / "out"
    bad = damage((out / CACHE_FILE).read_bytes())
    (out / CACHE_FILE).write_bytes(bad)
    _change_input(built)
    code, stdout, stderr = _build(capsys, built)
    assert code == 0 and "(1 parsed, 0 from the cache)" in stdout
    assert stderr == (
        f"kg: warning: {out / CACHE_FILE}: damaged cache ({reason}), moved to {CACHE_FILE}.damaged; "
        "starting a new one\n"
    )
    assert (out / f"{CACHE_FILE}.damaged").read_bytes() == bad
    _outputs_parse(out)
    assert _build(capsys, built)[1].startswith("up to date")


def test_folder_cache_of_a_newer_kg_is_one_line_and_no_cache_builds(
    built: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = built / "out"
    with sqlite3.connect(out / CACHE_FILE) as db:
        db.execute(f"PRAGMA user_version = {CACHE_FORMAT + 1}")
    before = _files(out)
    _change_input(built)
    assert _build(capsys, built) == (
        1,
        "",
        f"kg: error: {out / CACHE_FILE}: written by a newer kg (cache format {CACHE_FORMAT + 1}; this kg reads "
        f"format {CACHE_FORMAT}): use --no-cache, or delete the file\n",
    )
    assert _files(out) == before
    code, stdout, stderr = _build(capsys, built, "--no-cache")
    assert (code, stderr) == (0, "") and "wrote 8 files" in stdout
    assert (out / CACHE_FILE).read_bytes() == before[CACHE_FILE]
