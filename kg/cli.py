"""The ``kg`` command: thin wrappers over kg's functions.

Example:
    >>> main(["extract", "--format", "tsv", "The US withdraws troops from Iraq."])
    0...	The US	withdraws	withdraw	troops	from Iraq
    0
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KGError
from kg.export.rdf import DEFAULT_BASE
from kg.model import Triple
from kg.nlp import DEFAULT_MODEL

__all__ = ["main"]

EXTRACT_FORMATS = ("jsonl", "tsv", "carb")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Turn English text into a knowledge graph.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the graph of text files into an output folder")
    build.add_argument("paths", nargs="+", metavar="PATH", help="a .txt/.md file, a folder of them, or - for stdin")
    build.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output/)")
    build.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    build.add_argument("--base", default=DEFAULT_BASE, help=f"RDF base namespace (default: {DEFAULT_BASE})")

    extract = commands.add_parser("extract", help="print the triples of a text")
    extract.add_argument("text", nargs="?", help="the text (default: standard input)")
    extract.add_argument("--format", choices=EXTRACT_FORMATS, default="jsonl", help="output format")
    extract.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")

    explain = commands.add_parser("explain", help="show an entity's aliases, why they merged, and its facts")
    explain.add_argument("entity", help="an entity's id, label or alias")
    explain.add_argument("--graph", type=Path, default=Path("output/graph.json"), help="graph.json kg wrote")
    explain.add_argument("--sentences", type=int, default=3, help="sentences shown per fact (default 3)")

    evaluate = commands.add_parser("eval", help="score extractions against a benchmark")
    benchmarks = evaluate.add_subparsers(dest="benchmark", required=True, metavar="BENCHMARK")
    carb = benchmarks.add_parser("carb", help="CaRB Open IE benchmark")
    carb.add_argument("--gold", required=True, type=Path, help="CaRB gold file (sentence, relation, args...)")
    carb.add_argument(
        "--system",
        type=Path,
        help="system output (sentence, confidence, relation, args...); "
        "default: run kg's extractor on the gold sentences",
    )
    carb.add_argument("--curve", type=Path, metavar="FILE", help="write the precision-recall curve as TSV")
    carb.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    return parser


def _run_build(args: argparse.Namespace) -> int:
    from kg.graph.report import headline
    from kg.pipeline import build_paths, write_outputs

    started = time.perf_counter()
    result = build_paths(args.paths, model=args.model)
    if result.stats.documents == 0:
        raise InputError("no .txt or .md documents found in " + ", ".join(args.paths))
    written = write_outputs(result, args.out, base=args.base)
    elapsed = time.perf_counter() - started
    print(f"{result.stats.line()}; wrote {len(written)} files to {args.out}/ in {elapsed:.1f} s")
    print(f"quality: {headline(result.report)}")
    return 0


def _extract_lines(text: str, output_format: str, model: str) -> Iterator[str]:
    from kg.eval.carb import kg_system_lines
    from kg.extract import doc_triples
    from kg.nlp import load_pipeline

    if output_format == "carb":
        sentences = [line.rstrip("\r") for line in text.split("\n") if line.strip()]
        yield from kg_system_lines(sentences, model=model)
        return
    for triple in doc_triples(load_pipeline(model)(text), doc_id="stdin"):
        yield json.dumps(triple.to_dict(), ensure_ascii=False) if output_format == "jsonl" else _tsv(triple)


def _tsv(triple: Triple) -> str:
    obj = triple.object.text if triple.object else ""
    extras = "; ".join(a.phrase for a in triple.extras)
    fields = [f"{triple.confidence:.4f}", triple.subject.text, triple.relation.text, triple.relation.lemma, obj, extras]
    return "\t".join(" ".join(f.split()) for f in fields)


def _run_extract(args: argparse.Namespace) -> int:
    text = args.text if args.text is not None else sys.stdin.read()
    for line in _extract_lines(text, args.format, args.model):
        print(line)
    return 0


def _run_eval(args: argparse.Namespace) -> int:
    from kg.eval.carb import evaluate_files, kg_system_lines, read_gold, write_curve

    gold = read_gold(args.gold)
    if args.system is not None:
        system_lines = _read_lines(args.system)
    else:
        system_lines = list(kg_system_lines(sorted({g.sentence for g in gold}), model=args.model))
    score = evaluate_files(gold, system_lines)
    print(
        f"AUC {score.auc:.3f}  P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
        f"(threshold {score.threshold:.4f}, {score.gold_sentences} sentences, {score.gold_tuples} gold tuples, "
        f"{score.system_tuples} system tuples)"
    )
    if args.curve is not None:
        write_curve(score, args.curve)
    return 0


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})") from error


def _run_explain(args: argparse.Namespace) -> int:
    from kg.export.networkx_io import read_json
    from kg.graph.explain import explain_text

    print(explain_text(read_json(args.graph), args.entity, sentences=args.sentences))
    return 0


COMMANDS = {"build": _run_build, "extract": _run_extract, "explain": _run_explain, "eval": _run_eval}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line; return its exit code (1 on a kg error, 2 on a usage error)."""
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KGError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
