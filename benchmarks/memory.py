"""Peak memory of ``kg build`` on 1x, 4x and 16x the corpus.

Usage: python benchmarks/memory.py [CORPUS_DIR]

The corpus is repeated with each copy's documents renamed and every sentence kept, so the
graph grows with the copies only through new document ids and supporting sentences.
Peak RSS is the child's ``ru_maxrss``. The graph's own size is what the built graph and
its triples take in memory, measured with tracemalloc by loading graph.json and
triples.jsonl back (what a build holds once parsing is done), with graph.json's size on disk.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data" / "ewt"


def _peak_rss_mb(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before) / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    print(f"corpus: {source}, {os.cpu_count()} cores, kg build --jobs 1 --no-cache")
    peaks: dict[int, tuple[float, float]] = {}
    for copies in (1, 4, 16):
        with tempfile.TemporaryDirectory() as work:
            corpus, out = Path(work) / "corpus", Path(work) / "out"
            for n in range(copies):
                shutil.copytree(source, corpus / f"copy{n:02d}")
            command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out)]
            # each size in its own process, so ru_maxrss is this build's own peak
            peak = float(
                subprocess.run(
                    [sys.executable, __file__, "--measure", *command, "--jobs", "1", "--no-cache", "--quiet"],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout.strip()
            )
            graph_mb = (out / "graph.json").stat().st_size / 1e6
            held = float(
                subprocess.run(
                    [sys.executable, __file__, "--graph-size", str(out)], check=True, capture_output=True, text=True
                ).stdout.strip()
            )
            words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.rglob("*.txt"))
        peaks[copies] = (peak, held)
        print(
            f"{copies:2d}x corpus ({words:,} words): peak RSS {peak:7.1f} MB, graph in memory {held:6.1f} MB, "
            f"graph.json {graph_mb:6.1f} MB"
        )
    (one, _), (sixteen, graph16) = peaks[1], peaks[16]
    print(f"16x peak {sixteen:.1f} MB vs 2 x 1x peak + graph = {2 * one + graph16:.1f} MB")


def _graph_size_mb(out: Path) -> float:
    import tracemalloc

    tracemalloc.start()
    from kg.export.networkx_io import read_json
    from kg.model import Triple

    graph = read_json(out / "graph.json")
    with (out / "triples.jsonl").open(encoding="utf-8") as lines:
        triples = [Triple.from_dict(json.loads(line)) for line in lines]
    size = tracemalloc.get_traced_memory()[0] / 1e6
    del graph, triples
    return size


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        print(_peak_rss_mb(sys.argv[2:]))
    elif len(sys.argv) > 1 and sys.argv[1] == "--graph-size":
        print(_graph_size_mb(Path(sys.argv[2])))
    else:
        main()
