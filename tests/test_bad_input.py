"""Bad input never crashes kg or corrupts its output: one warning line per bad document,
the run goes on, and what was written still parses."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.cli import main
from kg.export.networkx_io import read_json
from kg.lock import LOCK_FILE, folder_lock, holder
from tests.conftest import DATA, SEED_ARTICLE

GOOD = "The United States withdrew its troops from Iraq in 2011."

Writer = Callable[[Path], None]


def _text(name: str, content: str) -> Writer:
    return lambda folder: (folder / name).write_text(content, encoding="utf-8")


def _bytes(name: str, content: bytes) -> Writer:
    return lambda folder: (folder / name).write_bytes(content)


def _tiny_files(folder: Path) -> None:
    sub = folder / "tiny"
    sub.mkdir()
    for n in range(1500):
        (sub / f"{n:04d}.txt").write_text(f"Iraq signed deal {n} with Iran.", encoding="utf-8")


def _symlink_loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)


def _unreadable(folder: Path) -> None:
    (folder / "unreadable.txt").symlink_to("/proc/self/mem")  # a file whose every read fails, even for root


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


# name, how to make it, the warning line's tail (or "" for none), documents built from the folder
INPUTS: list[tuple[str, Writer, str, int]] = [
    ("empty file", _text("empty.txt", ""), "empty.txt: skipped: empty (no text)", 1),
    ("whitespace only", _text("blank.txt", " \n\t\n  "), "blank.txt: skipped: empty (no text)", 1),
    ("PDF", _bytes("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "scan.txt: skipped: a binary file (PDF)", 1),
    ("PNG", _bytes("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "photo.txt: skipped: a binary file (PNG)", 1),
    ("zip", _bytes("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"), "archive.md: skipped: a binary file (zip)", 1),
    ("Latin-1", _bytes("latin1.txt", "Le café à Bagdad.".encode("latin-1")), "latin1.txt: skipped: not UTF-8 text", 1),
    ("UTF-16 with BOM", _bytes("utf16.txt", "Iraq borders Iran.".encode("utf-16")), "", 2),
    (
        "5 MB sentence without punctuation",
        _text("huge.txt", ("the army moved north and the rebels moved south " * 104_200)[:5_000_000]),
        "huge.txt: skipped: 5,000,000 characters, more than the model's max_length (1,000,000)",
        1,
    ),
    ("very long line", _text("line.txt", "The army moved north and the rebels moved south " * 400), "", 2),
    (
        "HTML page",
        _text(
            "page.txt",
            "<!DOCTYPE html><html><head><title>t</title><script>var x = 1;</script></head>"
            "<body><h1>News</h1><p>The UN sent <b>aid</b> to Mosul.</p></body></html>",
        ),
        "page.txt: read: HTML markup removed",
        2,
    ),
    (
        "Markdown",
        _text("notes.md", "# Aid\n\nThe **UN** sent [aid](https://example.org) to Mosul.\n\n- food\n- water\n"),
        "notes.md: read: Markdown markup removed",
        2,
    ),
    (
        "Chinese",
        _text("zh.txt", "伊拉克和美国同意分阶段撤出联军部队。" * 5),
        "zh.txt: skipped: not English (mostly CJK script)",
        1,
    ),
    (
        "German",
        _text(
            "de.txt",
            "Der Vertrag wurde am Montag von beiden Regierungen in Bagdad unterzeichnet, nachdem die "
            "Verhandlungen über den Abzug der Truppen monatelang gedauert hatten und die Minister sich auf "
            "einen Zeitplan für die nächsten zwei Jahre geeinigt hatten.",
        ),
        "de.txt: skipped: not English",
        1,
    ),
    (
        "emoji, zero-width and control characters",
        _text("odd.txt", "Iraq\u200b signed\x07 a deal 🎉 with\u2060 Iran\x1b[31m."),
        "odd.txt: read: 4 invisible or control characters removed",
        2,
    ),
    ("thousands of tiny files", _tiny_files, "", 1501),
    ("symbolic link loop", _symlink_loop, "up: skipped: a symbolic link loop (folder already read)", 1),
    ("unreadable file", _unreadable, "unreadable.txt: skipped: cannot be read (Input/output error)", 1),
    ("named pipe", _fifo, "pipe.txt: skipped: not a regular file", 1),
]


def _outputs_parse(out: Path) -> None:
    Graph().parse(out / "graph.ttl", format="turtle")
    read_json(out / "graph.json")
    nx.read_graphml(out / "graph.graphml")
    page = (out / "graph.html").read_text(encoding="utf-8")
    json.loads(page.split('<script type="application/json" id="kg-data">')[1].split("</script>")[0])
    assert (out / "graph.png").read_bytes().startswith(b"\x89PNG")


def _build(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["build", *args, "--quiet", "--jobs", "1"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("name", "make", "warning", "documents"), INPUTS, ids=[i[0] for i in INPUTS])
def test_bad_input_is_handled_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: Writer, warning: str, documents: int
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    make(corpus)
    code, stdout, stderr = _build(capsys, str(corpus), "--out", str(out))
    assert code == 0, stderr
    lines = stderr.strip().splitlines()
    if warning:
        assert len(lines) == 1 and lines[0].startswith("kg: warning: ") and warning in lines[0], lines
    else:
        assert lines == []
    assert stdout.startswith(f"{documents} documents"), stdout
    _outputs_parse(out)


def test_bad_input_only_bad_inputs_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _text("zh.txt", "伊拉克和美国同意分阶段撤出联军部队。" * 5)(tmp_path)
    code, _, stderr = _build(capsys, str(tmp_path), "--out", str(tmp_path / "out"))
    assert code == 1 and stderr.strip().endswith(
        "no readable .txt or .md documents in " + str(tmp_path) + " (1 skipped)"
    )
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_bad_input_missing_path_is_skipped_beside_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = _build(capsys, str(SEED_ARTICLE), str(tmp_path / "nowhere"), "--out", str(tmp_path / "o"))
    assert code == 0 and stderr.strip() == f"kg: warning: {tmp_path / 'nowhere'}: skipped: no such file or folder"
    assert "1 skipped" in stdout
    only_missing = _build(capsys, str(tmp_path / "nowhere"), "--out", str(tmp_path / "o2"))
    assert only_missing[0] == 1


@pytest.mark.parametrize(
    ("blocker", "message"),
    [
        ("file", "is a file, not a folder (--out names the output folder)"),
        ("file-parent", "cannot create the output folder"),
    ],
)
def test_bad_input_unwritable_output_is_reported_before_any_work(tmp_path: Path, blocker: str, message: str) -> None:
    (tmp_path / "taken").write_text("a file, not a folder")
    out = tmp_path / "taken" if blocker == "file" else tmp_path / "taken" / "out"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SEED_ARTICLE), "--out", str(out)], capture_output=True, text=True
    )
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"kg: error: {out}: {message}") and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "taken").read_text() == "a file, not a folder"
    assert time.perf_counter() - started < 20  # no parsing happened (the check runs before the model loads)


def test_bad_input_kill_midway_leaves_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(SEED_ARTICLE), "--out", str(out), "--no-cache"],
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    corpus = DATA / "ewt"
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--no-cache", "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(6)  # loading the model and parsing: a long way from writing
    assert process.poll() is None, "the build finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.name != LOCK_FILE}
    assert after == before
    _outputs_parse(out)
    assert holder(out) == process.pid  # the killed build's lock file stays, but its lock died with it:
    with folder_lock(out, wait=False):
        assert holder(out) == os.getpid()


def test_bad_input_interrupt_exits_130_and_keeps_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kg", "build", str(SEED_ARTICLE), "--out", str(out)], check=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(DATA / "ewt"), "--out", str(out), "--jobs", "1", "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_bad_input_no_network_connection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("kg must not open network connections here")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    code, _, stderr = _build(capsys, str(SEED_ARTICLE), "--out", str(tmp_path / "out"))
    assert code == 0, stderr
    assert main(["render", str(tmp_path / "out"), "--out", str(tmp_path / "d.html")]) == 0
    assert attempts == []


def test_bad_input_file_names_never_escape_the_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, out = tmp_path / "in", tmp_path / "out"
    (corpus / ".." / "in" / "deep" / "..x").mkdir(parents=True)
    for name in ["<script>alert(1)<script>.txt", "a;rm -rf ~.txt", "..%2f..%2fetc.txt", "deep/..x/x.txt", "ü €.md"]:
        (corpus / name).write_text(GOOD, encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    code, _, stderr = _build(capsys, str(corpus), "--out", str(out))
    assert code == 0, stderr
    created = sorted(set(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) - set(before))
    assert all(p.parts[0] == "out" and len(p.parts) <= 2 for p in created), created
    assert {p.name for p in out.iterdir()} == {
        "graph.ttl",
        "graph.json",
        "graph.graphml",
        "graph.png",
        "graph.html",
        "triples.jsonl",
        "merges.jsonl",
        "report.json",
        ".kg-cache.sqlite",
        ".kg-manifest.json",
    }
    _outputs_parse(out)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_bad_input_fuzz_never_shows_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / "input.txt").write_bytes(data)
    code, _, stderr = _build(capsys, str(folder / "input.txt"), "--out", str(folder / "out"), "--no-cache")
    assert code in (0, 1) and "Traceback" not in stderr
    assert all(line.startswith("kg: ") for line in stderr.splitlines())
    if code == 0:
        _outputs_parse(folder / "out")
    else:
        assert not (folder / "out" / "graph.ttl").exists()
