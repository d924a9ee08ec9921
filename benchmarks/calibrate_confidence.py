"""Fit kg's confidence weights on the CaRB dev split and check them on held-out halves.

Usage: python benchmarks/calibrate_confidence.py [--gold FILE] [--l2 L] [--seed N]

Each extraction's target is its best CaRB precision against the sentence's gold tuples;
a logistic model over :func:`kg.extract.confidence.features` is fitted to it (soft-label
cross-entropy, L2, gradient descent in numpy). The script prints CaRB AUC/P/R/F1 with the
current weights and with fitted ones, on two-fold splits of the sentences (fit on one half,
score the other), then the weights fitted on all of dev, ready for ``WEIGHTS``.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kg.eval.carb import Extraction, carb_row, match, read_gold, score, sentence_key
from kg.extract import doc_triples
from kg.extract.confidence import WEIGHTS, features
from kg.nlp import load_pipeline

DEFAULT_GOLD = Path(__file__).resolve().parent / "data" / "carb" / "dev-gold.tsv.gz"
NAMES = list(WEIGHTS)


@dataclass
class Row:
    sentence: str
    extraction: Extraction
    x: np.ndarray
    target: float


def collect(gold: list[Extraction]) -> list[Row]:
    by_key: dict[str, list[Extraction]] = defaultdict(list)
    for g in gold:
        by_key[sentence_key(g.sentence)].append(g)
    sentences = sorted({g.sentence for g in gold})
    nlp = load_pipeline()
    rows = []
    for sentence, doc in zip(sentences, nlp.pipe(sentences), strict=True):
        for triple in doc_triples(doc):
            fields = carb_row(triple)
            extraction = Extraction(sentence, fields[0], tuple(fields[1:]), triple.confidence)
            target = max((match(g, extraction)[0] for g in by_key[sentence_key(sentence)]), default=0.0)
            f = features(triple, sentence_words=len(doc))
            rows.append(Row(sentence, extraction, np.array([f[n] for n in NAMES]), target))
    return rows


def fit(rows: list[Row], l2: float, steps: int = 4000, rate: float = 0.5) -> np.ndarray:
    x = np.stack([r.x for r in rows])
    y = np.array([r.target for r in rows])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= rate * grad
    return w


def evaluate(rows: list[Row], gold: list[Extraction], w: np.ndarray | None) -> str:
    system = []
    for r in rows:
        confidence = r.extraction.confidence if w is None else round(float(1 / (1 + np.exp(-r.x @ w))), 4)
        system.append(Extraction(r.sentence, r.extraction.relation, r.extraction.args, confidence))
    s = score(gold, system)
    return f"AUC {s.auc:.3f}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    gold = read_gold(args.gold)
    rows = collect(gold)
    sentences = sorted({r.sentence for r in rows} | {g.sentence for g in gold})
    random.Random(args.seed).shuffle(sentences)
    halves = [set(sentences[::2]), set(sentences[1::2])]
    for k, held_out in enumerate(halves):
        train = [r for r in rows if r.sentence not in held_out]
        test = [r for r in rows if r.sentence in held_out]
        test_gold = [g for g in gold if g.sentence in held_out]
        w = fit(train, args.l2)
        print(f"fold {k}: current weights {evaluate(test, test_gold, None)}")
        print(f"fold {k}: fitted on other half {evaluate(test, test_gold, w)}")
    w = fit(rows, args.l2)
    print(f"all dev: current {evaluate(rows, gold, None)}")
    print(f"all dev: fitted  {evaluate(rows, gold, w)}")
    print("WEIGHTS = {")
    for name, value in zip(NAMES, w, strict=True):
        print(f'    "{name}": {value:.3f},')
    print("}")


if __name__ == "__main__":
    main()
