"""Time spaCy parsing alone against parsing plus kg's extraction, on the EWT corpus.

Usage: python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N]

Prints words, parse-only seconds, parse+extract seconds, extraction seconds and the
ratio (parse+extract) / parse. Extraction is what ``kg build`` runs on each document:
its triples, resolved, and its entity mentions (:func:`kg.extract.doc_extractions`).
Parse-only and parse+extract stream the corpus alike (no doc is kept) and are timed
round robin; each figure is the best of N runs, with the median. Extraction time is
also measured directly on the already parsed docs.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.extract import doc_extractions
from kg.io import read_documents
from kg.nlp import load_pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "ewt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = [d.text for d in read_documents([args.corpus])]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:20]))  # warm up

    def parse() -> None:  # what the build would cost without kg: parse, drop the doc
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    def parse_and_extract() -> None:  # what a build runs, document by document
        for doc in nlp.pipe(texts, batch_size=64):
            doc_extractions(doc)

    times: dict[str, list[float]] = {"parse": [], "full": [], "extract": []}
    for _ in range(args.repeat):  # round robin: a slow spell of a shared machine hits every figure alike
        for name, run in (("parse", parse), ("full", parse_and_extract)):
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    docs = list(nlp.pipe(texts, batch_size=64))
    for _ in range(args.repeat):
        started = time.perf_counter()
        for doc in docs:
            doc_extractions(doc)
        times["extract"].append(time.perf_counter() - started)
    words = sum(1 for doc in docs for t in doc if not (t.is_punct or t.is_space))
    triples = sum(len(doc_extractions(doc)[0]) for doc in docs)

    parse, full, extract = (min(times[name]) for name in ("parse", "full", "extract"))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"corpus: {args.corpus} ({len(texts)} documents, {words} words, {triples} triples), best of {args.repeat}")
    print(f"parse only:        {parse:7.2f} s  ({words / parse:,.0f} words/s; median {median['parse']:.2f} s)")
    print(f"parse + extract:   {full:7.2f} s  ({words / full:,.0f} words/s; median {median['full']:.2f} s)")
    print(f"extract only:      {extract:7.2f} s  (on parsed docs; median {median['extract']:.2f} s)")
    print(f"ratio (parse + extract) / parse: {full / parse:.3f}  (medians {median['full'] / median['parse']:.3f})")
    print(f"ratio (parse + extract-only) / parse: {(parse + extract) / parse:.3f}")


if __name__ == "__main__":
    main()
