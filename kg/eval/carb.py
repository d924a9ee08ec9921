"""Score Open IE extractions against a CaRB gold file, as CaRB's reference scorer does.

CaRB (Bhardwaj, Aggarwal and Mausam, EMNLP 2019) matches each gold and system tuple
token by token ("binary lenient" match), then sweeps every distinct system confidence
as a threshold to draw a precision-recall curve. This module re-implements that scorer
without its dependencies; ``tests/eval/test_carb.py`` checks it reproduces the official
dev-split figures of two reference systems.

Example:
    >>> gold = [Extraction("Iraq borders Iran .", "borders", ("Iraq", "Iran"))]
    >>> system = [Extraction("Iraq borders Iran .", "borders", ("Iraq", "Iran"), 0.9)]
    >>> result = score(gold, system)
    >>> result.f1, result.auc
    (1.0, 1.0)
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.eval.files import read_lines
from kg.model import Triple

__all__ = [
    "CarbScore",
    "Extraction",
    "carb_row",
    "evaluate_files",
    "kg_system_lines",
    "match",
    "parse_system",
    "read_gold",
    "score",
    "sentence_key",
    "write_curve",
]

_PTB_ESCAPES = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"), ("{", "-LCB-"), ("}", "-RCB-"))
_PUNCT = re.compile(f"[{re.escape(string.punctuation)}]")
#: Forms of *be* that a leftover system ``be`` matches in the gold relation.
FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")
#: A gold argument containing this is a context ("C: X said that"), which CaRB's gold reader drops.
CONTEXT_MARK = "C: "
#: Gold relations containing one of these are also matched with the system's arguments swapped.
SAID_RELATIONS = ("said", "told", "added", "adds", "says")


@dataclass(frozen=True, slots=True)
class Extraction:
    """One tuple of a CaRB file: sentence, relation, arguments and (system) confidence."""

    sentence: str
    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class CarbScore:
    """AUC of the precision-recall curve and the best-F1 point, with the curve itself."""

    auc: float
    precision: float
    recall: float
    f1: float
    threshold: float
    curve: tuple[tuple[float, float, float], ...]  # (confidence, precision, recall), ascending confidence
    gold_sentences: int
    gold_tuples: int
    system_tuples: int


def sentence_key(sentence: str) -> str:
    """Return CaRB's key pairing gold and system sentences: no spaces, PTB escapes undone, no punctuation.

    Example:
        >>> sentence_key("Iraq 's army -LRB- ISF -RRB- .")
        'IraqsarmyISF'
    """
    text = sentence.replace(" ", "")
    for plain, escaped in _PTB_ESCAPES:
        text = text.replace(escaped, plain)
    return _PUNCT.sub("", text)


def read_gold(path: str | Path) -> list[Extraction]:
    """Read a CaRB gold file: ``sentence<TAB>relation<TAB>arg1<TAB>arg2...`` per line (gzip-compressed
    when its name ends in ``.gz``).

    Context arguments (``C: A spokesman said that``) are dropped, as CaRB's gold reader does.

    Raises:
        InputError: the file cannot be read or a line has no relation.
    """
    lines = read_lines(path)
    gold = []
    for number, line in enumerate(lines, 1):
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise InputError(f"{path}:{number}: expected sentence<TAB>relation<TAB>args, got {line[:60]!r}")
        args = tuple(arg.strip() for arg in fields[2:] if CONTEXT_MARK not in arg)
        gold.append(Extraction(fields[0].strip(), fields[1].strip(), args))
    return gold


def parse_system(lines: Iterable[str]) -> list[Extraction]:
    """Parse system lines ``sentence<TAB>confidence<TAB>relation<TAB>arg1...``; blank lines are skipped.

    Raises:
        InputError: a line has fewer than three fields or a confidence that is not a number.
    """
    system = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 3:
            raise InputError(f"line {number}: expected sentence<TAB>confidence<TAB>relation<TAB>args")
        try:
            confidence = float(fields[1])
        except ValueError:
            raise InputError(f"line {number}: confidence {fields[1]!r} is not a number") from None
        system.append(Extraction(fields[0], fields[2], tuple(fields[3:]), confidence))
    return system


def _binary(args: tuple[str, ...]) -> tuple[str, ...]:
    return (args[0], " ".join(args[1:])) if len(args) >= 2 else args


def _count_matches(gold_words: list[str], system_words: list[str]) -> int:
    """Count gold words found among the system words, each system word used once (removed)."""
    matched = 0
    for word in gold_words:
        if word in system_words:
            matched += 1
            system_words.remove(word)
    return matched


def _lenient(gold_rel: str, gold_args: tuple[str, ...], rel: str, args: tuple[str, ...]) -> tuple[float, float]:
    system_words = rel.split()
    gold_words = gold_rel.split()
    p_num, p_den, r_num, r_den = 0, len(system_words), 0, len(gold_words)
    matched = _count_matches(gold_words, system_words)
    if "be" in system_words and any(form in gold_words for form in FORMS_OF_BE):
        matched += 1
        system_words.remove("be")
    if matched == 0:
        return (0.0, 0.0)
    p_num += matched
    r_num += matched
    for index, gold_arg in enumerate(gold_args):
        words = gold_arg.split()
        r_den += len(words)
        if len(args) <= index:
            if index < 2:
                return (0.0, 0.0)
            continue
        candidate = args[index].split()
        p_den += len(candidate)
        found = _count_matches(words, candidate)
        p_num += found
        r_num += found
    return (p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def match(gold: Extraction, system: Extraction) -> tuple[float, float]:
    """Return CaRB's (precision, recall) of SYSTEM against GOLD (binary lenient match).

    Example:
        >>> g = Extraction("s", "withdraws", ("The US", "troops from Iraq"))
        >>> match(g, Extraction("s", "withdraws", ("US", "troops", "from Iraq"), 0.5))
        (1.0, 0.8333333333333334)
    """
    gold_args = _binary(gold.args)
    straight = _lenient(gold.relation, gold_args, system.relation, _binary(system.args))
    if not any(verb in gold.relation for verb in SAID_RELATIONS):
        return straight
    swapped = (" ".join(system.args[1:]), system.args[0]) if len(system.args) >= 2 else system.args
    return max(straight, _lenient(gold.relation, gold_args, system.relation, swapped))


def _group(extractions: Iterable[Extraction]) -> dict[str, list[Extraction]]:
    by_sentence: dict[str, list[Extraction]] = defaultdict(list)
    for extraction in extractions:
        by_sentence[extraction.sentence].append(extraction)
    # As CaRB does: sentences are re-keyed, a later sentence with the same key replacing an earlier one.
    return {sentence_key(sentence): items for sentence, items in by_sentence.items()}


def _precision_sum(scores: list[list[tuple[float, float]]], chosen: list[int]) -> float:
    """Pair gold rows and chosen system columns one-to-one, greedily by precision; sum it."""
    total = 0.0
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    for _ in range(min(len(scores), len(chosen))):
        best, best_row, best_col = -1.0, -1, -1
        for row_index, row in enumerate(scores):
            if row_index in used_rows:
                continue
            for col in chosen:
                if col not in used_cols and row[col][0] > best:
                    best, best_row, best_col = row[col][0], row_index, col
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def score(gold: Sequence[Extraction], system: Sequence[Extraction]) -> CarbScore:
    """Score SYSTEM extractions against GOLD as CaRB does; see the module docstring."""
    gold_by_key = _group(gold)
    system_by_key = _group(system)
    thresholds = sorted({e.confidence for items in system_by_key.values() for e in items})
    position = {c: i for i, c in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den, r_num, r_den = [0.0] * n, [0] * n, [0.0] * n, [0] * n

    for key, gold_items in gold_by_key.items():
        predicted = system_by_key.get(key, [])
        scores = [[match(g, s) for s in predicted] for g in gold_items]
        previous = 0
        for confidence in sorted(e.confidence for e in predicted):
            index = position[confidence]
            chosen = [j for j, e in enumerate(predicted) if e.confidence >= confidence]
            recall = sum(max((row[j][1] for j in chosen), default=0.0) for row in scores)
            precision = _precision_sum(scores, chosen)
            for c in range(previous, index + 1):
                p_num[c] += precision
                p_den[c] += len(chosen)
                r_num[c] += recall
                r_den[c] += len(scores)
            previous = index + 1
        for c in range(previous, n):
            r_den[c] += len(scores)

    precisions = [a / b if b > 0 else 1.0 for a, b in zip(p_num, p_den, strict=True)]
    recalls = [a / b if b > 0 else 0.0 for a, b in zip(r_num, r_den, strict=True)]
    f1s = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(precisions, recalls, strict=True)]
    best = max(range(n), key=lambda i: (f1s[i], -i)) if n else -1
    xs, ys = [*recalls, 0.0], [*precisions, 1.0]
    area = abs(sum((xs[i + 1] - xs[i]) * (ys[i + 1] + ys[i]) / 2 for i in range(len(xs) - 1)))
    return CarbScore(
        auc=area if n else 0.0,
        precision=precisions[best] if n else 0.0,
        recall=recalls[best] if n else 0.0,
        f1=f1s[best] if n else 0.0,
        threshold=thresholds[best] if n else 0.0,
        curve=tuple(zip(thresholds, precisions, recalls, strict=True)),
        gold_sentences=len(gold_by_key),
        gold_tuples=sum(len(v) for v in gold_by_key.values()),
        system_tuples=sum(len(system_by_key.get(k, [])) for k in gold_by_key),
    )


def evaluate_files(gold: Sequence[Extraction], system_lines: Iterable[str]) -> CarbScore:
    """Score system output lines (CaRB's tab format) against GOLD."""
    return score(gold, parse_system(system_lines))


def write_curve(result: CarbScore, path: str | Path) -> None:
    """Write the precision-recall curve as TSV (confidence, precision, recall), atomically."""
    from kg.export.atomic import write_atomic

    rows = ["confidence\tprecision\trecall"] + [f"{c}\t{p}\t{r}" for c, p, r in result.curve]
    write_atomic(Path(path), "\n".join(rows) + "\n")


def carb_row(triple: Triple) -> list[str]:
    """Return TRIPLE as CaRB fields ``[relation, arg1, arg2, ...]`` in text order.

    Triples read in text order (``X was signed by Y`` gives ``[was signed by, X, Y]``); an
    intransitive clause gives a unary tuple ``[rebounded, X]``.
    """
    args = [triple.subject.text] + ([triple.object.text] if triple.object is not None else [])
    args += [extra.phrase for extra in triple.extras]
    return [" ".join(triple.relation.text.split())] + [" ".join(a.split()) for a in args]


def kg_system_lines(sentences: Iterable[str], *, model: str | None = None) -> Iterator[str]:
    """Run kg's extractor on each sentence and yield CaRB tab-format lines."""
    from kg.extract import doc_triples
    from kg.nlp import DEFAULT_MODEL, load_pipeline

    items = list(sentences)
    nlp = load_pipeline(model or DEFAULT_MODEL)
    for sentence, doc in zip(items, nlp.pipe(items), strict=True):
        for triple in doc_triples(doc, doc_id="carb"):
            yield "\t".join([sentence, f"{triple.confidence:.4f}", *carb_row(triple)])
