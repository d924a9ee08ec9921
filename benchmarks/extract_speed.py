"""Time spaCy parsing alone against parsing plus kg's extraction, on the EWT corpus.

Usage: python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N]

Prints words, parse-only seconds, parse+extract seconds, extraction seconds and the
ratio (parse+extract) / parse. Extraction is what ``kg build`` runs on each document:
its triples, resolved, and its entity mentions (:func:`kg.extract.doc_extractions`).
Each figure is the best of N runs; extraction time is also measured directly on the
already parsed docs.
"""

from __future__ import annotations

import argparse
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

    parse_times, full_times, extract_times = [], [], []
    words = triples = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        parse_times.append(time.perf_counter() - started)

        started = time.perf_counter()
        found = 0
        for doc in nlp.pipe(texts, batch_size=64):
            found += len(doc_extractions(doc)[0])
        full_times.append(time.perf_counter() - started)

        started = time.perf_counter()
        triples = sum(len(doc_extractions(doc)[0]) for doc in docs)
        extract_times.append(time.perf_counter() - started)
        words = sum(1 for doc in docs for t in doc if not (t.is_punct or t.is_space))

    parse, full, extract = min(parse_times), min(full_times), min(extract_times)
    print(f"corpus: {args.corpus} ({len(texts)} documents, {words} words, {triples} triples)")
    print(f"parse only:        {parse:7.2f} s  ({words / parse:,.0f} words/s)")
    print(f"parse + extract:   {full:7.2f} s  ({words / full:,.0f} words/s)")
    print(f"extract only:      {extract:7.2f} s  (on parsed docs)")
    print(f"ratio (parse + extract) / parse: {full / parse:.3f}")
    print(f"ratio (parse + extract-only) / parse: {(parse + extract) / parse:.3f}")


if __name__ == "__main__":
    main()
