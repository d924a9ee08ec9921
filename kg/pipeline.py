"""The main job: documents -> parsed docs -> triples -> graph -> output files.

Example:
    >>> result = build_texts(["The US withdraws troops from Iraq."])
    >>> result.stats.line()
    '1 documents, 1 sentences, 1 triples, 2 entities, 1 relations'
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import OutputError
from kg.export.atomic import write_atomic
from kg.export.formats import get_format
from kg.export.rdf import DEFAULT_BASE
from kg.export.select import View, select
from kg.extract import doc_extractions
from kg.graph.build import GraphStats, build_graph, graph_stats
from kg.graph.report import merge_records, quality_report
from kg.io import Skipped, read_documents
from kg.model import Argument, Document, Triple
from kg.nlp import DEFAULT_MODEL, load_pipeline

__all__ = ["OUTPUT_FILES", "BuildResult", "build", "build_paths", "build_texts", "triples_jsonl", "write_outputs"]

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


@dataclass(frozen=True, slots=True)
class BuildResult:
    """Everything one build produced."""

    triples: tuple[Triple, ...]
    graph: nx.MultiDiGraph
    stats: GraphStats
    skipped: tuple[Skipped, ...] = ()

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
    batch_size: int = 32,
    skipped: list[Skipped] | None = None,
) -> BuildResult:
    """Parse DOCUMENTS as a stream with spaCy, extract their triples and merge them into a graph.

    Args:
        documents: the texts to read.
        model: the spaCy pipeline to parse with.
        batch_size: documents per ``nlp.pipe`` batch.
        skipped: inputs already skipped; documents longer than the pipeline's ``max_length``
            are added to them rather than parsed.
    """
    nlp = load_pipeline(model)
    skipped = [] if skipped is None else skipped

    def fitting(stream: Iterable[Document]) -> Iterator[Document]:
        for document in stream:
            if len(document.text) > nlp.max_length:
                reason = f"{len(document.text):,} characters, more than the model's max_length ({nlp.max_length:,})"
                skipped.append(Skipped(document.source or document.id, reason))
            else:
                yield document

    triples: list[Triple] = []
    mentions: list[tuple[str, Argument]] = []
    n_docs = n_sents = 0
    stream = ((document.text, document.id) for document in fitting(documents))
    for doc, doc_id in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        n_docs += 1
        n_sents += sum(1 for sent in doc.sents if sent.text.strip())
        doc_found, doc_mentions = doc_extractions(doc, doc_id=doc_id)
        triples.extend(doc_found)
        mentions.extend((doc_id, mention) for mention in doc_mentions)
    graph = build_graph(triples, mentions=mentions, documents=n_docs, sentences=n_sents)
    return BuildResult(triples=tuple(triples), graph=graph, stats=graph_stats(graph), skipped=tuple(skipped))


def build_texts(texts: Sequence[str], *, model: str = DEFAULT_MODEL) -> BuildResult:
    """Build a graph from strings; the documents are named ``text-1``, ``text-2`` ..."""
    return build((Document(f"text-{i}", t) for i, t in enumerate(texts, 1)), model=model)


def build_paths(paths: Sequence[str | Path], *, model: str = DEFAULT_MODEL) -> BuildResult:
    """Build a graph from files and folders (see :func:`kg.io.read_documents`); unreadable,
    binary, non-UTF-8, empty or over-long inputs are skipped and listed in ``skipped``."""
    skipped: list[Skipped] = []
    return build(read_documents(paths, skipped=skipped), model=model, skipped=skipped)


def triples_jsonl(triples: Iterable[Triple]) -> str:
    """Return TRIPLES as JSON lines, one triple a line.

    Example:
        >>> triples_jsonl([])
        ''
    """
    return "".join(json.dumps(t.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for t in triples)


def _check_writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot create the output folder ({error.strerror})") from error
    if not os.access(out_dir, os.W_OK):
        raise OutputError(f"{out_dir}: the output folder is not writable")


def write_outputs(result: BuildResult, out_dir: str | Path, *, base: str = DEFAULT_BASE) -> list[Path]:
    """Write every output of RESULT into OUT_DIR, each file atomically; return their paths."""
    folder = Path(out_dir)
    _check_writable(folder)
    rendered: dict[str, bytes] = {
        TRIPLES_FILE: triples_jsonl(result.triples).encode("utf-8"),
        MERGES_FILE: "".join(
            json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in merge_records(result.graph)
        ).encode("utf-8"),
        REPORT_FILE: (json.dumps(result.report, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode(),
    }
    for name, format_name in OUTPUT_FILES.items():
        rendered[name] = get_format(format_name).render(result.graph, base)
    written = []
    for name, data in rendered.items():
        write_atomic(folder / name, data)
        written.append(folder / name)
    return written
