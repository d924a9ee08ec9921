"""One build at a time in an output folder: the lock, and two real ``kg build`` processes meeting there."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from rdflib import Graph

from kg.errors import BusyError
from kg.export.networkx_io import read_json
from kg.lock import LOCK_FILE, folder_lock, holder
from kg.pipeline import BuildResult, write_outputs

KG_BUILD = [sys.executable, "-m", "kg", "build", "-", "--quiet", "--jobs", "1"]


def _until(condition: Callable[[], object], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def _line(stream: IO[str], timeout: float = 120) -> str:
    ready, _, _ = select.select([stream], [], [], timeout)
    assert ready, "no line in time"
    return stream.readline()


def test_lock_stale_file_of_a_dead_build_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / LOCK_FILE).write_text("999999999\n")  # a killed build's file: no process holds its lock
    told: list[str] = []
    with folder_lock(tmp_path, wait=False, on_wait=told.append):
        assert holder(tmp_path) == os.getpid()
    assert told == [] and not (tmp_path / LOCK_FILE).exists()


def test_lock_no_wait_names_the_holder(tmp_path: Path) -> None:
    with folder_lock(tmp_path), pytest.raises(BusyError) as busy, folder_lock(tmp_path, wait=False):
        pass  # the second open file is refused, even in this process
    assert str(busy.value) == (
        f"{tmp_path}/: another build (pid {os.getpid()}) is writing into this folder; "
        "run again when it ends, or without --no-wait"
    )


def test_lock_waiter_says_so_once_then_proceeds(tmp_path: Path) -> None:
    told: list[str] = []
    events: list[str] = []

    def second() -> None:
        with folder_lock(tmp_path, on_wait=told.append):
            events.append("second has it")
            assert holder(tmp_path) == os.getpid() and (tmp_path / LOCK_FILE).exists()

    with folder_lock(tmp_path):
        thread = threading.Thread(target=second)
        thread.start()
        _until(lambda: told, "the waiting message")
        time.sleep(0.1)
        assert events == []
        events.append("first done")  # the first holder then removes the file the second has open
    thread.join(30)
    assert events == ["first done", "second has it"]
    assert told == [f"waiting for the build into {tmp_path}/ (pid {os.getpid()}) to finish"]


def test_lock_write_outputs_waits_for_a_build_in_progress(seed_result: BuildResult, tmp_path: Path) -> None:
    told: list[str] = []
    written: list[Path] = []
    with folder_lock(tmp_path):
        thread = threading.Thread(
            target=lambda: written.extend(write_outputs(seed_result, tmp_path, on_wait=told.append))
        )
        thread.start()
        _until(lambda: told, "the waiting message")
        assert written == [] and not (tmp_path / "graph.ttl").exists()
    thread.join(60)
    assert len(written) == 8 and len(Graph().parse(tmp_path / "graph.ttl")) > 0


def _valid_outputs(out: Path, entity: str) -> None:
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 0
    labels = {data["label"] for _, data in read_json(out / "graph.json").nodes(data=True)}
    assert entity in labels, labels
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["entities"] == len(labels)
    assert not list(out.glob(".*.tmp"))


def test_lock_two_builds_into_one_folder(tmp_path: Path) -> None:
    """A build holds the folder from start to end: a second waits, saying so once; --no-wait exits 75.

    Both read standard input, so each holds the lock until the test gives it its text: no timing.
    """
    out = tmp_path / "out"
    first = subprocess.Popen([*KG_BUILD, "--out", str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    _until(lambda: holder(out) == first.pid, "the first build to lock the folder")
    second = subprocess.Popen(
        [*KG_BUILD, "--out", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert second.stderr is not None
    assert _line(second.stderr) == f"kg: waiting for the build into {out}/ (pid {first.pid}) to finish\n"

    hurried = subprocess.run([*KG_BUILD, "--out", str(out), "--no-wait"], input="x", capture_output=True, text=True)
    assert (hurried.returncode, hurried.stdout) == (75, "")
    assert hurried.stderr == (
        f"kg: error: {out}/: another build (pid {first.pid}) is writing into this folder; "
        "run again when it ends, or without --no-wait\n"
    )

    stdout, _ = first.communicate("Baghdad welcomed the UN envoy.", timeout=300)
    assert first.returncode == 0 and f"wrote 8 files to {out}/" in stdout
    _until(lambda: holder(out) == second.pid, "the second build to take the folder")
    _valid_outputs(out, "Baghdad")  # the first build's outputs, complete, while the second holds the folder

    stdout, stderr = second.communicate("Mosul thanked the Red Cross.", timeout=300)
    assert second.returncode == 0 and f"wrote 8 files to {out}/" in stdout
    assert stderr == ""  # the waiting line was the only one
    _valid_outputs(out, "Mosul")
    assert not (out / LOCK_FILE).exists()
