"""The main job: documents -> parsed docs -> triples -> graph -> output files.

Example:
    >>> result = build_texts(["The US withdraws troops from Iraq."])
    >>> result.stats.line()
    '1 documents, 1 sentences, 2 triples, 3 entities, 2 relations'
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

import networkx as nx

from kg.cache import ExtractionCache, cache_key
from kg.engine import DocExtraction, extract_documents
from kg.errors import OutputError
from kg.export.atomic import atomic_path
from kg.export.formats import get_format
from kg.export.parallel import run_writers
from kg.export.rdf import DEFAULT_BASE
from kg.export.select import View, select
from kg.graph.build import GraphStats, build_graph, graph_stats
from kg.graph.explain import find_entity
from kg.graph.report import merge_records, quality_report
from kg.io import Skipped, read_documents
from kg.lock import folder_lock, to_stderr
from kg.model import Argument, Document, Triple
from kg.nlp import DEFAULT_MODEL, load_pipeline, model_version

__all__ = [
    "OUTPUT_FILES",
    "WRITE_ORDER",
    "BuildResult",
    "build",
    "build_paths",
    "build_texts",
    "check_writable",
    "extractions",
    "output_writers",
    "triples_jsonl",
    "write_files",
    "write_outputs",
]

REPORT_FILE = "report.json"
MERGES_FILE = "merges.jsonl"

#: What ``kg build`` writes: file name -> format name.
OUTPUT_FILES: dict[str, str] = {
    "graph.ttl": "turtle",
    "graph.json": "json",
    "graph.graphml": "graphml",
    "graph.png": "png",
    "graph.html": "html",
}
TRIPLES_FILE = "triples.jsonl"


@dataclass(frozen=True, slots=True, repr=False)
class BuildResult:
    """Everything one build produced.

    Its ``repr`` is one line of counts and where :func:`write_outputs` wrote it;
    :meth:`entity` finds an entity's node by id, label or alias.
    """

    triples: tuple[Triple, ...]
    graph: nx.MultiDiGraph
    stats: GraphStats
    skipped: tuple[Skipped, ...] = ()
    parsed: int = 0  # documents parsed by this build
    cached: int = 0  # documents whose extraction came from the cache
    #: The folders :func:`write_outputs` wrote this build to, in order: a log kept beside the
    #: result (the result itself never changes), so that its repr can say where it is.
    written_to: list[Path] = field(default_factory=list, compare=False)

    def __repr__(self) -> str:
        """One line: the build's counts and where it was written.

        Example:
            >>> build_texts(["The US withdraws troops from Iraq."])
            <BuildResult: 1 documents, 1 sentences, 2 triples, 3 entities, 2 relations; not written>
        """
        where = f"written to {self.written_to[-1]}/" if self.written_to else "not written"
        return f"<BuildResult: {self.stats.line()}; {where}>"

    def entity(self, name: str) -> str:
        """Return the id of the entity NAME names: an id, label or alias, case-insensitive
        (:func:`kg.graph.explain.find_entity`); ``result.graph.nodes[id]`` holds its attributes.

        Raises:
            InputError: no entity, or several, go by that name.

        Example:
            >>> result = build_texts(["Microsoft hired Satya Nadella."])
            >>> result.entity("microsoft"), result.graph.nodes[result.entity("Microsoft")]["label"]
            ('microsoft', 'Microsoft')
        """
        return find_entity(self.graph, name)

    @property
    def report(self) -> dict[str, Any]:
        """The graph's quality report (:func:`kg.graph.quality_report`)."""
        return quality_report(self.graph)

    def view(self, **options: Any) -> View:
        """Return a part of the graph to display: ``focus``, ``hops``, ``top``, ``min_support``
        as :func:`kg.export.select.select` takes them."""
        return select(self.graph, **options)

    def _repr_png_(self) -> bytes:
        """Jupyter shows a build as its diagram (the 40 most connected entities)."""
        return self.view()._repr_png_()

    def _repr_html_(self) -> str:
        """Jupyter shows a build as the interactive page, in a sandboxed iframe."""
        return self.view()._repr_html_()


