"""Words per second: bare spaCy parsing vs. a full ``kg build`` (one process and --jobs 2).

Usage: python benchmarks/throughput.py [CORPUS_DIR] [--repeat N]

Every figure is the best of N runs, taken round robin (the median is printed too), each in a
fresh process, model loading included:
- bare spaCy: ``spacy.load`` + ``nlp.pipe`` over the corpus texts (what kg's parse costs);
- kg build --jobs 1 / --jobs 2 --no-cache: reading, parsing, extraction, graph and all output files.
Prints the ratios the issue asks for: build / parse (one process) and jobs-1 / jobs-2, from the
best of each, and round by round (runs a minute apart share more of a shared machine's mood).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data" / "ewt"
PARSE = """
import sys, spacy
from pathlib import Path
from kg.nlp import DEFAULT_MODEL
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).rglob("*.txt"))]
nlp = spacy.load(DEFAULT_MODEL)
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in args.corpus.rglob("*.txt"))

    with tempfile.TemporaryDirectory() as out:
        kg = [sys.executable, "-m", "kg", "build", str(args.corpus), "--out", out, "--no-cache", "--quiet"]
        runs = {
            "bare spaCy parse": [sys.executable, "-c", PARSE, str(args.corpus)],
            "kg build --jobs 1": [*kg, "--jobs", "1"],
            "kg build --jobs 2": [*kg, "--jobs", "2"],
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):  # round robin, so a slow spell of a shared machine hits every run alike
            for name, command in runs.items():
                times[name].append(_timed(command))
        best = {name: min(values) for name, values in times.items()}

    print(f"corpus: {args.corpus} ({words:,} words), {os.cpu_count()} cores, best of {args.repeat}")
    for name, seconds in best.items():
        median = statistics.median(times[name])
        print(f"{name:20} {seconds:7.2f} s  {words / seconds:8,.0f} words/s  (median {median:.2f} s)")
    one, two, bare = times["kg build --jobs 1"], times["kg build --jobs 2"], times["bare spaCy parse"]
    overhead = [b / p for b, p in zip(one, bare, strict=True)]  # each round's runs came a minute apart
    speed_up = [b1 / b2 for b1, b2 in zip(one, two, strict=True)]
    print(f"kg build --jobs 1 / bare parse: {min(one) / min(bare):.3f} (best of each);")
    print(f"  round by round {', '.join(f'{r:.3f}' for r in overhead)}: median {statistics.median(overhead):.3f}")
    print(f"speed-up --jobs 2 over --jobs 1: {min(one) / min(two):.2f}x (best of each);")
    print(f"  round by round {', '.join(f'{r:.2f}' for r in speed_up)}: median {statistics.median(speed_up):.2f}x")


if __name__ == "__main__":
    main()
