"""Run the text -> triples stage over a stream of documents: in this process, in several
local processes (``jobs``), or on a Dask cluster (``engine="dask"``).

Every engine yields one :class:`DocExtraction` per document, in input order, so the graph
built from them is the same whichever engine ran. At most a few batches of documents are in
flight at a time: memory holds the extractions, never the corpus or its parses.

Example:
    >>> from kg.model import Document
    >>> [e.doc_id for e in extract_documents([Document("a", "The US left Iraq.")])]
    ['a']
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from kg.errors import KGError
from kg.model import Argument, Document, Triple
from kg.nlp import DEFAULT_MODEL, load_pipeline

__all__ = ["ENGINES", "TASK_SIZE", "DocExtraction", "default_jobs", "extract_batch", "extract_documents"]

ENGINES = ("local", "dask")
#: Most documents per task sent to a worker process: few, so that the workers finish together.
TASK_SIZE = 16


@dataclass(frozen=True, slots=True)
class DocExtraction:
    """What one document gave: its triples, its entity mentions and its sentence count."""

    doc_id: str
    sentences: int
    triples: tuple[Triple, ...]
    mentions: tuple[Argument, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (the cache stores this)."""
        return {
            "doc_id": self.doc_id,
            "sentences": self.sentences,
            "triples": [t.to_dict() for t in self.triples],
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocExtraction:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            doc_id=data["doc_id"],
            sentences=data["sentences"],
            triples=tuple(Triple.from_dict(t) for t in data["triples"]),
            mentions=tuple(Argument.from_dict(m) for m in data["mentions"]),
        )

    def renamed(self, doc_id: str) -> DocExtraction:
        """Return the same extraction for a document named DOC_ID (same text, other file)."""
        if doc_id == self.doc_id:
            return self
        triples = tuple(replace(t, doc_id=doc_id) for t in self.triples)
        return DocExtraction(doc_id, self.sentences, triples, self.mentions)


def extract_batch(
    documents: list[tuple[str, str]], model: str = DEFAULT_MODEL, batch_size: int = 64
) -> list[DocExtraction]:
    """Parse and extract a batch of ``(doc_id, text)`` pairs with MODEL (loaded once per process)."""
    from kg.extract import doc_extractions
    from kg.extract.tree import sentence_text, sentences

    nlp = load_pipeline(model)
    found = []
    texts = ((text, (doc_id, text)) for doc_id, text in documents)
    for doc, (doc_id, text) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        triples, mentions = doc_extractions(doc, doc_id=doc_id, text=text)
        count = sum(1 for sent in sentences(doc) if sentence_text(sent))
        found.append(DocExtraction(doc_id, count, tuple(triples), tuple(mentions)))
    return found


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[tuple[str, str]]]:
    iterator = iter(documents)
    while batch := [(d.id, d.text) for d in itertools.islice(iterator, size)]:
        yield batch


def _ordered(
    submit: Callable[[list[tuple[str, str]]], Any], batches: Iterator[list[tuple[str, str]]], window: int
) -> Iterator[DocExtraction]:
    """Keep WINDOW batches in flight (futures of a pool or a Dask client); yield results in order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _pool_initializer(model: str) -> None:
    """Load MODEL in a worker process, then keep it out of the worker's garbage collections
    (it lives as long as the worker; ``gc.freeze``)."""
    load_pipeline(model)
    gc.freeze()


def extract_documents(
    documents: Iterable[Document],
    *,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
) -> Iterator[DocExtraction]:
    """Yield the extraction of each of DOCUMENTS, in order.

    Args:
        model: the spaCy pipeline.
        jobs: local processes (``engine="local"``); 1 parses in this process.
        engine: ``local`` or ``dask``.
        scheduler: address of a Dask scheduler (``tcp://host:8786``); without it a
            LocalCluster of JOBS workers is started and stopped.
        batch_size: documents per ``nlp.pipe`` batch and per task (per task at most
            :data:`TASK_SIZE` with local processes, so that they finish together).

    Raises:
        KGError: an unknown engine, or dask is not installed.
    """
    if engine not in ENGINES:
        raise KGError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    stream = iter(documents)
    first = next(stream, None)
    if first is None:
        return  # nothing to parse: no model, no processes, no cluster
    documents = itertools.chain([first], stream)
    if engine == "dask":
        yield from _dask(documents, model=model, jobs=jobs, scheduler=scheduler, batch_size=batch_size)
    elif jobs <= 1:
        for batch in _batches(documents, batch_size):
            yield from extract_batch(batch, model, batch_size)
    else:
        # fork shares the loaded model with the workers; elsewhere each worker loads it once
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        if method == "fork":
            load_pipeline(model)
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_pool_initializer, initargs=(model,)) as pool:
            batches = _batches(documents, min(batch_size, TASK_SIZE))
            yield from _ordered(lambda b: pool.submit(extract_batch, b, model, batch_size), batches, 4 * jobs)


def _dask(
    documents: Iterable[Document], *, model: str, jobs: int, scheduler: str | None, batch_size: int
) -> Iterator[DocExtraction]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KGError('the dask engine needs dask.distributed: pip install "kg[dask]"') from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None
        )
    try:
        with Client(scheduler or cluster) as client:  # type: ignore[no-untyped-call]
            workers = max(len(client.scheduler_info().get("workers", {})), 1)
            yield from _ordered(
                lambda b: client.submit(extract_batch, b, model, batch_size, pure=False),
                _batches(documents, batch_size),
                2 * workers,
            )
    finally:
        if cluster is not None:
            cluster.close()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