def build(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    skipped: list[Skipped] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: ExtractionCache | None = None,
    progress: Callable[[Iterator[DocExtraction]], Iterator[DocExtraction]] | None = None,
) -> BuildResult:
    """Parse DOCUMENTS as a stream with spaCy, extract their triples and merge them into a graph.

    Args:
        documents: the texts to read.
        model: the spaCy pipeline to parse with.
        batch_size: documents per ``nlp.pipe`` batch (and per task with several jobs).
        skipped: inputs already skipped; documents longer than the pipeline's ``max_length``
            are added to them rather than parsed.
        jobs, engine, scheduler: where parsing runs (see :func:`kg.engine.extract_documents`);
            the result is the same for all of them.
        cache: extractions of earlier runs; documents found there are not parsed.
        progress: wraps the stream of extractions (a progress bar).
    """
    skipped = [] if skipped is None else skipped
    hits_before = cache.hits if cache is not None else 0
    stream = extractions(
        documents,
        model=model,
        batch_size=batch_size,
        skipped=skipped,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        cache=cache,
    )
    triples: list[Triple] = []
    mentions: list[tuple[str, Argument]] = []
    n_docs = n_sents = 0
    for found in progress(stream) if progress else stream:
        n_docs += 1
        n_sents += found.sentences
        triples.extend(found.triples)
        mentions.extend((found.doc_id, mention) for mention in found.mentions)
    cached = 0
    if cache is not None:
        cache.commit()
        cached = cache.hits - hits_before
    graph = build_graph(triples, mentions=mentions, documents=n_docs, sentences=n_sents)
    return BuildResult(
        triples=tuple(triples),
        graph=graph,
        stats=graph_stats(graph),
        skipped=tuple(skipped),
        parsed=n_docs - cached,
        cached=cached,
    )


def extractions(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    batch_size: int = 64,
    skipped: list[Skipped] | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: ExtractionCache | None = None,
) -> Iterator[DocExtraction]:
    """Yield each document's extraction in input order: from CACHE when it has it, else parsed.

    Nothing is parsed (and the model is not loaded) when every document is in the cache.
    """
    skipped = [] if skipped is None else skipped
    version = model_version(model) if cache is not None else ""
    order: deque[DocExtraction | str] = deque()  # cached extractions, and cache keys of those being parsed

    def to_parse() -> Iterator[Document]:
        for document in documents:
            key = cache_key(document.text, model=model, model_version=version) if cache is not None else ""
            hit = cache.get(key, document.id) if cache is not None else None
            if hit is not None:
                order.append(hit)
                continue
            limit = load_pipeline(model).max_length
            if len(document.text) > limit:
                reason = f"{len(document.text):,} characters, more than the model's max_length ({limit:,})"
                skipped.append(Skipped(document.source or document.id, reason))
                continue
            order.append(key)
            yield document

    parsed = extract_documents(
        to_parse(), model=model, jobs=jobs, engine=engine, scheduler=scheduler, batch_size=batch_size
    )
    for extraction in parsed:
        while isinstance(order[0], DocExtraction):
            yield order.popleft()  # type: ignore[misc]
        key = order.popleft()
        if cache is not None:
            cache.put(str(key), extraction)
        yield extraction
    while order:
        item = order.popleft()
        assert isinstance(item, DocExtraction)
        yield item


def build_texts(texts: Sequence[str], *, model: str = DEFAULT_MODEL) -> BuildResult:
    """Build a graph from strings; the documents are named ``text-1``, ``text-2`` ..."""
    return build((Document(f"text-{i}", t) for i, t in enumerate(texts, 1)), model=model)


def build_paths(paths: Sequence[str | Path], *, model: str = DEFAULT_MODEL, **options: Any) -> BuildResult:
    """Build a graph from files and folders (see :func:`kg.io.read_documents`); unreadable,
    binary, non-UTF-8, empty or over-long inputs are skipped and listed in ``skipped``.

    OPTIONS are those of :func:`build` (``jobs``, ``engine``, ``cache``...)."""
    skipped: list[Skipped] = []
    return build(read_documents(paths, skipped=skipped), model=model, skipped=skipped, **options)


