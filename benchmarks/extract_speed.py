"""Time spaCy parsing alone against parsing plus kg's extraction, on the EWT corpus.

Usage: python benchmarks/extract_speed.py [CORPUS_DIR] [--repeat N]

Extraction is what ``kg build`` runs on each document: its triples, resolved, and its
entity mentions (:func:`kg.extract.doc_extractions`, given the text as the build gives it).
Both halves run with the build's garbage-collector settings: its thresholds, and the model
kept out of collections once loaded (``gc.freeze``).
Three measures, each over N runs:

- paired: one streamed run (``nlp.pipe``, each doc extracted as it comes) timing the
  extraction calls and, apart, the time spent in spaCy. Both halves share the same seconds
  of a shared machine, whose speed drifts by 30% from one minute to the next, so their
  ratio is the steadiest figure: (spaCy + extraction) / spaCy, median of N runs;
- separate: a parse-only run and a parse+extract run, round robin, best of N;
- direct: extraction alone on docs parsed beforehand, best of N, against the parse-only run.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from kg.cli import BUILD_GC_THRESHOLDS
from kg.extract import doc_extractions
from kg.io import read_documents
from kg.nlp import load_pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parent / "data" / "ewt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = [d.text for d in read_documents([args.corpus])]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:20]))  # warm up
    gc.set_threshold(*BUILD_GC_THRESHOLDS)  # as kg build runs
    gc.freeze()

    def parse() -> None:  # what the build would cost without kg: parse, drop the doc
        for _ in nlp.pipe(texts, batch_size=64):
            pass

    def parse_and_extract() -> float:  # what a build runs, document by document; returns extraction seconds
        extracting = 0.0
        for doc, text in nlp.pipe(((text, text) for text in texts), as_tuples=True, batch_size=64):
            started = time.perf_counter()
            doc_extractions(doc, text=text)
            extracting += time.perf_counter() - started
        return extracting

    times: dict[str, list[float]] = {"parse": [], "full": [], "extract": []}
    paired: list[tuple[float, float]] = []  # (seconds in spaCy, seconds extracting) of one streamed run
    for _ in range(args.repeat):  # round robin: a slow spell of a shared machine hits every figure alike
        started = time.perf_counter()
        parse()
        times["parse"].append(time.perf_counter() - started)
        started = time.perf_counter()
        extracting = parse_and_extract()
        total = time.perf_counter() - started
        times["full"].append(total)
        paired.append((total - extracting, extracting))
    docs = list(nlp.pipe(texts, batch_size=64))
    for _ in range(args.repeat):
        started = time.perf_counter()
        for doc, text in zip(docs, texts, strict=True):
            doc_extractions(doc, text=text)
        times["extract"].append(time.perf_counter() - started)
    words = sum(1 for doc in docs for t in doc if not (t.is_punct or t.is_space))
    triples = sum(len(doc_extractions(doc)[0]) for doc in docs)

    parse, full, extract = (min(times[name]) for name in ("parse", "full", "extract"))
    median = {name: statistics.median(values) for name, values in times.items()}
    ratios = [(spacy + extracting) / spacy for spacy, extracting in paired]
    print(f"corpus: {args.corpus} ({len(texts)} documents, {words} words, {triples} triples), {args.repeat} runs")
    print("paired, in each streamed run (spaCy s + extraction s):")
    print("  " + "; ".join(f"{spacy:.2f} + {extracting:.2f}" for spacy, extracting in paired))
    print(f"  ratio (spaCy + extraction) / spaCy: median {statistics.median(ratios):.3f}, max {max(ratios):.3f}")
    print("separate runs, best of N (median):")
    print(f"  parse only:      {parse:7.2f} s  ({words / parse:,.0f} words/s; median {median['parse']:.2f} s)")
    print(f"  parse + extract: {full:7.2f} s  ({words / full:,.0f} words/s; median {median['full']:.2f} s)")
    print(f"  ratio (parse + extract) / parse: {full / parse:.3f}  (medians {median['full'] / median['parse']:.3f})")
    print(f"direct: extract only {extract:.2f} s on parsed docs (median {median['extract']:.2f} s)")
    print(f"  ratio (parse + extract-only) / parse: {(parse + extract) / parse:.3f}")


if __name__ == "__main__":
    main()
