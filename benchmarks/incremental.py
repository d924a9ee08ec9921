"""Incremental builds: first run vs. unchanged re-run vs. one added document.

Usage: python benchmarks/incremental.py [CORPUS_DIR]

Each run is a fresh ``kg build`` process writing into the same output folder (and cache);
the lines kg prints say how many documents each run parsed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data" / "ewt"
ADDED = "The ministry said on Tuesday that the new bridge over the Tigris will open in May."


def _run(corpus: Path, out: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"],
        check=True,
        capture_output=True,
        text=True,
    )
    return time.perf_counter() - started, done.stdout.splitlines()[0]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    with tempfile.TemporaryDirectory() as work:
        corpus, out = Path(work) / "corpus", Path(work) / "out"
        shutil.copytree(source, corpus)
        first, first_line = _run(corpus, out)
        again, again_line = _run(corpus, out)
        (corpus / "zz_added.txt").write_text(ADDED, encoding="utf-8")
        added, added_line = _run(corpus, out)
    print(f"corpus: {source}, {os.cpu_count()} cores, kg build --jobs 1")
    print(f"first run:        {first:7.2f} s  {first_line}")
    print(f"unchanged re-run: {again:7.2f} s  {again_line}")
    print(f"one added doc:    {added:7.2f} s  {added_line}")
    print(f"first / unchanged re-run: {first / again:.1f}x")


if __name__ == "__main__":
    main()