#: ``json.dumps(value, ensure_ascii=False, sort_keys=True)``, its encoder made once (not per line).
_json_line = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def triples_jsonl(triples: Iterable[Triple]) -> Iterator[str]:
    """Yield TRIPLES as JSON lines, one triple a line.

    Example:
        >>> list(triples_jsonl([]))
        []
    """
    for triple in triples:
        yield _json_line(triple.to_dict()) + "\n"


def _lines(make: Callable[[], Iterable[str]]) -> Callable[[IO[bytes]], None]:
    """A file writer for text lines, made when the file is written."""

    def write(out: IO[bytes]) -> None:
        for line in make():
            out.write(line.encode("utf-8"))

    return write


#: The order outputs are written in: the slowest first, so parallel writers finish together.
WRITE_ORDER = ("graph.png", "graph.ttl", "graph.graphml", "graph.json", TRIPLES_FILE, "graph.html")


def output_writers(result: BuildResult, *, base: str = DEFAULT_BASE) -> dict[str, Callable[[IO[bytes]], None]]:
    """Return what ``kg build`` writes: file name -> a function writing that file's bytes,
    in :data:`WRITE_ORDER`."""
    writers: dict[str, Callable[[IO[bytes]], None]] = {
        name: partial(get_format(format_name).write, result.graph, base) for name, format_name in OUTPUT_FILES.items()
    }
    writers[TRIPLES_FILE] = _lines(lambda: triples_jsonl(result.triples))
    writers[MERGES_FILE] = _lines(lambda: (_json_line(record) + "\n" for record in merge_records(result.graph)))
    writers[REPORT_FILE] = _lines(
        lambda: [json.dumps(result.report, ensure_ascii=False, indent=1, sort_keys=True) + "\n"]
    )
    rank = {name: index for index, name in enumerate(WRITE_ORDER)}
    return dict(sorted(writers.items(), key=lambda item: rank.get(item[0], len(rank))))


def check_writable(out_dir: Path) -> bool:
    """Create OUT_DIR if needed and make sure a file can be created in it; return whether it was created.

    Raises:
        OutputError: OUT_DIR is a file, cannot be created, or cannot be written (read-only
            file system, no permission, no space for a file).
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: is a file, not a folder (--out names the output folder)")
    created = not out_dir.exists()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot create the output folder ({error.strerror})") from error
    try:  # os.access says yes to root on a read-only mount or a folder mode 555 without CAP_DAC_OVERRIDE
        handle, probe = tempfile.mkstemp(prefix=".kg-probe-", dir=out_dir)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(f"{out_dir}: the output folder is not writable ({error.strerror})") from error
    return created


def write_outputs(
    result: BuildResult,
    out_dir: str | Path,
    *,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = to_stderr,
) -> list[Path]:
    """Write every output of RESULT into OUT_DIR; return their paths.

    Each file is written beside its final name and all are renamed into place only once
    every one is complete, so a failure leaves the previous outputs as they were. With
    JOBS > 1 (on Linux) that many forked processes write the files at once. The folder's
    lock (:func:`kg.lock.folder_lock`) is held meanwhile: another build writing there is
    waited for (WAIT, saying so once through ON_WAIT) or refused.

    Raises:
        OutputError: the folder cannot be written (a file, read-only, disk full); the
            previous outputs are kept and no temporary file is left.
        BusyError: another build holds the folder and WAIT is false.
    """
    folder = Path(out_dir)
    check_writable(folder)
    with folder_lock(folder, wait=wait, on_wait=on_wait):
        return write_files(result, folder, base=base, jobs=jobs)


def write_files(result: BuildResult, folder: Path, *, base: str = DEFAULT_BASE, jobs: int = 1) -> list[Path]:
    """:func:`write_outputs` without the folder's checks and lock, for a caller that holds it."""
    writers = output_writers(result, base=base)
    try:
        with ExitStack() as stack:
            temporary = {name: stack.enter_context(atomic_path(folder / name)) for name in writers}
            run_writers(writers, temporary, jobs=jobs)
    except OSError as error:
        reason = error.strerror or str(error)
        raise OutputError(f"{folder}/: cannot write the outputs ({reason}); the previous outputs are kept") from error
    result.written_to.append(folder)
    return [folder / name for name in writers]
