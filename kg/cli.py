"""The ``kg`` command: thin wrappers over kg's functions.

Example:
    >>> main(["extract", "--format", "tsv", "The US withdraws troops from Iraq."])
    0...	The US	withdraws	withdraw	troops	from Iraq
    0
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kg import __version__
from kg.cache import CACHE_FILE
from kg.engine import DocExtraction
from kg.errors import BusyError, InputError, KGError
from kg.export.rdf import DEFAULT_BASE, check_base
from kg.model import Triple
from kg.nlp import DEFAULT_MODEL

if TYPE_CHECKING:
    from kg.pipeline import BuildResult

__all__ = ["main", "run"]

EXTRACT_FORMATS = ("jsonl", "tsv", "carb")
#: Exit code of ``kg build --no-wait`` when another build holds the output folder (EX_TEMPFAIL, sysexits.h).
EXIT_BUSY = 75


def _base(text: str) -> str:
    """``--base``: an absolute IRI (:func:`kg.export.rdf.check_base`), a usage error otherwise."""
    try:
        return check_base(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Turn English text into a knowledge graph.")
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build the graph of text files into an output folder")
    build.add_argument("paths", nargs="+", metavar="PATH", help="a .txt/.md file, a folder of them, or - for stdin")
    build.add_argument("--out", default="output", metavar="DIR", help="output folder (default: output/)")
    build.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    build.add_argument("--base", default=DEFAULT_BASE, type=_base, help=f"RDF base namespace (default: {DEFAULT_BASE})")
    build.add_argument("--strict", action="store_true", help="fail (exit 1, nothing written) if any input is skipped")
    build.add_argument("--jobs", type=int, default=0, metavar="N", help="parsing processes (default: every core)")
    build.add_argument("--engine", choices=["local", "dask"], default="local", help="where parsing runs")
    build.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: start a LocalCluster)")
    build.add_argument("--no-cache", action="store_true", help=f"parse everything; ignore and keep {CACHE_FILE}")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument(
        "--no-wait",
        action="store_true",
        help=f"if another build is writing into the output folder, exit at once (code {EXIT_BUSY}) rather than wait",
    )

    extract = commands.add_parser("extract", help="print the triples of a text")
    extract.add_argument(
        "text", nargs="?", help="the text, or a file or folder of texts to read (default: standard input)"
    )
    extract.add_argument("--format", choices=EXTRACT_FORMATS, default="jsonl", help="output format")
    extract.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")

    explain = commands.add_parser("explain", help="show an entity's aliases, why they merged, and its facts")
    explain.add_argument("entity", help="an entity's id, label or alias")
    explain.add_argument(
        "--graph", type=Path, default=Path("output/graph.json"), help="graph.json or graph.ttl kg wrote, or its folder"
    )
    explain.add_argument("--sentences", type=int, default=3, help="sentences shown per fact (default 3)")

    export = commands.add_parser("export", help="write a graph kg built in another format")
    export.add_argument("graph", type=Path, help="graph.json or an RDF file kg wrote (.ttl ...), or its folder")
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="output file (csv: FILE.nodes.csv, FILE.relationships.csv)",
    )
    export.add_argument("--format", help="format name (default: from --out's extension): " + _format_names())
    export.add_argument(
        "--base", default=DEFAULT_BASE, type=_base, help=f"RDF base namespace (default: {DEFAULT_BASE})"
    )

    render = commands.add_parser("render", help="draw a graph kg built, or a part of it, as a diagram")
    render.add_argument("graph", type=Path, help="graph.json or an RDF file kg wrote (.ttl ...), or its folder")
    render.add_argument("--focus", metavar="ENTITY", help="show this entity (label or alias) and its neighbourhood")
    render.add_argument("--hops", type=int, default=1, help="neighbourhood radius around --focus (default 1)")
    render.add_argument("--top", type=int, default=40, help="show at most this many entities, the most connected")
    render.add_argument("--min-support", type=int, default=1, help="hide relations stated fewer times (default 1)")
    render.add_argument(
        "--out", type=Path, default=Path("diagram.png"), metavar="FILE", help="FILE.png, .svg, .pdf or .html"
    )

    validate = commands.add_parser("validate", help="check an RDF file against kg's SHACL shapes")
    validate.add_argument("file", type=Path, help="an RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)")
    validate.add_argument(
        "--base", default=DEFAULT_BASE, type=_base, help=f"RDF base namespace (default: {DEFAULT_BASE})"
    )

    query = commands.add_parser(
        "query", help="run a SPARQL query on an RDF file, an Oxigraph store or a SPARQL endpoint"
    )
    query.add_argument("target", help="an RDF file, a store folder (kg load) or an endpoint URL (http://.../query)")
    query.add_argument("sparql", help="the query, or @FILE to read it from a file; kg's prefixes need no PREFIX")
    query.add_argument(
        "--format",
        choices=["table", "csv", "tsv", "json", "ntriples", "turtle"],
        default="table",
        help="table (default), the SPARQL 1.1 result formats csv, tsv, json; ntriples or turtle for CONSTRUCT",
    )
    query.add_argument("--labels", action="store_true", help="in the table, show IRIs by their rdfs:label")
    query.add_argument(
        "--base", default=DEFAULT_BASE, type=_base, help=f"base of kg's prefixes (default: {DEFAULT_BASE})"
    )
    query.add_argument("--user", help="user name for HTTP basic authentication (endpoints)")
    query.add_argument("--password", help="password for HTTP basic authentication (or KG_PASSWORD)")
    query.add_argument("--token", help="bearer token (or KG_TOKEN)")

    load = commands.add_parser("load", help="load an RDF file into an on-disk Oxigraph store")
    load.add_argument("file", type=Path, help="an RDF file")
    load.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store folder")

    push = commands.add_parser("push", help="upload an RDF file to a SPARQL 1.1 Graph Store endpoint")
    push.add_argument("file", type=Path, help="an RDF file")
    push.add_argument("--endpoint", required=True, help="graph store URL, e.g. http://localhost:7878/store")
    push.add_argument("--graph", help="target named graph IRI (default: the default graph)")
    push.add_argument("--user", help="user name for HTTP basic authentication")
    push.add_argument("--password", help="password for HTTP basic authentication (or KG_PASSWORD)")
    push.add_argument("--token", help="bearer token (or KG_TOKEN)")
    push.add_argument("--append", action="store_true", help="add to the graph (POST) instead of replacing it")

    evaluate = commands.add_parser("eval", help="score extractions against a benchmark")
    benchmarks = evaluate.add_subparsers(dest="benchmark", required=True, metavar="BENCHMARK")
    carb = benchmarks.add_parser("carb", help="CaRB Open IE benchmark")
    carb.add_argument("--gold", required=True, type=Path, help="CaRB gold file (sentence, relation, args...), or .gz")
    carb.add_argument(
        "--system",
        type=Path,
        help="system output (sentence, confidence, relation, args...), plain or .gz; "
        "default: run kg's extractor on the gold sentences",
    )
    carb.add_argument("--curve", type=Path, metavar="FILE", help="write the precision-recall curve as TSV")
    carb.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    docred = benchmarks.add_parser("docred", help="Re-DocRED: a graph's entities and edges against gold")
    docred.add_argument("--gold", required=True, type=Path, help="Re-DocRED gold.jsonl(.gz); its texts in docs/ beside")
    docred.add_argument("--graph", type=Path, help="score this graph.json instead of building the graph of docs/")
    docred.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    docred.add_argument("--jobs", type=int, default=0, metavar="N", help="parsing processes (default: every core)")
    coref = benchmarks.add_parser("coref", help="GUM: pronoun resolution against gold coreference chains")
    coref.add_argument("--gold", required=True, type=Path, help="GUM chains.jsonl(.gz); its texts in docs/ beside")
    coref.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default: {DEFAULT_MODEL})")
    coref.add_argument("--jobs", type=int, default=0, metavar="N", help="parsing processes (default: every core)")
    return parser


#: A build makes millions of short-lived objects beside a model and a graph that live on:
#: collecting the young ones less often cut the time in the garbage collector from 1.31 s
#: to 0.45 s on the EWT corpus (Python's default is 700, 10, 10).
BUILD_GC_THRESHOLDS = (10_000, 10, 10)


def _run_build(args: argparse.Namespace) -> int:
    """Build (see :func:`kg.folder.build_into`), with the garbage collector tuned for it."""
    thresholds = gc.get_threshold()
    gc.set_threshold(*BUILD_GC_THRESHOLDS)
    try:
        return _build_into(args)
    finally:
        gc.set_threshold(*thresholds)  # main() may run inside a longer-lived process (tests, notebooks)
        gc.unfreeze()


def _build_into(args: argparse.Namespace) -> int:
    from kg.engine import default_jobs
    from kg.folder import build_into
    from kg.io import count_files

    started = time.perf_counter()
    if args.jobs < 0:
        raise InputError("--jobs must be 1 or more (0: every core)")
    jobs = args.jobs or default_jobs()
    wrappers = [] if args.quiet or not sys.stderr.isatty() else [_progress_bar(count_files(args.paths))]
    # once the first document is back, the model (loaded for it) lives to the end of the build:
    # gc.freeze keeps it, and all else alive then, out of every later collection
    wrappers.append(_on_first(gc.freeze))
    warm_up = _WarmUp()
    if jobs > 1 or args.engine != "local":  # other processes parse: this one has time to spare
        wrappers.append(warm_up.after_first)
    try:
        done = build_into(
            args.paths,
            args.out,
            model=args.model,
            base=args.base,
            jobs=jobs,
            engine=args.engine,
            scheduler=args.scheduler,
            cache=not args.no_cache,
            strict=args.strict,
            wait=not args.no_wait,
            progress=_chain(wrappers),
        )
    finally:
        warm_up.join()
    if done.result is None:
        print(f"up to date: nothing changed since the last build into {args.out}/ (--no-cache rebuilds)")
        print("\n".join(done.summary))
        return 0
    elapsed = time.perf_counter() - started
    result = done.result
    cached = "" if args.no_cache else f" ({result.parsed} parsed, {result.cached} from the cache)"
    print(f"{done.summary[0]}{cached}; wrote {len(done.written)} files to {args.out}/ in {elapsed:.1f} s")
    print(done.summary[1])
    return 0


def _progress_bar(total: int | None) -> Callable[[Iterator[DocExtraction]], Iterator[DocExtraction]]:
    """Return a wrapper showing documents done, documents/s and the ETA of TOTAL on standard error."""

    def show(stream: Iterator[DocExtraction]) -> Iterator[DocExtraction]:
        from tqdm import tqdm

        yield from tqdm(stream, total=total, unit="doc", desc="kg build", file=sys.stderr, leave=False)

    return show


Stream = Iterator[DocExtraction]


def _chain(wrappers: Sequence[Callable[[Stream], Stream]]) -> Callable[[Stream], Stream]:
    """Compose stream wrappers (first applied first)."""

    def chained(stream: Stream) -> Stream:
        for wrap in wrappers:
            stream = wrap(stream)
        return stream

    return chained


def _on_first(action: Callable[[], object]) -> Callable[[Stream], Stream]:
    """Return a stream wrapper that runs ACTION once, when the first document is back."""

    def wrapper(stream: Stream) -> Stream:
        done = False
        for found in stream:
            if not done:
                action()
                done = True
            yield found

    return wrapper


class _WarmUp:
    """Prepare the slowest output writer in a thread once the first document is back.

    While worker processes parse, this process mostly waits for their results, so
    matplotlib's imports and font list (~1 s, paid by the PNG writer otherwise) cost
    nothing here, and forked writer processes inherit them. A failure is left for the
    writer itself to report.
    """

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def after_first(self, stream: Stream) -> Stream:
        yield from _on_first(self._start)(stream)
        self.join()  # every document is back: the writers fork next

    def _start(self) -> None:
        self._thread = threading.Thread(target=self._prepare, name="kg-warm-up", daemon=True)
        self._thread.start()

    @staticmethod
    def _prepare() -> None:
        from kg.export.draw import prepare

        with contextlib.suppress(Exception):
            prepare()

    def join(self) -> None:
        """Wait for the warm-up (before forking writers: no thread may hold an import lock then)."""
        if self._thread is not None:
            self._thread.join()


def _extract_lines(documents: Sequence[tuple[str, str]], output_format: str, model: str) -> Iterator[str]:
    """The lines ``kg extract`` prints for DOCUMENTS (document id, text)."""
    from kg.eval.carb import kg_system_lines
    from kg.extract import doc_triples
    from kg.nlp import load_pipeline

    if output_format == "carb":
        sentences = [line.rstrip("\r") for _, text in documents for line in text.split("\n") if line.strip()]
        yield from kg_system_lines(sentences, model=model)
        return
    nlp = load_pipeline(model)
    for doc_id, text in documents:
        for triple in doc_triples(nlp(text), doc_id=doc_id):
            yield json.dumps(triple.to_dict(), ensure_ascii=False) if output_format == "jsonl" else _tsv(triple)


#: What an argument of ``kg extract`` that names no file looks like when it was meant to.
_FILE_SUFFIXES = (".txt", ".md", ".text")


def _extract_input(text: str | None) -> list[tuple[str, str]]:
    """The documents ``kg extract`` reads: standard input, the text given, or the file or folder
    it names (a single word that is a path; ``notes.txt`` that does not exist is an error).

    Raises:
        InputError: there is no text, TEXT looks like a file name but names no file, or a file
            cannot be read.
    """
    from kg.io import read_documents

    if text is None:
        text = sys.stdin.read()
        if not text.strip():
            raise InputError("no text on standard input: give a sentence, a file or a folder")
        return [("stdin", text)]
    word = text.strip()
    if not word:
        raise InputError("no text given: give a sentence, a file or a folder")
    if not any(c.isspace() for c in word):
        if Path(word).exists():
            return [(d.id, d.text) for d in read_documents([word])]
        if word.lower().endswith(_FILE_SUFFIXES) or os.sep in word:
            raise InputError(f"{word}: no such file or folder")
    return [("stdin", text)]


def _tsv(triple: Triple) -> str:
    obj = triple.object.text if triple.object else ""
    extras = "; ".join(a.phrase for a in triple.extras)
    fields = [f"{triple.confidence:.4f}", triple.subject.text, triple.relation.text, triple.relation.lemma, obj, extras]
    return "\t".join(" ".join(f.split()) for f in fields)


def _run_extract(args: argparse.Namespace) -> int:
    for line in _extract_lines(_extract_input(args.text), args.format, args.model):
        print(line)
    return 0


def _run_eval(args: argparse.Namespace) -> int:
    if args.benchmark == "docred":
        return _run_eval_docred(args)
    if args.benchmark == "coref":
        return _run_eval_coref(args)
    from kg.eval.carb import evaluate_files, kg_system_lines, read_gold, write_curve

    gold = read_gold(args.gold)
    if args.system is not None:
        from kg.eval.files import read_lines

        system_lines = read_lines(args.system)
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


def _gold_texts(gold: Path, args: argparse.Namespace) -> BuildResult:
    """Build the graph of the ``docs/`` folder beside the gold file GOLD."""
    from kg.engine import default_jobs
    from kg.pipeline import build_paths

    docs = gold.parent / "docs"
    if not docs.is_dir():
        raise InputError(f"{docs}: no folder of the gold's texts beside {gold}")
    return build_paths([docs], model=args.model, jobs=args.jobs or default_jobs())


def _run_eval_docred(args: argparse.Namespace) -> int:
    from kg.eval.docred import read_gold, score_graph
    from kg.export.networkx_io import read_json

    gold = read_gold(args.gold)
    graph = read_json(args.graph) if args.graph is not None else _gold_texts(args.gold, args).graph
    for line in score_graph(graph, gold).lines():
        print(line)
    return 0


def _run_eval_coref(args: argparse.Namespace) -> int:
    from kg.eval.coref import read_chains, score_pronouns

    gold = read_chains(args.gold)
    print(score_pronouns(_gold_texts(args.gold, args).triples, gold).line())
    return 0


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})") from error


def _format_names() -> str:
    from kg.export.formats import FORMATS

    return ", ".join(f.name for f in FORMATS)


def _run_export(args: argparse.Namespace) -> int:
    from kg.export.formats import output_paths, write
    from kg.export.read import read_graph

    targets = output_paths(args.out, args.format)  # checked before the graph is read
    write(read_graph(args.graph), args.out, args.format, base=args.base)
    print(f"wrote {', '.join(map(str, targets))}")
    return 0


def _run_render(args: argparse.Namespace) -> int:
    from kg.export.atomic import write_atomic
    from kg.export.formats import format_for_path, render_view
    from kg.export.read import read_graph
    from kg.export.select import select

    out_format = format_for_path(args.out).name  # checked before the graph is read
    view = select(read_graph(args.graph), focus=args.focus, hops=args.hops, top=args.top, min_support=args.min_support)
    write_atomic(args.out, render_view(view, out_format, max_nodes=args.top))
    nodes, edges = view.graph.number_of_nodes(), view.graph.number_of_edges()
    print(f"wrote {args.out}: {nodes} of {view.total_nodes} entities, {edges} of {view.total_edges} relations")
    return 0


def _run_validate(args: argparse.Namespace) -> int:
    from kg.export.validate import validate_file

    result = validate_file(args.file, base=args.base)
    for violation in result.violations:
        print(violation.line())
    print(
        f"{args.file}: {'conforms' if result.conforms else 'does not conform'} "
        f"({len(result.violations)} violation{'s' * (len(result.violations) != 1)})"
    )
    return 0 if result.conforms else 1


def _run_query(args: argparse.Namespace) -> int:
    from kg.sparql import (
        declared_prefixes,
        kg_prefixes,
        label_map,
        query_target,
        results_table,
        run_sparql,
        write_results,
    )

    sparql = _read_lines(Path(args.sparql[1:])) if args.sparql.startswith("@") else None
    text = "\n".join(sparql) if sparql is not None else args.sparql
    password = args.password or os.environ.get("KG_PASSWORD")
    target = query_target(
        args.target, user=args.user, password=password, token=args.token or os.environ.get("KG_TOKEN")
    )
    result = run_sparql(target, text, base=args.base)
    namespaces = {**kg_prefixes(args.base), **declared_prefixes(text)}
    if args.format != "table":
        sys.stdout.flush()
        write_results(result, sys.stdout.buffer, args.format, namespaces=namespaces)
        return 0
    labels = (lambda iris: label_map(target, iris)) if args.labels else None
    print(results_table(result, namespaces=namespaces, labels=labels))
    return 0


def _run_load(args: argparse.Namespace) -> int:
    from kg.store import load_store

    size = load_store(args.file, args.store)
    print(f"loaded {args.file} into {args.store}/ ({size} quads in the store)")
    return 0


def _run_push(args: argparse.Namespace) -> int:
    from kg.store import push

    status = push(
        args.file,
        args.endpoint,
        graph=args.graph,
        user=args.user,
        password=args.password or os.environ.get("KG_PASSWORD"),
        token=args.token or os.environ.get("KG_TOKEN"),
        replace=not args.append,
    )
    print(f"pushed {args.file} to {args.endpoint} (HTTP {status})")
    return 0


def _run_explain(args: argparse.Namespace) -> int:
    from kg.export.read import read_graph
    from kg.graph.explain import explain_text

    print(explain_text(read_graph(args.graph), args.entity, sentences=args.sentences))
    return 0


COMMANDS = {
    "build": _run_build,
    "extract": _run_extract,
    "explain": _run_explain,
    "export": _run_export,
    "render": _run_render,
    "validate": _run_validate,
    "query": _run_query,
    "load": _run_load,
    "push": _run_push,
    "eval": _run_eval,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command line; return its exit code.

    0: done; 1: a kg error (bad input, missing model, a refusing server, an output folder
    that cannot be written: a file, read-only, disk full; a cache from a newer kg);
    2: a usage error; 70: an internal error (a bug); 75: ``kg build --no-wait`` found
    another build writing into the output folder (EX_TEMPFAIL: try again later);
    130: interrupted.
    """
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except BusyError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return EXIT_BUSY
    except KGError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as error:  # a bug: one line for the user, the traceback with KG_DEBUG=1
        if os.environ.get("KG_DEBUG"):
            raise
        print(
            f"kg: internal error: {type(error).__name__}: {error} (rerun with KG_DEBUG=1 for details)", file=sys.stderr
        )
        return 70


def run() -> NoReturn:
    """Entry point of the ``kg`` command: :func:`main`, then exit without tearing Python down.

    A build leaves millions of small objects behind; freeing them one by one at exit took
    ~0.6 s on the EWT corpus and serves no purpose once every file is closed (mypy's
    ``hard_exit`` does the same). Output streams are flushed first.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # a closed pipe or stream: nothing more to say
        code = code or 1
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
