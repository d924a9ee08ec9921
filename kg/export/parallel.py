"""Write several output files at once, in forked processes that share the built graph.

A build's outputs (Turtle, GraphML, the picture, ...) each read the finished graph and
write one file; they do not depend on each other. Forked workers see the graph the parent
built without copying or pickling it, and send back only whether they succeeded.

Example:
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> run_writers({"a.txt": lambda out: out.write(b"a")}, {"a.txt": folder / "a.txt"}, jobs=2)
    >>> (folder / "a.txt").read_bytes()
    b'a'
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO

from kg.errors import OutputError

__all__ = ["run_writers"]

FileWriter = Callable[[IO[bytes]], None]

#: The writers of the current call, for forked workers to find by name (set before forking).
_WRITERS: dict[str, FileWriter] = {}


def _write(writer: FileWriter, path: Path) -> None:
    with path.open("wb") as out:
        writer(out)


def _write_named(name: str, path: Path) -> str:
    _write(_WRITERS[name], path)
    return name


def run_writers(writers: Mapping[str, FileWriter], paths: Mapping[str, Path], *, jobs: int = 1) -> None:
    """Call each of WRITERS (name -> function writing a binary file) on the file PATHS[name].

    With JOBS > 1, on a platform that forks (Linux), up to JOBS processes write at once,
    the writers taken in the order given (give the slowest first); otherwise one by one.

    Raises:
        OutputError: a writing process died without a Python error.
    """
    if jobs <= 1 or len(writers) <= 1 or not sys.platform.startswith("linux"):
        for name, writer in writers.items():
            _write(writer, paths[name])
        return
    _WRITERS.clear()
    _WRITERS.update(writers)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(writers)), mp_context=context) as pool:
            for future in [pool.submit(_write_named, name, paths[name]) for name in writers]:
                future.result()
    except BrokenProcessPool as error:
        raise OutputError(f"a process writing the outputs died ({error})") from error
    finally:
        _WRITERS.clear()
