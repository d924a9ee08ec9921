"""A build into an output folder, as ``kg build`` does it: one build at a time, incremental, atomic.

:func:`build_into` holds the folder's lock (:mod:`kg.lock`) from before it reads anything
there until its last file is written, so two builds into one folder (two terminals, a cron
job, two notebooks) run one after the other, never interleaved. Inside the lock it checks
whether the outputs are up to date (:mod:`kg.manifest`), parses only what the extraction
cache lacks (:mod:`kg.cache`), writes every output atomically and records the manifest.

Example:
    >>> import tempfile, pathlib
    >>> work = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (work / "news.txt").write_text("The US withdraws troops from Iraq.")
    >>> done = build_into([work / "news.txt"], work / "out")
    >>> done.summary[0], len(done.written)
    ('1 documents, 1 sentences, 2 triples, 3 entities, 2 relations', 8)
    >>> build_into([work / "news.txt"], work / "out").up_to_date
    True
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from kg.cache import CACHE_FILE, EXTRACTION_VERSION, ExtractionCache
from kg.engine import DocExtraction
from kg.errors import InputError
from kg.export.rdf import DEFAULT_BASE
from kg.lock import folder_lock, to_stderr
from kg.manifest import MANIFEST_FILE, input_fingerprint, up_to_date, write_manifest
from kg.nlp import DEFAULT_MODEL, model_version
from kg.pipeline import BuildResult, build_paths, check_writable, write_files

__all__ = ["FolderBuild", "build_into"]

Progress = Callable[[Iterator[DocExtraction]], Iterator[DocExtraction]]


@dataclass(frozen=True, slots=True)
class FolderBuild:
    """What :func:`build_into` did: the summary lines, and the build and its files unless up to date."""

    folder: Path
    summary: tuple[str, ...]  # the figures line and the quality line
    result: BuildResult | None = None  # None: the outputs were up to date, nothing was built
    written: tuple[Path, ...] = ()

    @property
    def up_to_date(self) -> bool:
        """True when nothing changed since the last build, so nothing was done."""
        return self.result is None


def build_into(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    base: str = DEFAULT_BASE,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: bool = True,
    strict: bool = False,
    wait: bool = True,
    notify: Callable[[str], None] = to_stderr,
    progress: Progress | None = None,
) -> FolderBuild:
    """Build the graph of PATHS into the folder OUT, holding the folder's lock meanwhile.

    Args:
        paths: files and folders to read (see :func:`kg.io.read_documents`), ``-`` for stdin.
        out: the output folder, created when missing (and removed again if the build fails).
        model, base, jobs, engine, scheduler: as :func:`kg.pipeline.build` and
            :func:`kg.pipeline.write_outputs` take them.
        cache: use and update ``.kg-cache.sqlite`` and ``.kg-manifest.json`` in OUT; without
            it, everything is parsed and both files are left alone.
        strict: fail, writing nothing, when any input was skipped.
        wait: when another build holds OUT, wait for it; else raise :class:`kg.errors.BusyError`.
        notify: receives the notices (``warning: FILE: skipped: ...``, the waiting message).
        progress: wraps the stream of extractions (a progress bar).

    Raises:
        OutputError: OUT cannot be written (a file, read-only, disk full) or its cache cannot
            be used; the previous outputs are kept.
        BusyError: another build holds OUT and WAIT is false.
        InputError: nothing could be read, or STRICT and something was skipped.
    """
    folder = Path(out)
    created = check_writable(folder)  # before any work, and before the lock file is made there
    with folder_lock(folder, wait=wait, on_wait=notify):
        try:
            return _build_locked(
                paths,
                folder,
                model=model,
                base=base,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                cache=cache,
                strict=strict,
                notify=notify,
                progress=progress,
            )
        except BaseException:
            if created:  # nothing half-made is left; removed while the lock is held, so no other build's files
                shutil.rmtree(folder, ignore_errors=True)
            raise


def _build_locked(
    paths: Sequence[str | Path],
    folder: Path,
    *,
    model: str,
    base: str,
    jobs: int,
    engine: str,
    scheduler: str | None,
    cache: bool,
    strict: bool,
    notify: Callable[[str], None],
    progress: Progress | None,
) -> FolderBuild:
    from kg import __version__
    from kg.graph.report import headline

    fingerprint = None
    if cache:
        settings = {"kg": __version__, "extraction": EXTRACTION_VERSION, "model": model, "base": base}
        fingerprint = input_fingerprint(paths, **settings, model_version=model_version(model))
        last = up_to_date(folder, fingerprint) if fingerprint else None
        if last:
            return FolderBuild(folder, tuple(last))
    with ExitStack() as stack:
        store = stack.enter_context(ExtractionCache(folder / CACHE_FILE)) if cache else None
        if store is not None and store.notice:
            notify(f"warning: {store.notice}")
        result = build_paths(
            paths, model=model, jobs=jobs, engine=engine, scheduler=scheduler, cache=store, progress=progress
        )
    for notice in result.skipped:
        notify(f"warning: {notice.line()}")
    left_out = [s for s in result.skipped if s.is_skipped]
    if result.stats.documents == 0:
        found = f" ({len(left_out)} skipped)" if left_out else ""
        raise InputError("no readable .txt or .md documents in " + ", ".join(map(str, paths)) + found)
    if strict and left_out:
        raise InputError(f"{len(left_out)} input(s) skipped and --strict given; nothing written")
    written = write_files(result, folder, base=base, jobs=jobs)
    skipped_note = f", {len(left_out)} skipped" if left_out else ""
    summary = (f"{result.stats.line()}{skipped_note}", f"quality: {headline(result.report)}")
    if fingerprint and not left_out:  # a build that skipped inputs is retried next time
        try:
            write_manifest(folder, fingerprint, written, summary)
        except OSError as error:  # the outputs are in place; only the next build's shortcut is lost
            notify(f"warning: {folder / MANIFEST_FILE}: not written ({error.strerror}); the next build reads the cache")
    return FolderBuild(folder, summary, result, tuple(written))
